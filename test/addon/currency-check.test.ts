import { describe, expect, it } from 'vitest';
import { CellColumn } from '../../src/addon/columns';
import { assertOneCurrency } from '../../src/addon/currency-check';
import { InputError } from '../../src/addon/input-error';
import { CurrencyMixCheck } from '../../src/core/currency-mix';

function checkOf(cells: readonly unknown[]): CurrencyMixCheck {
  const check = new CurrencyMixCheck();
  cells.forEach((cell, row) => {
    check.see(row, cell);
  });
  return check;
}

describe('assertOneCurrency', () => {
  it('places the error at the second currency and names the first one’s row and value', () => {
    let thrown: unknown;
    try {
      assertOneCurrency(
        checkOf([32, '€36', '¥116']),
        CellColumn.of({ argument: 'amounts', value: [] }),
      );
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(InputError);
    expect((thrown as InputError).problem).toEqual({
      kind: 'mixed-currencies',
      otherRow: 2,
      otherValue: '€36',
    });
    expect((thrown as InputError).place).toEqual({ argument: 'amounts', row: 3, value: '¥116' });
  });

  it('passes a column in one currency', () => {
    expect(() =>
      assertOneCurrency(
        checkOf([32, '¥36', '7元']),
        CellColumn.of({ argument: 'monetary', value: [] }),
      ),
    ).not.toThrow();
  });
});
