/**
 * This file defines how the add-on writes its result columns into the user's sheet: in its own
 * columns again when it has as many (re-running is idempotent), else in new ones after every
 * column that holds anything, so it never overwrites a cell that is not its own. Each block is
 * written with one `setValues`, whatever the number of rows. It writes values only: the formats
 * of the cells it writes into stay the user's, before and after Clear.
 */
import type { Language } from '../../core/labels';
import { removeOurRules } from './format-rules';
import { markOwnedColumns, type OwnedColumn, ownedColumns } from './owned';
import { forgetRules } from './rule-fingerprints';
import { assertRangeEditable } from './writable';

/** A block of result columns: its rows, from `firstRow` on, and their headers' count. */
export interface ResultBlock {
  /** 1-based sheet row of the block's first row (the header row, or the first data row). */
  readonly firstRow: number;
  readonly rows: unknown[][];
  readonly width: number;
}

/** Writes the block and returns the 1-based columns it went to. */
export function writeResultColumns(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  owned: readonly OwnedColumn[],
  block: ResultBlock,
): number[] {
  const columns =
    owned.length === block.width
      ? owned.map(({ column }) => column)
      : placeNewColumns(sheet, owned, block.width);
  const runs = contiguousRuns(columns);
  let offset = 0;
  for (const run of runs) {
    const slice = block.rows.map((row) => row.slice(offset, offset + run.count));
    if (slice.length > 0)
      sheet.getRange(block.firstRow, run.first, slice.length, run.count).setValues(slice);
    offset += run.count;
  }
  return columns;
}

/** @throws {SidebarError} unless every column the add-on owns can be emptied or deleted */
export function assertOwnedColumnsRemovable(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  owned: readonly OwnedColumn[],
  language: Language,
): void {
  for (const { column } of owned) {
    assertRangeEditable(sheet.getRange(1, column, sheet.getMaxRows(), 1), language, 'clear');
  }
}

/**
 * Removes the add-on's columns: deletes those it inserted, and empties those it wrote into of
 * their values only — the column was empty, but its formats (a header row's fill, a column's
 * colour) are the user's and stay. The marks go last, with the deleted columns or after every
 * column is emptied, so a run stopped half way leaves every column still known to the next.
 */
export function removeOwnedColumns(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  owned: readonly OwnedColumn[] = ownedColumns(sheet),
): number {
  emptyOwnedColumns(sheet, owned);
  unmarkOwnedColumns(owned.filter(({ inserted }) => !inserted));
  return owned.length;
}

/** Deletes the columns the add-on inserted (their marks go with them), empties the others. */
export function emptyOwnedColumns(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  owned: readonly OwnedColumn[],
): void {
  // right to left, so that deleting a column does not move the ones still to do
  for (const { column, inserted } of [...owned].reverse()) {
    if (inserted) sheet.deleteColumn(column);
    else sheet.getRange(1, column, sheet.getMaxRows(), 1).clearContent();
  }
}

/** Removes the marks of columns still there. */
export function unmarkOwnedColumns(owned: readonly OwnedColumn[]): void {
  for (const { metadata } of owned) metadata.remove();
}

function placeNewColumns(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  owned: readonly OwnedColumn[],
  width: number,
): number[] {
  // the rules test the old label column: they go with it, or they would be stranded
  removeOurRules(sheet);
  forgetRules(sheet);
  removeOwnedColumns(sheet, owned);
  const first = sheet.getLastColumn() + 1;
  const available = Math.max(0, sheet.getMaxColumns() - first + 1);
  const written = Math.min(available, width);
  if (written > 0) markOwnedColumns(sheet, first, written, false);
  if (written < width) {
    sheet.insertColumnsAfter(sheet.getMaxColumns(), width - written);
    markOwnedColumns(sheet, first + written, width - written, true);
  }
  return Array.from({ length: width }, (_, i) => first + i);
}

function contiguousRuns(columns: readonly number[]): { first: number; count: number }[] {
  const runs: { first: number; count: number }[] = [];
  for (const column of columns) {
    const last = runs[runs.length - 1];
    if (last && last.first + last.count === column) last.count++;
    else runs.push({ first: column, count: 1 });
  }
  return runs;
}
