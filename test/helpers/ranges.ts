/**
 * This file defines helpers that shape test values the way Sheets hands ranges to a custom
 * function: rows of cells.
 */

/** A one-column range. */
export function column(...cells: unknown[]): unknown[][] {
  return cells.map((cell) => [cell]);
}

/** The first cell of each output row. */
export function firstCells(rows: unknown[][]): unknown[] {
  return rows.map((row) => row[0]);
}

/** Calls a function and returns the message it throws, failing when it does not throw. */
export function thrownMessage(call: () => unknown): string {
  try {
    call();
  } catch (error) {
    if (!(error instanceof Error) || error.constructor !== Error) throw error;
    return error.message;
  }
  throw new Error('expected the call to throw');
}
