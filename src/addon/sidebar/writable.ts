/**
 * This file defines the checks made before the add-on writes anything into a sheet: a sheet
 * the user may not edit, or one under a filter (whose hidden rows a run would skip), is refused
 * up front, so that nothing is half written.
 */
import type { Language } from '../../core/labels';
import { sidebarError } from './sidebar-messages';

/** @throws {SidebarError} when the sheet is filtered or protected against this user */
export function assertWritable(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  language: Language,
): void {
  if (sheet.getFilter()) throw sidebarError({ kind: 'filtered' }, language);
  const { SHEET, RANGE } = SpreadsheetApp.ProtectionType;
  const locked = [...sheet.getProtections(SHEET), ...sheet.getProtections(RANGE)].find(
    (protection) => !protection.canEdit(),
  );
  if (locked) {
    const range = locked.getRange();
    const where = range ? `${sheet.getName()}!${range.getA1Notation()}` : sheet.getName();
    throw sidebarError({ kind: 'protected', where }, language);
  }
}
