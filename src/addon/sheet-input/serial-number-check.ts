/**
 * This file defines the check that a dates column really holds dates: a column of plain numbers
 * all of which would be dates before 1950 (quantities, say) was most likely the wrong column.
 */
import type { CellColumn } from '../columns';

/** Serial number of 1950-01-01: a dates column of numbers all before it holds no dates. */
const FIRST_PLAUSIBLE_SERIAL_COLUMN = 18_264;

/**
 * Watches a dates column for the sign that another column was passed: only plain numbers, all
 * of them small (a quantity, say), which as serial numbers would be dates before 1950.
 */
export class SerialNumberCheck {
  private onlyNumbers = true;
  private largest = -Infinity;
  private first: { row: number; cell: number } | undefined;

  see(row: number, cell: unknown): void {
    if (typeof cell !== 'number') {
      this.onlyNumbers = false;
      return;
    }
    this.first ??= { row, cell };
    if (cell > this.largest) this.largest = cell;
  }

  /** @throws {InputError} when the column held only numbers, all before 1950 as dates */
  check(dates: CellColumn): void {
    if (!this.onlyNumbers || !this.first || this.largest >= FIRST_PLAUSIBLE_SERIAL_COLUMN) return;
    throw dates.problem({ kind: 'numbers-not-dates' }, this.first.row, this.first.cell);
  }
}
