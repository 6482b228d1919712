/**
 * This file defines how range arguments become columns of cells: Sheets hands a range as rows
 * of cells, and a 1×1 range as a bare value. Ranges of different heights line up when the
 * extra rows are blank (open ranges like `B2:B` run to the sheet's end); data past a shorter
 * range is an error, never silently dropped.
 */
import { isBlank } from '../core/cell-value';
import { isHeaderRow } from './header-row';
import { InputError, type Problem, type SheetColumnPlace } from './input-error';

export interface NamedRange {
  readonly argument: string;
  /** The range as Sheets hands it, or a column already read (the sidebar's sheet columns). */
  readonly value: unknown;
}

/** Columns of equal length, one per range; past a shorter range's end its cells are blank. */
export interface AlignedColumns {
  readonly rowCount: number;
  readonly cells: readonly CellColumn[];
}

/**
 * The cells of a one-column range, top to bottom, read in place: copying a million cells would
 * cost more than all the reading that follows, and so would a pass that only checks them.
 */
export class CellColumn {
  /**
   * @param argument the range's argument, for errors
   * @param range the rows of a range (each an array of one cell, or a cell), or of a sheet
   * @param sheetColumn for a column of the sheet: where it is; its cells are `range[row][index]`
   *   from row `offset` on
   */
  private constructor(
    readonly argument: string,
    private readonly range: readonly unknown[],
    readonly sheetColumn?: SheetColumnPlace,
    private readonly offset = 0,
    private readonly cellIndex?: number,
  ) {}

  /**
   * Sheets hands rectangular ranges, so the first row tells whether the range is one column:
   * that is checked here, before anything else is read; any other row when it is read. A column
   * already read is taken as it is.
   *
   * @throws {InputError} when the first row holds more or fewer than one cell
   */
  static of({ argument, value }: NamedRange): CellColumn {
    if (value instanceof CellColumn) return value;
    const column = new CellColumn(argument, Array.isArray(value) ? value : [value]);
    column.at(0);
    return column;
  }

  /**
   * One column of a sheet's rows, read in place (no copy of a million cells): the cells of
   * `rows[firstRow - 1 + i][place.column]`, named by its header and letter in messages.
   *
   * @param argument the reader's name for it, e.g. `amounts`
   * @param rows the sheet's rows from row 1, as `getValues` hands them
   */
  static inSheet(
    argument: string,
    rows: readonly unknown[][],
    place: SheetColumnPlace,
  ): CellColumn {
    return new CellColumn(argument, rows, place, place.firstRow - 1, place.column);
  }

  /**
   * Cells computed from the sheet's (quantity × unit price), one per row from `place.firstRow`,
   * named in messages by `place`.
   */
  static computed(
    argument: string,
    cells: readonly unknown[],
    place: SheetColumnPlace,
  ): CellColumn {
    return new CellColumn(argument, cells, place);
  }

  get length(): number {
    return Math.max(0, this.range.length - this.offset);
  }

  /** An error at a 0-based row of this column (none for the whole column). */
  problem(problem: Problem, row?: number, value?: unknown): InputError {
    return new InputError(problem, {
      argument: this.argument,
      ...(this.sheetColumn ? { sheetColumn: this.sheetColumn } : {}),
      ...(row === undefined ? {} : { row: row + 1 }),
      ...(value === undefined ? {} : { value }),
    });
  }

  /**
   * The cell in a row; blank past the range's end.
   * @throws {InputError} when the row holds more or fewer than one cell
   */
  at(row: number): unknown {
    if (this.cellIndex !== undefined) {
      const cells = this.range[row + this.offset] as readonly unknown[] | undefined;
      return cells?.[this.cellIndex] ?? '';
    }
    if (row >= this.range.length) return '';
    const cellsOfRow: unknown = this.range[row];
    if (!Array.isArray(cellsOfRow)) return cellsOfRow;
    if (cellsOfRow.length !== 1)
      throw new InputError(
        { kind: 'not-one-column', columns: cellsOfRow.length },
        { argument: this.argument },
      );
    return cellsOfRow[0];
  }

  /** The first cell from a row on that is not blank, or `undefined`. */
  firstFilled(fromRow: number): unknown {
    for (let row = fromRow; row < this.length; row++) {
      const cell = this.at(row);
      if (!isBlank(cell)) return cell;
    }
    return undefined;
  }
}

/** A column with no cells: blank in every row, for a range left out. */
export const BLANK_COLUMN = CellColumn.of({ argument: '', value: [] });

/** Reads several one-column ranges and lines their rows up. */
export function alignedColumns(ranges: readonly NamedRange[]): AlignedColumns {
  const columns = ranges.map((range) => CellColumn.of(range));
  const rowCount = Math.max(0, ...columns.map((column) => column.length));
  columns.forEach((column, shorter) => {
    if (column.length === rowCount) return;
    columns.forEach((other, longer) => {
      for (let row = column.length; row < other.length; row++) {
        const cell = other.at(row);
        if (isBlank(cell)) continue;
        const otherRange = ranges[shorter] as NamedRange;
        throw new InputError(
          {
            kind: 'beyond-other-range',
            otherArgument: otherRange.argument,
            otherRows: column.length,
          },
          { argument: (ranges[longer] as NamedRange).argument, row: row + 1, value: cell },
        );
      }
    });
  });
  return { rowCount, cells: columns };
}

/** The output for every input row: a value for a filled row, blank for a blank one. */
export function rowsOut(
  rowCount: number,
  filledRows: readonly number[],
  values: ArrayLike<unknown>,
  heading?: string,
): unknown[][] {
  // one array per row, made once: 130,000 rows made blank and then filled were twice the garbage
  const out = new Array<unknown[]>(Math.max(rowCount, 1));
  if (heading !== undefined) out[0] = [heading];
  for (let i = 0; i < filledRows.length; i++) out[filledRows[i] as number] = [values[i]];
  for (let row = 0; row < out.length; row++) out[row] ??= [''];
  return out;
}

/**
 * Whether the first row is a header row: every column's first cell a heading such as `orders`,
 * as when a user passes whole columns (`B:B`) with their headings.
 */
export function hasHeaderRow(cells: readonly CellColumn[]): boolean {
  return isHeaderRow(cells.map((column) => column.at(0)));
}

/** 0-based indexes of the rows where any column holds a value, after any header row. */
export function filledRowIndexes({ rowCount, cells }: AlignedColumns, firstRow = 0): number[] {
  const filled: number[] = [];
  for (let row = firstRow; row < rowCount; row++) {
    if (cells.some((column) => !isBlank(column.at(row)))) filled.push(row);
  }
  return filled;
}
