/**
 * This file defines each customer's group in every column mapped as "group by" (region, sales
 * rep…): on a customer table, the customer's row; on an order log, the customer's latest order
 * (the last such row when several share the latest day), among the orders the run counted (none
 * after the as-of date). A blank cell is no group (null). Groups are text as the cell holds it.
 */
import { isBlank, isDateObject } from '../../core/cell-value';
import { civilDayOfInstant, formatCivilDay, type ZoneOffset } from '../../core/civil-day';
import type { TransactionLog } from '../sheet-input/transaction-log';
import type { SheetColumns } from './sheet-columns';

/** One group-by column: its header, and each customer's group in the table's customer order. */
export interface CustomerGroups {
  readonly header: string;
  readonly groups: readonly (string | null)[];
}

/** The group columns of a customer table, for the customers of `filledRows` (0-based data rows). */
export function groupsOfTable(
  columns: SheetColumns,
  filledRows: readonly number[],
  zoneOffset: ZoneOffset,
): CustomerGroups[] {
  return columns.indexesOf('group').map((index) => {
    const column = columns.at('group', index);
    return {
      header: columns.place(index).header,
      groups: filledRows.map((row) => groupText(column.at(row), zoneOffset)),
    };
  });
}

/**
 * The group columns of an order log, each customer's from their latest order.
 *
 * @param customerOfRow each data row's customer in the table (−1 for none)
 * @param asOfDay the run's as-of day: later orders were left out
 * @param zoneOffset the spreadsheet's, for a group that is a date
 */
export function groupsOfLog(
  columns: SheetColumns,
  log: Pick<TransactionLog, 'days' | 'sourceRows' | 'customerKeys'>,
  customerOfRow: Int32Array,
  customers: number,
  asOfDay: number,
  zoneOffset: ZoneOffset,
): CustomerGroups[] {
  const indexes = columns.indexesOf('group');
  if (indexes.length === 0) return [];
  const latestRow = latestOrderRows(log, customerOfRow, customers, asOfDay);
  return indexes.map((index) => {
    const column = columns.at('group', index);
    return {
      header: columns.place(index).header,
      groups: Array.from(latestRow, (row) =>
        row < 0 ? null : groupText(column.at(row), zoneOffset),
      ),
    };
  });
}

/**
 * Each customer's latest order among those the run counted (none after the as-of day): its
 * 0-based data row, the last such row when several share the latest day; −1 for none.
 *
 * @param customerOfRow each data row's customer in the table (−1 for none)
 */
export function latestOrderRows(
  log: Pick<TransactionLog, 'days' | 'sourceRows' | 'customerKeys'>,
  customerOfRow: Int32Array,
  customers: number,
  asOfDay: number,
): Int32Array {
  const latestDay = new Float64Array(customers).fill(Number.NEGATIVE_INFINITY);
  const latestRow = new Int32Array(customers).fill(-1);
  log.days.forEach((day, line) => {
    const row = log.sourceRows[line] as number;
    const customer = customerOfRow[row] ?? -1;
    if (customer < 0 || log.customerKeys[line] === null || day > asOfDay) return;
    // rows come in sheet order: on a tie the later row wins
    if (day >= (latestDay[customer] as number)) {
      latestDay[customer] = day;
      latestRow[customer] = row;
    }
  });
  return latestRow;
}

/**
 * A cell as text, as a group or a list shows it: dates as ISO days, the day the spreadsheet's
 * zone gives (Sheets hands a date as its midnight there); blank is null.
 */
export function groupText(cell: unknown, zoneOffset: ZoneOffset): string | null {
  if (isBlank(cell)) return null;
  if (isDateObject(cell)) return formatCivilDay(civilDayOfInstant(cell.getTime(), zoneOffset));
  const text = String(cell).trim();
  return text === '' ? null : text;
}
