/**
 * This file defines who a run's customers are, for the history sheet: each customer's id (the
 * mapped customer column of a customer table, the customer key of a log), the day the run was as
 * of and each customer's last purchase. A customer table without a customer column has no ids:
 * its customers could be matched by row only, which a sort breaks, so it keeps no history.
 */
import { isBlank, readCivilDay } from '../../core/cell-value';
import { civilDayOfInstant, type ZoneOffset } from '../../core/civil-day';
import type { Key } from '../../core/key';
import { givenAsOfDay } from '../as-of';
import type { LogTable } from '../sheet-input/log-table';
import { type CustomerCells, customerSourceRow } from '../sheet-input/rfm-table-rows';
import type { SheetSettings } from '../sheet-settings';
import type { ClassifyOptions } from './api';
import { groupText } from './customer-groups';
import type { SheetColumns } from './sheet-columns';

/** A run's customers, in the order of its results. */
export interface RunCustomers {
  /** Each customer's id as text. */
  readonly ids: readonly string[];
  /** The civil day the run was as of. */
  readonly asOfDay: number;
  /** Each customer's last purchase (civil day); null where unknown (day counts only). */
  readonly lastPurchaseDays: readonly (number | null)[];
}

/**
 * The customers of a log's RFM table, named as the log shows them: a number key may come from a
 * date cell (an id Sheets took for a date), whose key is its milliseconds.
 */
export function customersOfLog(
  table: LogTable,
  cells: CustomerCells,
  zoneOffset: ZoneOffset,
): RunCustomers {
  const shown = (key: Key, customer: number) =>
    typeof key === 'number' && cells.customersAreKeys !== true
      ? idText(cells.customerColumn.at(customerSourceRow(cells, table, customer)), zoneOffset)
      : idText(key, zoneOffset);
  return {
    ids: table.keys.map(shown),
    asOfDay: table.asOfDay,
    lastPurchaseDays: table.lastPurchaseDays,
  };
}

/**
 * The customers of a customer table at its filled rows (0-based, below the header row); null
 * without a customer column or with a blank id.
 */
export function customersOfTable(
  columns: SheetColumns,
  filledRows: readonly number[],
  options: ClassifyOptions,
  sheet: SheetSettings,
): RunCustomers | null {
  const idColumn = columns.optional('customer', 'customer');
  if (!idColumn) return null;
  const ids = filledRows.map((row) => idColumn.at(row));
  if (ids.some(isBlank)) return null;
  const lastColumn = columns.optional('last_purchase', 'last-purchase');
  const dateOptions = {
    zoneOffset: sheet.zoneOffset,
    dayFirst: sheet.dayFirst,
    serialNumbers: false,
  };
  // the readers have read these cells already: what they took, this takes
  const lastPurchaseDays = filledRows.map((row) => {
    if (!lastColumn) return null;
    try {
      return readCivilDay(lastColumn.at(row), dateOptions);
    } catch {
      return null;
    }
  });
  const latest = lastPurchaseDays.reduce<number>(
    (max, day) => (day !== null && day > max ? day : max),
    Number.NEGATIVE_INFINITY,
  );
  const asOfDay =
    givenAsOfDay(options.asOf ?? '', sheet) ??
    (Number.isFinite(latest) ? latest : civilDayOfInstant(Date.now(), sheet.zoneOffset));
  const texts = ids.map((id) => idText(id, sheet.zoneOffset));
  return { ids: texts, asOfDay, lastPurchaseDays };
}

/** An id as text; a date cell as its day, `YYYY-MM-DD`, as the copied lists show it. */
function idText(cell: unknown, zoneOffset: ZoneOffset): string {
  return (groupText(cell, zoneOffset) ?? String(cell)).trim();
}
