/**
 * This file defines what the add-on keeps for a sheet that no longer exists — its saved
 * settings, and the customer, summary and (hidden) history sheets it made beside it — and how it
 * is let go: Clear on such a sheet removes it, and `pruneOrphans` removes what every deleted sheet
 * left behind.
 */
import { allOwnedSheets } from './owned';
import { runPropertyKind } from './saved-settings';
import { protectedPlace } from './writable';

/** What a prune removed. */
export interface PruneResult {
  readonly removedSettings: number;
  readonly removedSheets: number;
}

/**
 * The id of the deleted sheet a sheet was made for, when it is the add-on's customer or summary
 * sheet of a sheet that no longer exists; null otherwise.
 */
export function deletedSourceOf(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
): number | null {
  const ids = sheetIds(spreadsheet);
  const owned = allOwnedSheets(spreadsheet).find(
    (candidate) => candidate.sheet.getSheetId() === sheet.getSheetId(),
  );
  return owned && !ids.has(owned.sourceSheetId) ? owned.sourceSheetId : null;
}

/** Whether a sheet is the add-on's customer or summary sheet of a sheet that was deleted. */
export function isOrphanCustomerSheet(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
): boolean {
  return deletedSourceOf(spreadsheet, sheet) !== null;
}

/**
 * Removes the saved settings of every sheet that no longer exists, and the sheets made
 * for them — but never the active sheet (the one the user works on), nor one another editor
 * protected, nor the last sheet of the spreadsheet. Safe to call before any run.
 */
export function pruneOrphans(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet = SpreadsheetApp.getActiveSpreadsheet(),
): PruneResult {
  const ids = sheetIds(spreadsheet);
  const properties = PropertiesService.getDocumentProperties();
  let removedSettings = 0;
  for (const key of properties.getKeys()) {
    const sheetId = Number(key.slice(key.lastIndexOf('.') + 1));
    const kind = runPropertyKind(key, sheetId);
    if (kind === null || ids.has(sheetId)) continue;
    properties.deleteProperty(key);
    if (kind === 'settings') removedSettings++;
  }
  const activeId = spreadsheet.getActiveSheet().getSheetId();
  let removedSheets = 0;
  for (const { sheet, sourceSheetId } of allOwnedSheets(spreadsheet)) {
    const removable =
      !ids.has(sourceSheetId) &&
      sheet.getSheetId() !== activeId &&
      spreadsheet.getNumSheets() > 1 &&
      protectedPlace(sheet) === null;
    if (!removable) continue;
    spreadsheet.deleteSheet(sheet);
    removedSheets++;
  }
  return { removedSettings, removedSheets };
}

function sheetIds(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): Set<number> {
  return new Set(spreadsheet.getSheets().map((sheet) => sheet.getSheetId()));
}
