/**
 * This file defines the refusal of a column of money in more than one currency, found by the
 * core's CurrencyMixCheck while a reader reads the column: an InputError naming both cells.
 */
import type { CurrencyMixCheck } from '../core/currency-mix';
import type { CellColumn } from './columns';

/**
 * @param column the column the check watched (`amounts`, `monetary`, or a sheet column)
 * @throws {InputError} `mixed-currencies` at the second currency's cell, naming the first's row
 */
export function assertOneCurrency(check: CurrencyMixCheck, column: CellColumn): void {
  const clash = check.clash();
  if (!clash) return;
  throw column.problem(
    { kind: 'mixed-currencies', otherRow: clash.first.row + 1, otherValue: clash.first.cell },
    clash.second.row,
    clash.second.cell,
  );
}
