/**
 * What the add-on owns: a customer sheet is its own only when its marker names that very sheet,
 * so a user's duplicate (Sheets copies the marker) is never taken for it, wherever it stands.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { installSpreadsheetApp } from '../../../dev/spreadsheet-fake/workbook';
import { markOwnedSheet, ownedSheet, ownedSheets } from '../../../src/addon/sidebar/owned';

let fake: ReturnType<typeof installSpreadsheetApp> | undefined;
afterEach(() => fake?.uninstall());

describe('ownedSheet', () => {
  it('finds the sheet the add-on marked, not a duplicate of it standing before it', () => {
    fake = installSpreadsheetApp({ sheets: [{ name: 'Orders' }, { name: 'Tiers' }] });
    const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
    const first = spreadsheet.getSheetByName('Tiers') as GoogleAppsScript.Spreadsheet.Sheet;
    markOwnedSheet(first, 0);
    spreadsheet.setActiveSheet(first);
    const copy = spreadsheet.duplicateActiveSheet();
    // the user deletes the add-on's sheet and keeps the copy; the add-on makes a new one, last
    spreadsheet.deleteSheet(first);
    const made = spreadsheet.insertSheet('Tiers');
    markOwnedSheet(made, 0);
    expect(spreadsheet.getSheets().map((sheet) => sheet.getName())).toEqual([
      'Orders',
      'Copy of Tiers',
      'Tiers',
    ]);
    expect(ownedSheet(spreadsheet, 0)?.sheet.getSheetId()).toBe(made.getSheetId());
    expect(ownedSheets(spreadsheet).map((owned) => owned.sheet.getSheetId())).toEqual([
      made.getSheetId(),
    ]);
    expect(copy.getDeveloperMetadata()).toHaveLength(1);
    expect(ownedSheet(spreadsheet, 1)).toBeNull();
  });
});
