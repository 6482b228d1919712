/**
 * This file defines the sheet the add-on makes beside a transaction log: one row per customer,
 * the `RFM_TABLE` columns as values, under the name "Customer tiers · 客户分层". Text is written
 * as plain text, so that a customer id like `=IMPORTXML(…)`, `+86 138…` or `-12` can never
 * become a formula or a number.
 */
import { isDateObject } from '../../core/cell-value';
import { markOwnedSheet, ownedSheet } from './owned';

const SHEET_NAME = 'Customer tiers · 客户分层';
const PLAIN_TEXT = '@';
const AS_SHEETS_CHOOSES = 'General';
const DATE_FORMAT = 'yyyy-mm-dd';

/** Writes the customers of a log sheet into the add-on's sheet for it, made when missing. */
export function writeCustomerSheet(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  source: GoogleAppsScript.Spreadsheet.Sheet,
  rows: readonly unknown[][],
): void {
  const width = rows[0]?.length ?? 0;
  if (width === 0) return;
  let sheet = ownedSheet(spreadsheet, source.getSheetId());
  if (sheet) sheet.getDataRange().clearContent().clearFormat();
  else {
    sheet = spreadsheet.insertSheet(freeName(spreadsheet), spreadsheet.getSheets().length);
    markOwnedSheet(sheet, source.getSheetId());
    // inserting a sheet activates it; the user stays on the sheet they classified
    spreadsheet.setActiveSheet(source);
  }
  fitRows(sheet, rows.length, width);
  const range = sheet.getRange(1, 1, rows.length, width);
  range.setNumberFormats(rows.map((row) => row.map(formatOf)));
  range.setValues(rows.map((row) => [...row]));
  sheet.getRange(1, 1, 1, width).setFontWeight('bold');
  sheet.setFrozenRows(1);
}

/** Grows a sheet to hold a block: a new sheet has only 1,000 rows and 26 columns. */
function fitRows(sheet: GoogleAppsScript.Spreadsheet.Sheet, rows: number, columns: number): void {
  const maxRows = sheet.getMaxRows();
  if (maxRows < rows) sheet.insertRowsAfter(maxRows, rows - maxRows);
  const maxColumns = sheet.getMaxColumns();
  if (maxColumns < columns) sheet.insertColumnsAfter(maxColumns, columns - maxColumns);
}

/** The add-on's sheet name, numbered when a sheet of the user's already has it. */
function freeName(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): string {
  let name = SHEET_NAME;
  for (let n = 2; spreadsheet.getSheetByName(name); n++) name = `${SHEET_NAME} (${n})`;
  return name;
}

function formatOf(cell: unknown): string {
  if (typeof cell === 'string') return PLAIN_TEXT;
  if (isDateObject(cell)) return DATE_FORMAT;
  return AS_SHEETS_CHOOSES;
}
