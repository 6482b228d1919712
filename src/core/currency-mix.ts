/**
 * This file defines the watch over a column of money for amounts in more than one currency
 * (`32`, `€36`, `¥116`, `£99`): summed, they would give a number in no currency at all. Plain
 * numbers beside one currency are fine (`32` and `¥116`: the sheet's own currency, written two
 * ways); a second currency is the mix.
 */
import { currencyOfCell } from './cell-value';

/** A cell written as money, and where: its 0-based row in the column. */
export interface CurrencyCell {
  readonly row: number;
  readonly cell: string;
  readonly currency: string;
}

/** The first two cells of a column in different currencies. */
export interface CurrencyClash {
  readonly first: CurrencyCell;
  readonly second: CurrencyCell;
}

/**
 * Watches the cells of one column of money, one at a time, as a reader reads them, and keeps
 * the first clash. Numbers cost one type test; only text is parsed for its currency.
 */
export class CurrencyMixCheck {
  private first: CurrencyCell | undefined;
  private found: CurrencyClash | undefined;

  /** Looks at the cell at a 0-based row. */
  see(row: number, cell: unknown): void {
    if (typeof cell !== 'string' || this.found) return;
    const currency = currencyOfCell(cell);
    if (currency === null) return;
    if (this.first === undefined) this.first = { row, cell, currency };
    else if (currency !== this.first.currency)
      this.found = { first: this.first, second: { row, cell, currency } };
  }

  /** The first clash seen, or `undefined` while the column holds one currency at most. */
  clash(): CurrencyClash | undefined {
    return this.found;
  }
}
