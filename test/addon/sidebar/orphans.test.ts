/**
 * What the add-on keeps for a sheet that was deleted — its saved settings and its customer
 * sheet — pruned, and nothing else: other sheets' settings, other keys, the active sheet.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { CellValue } from '../../../dev/spreadsheet-fake/cell-input';
import { installSpreadsheetApp, type SheetSeed } from '../../../dev/spreadsheet-fake/workbook';
import { pruneOrphans } from '../../../src/addon/sidebar/orphans';
import { CUSTOMER_DATE_AMOUNT_TIERS } from '../../helpers/classify-settings';
import { sidebarClassify } from '../../helpers/sidebar-calls';

let fake: ReturnType<typeof installSpreadsheetApp> | undefined;
afterEach(() => fake?.uninstall());

function open(sheets: SheetSeed[]) {
  fake = installSpreadsheetApp({ locale: 'en_US', timeZone: 'Asia/Shanghai', sheets });
  return fake;
}

const orderLog: CellValue[][] = [
  ['Customer', 'Date', 'Amount'],
  ['ann', '2024-03-01', 12],
  ['bob', '2024-03-02', 30],
];

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

describe('pruneOrphans', () => {
  it('pruneOrphans removes the settings and customer sheets of deleted sheets only', () => {
    const workbook = open([
      { name: 'Orders', values: orderLog },
      { name: 'Shop 2', values: orderLog },
    ]);
    const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
    sidebarClassify(CUSTOMER_DATE_AMOUNT_TIERS);
    spreadsheet.setActiveSheet(spreadsheet.getSheetByName('Shop 2') as Sheet);
    sidebarClassify(CUSTOMER_DATE_AMOUNT_TIERS);
    workbook.properties.document.set('someone-else.key', 'kept');
    spreadsheet.deleteSheet(spreadsheet.getSheetByName('Orders') as Sheet);
    // Orders' customer, summary and history sheets
    expect(pruneOrphans()).toEqual({ removedSettings: 1, removedSheets: 3 });
    expect(spreadsheet.getSheets().map((sheet) => sheet.getName())).toEqual([
      'Shop 2',
      'Shop 2 · customer tiers',
      'Shop 2 · summary',
      'Shop 2 · history',
    ]);
    const shop2 = spreadsheet.getSheetByName('Shop 2')?.getSheetId();
    // the deleted sheet's settings and last run are gone; Shop 2's stay
    expect([...workbook.properties.document.keys()]).toEqual([
      `customer-tiers.settings.${shop2}`,
      `customer-tiers.last-run.${shop2}`,
      'someone-else.key',
    ]);
    expect(pruneOrphans()).toEqual({ removedSettings: 0, removedSheets: 0 });
  });

  it('never removes the active sheet, nor a protected one, nor the last sheet', () => {
    const workbook = open([
      { name: 'Orders', values: orderLog },
      { name: 'Shop 2', values: orderLog },
    ]);
    const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
    sidebarClassify(CUSTOMER_DATE_AMOUNT_TIERS);
    spreadsheet.setActiveSheet(spreadsheet.getSheetByName('Shop 2') as Sheet);
    sidebarClassify(CUSTOMER_DATE_AMOUNT_TIERS);
    spreadsheet.deleteSheet(spreadsheet.getSheetByName('Orders') as Sheet);
    spreadsheet.deleteSheet(spreadsheet.getSheetByName('Shop 2') as Sheet);
    const [first, second] = spreadsheet.getSheets() as [Sheet, Sheet];
    workbook.protect(second.getRange('A1'));
    spreadsheet.setActiveSheet(first);
    // Shop 2's three sheets and Orders' history go; Orders' customer sheet (active) and
    // summary (protected) stay
    expect(pruneOrphans()).toEqual({ removedSettings: 2, removedSheets: 4 });
    expect(spreadsheet.getNumSheets()).toBe(2);
    workbook.unprotect(second.getRange('A1'));
    expect(pruneOrphans()).toEqual({ removedSettings: 0, removedSheets: 1 });
    expect(spreadsheet.getSheets().map((sheet) => sheet.getName())).toEqual([
      'Orders · customer tiers',
    ]);
  });
});
