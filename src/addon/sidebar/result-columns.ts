/**
 * This file defines how the add-on writes its result columns into the user's sheet: in its own
 * columns again when it has as many (re-running is idempotent), else in new ones after every
 * column that holds anything, so it never overwrites a cell that is not its own. Each block is
 * written with one `setValues`, whatever the number of rows.
 */
import { markOwnedColumns, type OwnedColumn, ownedColumns } from './owned';

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

/** Removes the add-on's columns: deletes those it inserted, empties those it wrote into. */
export function removeOwnedColumns(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  owned: readonly OwnedColumn[] = ownedColumns(sheet),
): number {
  // right to left, so that deleting a column does not move the ones still to do
  for (const { column, inserted, metadata } of [...owned].reverse()) {
    metadata.remove();
    if (inserted) sheet.deleteColumn(column);
    else sheet.getRange(1, column, sheet.getMaxRows(), 1).clearContent().clearFormat();
  }
  return owned.length;
}

function placeNewColumns(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  owned: readonly OwnedColumn[],
  width: number,
): number[] {
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
