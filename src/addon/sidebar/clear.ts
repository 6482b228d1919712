/**
 * This file defines Clear: it removes everything the add-on wrote for a sheet — its
 * colouring rules, its result columns (deleting those it inserted, emptying of their values those
 * it wrote into, whose formats stay the user's), its customer sheet, its summary sheet and its
 * hidden history sheet — and nothing else.
 *
 * Everything Clear will touch is checked first (the sheet's protection, each result column's,
 * the customer sheet's), so that it does all or nothing; the marks by which the add-on knows its
 * columns and rules go last, so a run stopped anyway leaves them for the next Clear to finish.
 * On a customer or summary sheet whose source sheet was deleted, Clear removes the sheets made
 * for that source and its saved settings.
 */
import type { Language } from '../../core/labels';
import { activeSheetSettings } from '../sheet-settings';
import type { ClearResult } from './api';
import { ourRuleFlags, removeOurRules } from './format-rules';
import { historyToClear } from './history';
import { forgetLastRun } from './last-run';
import { deletedSourceOf } from './orphans';
import { allOwnedSheets, type OwnedColumn, ownedColumns, ownedSheet } from './owned';
import {
  assertOwnedColumnsRemovable,
  emptyOwnedColumns,
  unmarkOwnedColumns,
} from './result-columns';
import { forgetRules } from './rule-fingerprints';
import { forgetSettings } from './saved-settings';
import { showAllSegments } from './segment-filter';
import { sheetReference } from './sheet-reference';
import { sidebarError } from './sidebar-messages';
import { summaryToClear } from './summary-sheet';
import { assertSheetEditable, assertUnprotected } from './writable';

/** Clears the add-on's results from a sheet (its last run's outcome too; its settings stay). */
export function clearSheet(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  language: Language = activeSheetSettings().language,
): ClearResult {
  const spreadsheet = sheet.getParent();
  const deletedSource = deletedSourceOf(spreadsheet, sheet);
  if (deletedSource !== null) return clearOrphan(spreadsheet, sheet, deletedSource, language);

  const owned = ownedColumns(sheet);
  const customers = ownedSheet(spreadsheet, sheet.getSheetId());
  const hasRules = ourRuleFlags(sheet, sheet.getConditionalFormatRules()).some(Boolean);
  if (hasRules) assertSheetEditable(sheet, language, 'clear');
  assertOwnedColumnsRemovable(sheet, owned, language);
  if (customers) assertUnprotected(customers.sheet, language, 'clear');
  const summary = summaryToClear(sheet, language);
  const history = historyToClear(sheet, language);

  showAllSegments(sheet);
  const removedRules = removeOurRules(sheet);
  emptyOwnedColumns(sheet, owned);
  if (customers) spreadsheet.deleteSheet(customers.sheet);
  const removedSummaries = summary.remove() + history.remove();
  forgetRules(sheet);
  unmarkOwnedColumns(owned.filter(isWrittenInto));
  forgetLastRun(sheet.getSheetId());
  return {
    removedColumns: owned.length,
    removedRules,
    removedSheets: (customers ? 1 : 0) + removedSummaries,
  };
}

/**
 * Removes the sheets made for a source that is gone (its customer and summary sheets), with the
 * source's saved settings.
 */
function clearOrphan(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  deletedSource: number,
  language: Language,
): ClearResult {
  const made = allOwnedSheets(spreadsheet)
    .filter((owned) => owned.sourceSheetId === deletedSource)
    .map((owned) => owned.sheet);
  for (const each of made) assertUnprotected(each, language, 'clear');
  if (spreadsheet.getNumSheets() <= made.length) {
    throw sidebarError(
      { kind: 'orphan-only-sheet', where: sheetReference(sheet.getName()) },
      language,
    );
  }
  for (const each of made) spreadsheet.deleteSheet(each);
  forgetSettings(deletedSource);
  return { removedColumns: 0, removedRules: 0, removedSheets: made.length };
}

const isWrittenInto = (column: OwnedColumn) => !column.inserted;
