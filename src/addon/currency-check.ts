/**
 * This file defines the refusal of a column of money in more than one currency, found by the
 * core's CurrencyMixCheck while a reader reads the column: an InputError naming both cells.
 */
import type { CurrencyMixCheck } from '../core/currency-mix';
import { InputError } from './input-error';

/**
 * @param argument the column's argument (`amounts`, `monetary`)
 * @throws {InputError} `mixed-currencies` at the second currency's cell, naming the first's row
 */
export function assertOneCurrency(check: CurrencyMixCheck, argument: string): void {
  const clash = check.clash();
  if (!clash) return;
  throw new InputError(
    { kind: 'mixed-currencies', otherRow: clash.first.row + 1, otherValue: clash.first.cell },
    { argument, row: clash.second.row + 1, value: clash.second.cell },
  );
}
