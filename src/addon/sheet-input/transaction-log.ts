/**
 * This file defines how a transaction log is read from cells into the engine's columns (customer
 * keys, civil days, amounts, order ids), for the sidebar and the functions that need the lines
 * themselves. Its RFM table is in log-table.ts; =RFM_TABLE reads cells straight into a summary
 * (cells-table.ts); the table's cells are written by rfm-table-rows.ts.
 */
import { isBlank } from '../../core/cell-value';
import type { Key } from '../../core/key';
import type { LatestPurchase } from '../as-of';
import type { CellColumn } from '../columns';
import type { SheetSettings } from '../sheet-settings';
import { type LogReading, readLogRows } from './log-rows';

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
