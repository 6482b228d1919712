/**
 * This file defines one layer of a sheet's cells (values, formulas, backgrounds …): rows of
 * arrays that hold only what was written, so a sheet of 100,000 rows costs what its data costs,
 * and whole rows move by moving one array.
 */
import type { GridRange } from './grid-range';

export class Layer<T> {
  #rows: (T[] | undefined)[] = [];

  /** `blank` is what an unwritten cell holds. */
  constructor(readonly blank: T) {}

  /** Row and column are 0-based here, as in the arrays `getValues` returns. */
  get(row: number, column: number): T {
    return this.#rows[row]?.[column] ?? this.blank;
  }

  set(row: number, column: number, value: T): void {
    let cells = this.#rows[row];
    if (cells === undefined) {
      cells = [];
      this.#rows[row] = cells;
    }
    cells[column] = value;
  }

  /** The cells of a 1-based rectangle, each passed through `out`. */
  read<Out>(grid: GridRange, out: (cell: T) => Out): Out[][] {
    const rows: Out[][] = new Array(grid.numRows);
    const blank = out(this.blank);
    for (let r = 0; r < grid.numRows; r++) {
      const cells = this.#rows[grid.row - 1 + r];
      const row: Out[] = new Array(grid.numColumns);
      for (let c = 0; c < grid.numColumns; c++) {
        const cell = cells?.[grid.column - 1 + c];
        row[c] = cell === undefined ? blank : out(cell);
      }
      rows[r] = row;
    }
    return rows;
  }

  /** The 1-based number of the last row holding a cell other than blank, 0 if none. */
  lastRow(): number {
    for (let r = this.#rows.length - 1; r >= 0; r--) {
      if (this.#rows[r]?.some((cell) => cell !== undefined && cell !== this.blank)) return r + 1;
    }
    return 0;
  }

  /** The 1-based number of the last column holding a cell other than blank, 0 if none. */
  lastColumn(): number {
    let last = 0;
    for (const cells of this.#rows) {
      if (cells === undefined) continue;
      for (let c = cells.length - 1; c >= last; c--) {
        if (cells[c] !== undefined && cells[c] !== this.blank) {
          last = c + 1;
          break;
        }
      }
    }
    return last;
  }

  /** Blanks every cell. */
  clear(): void {
    this.#rows = [];
  }

  /** Every cell holding something other than blank, as 0-based row, column and content. */
  *cells(): Generator<[number, number, T]> {
    for (const [row, cells] of this.#rows.entries()) {
      for (const [column, cell] of (cells ?? []).entries()) {
        if (cell !== undefined && cell !== this.blank) yield [row, column, cell];
      }
    }
  }

  /** Inserts `count` blank rows before 0-based row `at`, or deletes them from it if negative. */
  shiftRows(at: number, count: number): void {
    openOrClose(this.#rows, at, count);
  }

  /** Inserts `count` blank columns before 0-based column `at`, or deletes them if negative. */
  shiftColumns(at: number, count: number): void {
    for (const cells of this.#rows) if (cells) openOrClose(cells, at, count);
  }

  /** Reorders whole rows from 0-based `first`: row `first + i` becomes old row `first + order[i]`. */
  reorderRows(first: number, order: readonly number[]): void {
    const moved = order.map((from) => this.#rows[first + from]);
    for (let i = 0; i < moved.length; i++) this.#rows[first + i] = moved[i];
  }
}

/** Opens `count` holes at `at`, or removes `-count` entries there; fast for any count. */
function openOrClose<T>(array: T[], at: number, count: number): void {
  if (at >= array.length) return;
  if (count < 0) {
    array.splice(at, -count);
    return;
  }
  const length = array.length;
  array.length = length + count;
  array.copyWithin(at + count, at, length);
  array.fill(undefined as T, at, at + count); // undefined reads as blank
}
