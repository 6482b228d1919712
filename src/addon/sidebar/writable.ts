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
  const cannotEdit = (protection: GoogleAppsScript.Spreadsheet.Protection) => !protection.canEdit();
  if (sheet.getProtections(SHEET).some(cannotEdit)) {
    throw sidebarError({ kind: 'protected', where: sheet.getName() }, language);
  }
  const range = sheet.getProtections(RANGE).find(cannotEdit)?.getRange();
  if (range) {
    const where = `${sheet.getName()}!${range.getA1Notation()}`;
    throw sidebarError({ kind: 'protected', where }, language);
  }
}
