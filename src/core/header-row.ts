/**
 * This file defines how the header row is found among a sheet's first rows: it need not be the
 * first row (a title often sits above it), and a sheet may have none.
 */
import { isBlank, isHeadingText } from './cell-value';
import { isMostly } from './column-values';
import { matchHeader } from './header-words';

/** Headers sit near the top; a row further down is data. */
const SEARCHED_ROWS = 10;

/**
 * The index of the header row, or `null` when there is none. Of the first 10 rows, the rows of
 * headings are those whose filled cells are mostly (≥ 80 %) heading text, except a title row
 * (a single filled cell when some row has more). The header row is the first row of headings
 * that holds a known header word; when none does, the first row of headings whose next filled
 * row holds a value (a number, date or boolean).
 */
export function findHeaderRow(rows: readonly (readonly unknown[])[]): number | null {
  const searched = rows.slice(0, SEARCHED_ROWS);
  const filledCells = searched.map((row) => row.filter((cell) => !isBlank(cell)));
  const widest = Math.max(0, ...filledCells.map((cells) => cells.length));
  const headingRows = filledCells.flatMap((cells, index) =>
    (cells.length > 1 || widest === 1) && isMostly(cells, isHeadingText) ? [index] : [],
  );
  const named = headingRows.find((index) =>
    filledCells[index]?.some((cell) => isHeadingText(cell) && matchHeader(String(cell)) !== null),
  );
  if (named !== undefined) return named;
  return headingRows.find((index) => nextFilledRowHasValue(rows, index)) ?? null;
}

function nextFilledRowHasValue(rows: readonly (readonly unknown[])[], index: number): boolean {
  const next = rows.slice(index + 1).find((row) => row.some((cell) => !isBlank(cell)));
  return next?.some((cell) => !isBlank(cell) && !isHeadingText(cell)) ?? false;
}
