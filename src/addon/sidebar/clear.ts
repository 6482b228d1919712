/**
 * This file defines Clear: it removes everything the add-on wrote for the active sheet — its
 * result columns, its colouring rules and its customer sheet — and nothing else: the user's
 * values, formats and rules stay as they were.
 */
import type { ClearResult } from './api';
import { replaceOurRules } from './format-rules';
import { forgetLastRun } from './last-run';
import { ownedSheet } from './owned';
import { removeOwnedColumns } from './result-columns';

/** Clears the add-on's results from a sheet. */
export function clearSheet(sheet: GoogleAppsScript.Spreadsheet.Sheet): ClearResult {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const removedRules = replaceOurRules(sheet, []);
  const removedColumns = removeOwnedColumns(sheet);
  const customers = ownedSheet(spreadsheet, sheet.getSheetId());
  if (customers) spreadsheet.deleteSheet(customers);
  forgetLastRun(sheet.getSheetId());
  return { removedColumns, removedRules, removedSheets: customers ? 1 : 0 };
}
