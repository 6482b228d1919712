/**
 * This file defines how a sheet mapped as a transaction log is read for the sidebar: with the
 * same reader as `RFM_TABLE`, the amount taken from its column or as quantity × unit price, and
 * every log row linked to its customer, so each row can carry its customer's label.
 */
import { readNumber } from '../../core/cell-value';
import type { ColumnRole } from '../../core/column-roles';
import type { Language } from '../../core/labels';
import type { RfmTable } from '../../core/rfm-table';
import { readCell } from '../read-cell';
import { readLog, type TransactionLog, tableOfLog } from '../sheet-input/transaction-log';
import type { SheetSettings } from '../sheet-settings';
import type { ClassifySettings } from './api';
import { mappedColumn, requiredColumn } from './mapping';
import { withSheetPlaces } from './sheet-problems';
import { columnRange, headerText, type SheetTable } from './sheet-table';

export interface ReadLog {
  readonly log: TransactionLog;
  readonly table: RfmTable;
  /** Per data row, the index of its customer in the table, or −1 for a row without one. */
  readonly customerOfRow: Int32Array;
}

/** Reads the log below the header row and builds its RFM table with the run's options. */
export function readTransactionSheet(
  table: SheetTable,
  settings: ClassifySettings,
  firstDataRow: number,
  language: Language,
  sheetSettings: SheetSettings,
): ReadLog {
  const columnOf = (role: ColumnRole) => mappedColumn(settings, role);
  const required = (role: ColumnRole) => requiredColumn(settings, language, role);
  const customers = required('customer');
  const dates = required('order-date');
  const amount = columnOf('amount');
  // without an amount, quantity × unit price; with neither, it is the amount that is asked for
  const pricedLines = columnOf('quantity') !== undefined || columnOf('unit-price') !== undefined;
  if (amount === undefined && !pricedLines) required('amount');
  const quantity = amount === undefined ? required('quantity') : undefined;
  const unitPrice = amount === undefined ? required('unit-price') : undefined;
  const orderIds = columnOf('order-id');
  const fromRow = firstDataRow - 1;
  const places = {
    columns: {
      customers,
      dates,
      ...(amount === undefined ? {} : { amounts: amount }),
      ...(quantity === undefined ? {} : { quantity }),
      ...(unitPrice === undefined ? {} : { unit_price: unitPrice }),
      ...(orderIds === undefined ? {} : { order_ids: orderIds }),
    },
    headers: (index: number) => headerText(table, settings.headerRow, index),
    firstRow: firstDataRow,
  };
  return withSheetPlaces(places, language, sheetSettings, () => {
    const amounts =
      amount === undefined
        ? lineTotals(
            columnRange(table, quantity as number, fromRow),
            columnRange(table, unitPrice as number, fromRow),
          )
        : columnRange(table, amount, fromRow);
    const log = readLog(
      columnRange(table, customers, fromRow),
      columnRange(table, dates, fromRow),
      amounts,
      orderIds === undefined ? '' : columnRange(table, orderIds, fromRow),
      sheetSettings,
    );
    const rfm = tableOfLog(log, settings.options.asOf ?? '', sheetSettings, settings.options);
    return {
      log,
      table: rfm,
      customerOfRow: customersOfRows(log, rfm, table.values.length - fromRow),
    };
  });
}

/** Quantity × unit price per row; blank where both are blank. */
function lineTotals(quantities: unknown[][], prices: unknown[][]): unknown[][] {
  return quantities.map(([quantityCell], row) => {
    const quantity = readCell('quantity', row, quantityCell, readNumber);
    const price = readCell('unit_price', row, prices[row]?.[0], readNumber);
    return [quantity === null && price === null ? '' : (quantity ?? 0) * (price ?? 0)];
  });
}

function customersOfRows(log: TransactionLog, table: RfmTable, rowCount: number): Int32Array {
  const indexOf = new Map(table.keys.map((key, index) => [key, index]));
  const customerOfRow = new Int32Array(rowCount).fill(-1);
  log.customerKeys.forEach((key, i) => {
    if (key !== null) customerOfRow[log.sourceRows[i] as number] = indexOf.get(key) ?? -1;
  });
  return customerOfRow;
}
