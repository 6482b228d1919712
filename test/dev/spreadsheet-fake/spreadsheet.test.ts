import { describe, expect, it } from 'vitest';
import { fakeWorkbook } from '../../../dev/spreadsheet-fake/workbook';

function twoSheets() {
  const fake = fakeWorkbook({
    locale: 'zh_CN',
    timeZone: 'Asia/Shanghai',
    sheets: [{ name: 'Orders', values: [['id'], [1]] }, { name: "Bob's" }],
  });
  return {
    fake,
    app: fake.SpreadsheetApp,
    spreadsheet: fake.SpreadsheetApp.getActiveSpreadsheet(),
  };
}

describe('the fake Spreadsheet', () => {
  it('hides and shows a sheet, but never the last one shown', () => {
    const { spreadsheet } = twoSheets();
    const [orders, bobs] = spreadsheet.getSheets();
    expect(bobs?.isSheetHidden()).toBe(false);
    bobs?.hideSheet();
    expect(spreadsheet.getSheetByName("Bob's")?.isSheetHidden()).toBe(true);
    expect(() => orders?.hideSheet()).toThrow(/hide all the sheets/);
    expect(orders?.isSheetHidden()).toBe(false);
    bobs?.showSheet();
    expect(bobs?.isSheetHidden()).toBe(false);
  });

  it('reports its locale, zone and sheets in order, the first active', () => {
    const { app, spreadsheet } = twoSheets();
    expect([spreadsheet.getSpreadsheetLocale(), spreadsheet.getSpreadsheetTimeZone()]).toEqual([
      'zh_CN',
      'Asia/Shanghai',
    ]);
    expect(
      spreadsheet
        .getSheets()
        .map((sheet) => [sheet.getName(), sheet.getIndex(), sheet.getSheetId()]),
    ).toEqual([
      ['Orders', 1, 0],
      ["Bob's", 2, 1],
    ]);
    expect(app.getActiveSheet().getName()).toBe('Orders');
    expect(spreadsheet.getSheetByName('Missing')).toBeNull();
  });

  it('returns a new object for each lookup, as Apps Script does, so identity means nothing', () => {
    const { app, spreadsheet } = twoSheets();
    expect(app.getActiveSheet()).not.toBe(spreadsheet.getSheetByName('Orders'));
    expect(app.getActiveSheet().getSheetId()).toBe(
      spreadsheet.getSheetByName('Orders')?.getSheetId(),
    );
  });

  it('inserts sheets with Sheets’ default names, active, and refuses a taken name', () => {
    const { app, spreadsheet } = twoSheets();
    const added = spreadsheet.insertSheet();
    expect([
      added.getName(),
      added.getSheetId(),
      added.getMaxRows(),
      added.getMaxColumns(),
    ]).toEqual(['Sheet3', 2, 1000, 26]);
    expect(app.getActiveSheet().getName()).toBe('Sheet3');
    expect(spreadsheet.insertSheet('Results', 0).getIndex()).toBe(1);
    expect(() => spreadsheet.insertSheet('orders')).toThrow(
      'A sheet with the name "orders" already exists. Please enter another name.',
    );
  });

  it('deletes sheets but never the last one, and makes another active', () => {
    const { app, spreadsheet } = twoSheets();
    const orders = app.getActiveSheet();
    spreadsheet.deleteSheet(orders);
    expect(app.getActiveSheet().getName()).toBe("Bob's");
    expect(() => orders.getRange('A1')).toThrow(/was deleted/);
    expect(() => spreadsheet.deleteSheet(app.getActiveSheet())).toThrow(
      "You can't remove all the sheets in a document.",
    );
  });

  it('duplicates the active sheet with its cells, rules and developer metadata, as Sheets does', () => {
    const { fake, app, spreadsheet } = twoSheets();
    const orders = app.getActiveSheet();
    orders.getRange('A1').setBackground('#ff0000');
    orders.addDeveloperMetadata('owner', 'add-on');
    orders.getRange('A:A').addDeveloperMetadata('column', 'ours');
    fake.protect(orders);
    const copy = spreadsheet.duplicateActiveSheet();
    expect(spreadsheet.getSheets().map((sheet) => sheet.getName())).toEqual([
      'Orders',
      'Copy of Orders',
      "Bob's",
    ]);
    expect(app.getActiveSheet().getSheetId()).toBe(copy.getSheetId());
    expect(copy.getSheetId()).not.toBe(orders.getSheetId());
    expect(copy.getRange('A1:A2').getValues()).toEqual([['id'], [1]]);
    expect(copy.getRange('A1').getBackground()).toBe('#ff0000');
    const found = copy.createDeveloperMetadataFinder().find();
    expect(found.map((metadata) => [metadata.getKey(), metadata.getValue()])).toEqual([
      ['owner', 'add-on'],
      ['column', 'ours'],
    ]);
    expect(found[0]?.getLocation().getSheet()?.getSheetId()).toBe(copy.getSheetId());
    expect(copy.getProtections(app.ProtectionType.SHEET)).toEqual([]);
  });

  it('refuses to delete a sheet holding a protection of another editor, until it is lifted', () => {
    const { fake, spreadsheet } = twoSheets();
    const bobs = spreadsheet.getSheetByName("Bob's") as GoogleAppsScript.Spreadsheet.Sheet;
    fake.protect(bobs.getRange('B2:B3'));
    expect(() => spreadsheet.deleteSheet(bobs)).toThrow(/protected cell or object/);
    fake.unprotect(bobs.getRange('B2:B3'));
    spreadsheet.deleteSheet(bobs);
    expect(spreadsheet.getNumSheets()).toBe(1);
  });

  it('switches the active sheet and reads ranges named with their sheet', () => {
    const { app, spreadsheet } = twoSheets();
    spreadsheet.setActiveSheet(spreadsheet.getSheets()[1] as GoogleAppsScript.Spreadsheet.Sheet);
    expect(app.getActiveSheet().getName()).toBe("Bob's");
    expect(spreadsheet.getRange('Orders!A1:A2').getValues()).toEqual([['id'], [1]]);
    expect(spreadsheet.getRange("'Bob''s'!B2").getSheet().getName()).toBe("Bob's");
    expect(() => spreadsheet.getRange('Nope!A1')).toThrow('Range not found');
  });

  it('gives the active cell’s formula through getActiveRange, as custom functions read it', () => {
    const { fake, app } = twoSheets();
    fake.activeCell.formula = '=RFM_SCORE(B2:B, C2:C, D2:D)';
    expect(app.getActiveRange().getFormula()).toBe('=RFM_SCORE(B2:B, C2:C, D2:D)');
    expect(app.getActiveSheet().getRange('A1').getFormula()).toBe('=RFM_SCORE(B2:B, C2:C, D2:D)');
    app.getActiveSheet().getRange('C3').activate();
    expect(app.getActiveRange().getA1Notation()).toBe('C3');
  });
});
