/**
 * What a user does to the sandbox's spreadsheet by hand: typed cells read as Sheets reads them
 * (numbers, dates in the locale's order, text), rows, columns and sheets deleted, the locale and
 * zone switched to one the page offers; bad requests refused before anything changes.
 */
import { describe, expect, it } from 'vitest';
import { fakeWorkbook } from '../../dev/spreadsheet-fake/workbook';
import { deleteFromSheet, editCell, switchLocale } from '../../scripts/sandbox/server/sheet-edits';

const open = () =>
  fakeWorkbook({
    locale: 'en_GB',
    timeZone: 'Europe/London',
    sheets: [
      {
        name: 'Orders',
        values: [
          ['id', 'amount', 'day'],
          ['a', 1, new Date('2024-03-05T00:00:00Z')],
          ['b', 2, ''],
        ],
      },
      { name: 'Other' },
    ],
  }).SpreadsheetApp.getActiveSpreadsheet();

const values = (spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet) =>
  spreadsheet.getSheets()[0]?.getDataRange().getValues();

describe('editCell', () => {
  it('reads what is typed as Sheets would: numbers, percentages, dates in the locale’s order, text', () => {
    const spreadsheet = open();
    const edit = (row: number, column: number, input: string) =>
      editCell(spreadsheet, { sheetId: 0, row, column, input });
    edit(3, 2, ' 12.5 ');
    edit(3, 3, '06/03/2024');
    edit(2, 2, '20%');
    edit(2, 1, '¥1,200');
    edit(3, 1, '');
    expect(values(spreadsheet)).toEqual([
      ['id', 'amount', 'day'],
      ['¥1,200', 0.2, new Date('2024-03-05T00:00:00Z')],
      ['', 12.5, new Date('2024-03-06T00:00:00Z')],
    ]);
  });

  it('refuses a cell outside the sheet, a missing sheet or no text', () => {
    const spreadsheet = open();
    expect(() => editCell(spreadsheet, { sheetId: 0, row: 0, column: 1, input: 'x' })).toThrow(
      '0 is not a row or column of the sheet (1 to 1000).',
    );
    expect(() => editCell(spreadsheet, { sheetId: 9, row: 1, column: 1, input: 'x' })).toThrow(
      'No sheet has the id 9.',
    );
    expect(() => editCell(spreadsheet, { sheetId: 0, row: 1, column: 1 })).toThrow('An edit is');
    expect(values(spreadsheet)?.[0]).toEqual(['id', 'amount', 'day']);
  });
});

describe('deleteFromSheet', () => {
  it('deletes a row, a column, a sheet; never the last sheet', () => {
    const spreadsheet = open();
    deleteFromSheet(spreadsheet, { sheetId: 0, row: 2 });
    deleteFromSheet(spreadsheet, { sheetId: 0, column: 1 });
    expect(values(spreadsheet)).toEqual([
      ['amount', 'day'],
      [2, ''],
    ]);
    deleteFromSheet(spreadsheet, { sheetId: 1 });
    expect(spreadsheet.getSheets().map((sheet) => sheet.getName())).toEqual(['Orders']);
    expect(() => deleteFromSheet(spreadsheet, { sheetId: 0 })).toThrow(
      "You can't remove all the sheets in a document.",
    );
  });
});

describe('switchLocale', () => {
  it('switches to a locale and zone the page offers, dates keeping their day', () => {
    const spreadsheet = open();
    expect(switchLocale(spreadsheet, { locale: 'zh_CN', timeZone: 'Asia/Shanghai' })).toEqual({
      locale: 'zh_CN',
      timeZone: 'Asia/Shanghai',
    });
    expect(spreadsheet.getSpreadsheetLocale()).toBe('zh_CN');
    expect(values(spreadsheet)?.[1]?.[2]).toEqual(new Date('2024-03-04T16:00:00Z'));
    expect(() => switchLocale(spreadsheet, { locale: 'fr_FR', timeZone: 'Europe/Paris' })).toThrow(
      'The sandbox offers en_GB Europe/London, en_US America/New_York, zh_CN Asia/Shanghai.',
    );
  });
});
