/**
 * This file defines the history sheet the add-on keeps beside every classified sheet (one per
 * sheet, hidden, named after it in the labels' language: `Orders · history`, `订单 · 分层历史`):
 * each Classify and Re-segment appends its customers in one block (core run-history.ts), after
 * the run's other writes, and the oldest runs beyond the saved number to keep are pruned. The
 * history lives in a sheet, not in properties (9 KB a value, 500 KB a store).
 *
 * The sheet is read once, before anything is written (`planHistory`), so the run compares itself
 * with the previous run of its model; a protected history stops the run before it writes.
 */
import { HISTORY_LABELS } from '../../core/history-labels';
import type { Language } from '../../core/labels';
import { HISTORY_RUNS_KEPT } from '../../core/option-registry';
import {
  HISTORY_WIDTH,
  type HistoryRun,
  historyRows,
  previousRun,
  type RecordedRun,
  readHistory,
  rowsToPrune,
} from '../../core/run-history';
import { freeName, sheetNameAfter } from './customer-sheet';
import { insertSheetBehind } from './inserted-sheet';
import { markOwnedSheet, ownedSheet } from './owned';
import { assertUnprotected } from './writable';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/**
 * The most data rows the history keeps: a spreadsheet holds ten million cells in all, and the
 * user's own sheets need room.
 */
export const HISTORY_MAX_ROWS = 300_000;

/** Text cells stay text: ids like `007` and dates written as `YYYY-MM-DD`. */
const NUMBER_FORMATS = ['@', '@', '@', '@', '@', '0.00', '@'];

/** A source sheet's history as it stands before a run, and how to record the run. */
export interface HistoryPlan {
  /** Every recorded run, oldest first. */
  readonly runs: readonly RecordedRun[];
  /** The latest recorded run of a model. */
  previous(model: string): RecordedRun | null;
  /** Appends a run in one block, then prunes the oldest runs; call after the run's other writes. */
  record(run: HistoryRun, keep?: number): void;
  /**
   * Appends runs of the past in one block ("Build history"), their times as given (older than
   * the recorded runs'), then prunes once.
   */
  recordPast(runs: readonly HistoryRun[], keep?: number): void;
}

/**
 * Reads the history of `source` in one call and checks that it can be written.
 *
 * @throws {SidebarError} when the add-on's history sheet of `source` is protected against the user
 */
export function planHistory(source: Sheet, language: Language): HistoryPlan {
  const spreadsheet = source.getParent();
  const owned = ownedSheet(spreadsheet, source.getSheetId(), 'history')?.sheet ?? null;
  if (owned) assertUnprotected(owned, language);
  const runs = owned ? runsOn(owned) : [];
  const append = (added: readonly HistoryRun[], keep: number = HISTORY_RUNS_KEPT.default) => {
    const recorded = added.filter((run) => run.entries.length > 0);
    if (recorded.length === 0) return;
    const rows = recorded.flatMap(historyRows);
    const sheet = owned ?? newHistorySheet(spreadsheet, source, language);
    const firstRow = owned ? Math.max(2, sheet.getLastRow() + 1) : 2;
    // a new sheet has 1,000 rows, and a range past the last row is refused
    const missing = firstRow + rows.length - 1 - sheet.getMaxRows();
    if (missing > 0) sheet.insertRowsAfter(sheet.getMaxRows(), missing);
    const block = sheet.getRange(firstRow, 1, rows.length, HISTORY_WIDTH);
    block.setNumberFormats(rows.map(() => NUMBER_FORMATS));
    block.setValues(rows);
    prune(sheet, runs, rows.length, recorded.length, keep);
  };
  return {
    runs,
    previous: (model) => previousRun(runs, model),
    record: (run, keep) => append([{ ...run, ranAt: after(run.ranAt, runs) }], keep),
    recordPast: append,
  };
}

/** Every run the history of `source` records now, oldest first; none without a history sheet. */
export function recordedRuns(source: Sheet): RecordedRun[] {
  const owned = ownedSheet(source.getParent(), source.getSheetId(), 'history')?.sheet;
  return owned ? runsOn(owned) : [];
}

/** The runs a history sheet records, read in one call. */
function runsOn(history: Sheet): RecordedRun[] {
  return readHistory(history.getDataRange().getValues().slice(1));
}

/**
 * A run's time, after every recorded run's: two runs within one millisecond (or after a clock
 * set back) would otherwise read back as one.
 */
function after(ranAt: string, runs: readonly RecordedRun[]): string {
  const latest = runs[runs.length - 1]?.ranAt;
  if (latest === undefined || ranAt > latest) return ranAt;
  const next = Date.parse(latest) + 1;
  return Number.isFinite(next) ? new Date(next).toISOString() : ranAt;
}

/** `Orders · history`, `订单 · 分层历史`. */
export function historySheetName(sourceName: string, language: Language): string {
  return sheetNameAfter(sourceName, HISTORY_LABELS.nameSuffix[language]);
}

/**
 * The add-on's history sheet of `source`, for Clear: checked to be deletable now, deleted by
 * `remove` once everything else is checked too.
 *
 * @throws {SidebarError} when it is protected against the user
 */
export function historyToClear(
  source: Sheet,
  language: Language,
): { readonly exists: boolean; readonly remove: () => number } {
  const spreadsheet = source.getParent();
  const owned = ownedSheet(spreadsheet, source.getSheetId(), 'history');
  if (owned) assertUnprotected(owned.sheet, language, 'clear');
  return {
    exists: owned !== null,
    remove: () => {
      if (!owned) return 0;
      spreadsheet.deleteSheet(owned.sheet);
      return 1;
    },
  };
}

/** A new hidden history sheet with its heading row; a sheet that fails half way is deleted. */
function newHistorySheet(spreadsheet: Spreadsheet, source: Sheet, language: Language): Sheet {
  const name = freeName(spreadsheet, historySheetName(source.getName(), language));
  const sheet = insertSheetBehind(spreadsheet, name);
  try {
    markOwnedSheet(sheet, source.getSheetId(), 'history');
    const headings = [
      HISTORY_LABELS.asOf,
      HISTORY_LABELS.ranAt,
      HISTORY_LABELS.model,
      HISTORY_LABELS.customer,
      HISTORY_LABELS.segment,
      HISTORY_LABELS.moneyAtRisk,
      HISTORY_LABELS.lastPurchase,
    ].map((label) => label[language]);
    sheet.getRange(1, 1, 1, HISTORY_WIDTH).setValues([headings]).setFontWeight('bold');
    sheet.setFrozenRows(1);
    sheet.hideSheet();
  } catch (error) {
    spreadsheet.deleteSheet(sheet);
    throw error;
  }
  return sheet;
}

/**
 * Drops the oldest runs beyond `keep` (and beyond HISTORY_MAX_ROWS): in one deletion when they
 * are the first rows, as appending keeps them; else the kept rows are written back in one block.
 */
function prune(
  sheet: Sheet,
  runs: readonly RecordedRun[],
  addedRows: number,
  addedRuns: number,
  keep: number,
): void {
  const dropped = rowsToPrune(runs, addedRows, keep, HISTORY_MAX_ROWS, addedRuns);
  if (dropped.length === 0) return;
  const leading = dropped.every((row, i) => row === i);
  if (leading) {
    sheet.deleteRows(2, dropped.length);
    return;
  }
  const gone = new Set(dropped);
  const lastRow = sheet.getLastRow();
  const kept = sheet
    .getRange(2, 1, lastRow - 1, HISTORY_WIDTH)
    .getValues()
    .filter((_, row) => !gone.has(row));
  // the kept rows over the old ones first, then the rest emptied: a write the service breaks off
  // leaves every run there (the next prune drops the old ones), where emptying first lost them all
  sheet.getRange(2, 1, kept.length, HISTORY_WIDTH).setValues(kept);
  const rest = lastRow - 1 - kept.length;
  if (rest > 0) sheet.getRange(2 + kept.length, 1, rest, HISTORY_WIDTH).clearContent();
}
