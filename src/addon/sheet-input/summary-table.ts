/**
 * This file defines how a function takes a whole summary table (=BTYD_SUMMARY's output, pasted
 * or nested) in place of its columns: how the table is recognised, how its columns are found by
 * their headings, and where the options after it stand.
 */
import { type SummaryColumn, summaryColumnOf } from '../../core/btyd/summary-columns';
import { isBlank } from '../../core/cell-value';
import type { NamedRange } from '../columns';
import { InputError } from '../input-error';

/** A function's arguments: a summary table or its columns, and the options after them. */
export interface ColumnsAndOptions {
  /** The summary table given as the first argument, if it was. */
  readonly table: unknown[][] | undefined;
  /** The column arguments, when no table was given. */
  readonly columns: readonly unknown[];
  /** The arguments after the columns; blank where left out. */
  readonly options: readonly unknown[];
}

/**
 * Splits arguments into columns and options. After a summary table the options may follow it
 * directly, `=P(table, 52)`, or after blank places for the columns it holds, `=P(table, , , 52)`.
 *
 * @throws {InputError} for more options than the function takes
 */
export function splitArguments(
  args: readonly unknown[],
  columnCount: number,
  optionCount: number,
): ColumnsAndOptions {
  const table = summaryTable(args[0]);
  let options = args.slice(columnCount);
  if (table) {
    const places = args.slice(1, columnCount);
    const placesLeftBlank = places.length === columnCount - 1 && places.every(isBlank);
    options = args.slice(placesLeftBlank ? columnCount : 1);
  }
  if (options.length > optionCount)
    throw new InputError({ kind: 'too-many-arguments', most: columnCount + optionCount }, {});
  return { table, columns: args.slice(0, columnCount), options };
}

/**
 * The wanted columns of a summary table, each named by its heading for errors.
 * @param argument the argument that holds the table
 * @throws {InputError} when the table has no column of one of them
 */
export function summaryTableColumns(
  table: unknown[][],
  wanted: readonly SummaryColumn[],
  argument: string,
): NamedRange[] {
  const headings = table[0] as unknown[];
  return wanted.map((column) => {
    const index = headings.findIndex((heading) => summaryColumnOf(heading) === column);
    if (index < 0)
      throw new InputError(
        { kind: 'summary-missing-column', column },
        { argument, value: headings },
      );
    return { argument: String(headings[index]), value: table.map((row) => row[index]) };
  });
}

/** The rows of a range of several columns whose first row names a frequency column. */
function summaryTable(value: unknown): unknown[][] | undefined {
  if (!Array.isArray(value)) return undefined;
  const first: unknown = value[0];
  if (!Array.isArray(first) || first.length < 2) return undefined;
  return first.some((heading) => summaryColumnOf(heading) === 'frequency')
    ? (value as unknown[][])
    : undefined;
}
