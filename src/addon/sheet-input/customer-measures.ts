/**
 * This file defines how the recency, frequency and monetary ranges (and the as-of date) are
 * read into customer measures, shared by every function that takes them. Recency is either
 * day counts or last-purchase dates; the column's first value decides which, and every row must
 * agree.
 */
import {
  isBlank,
  isDateObject,
  isDateText,
  isNumberText,
  readCivilDay,
  readCount,
  readNumber,
} from '../../core/cell-value';
import { CurrencyMixCheck } from '../../core/currency-mix';
import type { CustomerMeasures } from '../../core/rfm-score';
import { asOfDay, assertNoAsOfForDayCounts, type LatestPurchase } from '../as-of';
import { alignedColumns, BLANK_COLUMN, type CellColumn, hasHeaderRow } from '../columns';
import { assertOneCurrency } from '../currency-check';
import { readCell } from '../read-cell';
import type { SheetSettings } from '../sheet-settings';

export interface MeasureArguments {
  readonly recency: unknown;
  readonly frequency: unknown;
  readonly monetary: unknown;
  /** The date day counts run to; left out, the latest purchase date. */
  readonly asOf?: unknown;
}

/** The customers of the filled rows, and where they sit in the input. */
export interface MeasuredRows {
  /** Input rows, blank ones included: the output has as many. */
  readonly rowCount: number;
  /** 0-based indexes of the rows that hold a customer. */
  readonly filledRows: number[];
  /** Whether the first row holds the columns' headings rather than a customer. */
  readonly header: boolean;
  readonly measures: CustomerMeasures;
}

/** What the caller already knows of the columns, instead of the reader guessing. */
export interface MeasureReading {
  /** Whether the first row holds headings; left out, the reader tells from the cells. */
  readonly header?: boolean;
  /** Whether recency holds last-purchase dates or day counts; left out, its first value tells. */
  readonly recency?: 'dates' | 'days';
}

/**
 * Reads the three measure ranges; rows blank in all three are skipped, not errors, and so is a
 * first row of headings.
 */
export function readMeasures(
  args: MeasureArguments,
  sheet: SheetSettings,
  reading: MeasureReading = {},
): MeasuredRows {
  const { rowCount, cells } = alignedColumns([
    { argument: 'recency', value: args.recency },
    { argument: 'frequency', value: args.frequency },
    { argument: 'monetary', value: args.monetary },
  ]);
  const [recencyCells = BLANK_COLUMN, frequencyCells = BLANK_COLUMN, monetaryCells = BLANK_COLUMN] =
    cells;
  const header = reading.header ?? hasHeaderRow(cells);
  const firstRow = header ? 1 : 0;
  const firstRecency = recencyCells.firstFilled(firstRow);
  // text that is no number ("Mar 5, 2024") was meant as a date: say why it cannot be read as one
  const recencyIsDates =
    reading.recency === undefined
      ? isDateObject(firstRecency) ||
        (typeof firstRecency === 'string' && !isNumberText(firstRecency))
      : reading.recency === 'dates';
  const dateOptions = recencyIsDates
    ? { zoneOffset: sheet.zoneOffset, dayFirst: sheet.dayFirst, serialNumbers: false }
    : undefined;
  const filledRows: number[] = [];
  const recencyValues: (number | null)[] = [];
  const frequency: number[] = [];
  const monetary: number[] = [];
  const currencies = new CurrencyMixCheck();
  for (let row = firstRow; row < rowCount; row++) {
    const recencyCell = recencyCells.at(row);
    const frequencyCell = frequencyCells.at(row);
    const monetaryCell = monetaryCells.at(row);
    if (isBlank(recencyCell) && isBlank(frequencyCell) && isBlank(monetaryCell)) continue;
    const orders = readCell(frequencyCells, row, frequencyCell, readCount) ?? 0;
    if (orders < 0) throw frequencyCells.problem({ kind: 'negative' }, row, frequencyCell);
    let recency: number | null;
    if (dateOptions) {
      if (typeof recencyCell === 'number')
        throw recencyCells.problem({ kind: 'mixed-recency', expected: 'dates' }, row, recencyCell);
      recency = readCell(recencyCells, row, recencyCell, (cell) => readCivilDay(cell, dateOptions));
    } else {
      if (isDateObject(recencyCell) || isDateText(recencyCell))
        throw recencyCells.problem({ kind: 'mixed-recency', expected: 'days' }, row, recencyCell);
      recency = readCell(recencyCells, row, recencyCell, readNumber);
      if (recency !== null && recency < 0)
        throw recencyCells.problem({ kind: 'negative' }, row, recencyCell);
    }
    if (recency === null && orders > 0)
      throw recencyCells.problem({ kind: 'blank-recency-for-buyer' }, row, recencyCell);
    filledRows.push(row);
    recencyValues.push(recency);
    frequency.push(orders);
    monetary.push(readCell(monetaryCells, row, monetaryCell, readNumber) ?? 0);
    currencies.see(row, monetaryCell);
  }
  assertOneCurrency(currencies, monetaryCells);
  const recencyDays = recencyIsDates
    ? daysToAsOf(recencyValues, filledRows, args.asOf, sheet, recencyCells)
    : withoutAsOf(recencyValues, args.asOf, recencyCells);
  return { rowCount, filledRows, header, measures: { recencyDays, frequency, monetary } };
}

/** Turns last-purchase days into day counts to the as-of date. */
function daysToAsOf(
  purchaseDays: readonly (number | null)[],
  filledRows: readonly number[],
  asOf: unknown,
  sheet: SheetSettings,
  column: CellColumn,
): (number | null)[] {
  let latest: LatestPurchase = { day: -Infinity, argument: 'recency', row: -1, column };
  purchaseDays.forEach((day, index) => {
    if (day !== null && day > latest.day)
      latest = { day, argument: 'recency', row: filledRows[index] as number, column };
  });
  const until = asOfDay(asOf, latest, sheet);
  return purchaseDays.map((day) => (day === null ? null : until - day));
}

function withoutAsOf(
  recencyDays: (number | null)[],
  asOf: unknown,
  column: CellColumn,
): (number | null)[] {
  assertNoAsOfForDayCounts(asOf, column);
  return recencyDays;
}
