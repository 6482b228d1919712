import { describe, expect, it } from 'vitest';
import { snapshot } from '../../../dev/spreadsheet-fake/snapshot';
import { fakeWorkbook } from '../../../dev/spreadsheet-fake/workbook';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** A customers sheet with the user's own format, rule, metadata and a second sheet. */
function usersWorkbook() {
  const fake = fakeWorkbook({
    sheets: [
      {
        name: 'Customers',
        values: [
          ['Name', 'Spent'],
          ['Ann', 120],
          ['Bob', 80],
        ],
      },
      { name: 'Notes', values: [['keep me']] },
    ],
  });
  const app = fake.SpreadsheetApp;
  const sheet = app.getActiveSheet();
  sheet.getRange('B2:B3').setNumberFormat('$#,##0').setBackground('#fff2cc');
  const own = app.newConditionalFormatRule().whenNumberGreaterThan(100).setBold(true);
  sheet.setConditionalFormatRules([own.setRanges([sheet.getRange('B:B')]).build()]);
  sheet.getRange('A:A').addDeveloperMetadata('crm', 'names');
  return { app, spreadsheet: app.getActiveSpreadsheet(), sheet };
}

/** What a classify run leaves: a result column, marked, coloured by a rule of its own. */
function classify(app: GoogleAppsScript.Spreadsheet.SpreadsheetApp, sheet: Sheet): void {
  sheet.insertColumnsAfter(2, 1);
  sheet
    .getRange('C1:C3')
    .setNumberFormat('@')
    .setValues([['Tier'], ['High value'], ['Regular']]);
  sheet.getRange('C:C').addDeveloperMetadata('customer-tiers', 'tier');
  const ours = app
    .newConditionalFormatRule()
    .whenFormulaSatisfied('=$C2="High value"')
    .setBackground('#b7e1cd')
    .setRanges([sheet.getRange('A2:C3')])
    .build();
  sheet.setConditionalFormatRules([...sheet.getConditionalFormatRules(), ours]);
}

/** Undoes a run: drops the added rules and the marked columns, with their metadata. */
function clear(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  sheet: Sheet,
  keepRules: number,
): void {
  sheet.setConditionalFormatRules(sheet.getConditionalFormatRules().slice(0, keepRules));
  for (const marked of spreadsheet
    .createDeveloperMetadataFinder()
    .withKey('customer-tiers')
    .find()) {
    const column = marked.getLocation().getColumn();
    if (column) sheet.deleteColumns(column.getColumn(), 1);
  }
}

describe('snapshot', () => {
  it('is equal after a run and its undoing, when everything was restored', () => {
    const { app, spreadsheet, sheet } = usersWorkbook();
    const before = snapshot(spreadsheet);
    classify(app, sheet);
    expect(snapshot(spreadsheet)).not.toEqual(before);
    clear(spreadsheet, sheet, 1);
    expect(snapshot(spreadsheet)).toEqual(before);
  });

  it('differs, naming what, when an undoing loses the user’s rule, format or sheet', () => {
    const { app, spreadsheet, sheet } = usersWorkbook();
    const before = snapshot(spreadsheet);
    classify(app, sheet);
    clear(spreadsheet, sheet, 0);
    expect(snapshot(spreadsheet).sheets[0]?.rules).toEqual([]);
    expect(snapshot(spreadsheet)).not.toEqual(before);

    const second = usersWorkbook();
    const untouched = snapshot(second.spreadsheet);
    second.sheet.getRange('B3').setNumberFormat('0');
    expect(snapshot(second.spreadsheet).sheets[0]?.cells.B3).toEqual({
      value: 80,
      numberFormat: '0',
      background: '#fff2cc',
    });
    expect(snapshot(second.spreadsheet)).not.toEqual(untouched);
    second.spreadsheet.deleteSheet(second.spreadsheet.getSheetByName('Notes') as Sheet);
    expect(snapshot(second.spreadsheet).sheets.map((s) => s.name)).toEqual(['Customers']);
  });

  it('holds rules, metadata and cells as plain data', () => {
    const { spreadsheet } = usersWorkbook();
    const [customers] = snapshot(spreadsheet).sheets;
    expect(customers?.rules).toEqual([
      {
        criteria: 'NUMBER_GREATER_THAN',
        values: [100],
        format: {
          background: null,
          fontColor: null,
          bold: true,
          italic: null,
          strikethrough: null,
          underline: null,
        },
        ranges: ['B:B'],
      },
    ]);
    expect(customers?.metadata).toEqual([
      {
        id: 1,
        key: 'crm',
        value: 'names',
        visibility: 'DOCUMENT',
        location: 'COLUMN',
        where: 'A:A',
      },
    ]);
    expect(customers?.cells.A1).toEqual({ value: 'Name' });
  });
});
