/**
 * This file defines how a sheet mapped as a transaction log is read for the sidebar: with the
 * same reader as `RFM_TABLE`, its columns read in place, the amount taken from its column or as
 * quantity × unit price, and every log row linked to its customer, so each row can carry its
 * customer's label.
 */
import { readNumber } from '../../core/cell-value';
import { CellColumn } from '../columns';
import { readCell } from '../read-cell';
import { type LogTable, tableOfLog } from '../sheet-input/log-table';
import { readLog, type TransactionLog } from '../sheet-input/transaction-log';
import type { SheetSettings } from '../sheet-settings';
import type { ClassifyOptions } from './api';
import type { SheetColumns } from './sheet-columns';

export interface ReadLog {
  readonly log: TransactionLog;
  /** As of the run's date: the lines after it left out, and counted. */
  readonly table: LogTable;
  /** Per data row, the index of its customer in the table, or −1 for a row without one. */
  readonly customerOfRow: Int32Array;
}

/** Reads the log below the header row and builds its RFM table with the run's options. */
export function readTransactionSheet(
  columns: SheetColumns,
  options: ClassifyOptions,
  sheetSettings: SheetSettings,
): ReadLog {
  const customers = columns.required('customers', 'customer');
  const dates = columns.required('dates', 'order-date');
  const log = readLog(
    customers,
    dates,
    amountColumn(columns),
    columns.optional('order_ids', 'order-id') ?? '',
    sheetSettings,
    { header: false },
  );
  const table = tableOfLog(log, options.asOf ?? '', sheetSettings, options);
  return { log, table, customerOfRow: customersOfRows(log, table, columns.rowCount) };
}

/** The amount column, or quantity × unit price when there is none. */
function amountColumn(columns: SheetColumns): CellColumn {
  const priced =
    columns.indexOf('quantity') !== undefined || columns.indexOf('unit-price') !== undefined;
  // with neither quantity nor unit price, it is the amount that is asked for
  if (columns.indexOf('amount') !== undefined || !priced)
    return columns.required('amounts', 'amount');
  const quantity = columns.required('quantity', 'quantity');
  const unitPrice = columns.required('unit_price', 'unit-price');
  const totals = new Array<unknown>(columns.rowCount);
  for (let row = 0; row < totals.length; row++) {
    const count = readCell(quantity, row, quantity.at(row), readNumber);
    const price = readCell(unitPrice, row, unitPrice.at(row), readNumber);
    totals[row] = count === null && price === null ? '' : (count ?? 0) * (price ?? 0);
  }
  const place = unitPrice.sheetColumn ?? columns.place(columns.indexOf('unit-price') as number);
  const header = [quantity.sheetColumn?.header, place.header].filter(Boolean).join(' × ');
  return CellColumn.computed('amounts', totals, { ...place, header });
}

function customersOfRows(log: TransactionLog, table: LogTable, rowCount: number): Int32Array {
  const indexOf = new Map(table.keys.map((key, index) => [key, index]));
  const customerOfRow = new Int32Array(rowCount).fill(-1);
  log.customerKeys.forEach((key, i) => {
    if (key !== null) customerOfRow[log.sourceRows[i] as number] = indexOf.get(key) ?? -1;
  });
  return customerOfRow;
}
