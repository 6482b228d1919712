/**
 * This file defines the RFM table of a transaction log made straight from its cells, each row
 * summarized as it is read, as =RFM_TABLE makes it: the same table as `tableOfLog(readLog(…))`
 * without a column per row.
 */
import { type RfmTableOptions, rfmTableOfSummaries } from '../../core/rfm-table';
import { TransactionSummary } from '../../core/transaction-summary';
import { givenAsOfDay } from '../as-of';
import type { SheetSettings } from '../sheet-settings';
import { readLogRows } from './log-rows';
import { assertFiniteMoney, type LogTable } from './log-table';
import type { CustomerCells } from './rfm-table-rows';

/** The cells' RFM table and where its customers are shown from. */
export interface CellsTable extends CustomerCells {
  /** The table; its `firstRows` are input rows (0-based, the heading row included). */
  readonly table: LogTable;
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
    customersAreKeys: columns.customersAreKeys,
  };
}
