import { describe, expect, it } from 'vitest';
import { fakeWorkbook } from '../../../dev/spreadsheet-fake/workbook';

/** Customers in A:B with a tier column C marked by metadata and coloured by a rule. */
function tieredSheet() {
  const fake = fakeWorkbook({
    sheets: [
      {
        name: 'Customers',
        values: [
          ['Name', 'Spent', 'Tier'],
          ['carol', 30, 'Regular'],
          ['Ann', 120, 'High value'],
          ['', '', ''],
          ['bob', 'n/a', 'Churned'],
          ['Dan', 80, 'Regular'],
        ],
        frozenRows: 1,
      },
    ],
  });
  const app = fake.SpreadsheetApp;
  const sheet = app.getActiveSheet();
  sheet.getRange('C:C').addDeveloperMetadata('customer-tiers', 'tier');
  sheet.getRange('3:3').addDeveloperMetadata('row-of', 'Ann');
  const rule = app
    .newConditionalFormatRule()
    .whenFormulaSatisfied('=$C2="High value"')
    .setBackground('#b7e1cd')
    .setRanges([sheet.getRange('A2:C1000')])
    .build();
  sheet.setConditionalFormatRules([rule]);
  return { fake, app, sheet };
}

function tierColumn(app: GoogleAppsScript.Spreadsheet.SpreadsheetApp): string | undefined {
  const [metadata] = app
    .getActiveSpreadsheet()
    .createDeveloperMetadataFinder()
    .withKey('customer-tiers')
    .find();
  return metadata?.getLocation().getColumn()?.getA1Notation();
}

function ruleOf(sheet: GoogleAppsScript.Spreadsheet.Sheet) {
  return sheet.getConditionalFormatRules().map((rule) => ({
    ranges: rule.getRanges().map((range) => range.getA1Notation()),
    formula: rule.getBooleanCondition()?.getCriteriaValues()[0],
  }));
}

describe('inserting and deleting columns', () => {
  it('moves values, column metadata, rule ranges and rule formulas like Sheets', () => {
    const { app, sheet } = tieredSheet();
    sheet.insertColumnsAfter(1, 2);
    expect(sheet.getRange('A1:E1').getValues()).toEqual([['Name', '', '', 'Spent', 'Tier']]);
    expect(sheet.getMaxColumns()).toBe(28);
    expect(tierColumn(app)).toBe('E:E');
    expect(ruleOf(sheet)).toEqual([{ ranges: ['A2:E1000'], formula: '=$E2="High value"' }]);
    sheet.insertColumnsBefore(1, 1);
    expect(tierColumn(app)).toBe('F:F');
    expect(ruleOf(sheet)).toEqual([{ ranges: ['B2:F1000'], formula: '=$F2="High value"' }]);
  });

  it('deletes the metadata of deleted columns, shrinks rule ranges and breaks their references', () => {
    const { app, sheet } = tieredSheet();
    sheet.deleteColumns(2, 1);
    expect(tierColumn(app)).toBe('B:B');
    expect(ruleOf(sheet)).toEqual([{ ranges: ['A2:B1000'], formula: '=$B2="High value"' }]);
    sheet.deleteColumns(2, 1);
    expect(tierColumn(app)).toBeUndefined();
    expect(ruleOf(sheet)).toEqual([{ ranges: ['A2:A1000'], formula: '=#REF!="High value"' }]);
    sheet.deleteColumns(1, 1);
    expect(ruleOf(sheet)).toEqual([]);
  });

  it('grows rule ranges with rows inserted inside them and moves row metadata', () => {
    const { sheet } = tieredSheet();
    sheet.insertRowsBefore(2, 3);
    expect(ruleOf(sheet)).toEqual([{ ranges: ['A5:C1003'], formula: '=$C5="High value"' }]);
    expect(
      sheet
        .getRange('6:6')
        .getDeveloperMetadata()
        .map((metadata) => metadata.getValue()),
    ).toEqual(['Ann']);
    expect(sheet.getMaxRows()).toBe(1003);
  });

  it('throws Apps Script’s message for columns past the sheet', () => {
    const { sheet } = tieredSheet();
    expect(() => sheet.insertColumnsAfter(27, 1)).toThrow('Those columns are out of bounds.');
    expect(() => sheet.deleteColumns(26, 2)).toThrow('Those columns are out of bounds.');
  });
});

describe('sorting a sheet', () => {
  it('moves whole rows below the frozen header; column metadata and rules stay', () => {
    const { app, sheet } = tieredSheet();
    sheet.getRange('A3').setBackground('#ff0000');
    sheet.sort(1);
    expect(sheet.getRange('A1:C6').getValues()).toEqual([
      ['Name', 'Spent', 'Tier'],
      ['Ann', 120, 'High value'],
      ['bob', 'n/a', 'Churned'],
      ['carol', 30, 'Regular'],
      ['Dan', 80, 'Regular'],
      ['', '', ''],
    ]);
    expect(sheet.getRange('A2').getBackground()).toBe('#ff0000');
    expect(
      sheet
        .getRange('2:2')
        .getDeveloperMetadata()
        .map((metadata) => metadata.getValue()),
    ).toEqual(['Ann']);
    expect(tierColumn(app)).toBe('C:C');
    expect(ruleOf(sheet)).toEqual([{ ranges: ['A2:C1000'], formula: '=$C2="High value"' }]);
  });

  it('orders numbers before text and keeps blanks last when descending', () => {
    const { sheet } = tieredSheet();
    sheet.sort(2, false);
    expect(sheet.getRange('B2:B6').getValues()).toEqual([['n/a'], [120], [80], [30], ['']]);
  });
});

describe('clearing a sheet', () => {
  it('clears contents, formats (number formats and rules too) or both, keeping frozen rows', () => {
    const { sheet } = tieredSheet();
    sheet.getRange('B2:B3').setNumberFormat('0.00').setBackground('#ff0000');
    sheet.clearContents();
    expect(sheet.getLastRow()).toBe(0);
    expect(sheet.getRange('B2').getBackground()).toBe('#ff0000');
    expect(sheet.getConditionalFormatRules()).toHaveLength(1);
    sheet.getRange('A1').setValue('kept');
    sheet.clearFormats();
    expect(sheet.getRange('B2:B2').getNumberFormats()).toEqual([['0.###############']]);
    expect(sheet.getConditionalFormatRules()).toEqual([]);
    expect(sheet.getRange('A1').getValue()).toBe('kept');
    sheet.getRange('C3').setFontWeight('bold');
    sheet.clear();
    expect([
      sheet.getLastRow(),
      sheet.getRange('C3').getFontWeight(),
      sheet.getFrozenRows(),
    ]).toEqual([0, 'normal', 1]);
  });
});

describe('a sheet’s filter', () => {
  it('is one per sheet, and its range moves with inserted columns', () => {
    const { sheet } = tieredSheet();
    expect(sheet.getFilter()).toBeNull();
    sheet.getRange('A1:C6').createFilter();
    expect(() => sheet.getRange('A1:B2').createFilter()).toThrow(
      "You can't create a filter in a sheet that already has a filter.",
    );
    sheet.insertColumnsBefore(1, 1);
    expect(sheet.getFilter()?.getRange().getA1Notation()).toBe('B1:D6');
    sheet.getFilter()?.remove();
    expect(sheet.getFilter()).toBeNull();
  });
});
