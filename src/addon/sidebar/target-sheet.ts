/**
 * This file defines how a sidebar request finds its sheet: by the id the sidebar showed, never
 * the active sheet (the user may have switched sheets since), and only while its columns are as
 * the sidebar saw them, so a stale sidebar can never read money as frequency.
 */
import type { Language } from '../../core/labels';
import type { SheetTarget } from './api';
import { currentLayout } from './sheet-layout';
import { sidebarError } from './sidebar-messages';

/**
 * The sheet a request names.
 * @throws {SidebarError} asking for a new survey when the sheet is gone or its columns changed
 */
export function targetSheet(
  target: Pick<SheetTarget, 'sheetId'> & Partial<Pick<SheetTarget, 'layout'>>,
  language: Language,
): GoogleAppsScript.Spreadsheet.Sheet {
  const sheet = SpreadsheetApp.getActiveSpreadsheet()
    .getSheets()
    .find((candidate) => candidate.getSheetId() === target.sheetId);
  if (!sheet) throw sidebarError({ kind: 'sheet-gone' }, language);
  if (target.layout !== undefined && currentLayout(sheet, target.layout) !== target.layout)
    throw sidebarError({ kind: 'sheet-changed', sheet: sheet.getName() }, language);
  return sheet;
}
