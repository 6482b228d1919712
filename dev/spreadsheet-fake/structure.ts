/**
 * This file defines the edits that move cells: inserting and deleting rows or columns, and
 * sorting rows. Everything tied to a place moves along as in Sheets: cell layers, rule ranges
 * and their formulas' references, row and column metadata, protected ranges, the filter and
 * the ranges of charts.
 */
import type { CellValue } from './cell-input';
import { shiftCharts } from './chart';
import { shiftRules } from './conditional-format-rule';
import { reorderRowMetadata, shiftMetadata } from './developer-metadata';
import { shiftFilter } from './filter';
import { fromCell, order } from './formula-values';
import type { Dimension, Shift } from './grid-range';
import { assertEditable, shiftProtections } from './protection';
import { exception } from './realm';
import { contentExtent, type SheetModel } from './workbook-model';

/** Inserts `count` rows or columns before 1-based position `before`. */
export function insertLines(
  sheet: SheetModel,
  dimension: Dimension,
  before: number,
  count: number,
): void {
  assertLines(sheet, dimension, before, count, 1);
  assertEditable(sheet, null);
  apply(sheet, { dimension, at: before, count });
}

/** Deletes `count` rows or columns from 1-based position `at`. */
export function deleteLines(
  sheet: SheetModel,
  dimension: Dimension,
  at: number,
  count: number,
): void {
  assertLines(sheet, dimension, at, count, 0);
  const size = dimension === 'ROWS' ? sheet.maxRows : sheet.maxColumns;
  if (count >= size) {
    const what = dimension === 'ROWS' ? 'rows' : 'columns';
    throw exception(sheet.workbook.realm, `You can't delete all the ${what} on the sheet.`);
  }
  assertEditable(sheet, linesGrid(sheet, dimension, at, count));
  apply(sheet, { dimension, at, count: -count });
}

/** Positions from `at` for `count` must lie in the sheet, or one past its end when inserting. */
function assertLines(
  sheet: SheetModel,
  dimension: Dimension,
  at: number,
  count: number,
  pastEnd: number,
): void {
  const size = dimension === 'ROWS' ? sheet.maxRows : sheet.maxColumns;
  const last = pastEnd === 1 ? at : at + count - 1;
  if (
    !Number.isInteger(at) ||
    !Number.isInteger(count) ||
    at < 1 ||
    count < 1 ||
    last > size + pastEnd
  ) {
    const what = dimension === 'ROWS' ? 'rows' : 'columns';
    throw exception(sheet.workbook.realm, `Those ${what} are out of bounds.`);
  }
}

function linesGrid(sheet: SheetModel, dimension: Dimension, at: number, count: number) {
  return dimension === 'ROWS'
    ? { row: at, numRows: count, column: 1, numColumns: sheet.maxColumns }
    : { row: 1, numRows: sheet.maxRows, column: at, numColumns: count };
}

function apply(sheet: SheetModel, shift: Shift): void {
  for (const layer of Object.values(sheet.cells)) {
    if (shift.dimension === 'ROWS') layer.shiftRows(shift.at - 1, shift.count);
    else layer.shiftColumns(shift.at - 1, shift.count);
  }
  if (shift.dimension === 'ROWS') sheet.maxRows += shift.count;
  else sheet.maxColumns += shift.count;
  shiftRules(sheet, shift);
  shiftMetadata(sheet, shift);
  shiftProtections(sheet, shift);
  shiftFilter(sheet, shift);
  shiftCharts(sheet, shift);
}

/**
 * Sorts the rows below the frozen ones by a column, as `Sheet.sort` does; whole rows move with
 * their formats and single-row metadata. Blank cells go last either way; then numbers (and
 * dates), text (ignoring case) and booleans, as Sheets orders them.
 */
export function sortRows(sheet: SheetModel, column: number, ascending: boolean): void {
  if (!Number.isInteger(column) || column < 1 || column > sheet.maxColumns) {
    throw exception(sheet.workbook.realm, 'Those columns are out of bounds.');
  }
  const first = sheet.frozenRows + 1;
  const count = contentExtent(sheet).lastRow - sheet.frozenRows;
  if (count < 2) return;
  assertEditable(sheet, { row: first, numRows: count, column: 1, numColumns: sheet.maxColumns });
  const keys = Array.from({ length: count }, (_, i) =>
    sheet.cells.value.get(first - 1 + i, column - 1),
  );
  const order = keys
    .map((_, i) => i)
    .sort((a, b) => compareForSort(keys[a] ?? '', keys[b] ?? '', ascending));
  for (const layer of Object.values(sheet.cells)) layer.reorderRows(first - 1, order);
  reorderRowMetadata(sheet, first, order);
}

function compareForSort(a: CellValue, b: CellValue, ascending: boolean): number {
  if (a === '' || b === '') return (a === '' ? 1 : 0) - (b === '' ? 1 : 0);
  const byValue = order(fromCell(a), fromCell(b));
  return ascending ? byValue : -byValue;
}
