/**
 * This file defines how a transaction log is read from cells — by =RFM_TABLE and by the
 * sidebar alike — into the engine's columns (customer keys, civil days, amounts, order ids),
 * and how its RFM table is written back as cells.
 */
import { isBlank, isDateObject, readCivilDay, readNumber } from '../../core/cell-value';
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
import { type RfmTable, type RfmTableOptions, rfmTable } from '../../core/rfm-table';
import { asOfDay, type LatestPurchase } from '../as-of';
import { alignedColumns, BLANK_COLUMN, type CellColumn } from '../columns';
import { isHeaderRow } from '../header-row';
import { skippedRowsNote } from '../messages';
import { readCell } from '../read-cell';
import type { SheetSettings } from '../sheet-settings';

/**
 * The RFM table of a log as of a date (the latest purchase when blank).
 *
 * @throws {InputError} when as_of is before a purchase, or a customer's money overflows
 */
export function tableOfLog(
  log: TransactionLog,
  asOf: unknown,
  sheet: SheetSettings,
  options: RfmTableOptions = {},
): RfmTable {
  const table = rfmTable(log, asOfDay(asOf, log.latest, sheet), options);
  const overflow = table.monetary.findIndex((money) => !Number.isFinite(money));
  if (overflow >= 0) {
    const row = log.sourceRows[table.firstRows[overflow] as number] as number;
    throw log.amountColumn.problem({ kind: 'result-too-large' }, row);
  }
  return table;
}

/** The table as cells: a header row, a row per customer, and a note of rows skipped. */
export function rfmTableRows(
  log: TransactionLog,
  table: RfmTable,
  language: Language,
  sheet: SheetSettings,
): unknown[][] {
  const rows: unknown[][] = [RFM_TABLE_HEADER.map((label) => label[language])];
  const zoneOffset = sheet.zoneOffset;
  table.keys.forEach((_, i) => {
    const lastDay = table.lastPurchaseDays[i] ?? null;
    rows.push([
      shownCustomer(log.customerColumn.at(customerSourceRow(log, table, i))),
      lastDay === null ? '' : new Date(instantOfCivilDay(lastDay, zoneOffset)),
      table.recencyDays[i] ?? '',
      table.frequency[i],
      table.monetary[i],
      table.scores.recency[i],
      table.scores.frequency[i],
      table.scores.monetary[i],
      table.scores.codes[i],
      SEGMENT_LABELS[table.segments[i] as Segment][language],
      TIER_LABELS[table.tiers[i] as Tier][language],
    ]);
  });
  if (table.skippedRows > 0) rows.push(noteRow(table.skippedRows, language));
  return rows;
}

/** The input row where a customer of the table first appears. */
function customerSourceRow(log: TransactionLog, table: RfmTable, customer: number): number {
  return log.sourceRows[table.firstRows[customer] as number] as number;
}

export interface TransactionLog {
  readonly customerKeys: (Key | null)[];
  readonly days: Float64Array;
  readonly amounts: Float64Array;
  readonly orderIds?: (Key | null)[];
  /** The input row of each log row, to show customers as the sheet wrote them. */
  readonly sourceRows: Int32Array;
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
  // sized once: filling a million-row array by push copies it again and again as it grows
  const customerKeys = new Array<Key | null>(rowCount);
  const days = new Float64Array(rowCount);
  const amountValues = new Float64Array(rowCount);
  const orderKeys = withOrders ? new Array<Key | null>(rowCount) : undefined;
  const sourceRows = new Int32Array(rowCount);
  let latest: LatestPurchase = { day: -Infinity, argument: 'dates', row: -1 };
  const serials = new SerialNumberCheck();
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
    days[count] = day;
    amountValues[count] = amount;
    count++;
    if (amount > 0 && day > latest.day) latest = { day, argument: 'dates', row };
  }
  serials.check(dateColumn);
  customerKeys.length = count;
  if (orderKeys) orderKeys.length = count;
  return {
    customerKeys,
    days: days.subarray(0, count),
    amounts: amountValues.subarray(0, count),
    orderIds: orderKeys,
    sourceRows: sourceRows.subarray(0, count),
    customerColumn,
    amountColumn,
    latest,
  };
}

/** Serial number of 1950-01-01: a dates column of numbers all before it holds no dates. */
const FIRST_PLAUSIBLE_SERIAL_COLUMN = 18_264;

/**
 * Watches a dates column for the sign that another column was passed: only plain numbers, all
 * of them small (a quantity, say), which as serial numbers would be dates before 1950.
 */
class SerialNumberCheck {
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

/**
 * Equal for cells that name the same customer or order: 17850 and "17850" alike, "00123" and
 * 123 not; `null` for a blank cell. Numbers stay numbers, which a Map looks up fastest.
 */
function keyOf(cell: unknown): Key | null {
  if (typeof cell === 'number') return cell;
  if (typeof cell === 'string') {
    const text = cell.trim();
    if (text === '') return null;
    if (!mayBeNumberText(text)) return text;
    const number = Number(text);
    return String(number) === text ? number : text;
  }
  if (cell === null || cell === undefined) return null;
  if (isDateObject(cell)) return cell.getTime();
  return String(cell);
}

/**
 * Whether text can be a number as JavaScript writes it: it starts with a digit or a minus, or is
 * Infinity or NaN. Ids such as INV1001 are told apart here, without parsing them as numbers,
 * which takes several times longer.
 */
function mayBeNumberText(text: string): boolean {
  const first = text.charCodeAt(0);
  return (first >= 48 && first <= 57) || first === 45 || text === 'Infinity' || text === 'NaN';
}

/** A customer cell as the table shows it: text without the spaces around it. */
export function shownCustomer(cell: unknown): unknown {
  return typeof cell === 'string' ? cell.trim() : cell;
}

function noteRow(skippedRows: number, language: Language): unknown[] {
  const row: unknown[] = new Array(RFM_TABLE_HEADER.length).fill('');
  row[0] = skippedRowsNote(skippedRows, language);
  return row;
}
