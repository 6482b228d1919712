/**
 * This file defines the bridge from the core's cell parser to the user's messages: a cell that
 * cannot be read becomes an InputError naming its argument, row and value.
 */
import { CellReadError } from '../core/cell-value';
import type { CellColumn } from './columns';
import { InputError } from './input-error';

/**
 * Reads one cell with a core reader.
 * @param row 0-based row within the argument's range; −1 for a single-value argument, which a
 *   range of several cells is not (Sheets hands a 1×1 range as a bare value)
 * @param column 0-based column within a range of several columns
 */
export function readCell<T>(
  source: string | CellColumn,
  row: number,
  cell: unknown,
  read: (cell: unknown) => T,
  column?: number,
): T {
  const argument = typeof source === 'string' ? source : source.argument;
  if (row < 0 && Array.isArray(cell)) {
    throw new InputError({ kind: 'not-a-single-value' }, { argument, value: cell });
  }
  try {
    return read(cell);
  } catch (error) {
    if (!(error instanceof CellReadError)) throw error;
    if (typeof source !== 'string' && row >= 0)
      throw source.problem({ kind: error.problem }, row, cell);
    const place =
      row < 0 ? { argument, value: cell } : { argument, row: row + 1, column, value: cell };
    throw new InputError({ kind: error.problem }, place);
  }
}
