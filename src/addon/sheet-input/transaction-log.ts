/**
 * This file defines how a transaction log is read from cells — by =RFM_TABLE and by the
 * sidebar alike — into the engine's columns (customer keys, civil days, amounts, order ids),
 * and how its RFM table is written back as cells.
 */
import { isBlank } from '../../core/cell-value';
import { instantOfCivilDay } from '../../core/civil-day';
import type { Key } from '../../core/key';
import {
  type Language,
  RFM_TABLE_HEADER,
  SEGMENT_LABELS,
  type Segment,
  TIER_LABELS,
  type Tier,
} from '../../core/labels';
import {
  type RfmTable,
  type RfmTableOptions,
  rfmTable,
  rfmTableOfSummaries,
} from '../../core/rfm-table';
import { type TransactionColumns, TransactionSummary } from '../../core/transactions';
import { givenAsOfDay, type LatestPurchase } from '../as-of';
import type { CellColumn } from '../columns';
import type { SheetSettings } from '../sheet-settings';
import { laterLinesNote, skippedRowsNote } from '../table-notes';
import { shownCustomer } from './cell-keys';
import { type LogReading, readLogRows } from './log-rows';

export type { LogReading } from './log-rows';

/** A log's RFM table as of a day, and the order lines after that day it left out. */
export interface LogTable extends RfmTable {
  /** The civil day the table is as of. */
  readonly asOfDay: number;
  /** Order lines (returns included) dated after the as-of day, left out of the table. */
  readonly laterLines: number;
}

/**
 * The RFM table of a log as of a date (the latest purchase when blank). As of a day before the
 * latest purchase, the customers are classified as they were then: the lines dated after it
 * are left out (and counted), so a customer whose first order came later is not in the table.
 * The table's `firstRows` still index the whole log.
 *
 * @throws {InputError} when a customer's money overflows
 */
export function tableOfLog(
  log: TransactionLog,
  asOf: unknown,
  sheet: SheetSettings,
  options: RfmTableOptions = {},
): LogTable {
  const given = givenAsOfDay(asOf, sheet);
  const day = given ?? log.latest.day;
  const { lines, kept } = given === null ? { lines: log, kept: undefined } : linesUpTo(log, day);
  const found = rfmTable(lines, day, options);
  const table = kept
    ? { ...found, firstRows: found.firstRows.map((row) => kept[row] as number) }
    : found;
  assertFiniteMoney(table, log.amountColumn, (row) => log.sourceRows[row] as number);
  return { ...table, asOfDay: day, laterLines: log.days.length - lines.days.length };
}

/** The cells' RFM table and the column that shows its customers. */
export interface CellsTable {
  /** The table; its `firstRows` are input rows (0-based, the heading row included). */
  readonly table: LogTable;
  readonly customerColumn: CellColumn;
}

/**
 * The RFM table of a log straight from its cells, as `tableOfLog(readLog(…), …)` makes it but
 * without a column per row: each row is summarized as it is read. A million rows then cost
 * memory per customer, not five million-entry columns (tens of megabytes, each megabyte paid in
 * page faults). The rows dated after a given as-of day are left out as they are met, and
 * counted; every cell is still read and checked as `readLog` does, in the same order, and an
 * as-of date that cannot be read is reported only after the cells, as there.
 *
 * @throws {InputError} as readLog does, for an unreadable as-of date, or when a customer's money
 *   overflows
 */
export function tableOfCells(
  customers: unknown,
  dates: unknown,
  amounts: unknown,
  orderIds: unknown,
  asOf: unknown,
  sheet: SheetSettings,
  options: RfmTableOptions = {},
): CellsTable {
  let given: number | null = null;
  let asOfProblem: unknown;
  try {
    given = givenAsOfDay(asOf, sheet);
  } catch (problem) {
    asOfProblem = problem;
  }
  const upTo = given ?? Number.POSITIVE_INFINITY;
  let summary = new TransactionSummary(0);
  let laterLines = 0;
  const columns = readLogRows(
    customers,
    dates,
    amounts,
    orderIds,
    sheet,
    {},
    (rows, orderIdOfRow) => {
      summary = new TransactionSummary(rows, orderIdOfRow);
      return (row, key, day, amount, order) => {
        if (key === null) summary.skip();
        else if (day > upTo) laterLines++;
        else summary.add(key, row, day, amount, order);
      };
    },
  );
  if (asOfProblem !== undefined) throw asOfProblem;
  const day = given ?? columns.latest.day;
  const table = rfmTableOfSummaries(summary.summaries(), day, options);
  assertFiniteMoney(table, columns.amountColumn, (row) => row);
  return {
    table: { ...table, asOfDay: day, laterLines },
    customerColumn: columns.customerColumn,
  };
}

/**
 * @param sourceRowOf the input row of a line the table indexes
 * @throws {InputError} at the first row of the first customer whose money overflows
 */
function assertFiniteMoney(
  table: RfmTable,
  amountColumn: CellColumn,
  sourceRowOf: (line: number) => number,
): void {
  const overflow = table.monetary.findIndex((money) => !Number.isFinite(money));
  if (overflow >= 0) {
    const row = sourceRowOf(table.firstRows[overflow] as number);
    throw amountColumn.problem({ kind: 'result-too-large' }, row);
  }
}

/**
 * The log's lines up to a day, and the index in the log of each line kept (none when all are).
 * Lines without a customer are kept: the table counts them as skipped.
 */
function linesUpTo(
  log: TransactionLog,
  day: number,
): { lines: TransactionColumns; kept?: Int32Array } {
  if (!log.days.some((lineDay) => lineDay > day)) return { lines: log };
  const kept = new Int32Array(log.days.length);
  let count = 0;
  // a loop, not forEach: a line without a customer has no day, a hole forEach would skip
  for (let i = 0; i < log.days.length; i++) {
    if (log.customerKeys[i] === null || (log.days[i] as number) <= day) kept[count++] = i;
  }
  const rows = kept.subarray(0, count);
  const pick = <T>(values: ArrayLike<T>) => Array.from(rows, (i) => values[i] as T);
  return {
    lines: {
      customerKeys: pick(log.customerKeys),
      days: Float64Array.from(rows, (i) => log.days[i] as number),
      amounts: Float64Array.from(rows, (i) => log.amounts[i] as number),
      ...(log.orderIds ? { orderIds: pick(log.orderIds) } : {}),
    },
    kept: rows,
  };
}

/**
 * Where a table's customers are shown from: their column, and the input row of each line the
 * table's `firstRows` index; without `sourceRows`, `firstRows` are input rows already.
 */
export interface CustomerCells {
  readonly customerColumn: CellColumn;
  readonly sourceRows?: readonly number[];
}

/** The table as cells: a header row, a row per customer, and its notes (see logTableNotes). */
export function rfmTableRows(
  log: CustomerCells,
  table: RfmTable & Partial<Pick<LogTable, 'asOfDay' | 'laterLines'>>,
  language: Language,
  sheet: SheetSettings,
): unknown[][] {
  const customers = table.keys.length;
  // sized once: a growing array of 130,000 rows would be copied again and again
  const rows = new Array<unknown[]>(1 + customers);
  rows[0] = RFM_TABLE_HEADER.map((label) => label[language]);
  const dateOf = dateCells(sheet);
  const segmentLabels = labelsIn(SEGMENT_LABELS, language);
  const tierLabels = labelsIn(TIER_LABELS, language);
  const { lastPurchaseDays, recencyDays, frequency, monetary, scores, segments, tiers } = table;
  for (let i = 0; i < customers; i++) {
    const lastDay = lastPurchaseDays[i] ?? null;
    rows[i + 1] = [
      shownCustomer(log.customerColumn.at(customerSourceRow(log, table, i))),
      lastDay === null ? '' : dateOf(lastDay),
      recencyDays[i] ?? '',
      frequency[i],
      monetary[i],
      scores.recency[i],
      scores.frequency[i],
      scores.monetary[i],
      scores.codes[i],
      segmentLabels[segments[i] as Segment],
      tierLabels[tiers[i] as Tier],
    ];
  }
  for (const note of logTableNotes(table, language, sheet)) rows.push(noteRow(note));
  return rows;
}

/** The notes under a log's table: rows skipped for having no customer, lines after the as-of. */
export function logTableNotes(
  table: Pick<RfmTable, 'skippedRows'> & Partial<Pick<LogTable, 'asOfDay' | 'laterLines'>>,
  language: Language,
  sheet: SheetSettings,
): string[] {
  const notes: string[] = [];
  if (table.skippedRows > 0) notes.push(skippedRowsNote(table.skippedRows, language));
  if (table.laterLines && table.asOfDay !== undefined)
    notes.push(laterLinesNote(table.laterLines, table.asOfDay, language, sheet));
  return notes;
}

/**
 * The date cell of a civil day, made once per day: a log's customers share a few hundred last
 * purchase days, and a `Date` per customer would be garbage by the hundred thousand. The table's
 * cells are read, never changed, so customers of one day can share one.
 */
function dateCells(sheet: SheetSettings): (day: number) => Date {
  const made = new Map<number, Date>();
  return (day) => {
    let date = made.get(day);
    if (date === undefined) {
      date = new Date(instantOfCivilDay(day, sheet.zoneOffset));
      made.set(day, date);
    }
    return date;
  };
}

/** Each label in one language. */
function labelsIn<Name extends string>(
  labels: Readonly<Record<Name, Readonly<Record<Language, string>>>>,
  language: Language,
): Record<Name, string> {
  const chosen = {} as Record<Name, string>;
  for (const name of Object.keys(labels) as Name[]) chosen[name] = labels[name][language];
  return chosen;
}

/** The input row where a customer of the table first appears. */
function customerSourceRow(log: CustomerCells, table: RfmTable, customer: number): number {
  const line = table.firstRows[customer] as number;
  return log.sourceRows ? (log.sourceRows[line] as number) : line;
}

export interface TransactionLog {
  readonly customerKeys: (Key | null)[];
  /** Civil day of each row (see readLog for why these are not typed arrays). */
  readonly days: readonly number[];
  readonly amounts: readonly number[];
  readonly orderIds?: (Key | null)[];
  /** The input row of each log row, to show customers as the sheet wrote them. */
  readonly sourceRows: readonly number[];
  readonly customerColumn: CellColumn;
  readonly amountColumn: CellColumn;
  readonly latest: LatestPurchase;
}

/** Reads the log's rows, leaving out rows blank in every column. */
export function readLog(
  customers: unknown,
  dates: unknown,
  amounts: unknown,
  orderIds: unknown,
  sheet: SheetSettings,
  reading: LogReading = {},
): TransactionLog {
  // sized once the rows are known: filling a million-row array by push copies it again and
  // again as it grows. Plain arrays, not typed ones: V8 counts a typed array's memory as
  // external, and a few tens of megabytes of it set off a full garbage collection of every cell
  // the sheet handed over (0.5–0.7 s for a million rows); a plain array is collected as the heap
  // grows.
  let customerKeys: (Key | null)[] = [];
  let days: number[] = [];
  let amountValues: number[] = [];
  let orderKeys: (Key | null)[] | undefined;
  let sourceRows: number[] = [];
  let count = 0;
  const columns = readLogRows(customers, dates, amounts, orderIds, sheet, reading, (rowCount) => {
    customerKeys = new Array<Key | null>(rowCount);
    days = new Array<number>(rowCount);
    amountValues = new Array<number>(rowCount);
    sourceRows = new Array<number>(rowCount);
    if (!isBlank(orderIds)) orderKeys = new Array<Key | null>(rowCount);
    return (row, key, day, amount, order) => {
      sourceRows[count] = row;
      customerKeys[count] = key;
      if (orderKeys) orderKeys[count] = order ?? null;
      if (key !== null) {
        days[count] = day;
        amountValues[count] = amount;
      }
      count++;
    };
  });
  customerKeys.length = count;
  days.length = count;
  amountValues.length = count;
  sourceRows.length = count;
  if (orderKeys) orderKeys.length = count;
  return {
    customerKeys,
    days,
    amounts: amountValues,
    orderIds: orderKeys,
    sourceRows,
    customerColumn: columns.customerColumn,
    amountColumn: columns.amountColumn,
    latest: columns.latest,
  };
}

function noteRow(note: string): unknown[] {
  const row: unknown[] = new Array(RFM_TABLE_HEADER.length).fill('');
  row[0] = note;
  return row;
}
