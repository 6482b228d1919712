/**
 * This file defines the checks made before the add-on changes anything in a sheet: a sheet the
 * user may not edit, or one under a user's filter (whose hidden rows a run would skip), is refused up
 * front, so that nothing is half written. Places are named as Sheets names them ('My sheet'!E:E).
 */
import type { Language } from '../../core/labels';
import { isOwnSegmentFilter } from './segment-filter';
import { sheetReference } from './sheet-reference';
import { sidebarError } from './sidebar-messages';
import type { SidebarAction } from './sidebar-problems';

/** @throws {SidebarError} when the sheet is filtered or protected against this user */
export function assertWritable(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  language: Language,
): void {
  // the add-on's own one-segment filter is no user's: the run removes it first
  if (sheet.getFilter() && !isOwnSegmentFilter(sheet))
    throw sidebarError({ kind: 'filtered' }, language);
  assertUnprotected(sheet, language);
}

/**
 * @throws {SidebarError} when a protection this user can't edit covers the sheet or any range of
 * it: what stops rewriting it whole, or deleting it
 */
export function assertUnprotected(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  language: Language,
  action?: SidebarAction,
): void {
  const where = protectedPlace(sheet);
  if (where !== null) throw sidebarError({ kind: 'protected', where, action }, language);
}

/** @throws {SidebarError} when the sheet as a whole is protected: what stops changing its rules */
export function assertSheetEditable(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  language: Language,
  action?: SidebarAction,
): void {
  if (!sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET).some(cannotEdit)) return;
  const where = sheetReference(sheet.getName());
  throw sidebarError({ kind: 'protected', where, action }, language);
}

/** The first protected place of a sheet this user can't edit (the sheet, or a range), or null. */
export function protectedPlace(sheet: GoogleAppsScript.Spreadsheet.Sheet): string | null {
  const { SHEET, RANGE } = SpreadsheetApp.ProtectionType;
  if (sheet.getProtections(SHEET).some(cannotEdit)) return sheetReference(sheet.getName());
  const range = sheet.getProtections(RANGE).find(cannotEdit)?.getRange();
  return range ? sheetReference(sheet.getName(), range.getA1Notation()) : null;
}

const cannotEdit = (protection: GoogleAppsScript.Spreadsheet.Protection) => !protection.canEdit();

/** @throws {SidebarError} when this user may not edit every cell of the range */
export function assertRangeEditable(
  range: GoogleAppsScript.Spreadsheet.Range,
  language: Language,
  action?: SidebarAction,
): void {
  if (range.canEdit()) return;
  const where = sheetReference(range.getSheet().getName(), range.getA1Notation());
  throw sidebarError({ kind: 'protected', where, action }, language);
}
