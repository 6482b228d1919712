/**
 * This file renders an InputError as `FUNCTION: argument, cell C8: what is wrong` (or `row N`
 * where the cell is not known, or the sheet's column and cell for the sidebar), from the phrases
 * of the user's language (message-phrases-en.ts, message-phrases-zh.ts). Values are shown as the
 * sheet shows them: dates in its zone and day/month order.
 */

import type { Language } from '../core/labels';
import type { DateOrder } from '../core/locale';
import { columnLetters } from './formula-cells';
import type { InputError } from './input-error';
import type { RowNamer } from './message-phrases';
import { EN_PHRASES } from './message-phrases-en';
import { ZH_PHRASES } from './message-phrases-zh';
import { showValue } from './shown-values';

/** How the sheet shows dates, for values and dates in messages. */
export interface DateView {
  readonly dateOrder: DateOrder;
  /** A date cell as the sheet shows it, e.g. `12/30/2024`. */
  formatDate(date: Date): string;
  /** A civil day as the sheet shows it. */
  formatDay(civilDay: number): string;
}

const PHRASES = { en: EN_PHRASES, zh: ZH_PHRASES } as const;

/** The message for bad input, naming function, argument, cell (or row) and value. */
export function inputErrorMessage(
  fn: string,
  error: InputError,
  language: Language,
  view: DateView,
  cell?: string,
): string {
  const phrases = PHRASES[language];
  const { argument, row, value, sheetColumn, item } = error.place;
  if (sheetColumn) {
    const letter = columnLetters(sheetColumn.column);
    const column = { header: sheetColumn.header, letter };
    const sheetRow = (rangeRow: number) => sheetColumn.firstRow + rangeRow - 1;
    const sheetCell = row === undefined ? undefined : `${letter}${sheetRow(row)}`;
    const sheetRowOf: RowNamer = (otherRow) =>
      phrases.otherRow(`${letter}${sheetRow(otherRow)}`, sheetRow(otherRow));
    return (
      phrases.place(fn, { column, ...(sheetCell ? { cell: sheetCell } : {}) }) +
      phrases.problem(error.problem, showValue(value, phrases, view), view, sheetRowOf, true)
    );
  }
  const rowOf: RowNamer = (otherRow) =>
    phrases.otherRow(cell && row ? shiftedCell(cell, otherRow - row) : undefined, otherRow);
  return (
    phrases.place(fn, { argument, row, cell, item }) +
    phrases.problem(error.problem, showValue(value, phrases, view), view, rowOf, false)
  );
}

/** The cell `rows` rows below (above, when negative) an A1 cell name such as `'Orders'!C8`. */
function shiftedCell(cell: string, rows: number): string | undefined {
  const match = /^(.*?)(\d+)$/.exec(cell);
  return match ? `${match[1]}${Number(match[2]) + rows}` : undefined;
}

/** The message for a failure that is not the user's input: a bug, said plainly. */
export function unexpectedErrorMessage(fn: string, error: unknown, language: Language): string {
  return PHRASES[language].unexpected(fn, error instanceof Error ? error.message : String(error));
}
