/**
 * This file defines how the rows of a transaction log are read from cells, once for every reader
 * of logs: which rows are left out (a first row of headings, rows blank in every column), how a
 * row's customer, day, amount and order id are read, and the checks of the whole log (dates
 * given as serial numbers, amounts in several currencies), each error placed by its column.
 */
import { isBlank, readCivilDay, readNumber } from '../../core/cell-value';
import { CurrencyMixCheck } from '../../core/currency-mix';
import type { Key } from '../../core/key';
import type { KeyOfRow } from '../../core/key-set';
import type { LatestPurchase } from '../as-of';
import { alignedColumns, BLANK_COLUMN, type CellColumn } from '../columns';
import { assertOneCurrency } from '../currency-check';
import { isHeaderRow } from '../header-row';
import { readCell } from '../read-cell';
import type { SheetSettings } from '../sheet-settings';
import { keyOf } from './cell-keys';
import { SerialNumberCheck } from './serial-number-check';

/** What the caller already knows of the log's columns, instead of the reader guessing. */
export interface LogReading {
  /** Whether the first row holds headings; left out, the reader tells from the cells. */
  readonly header?: boolean;
}

/**
 * Takes one row of the log, in order.
 * @param row the input row (0-based, the heading row included)
 * @param customerKey `null` for a row without a customer, whose day and amount are then NaN
 * @param orderKey `undefined` when the log has no order ids; `null` for a blank one, and for a
 *   row without a customer
 */
export type LogLine = (
  row: number,
  customerKey: Key | null,
  day: number,
  amount: number,
  orderKey: Key | null | undefined,
) => void;

/** The log's columns, once every row has been read and checked. */
export interface LogColumns {
  readonly rowCount: number;
  readonly customerColumn: CellColumn;
  readonly amountColumn: CellColumn;
  /** The latest purchase (positive amount) of the whole log. */
  readonly latest: LatestPurchase;
  /**
   * Whether every customer cell was its own key (a number, or text without spaces around it):
   * a table then shows its customers by their keys, without reading their cells again (a
   * hundred thousand reads at random places among a million rows of cells).
   */
  readonly customersAreKeys: boolean;
}

/**
 * Reads the log's rows one by one into a line taker, leaving out rows blank in every column.
 *
 * @param lineTaker makes the taker of lines once the number of rows is known (all columns
 *   aligned), for it to size what it keeps; it is given where the order id of a row taken is
 *   read again (none without order ids), so that it need keep no column of them
 *
 * @throws {InputError} for a cell that cannot be read, a customer's row without a date, dates
 *   given as serial numbers where the sheet has date cells, or amounts in several currencies
 */
export function readLogRows(
  customers: unknown,
  dates: unknown,
  amounts: unknown,
  orderIds: unknown,
  sheet: SheetSettings,
  reading: LogReading,
  lineTaker: (rowCount: number, orderIdOfRow: KeyOfRow | undefined) => LogLine,
): LogColumns {
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
  const line = lineTaker(rowCount, withOrders ? (row) => keyOf(orderColumn.at(row)) : undefined);
  let latest: LatestPurchase = { day: -Infinity, argument: 'dates', row: -1 };
  const serials = new SerialNumberCheck();
  const currencies = new CurrencyMixCheck();
  let customersAreKeys = true;
  // a first row of headings (customer, date, amount …) is no transaction
  const header =
    reading.header ??
    isHeaderRow([dateColumn.at(0), amountColumn.at(0)], [customerColumn.at(0), orderColumn.at(0)]);
  for (let row = header ? 1 : 0; row < rowCount; row++) {
    const customer = customerColumn.at(row);
    const dateCell = dateColumn.at(row);
    const amountCell = amountColumn.at(row);
    const orderCell = orderColumn.at(row);
    const customerKey = keyOf(customer);
    if (customerKey === null) {
      if (isBlank(dateCell) && isBlank(amountCell) && isBlank(orderCell)) continue;
      // a row without a customer is skipped by the engine, and counted
      line(row, null, Number.NaN, Number.NaN, withOrders ? null : undefined);
      continue;
    }
    if (customerKey !== customer) customersAreKeys = false;
    const orderKey = withOrders ? keyOf(orderCell) : undefined;
    const day = readCell(dateColumn, row, dateCell, readDay);
    serials.see(row, dateCell);
    if (day === null) throw dateColumn.problem({ kind: 'blank-value' }, row);
    const amount = readCell(amountColumn, row, amountCell, readNumber) ?? 0;
    currencies.see(row, amountCell);
    line(row, customerKey, day, amount, orderKey);
    if (amount > 0 && day > latest.day) latest = { day, argument: 'dates', row };
  }
  serials.check(dateColumn);
  assertOneCurrency(currencies, amountColumn);
  return { rowCount, customerColumn, amountColumn, latest, customersAreKeys };
}
