import { describe, expect, it } from 'vitest';
import { fakeWorkbook } from '../../../dev/spreadsheet-fake/workbook';

const PROTECTED =
  'You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.';

function protectedWorkbook() {
  const fake = fakeWorkbook({ sheets: [{ name: 'Orders', values: [['id', 'amount']] }] });
  const app = fake.SpreadsheetApp;
  return { fake, app, sheet: app.getActiveSheet() };
}

describe('protections set by another editor', () => {
  it('stop writes into a protected range with Sheets’ message, leaving other cells writable', () => {
    const { fake, app, sheet } = protectedWorkbook();
    fake.protect(sheet.getRange('B:B'), { description: 'amounts' });
    expect(() => sheet.getRange('A2:B2').setValues([['x', 1]])).toThrow(PROTECTED);
    expect(() => sheet.getRange('B5').setBackground('#ff0000')).toThrow(PROTECTED);
    expect(sheet.getRange('A2:B2').getValues()).toEqual([['', '']]);
    sheet.getRange('C2').setValue('free');
    expect(sheet.getRange('B2').canEdit()).toBe(false);
    expect(sheet.getRange('C2').canEdit()).toBe(true);
    const [protection] = sheet.getProtections(app.ProtectionType.RANGE);
    expect([
      protection?.getDescription(),
      protection?.getRange().getA1Notation(),
      protection?.canEdit(),
    ]).toEqual(['amounts', 'B:B', false]);
    expect(sheet.getProtections(app.ProtectionType.SHEET)).toEqual([]);
  });

  it('follow their range when columns are inserted, and stop deleting it', () => {
    const { fake, sheet } = protectedWorkbook();
    fake.protect(sheet.getRange('B:B'));
    sheet.insertColumnsBefore(1, 1);
    expect(() => sheet.getRange('C1').setValue('x')).toThrow(PROTECTED);
    sheet.getRange('B1').setValue('x');
    expect(() => sheet.deleteColumns(3, 1)).toThrow(PROTECTED);
  });

  it('of a whole sheet stop its rules, columns and sorting too', () => {
    const { fake, app, sheet } = protectedWorkbook();
    fake.protect(sheet);
    const rule = app
      .newConditionalFormatRule()
      .whenCellEmpty()
      .setBackground('#eeeeee')
      .setRanges([sheet.getRange('A:A')])
      .build();
    expect(() => sheet.setConditionalFormatRules([rule])).toThrow(PROTECTED);
    expect(() => sheet.insertColumnsAfter(2, 1)).toThrow(PROTECTED);
    expect(String(sheet.getProtections(app.ProtectionType.SHEET)[0]?.getProtectionType())).toBe(
      'SHEET',
    );
  });

  it('that only warn do not stop a script', () => {
    const { fake, sheet } = protectedWorkbook();
    fake.protect(sheet, { warningOnly: true });
    sheet.getRange('A2').setValue('x');
    expect(sheet.getRange('A2').getValue()).toBe('x');
  });
});
