/**
 * This file defines the RFM table of a transaction log already read (see transaction-log.ts), as
 * of a date: the lines after it left out and counted, and money that overflows reported at the
 * customer's first row.
 */
import type { RfmTable, RfmTableOptions } from '../../core/rfm-table';
import { rfmTable } from '../../core/rfm-table';
import type { TransactionColumns } from '../../core/transactions';
import { givenAsOfDay } from '../as-of';
import type { CellColumn } from '../columns';
import type { SheetSettings } from '../sheet-settings';
import type { TransactionLog } from './transaction-log';

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

export /**
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
