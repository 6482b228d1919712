/**
 * This file defines how a transaction log is read from cells — by =RFM_TABLE and by the
 * sidebar alike — into the engine's columns (customer keys, civil days, amounts, order ids),
 * and how its RFM table is written back as cells.
 */
import { isBlank, readCivilDay, readNumber } from '../../core/cell-value';
import { instantOfCivilDay } from '../../core/civil-day';
import { CurrencyMixCheck } from '../../core/currency-mix';
import type { Key } from '../../core/key';
import {
  type Language,
  RFM_TABLE_HEADER,
  SEGMENT_LABELS,
  type Segment,
  TIER_LABELS,
  type Tier,
} from '../../core/labels';
import { type RfmTable, type RfmTableOptions, rfmTable } from '../../core/rfm-table';
import type { TransactionColumns } from '../../core/transactions';
import { givenAsOfDay, type LatestPurchase } from '../as-of';
import { alignedColumns, BLANK_COLUMN, type CellColumn } from '../columns';
import { assertOneCurrency } from '../currency-check';
import { isHeaderRow } from '../header-row';
import { laterLinesNote, skippedRowsNote } from '../messages';
import { readCell } from '../read-cell';
import type { SheetSettings } from '../sheet-settings';
import { keyOf, shownCustomer } from './cell-keys';
import { SerialNumberCheck } from './serial-number-check';

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
  const overflow = table.monetary.findIndex((money) => !Number.isFinite(money));
  if (overflow >= 0) {
    const row = log.sourceRows[table.firstRows[overflow] as number] as number;
    throw log.amountColumn.problem({ kind: 'result-too-large' }, row);
  }
  return { ...table, asOfDay: day, laterLines: log.days.length - lines.days.length };
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

/** The table as cells: a header row, a row per customer, and its notes (see logTableNotes). */
export function rfmTableRows(
  log: TransactionLog,
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
function customerSourceRow(log: TransactionLog, table: RfmTable, customer: number): number {
  return log.sourceRows[table.firstRows[customer] as number] as number;
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

/** What the caller already knows of the log's columns, instead of the reader guessing. */
export interface LogReading {
  /** Whether the first row holds headings; left out, the reader tells from the cells. */
  readonly header?: boolean;
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
  const withOrders = !isBlank(orderIds);
  const { rowCount, cells } = alignedColumns([
    { argument: 'customers', value: customers },
    { argument: 'dates', value: dates },
    { argument: 'amounts', value: amounts },
    ...(withOrders ? [{ argument: 'order_ids', value: orderIds }] : []),
  ]);
  const [
    customerColumn = BLANK_COLUMN,
    dateColumn = BLANK_COLUMN,
    amountColumn = BLANK_COLUMN,
    orderColumn = BLANK_COLUMN,
  ] = cells;
  const dateOptions = {
    zoneOffset: sheet.zoneOffset,
    dayFirst: sheet.dayFirst,
    serialNumbers: true,
  };
  const readDay = (cell: unknown) => readCivilDay(cell, dateOptions);
  // sized once: filling a million-row array by push copies it again and again as it grows.
  // Plain arrays, not typed ones: V8 counts a typed array's memory as external, and a few tens
  // of megabytes of it set off a full garbage collection of every cell the sheet handed over
  // (0.5–0.7 s for a million rows); a plain array is collected as the heap grows.
  const customerKeys = new Array<Key | null>(rowCount);
  const days = new Array<number>(rowCount);
  const amountValues = new Array<number>(rowCount);
  const orderKeys = withOrders ? new Array<Key | null>(rowCount) : undefined;
  const sourceRows = new Array<number>(rowCount);
  let latest: LatestPurchase = { day: -Infinity, argument: 'dates', row: -1 };
  const serials = new SerialNumberCheck();
  const currencies = new CurrencyMixCheck();
  let count = 0;
  // a first row of headings (customer, date, amount …) is no transaction
  const header =
    reading.header ??
    isHeaderRow([dateColumn.at(0), amountColumn.at(0)], [customerColumn.at(0), orderColumn.at(0)]);
  const firstRow = header ? 1 : 0;
  for (let row = firstRow; row < rowCount; row++) {
    const customer = customerColumn.at(row);
    const dateCell = dateColumn.at(row);
    const amountCell = amountColumn.at(row);
    const orderCell = orderColumn.at(row);
    const customerKey = keyOf(customer);
    if (customerKey === null && isBlank(dateCell) && isBlank(amountCell) && isBlank(orderCell))
      continue;
    sourceRows[count] = row;
    customerKeys[count] = customerKey;
    if (orderKeys) orderKeys[count] = customerKey === null ? null : keyOf(orderCell);
    if (customerKey === null) {
      count++; // a row without a customer is skipped by the engine, and counted
      continue;
    }
    const day = readCell(dateColumn, row, dateCell, readDay);
    serials.see(row, dateCell);
    if (day === null) throw dateColumn.problem({ kind: 'blank-value' }, row);
    const amount = readCell(amountColumn, row, amountCell, readNumber) ?? 0;
    currencies.see(row, amountCell);
    days[count] = day;
    amountValues[count] = amount;
    count++;
    if (amount > 0 && day > latest.day) latest = { day, argument: 'dates', row };
  }
  serials.check(dateColumn);
  assertOneCurrency(currencies, amountColumn);
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
    customerColumn,
    amountColumn,
    latest,
  };
}

function noteRow(note: string): unknown[] {
  const row: unknown[] = new Array(RFM_TABLE_HEADER.length).fill('');
  row[0] = note;
  return row;
}
