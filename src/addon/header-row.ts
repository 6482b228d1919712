/**
 * This file defines the one rule by which every custom function tells a first row of headings
 * (as when whole columns like `B:B` are passed) from a first row of data: the cells of the
 * columns that must hold numbers or dates are all heading text — `orders`, `金额`, `Year 1` —
 * and any other cell is heading text or blank.
 */
import { isBlank, isHeadingText } from '../core/cell-value';

/**
 * Whether a first row holds headings.
 * @param measureCells the first cells of the columns of numbers or dates; each must be a heading
 * @param otherCells the first cells of other columns (customers, ids), which may be blank
 */
export function isHeaderRow(
  measureCells: readonly unknown[],
  otherCells: readonly unknown[] = [],
): boolean {
  const headings = [...measureCells, ...otherCells].filter(isHeadingText).length;
  return (
    headings > 0 &&
    measureCells.every(isHeadingText) &&
    otherCells.every((cell) => isBlank(cell) || isHeadingText(cell))
  );
}
