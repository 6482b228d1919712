/**
 * This file defines how wide the grid's columns are: each as wide as the widest text among the
 * rows shown when the sheet (or a new version of it) is drawn, within bounds, so that dates and
 * times show whole and long descriptions do not crowd out the rest. Widths stay put while the
 * grid scrolls, so columns never jump.
 */
import type { GridCell } from '../contract';

const MIN_WIDTH = 56;
const MAX_WIDTH = 280;
/** The cell's padding and border, as sandbox.css sets them, and a little air. */
const CELL_EXTRA = 14;
const FONT = '13px Arial, sans-serif';

const measure = document.createElement('canvas').getContext('2d');

/** Each column's width in pixels for `columns` columns, from the rows given. */
export function columnWidths(
  rows: readonly (readonly GridCell[] | undefined)[],
  columns: number,
): number[] {
  return Array.from({ length: columns }, (_, column) => {
    let widest = 0;
    for (const row of rows) {
      const cell = row?.[column];
      if (cell?.text) widest = Math.max(widest, textWidth(cell.text, cell.bold === true));
    }
    return Math.round(Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, widest + CELL_EXTRA)));
  });
}

function textWidth(text: string, bold: boolean): number {
  if (!measure) return text.length * 7;
  measure.font = bold ? `bold ${FONT}` : FONT;
  return measure.measureText(text).width;
}
