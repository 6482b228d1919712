/**
 * This file defines who a run's customers are, for the history sheet: each customer's id (the
 * mapped customer column of a customer table, the customer key of a log), the day the run was as
 * of and each customer's last purchase. A customer table without a customer column has no ids:
 * its customers could be matched by row only, which a sort breaks, so it keeps no history.
 */
import { isBlank, readCivilDay } from '../../core/cell-value';
import { civilDayOfInstant } from '../../core/civil-day';
import type { Key } from '../../core/key';
import { givenAsOfDay } from '../as-of';
import type { LogTable } from '../sheet-input/log-table';
import type { SheetSettings } from '../sheet-settings';
import type { ClassifyOptions } from './api';
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

/** The customers of a log's RFM table. */
export function customersOfLog(table: LogTable): RunCustomers {
  return {
    ids: table.keys.map(idText),
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
  return { ids: ids.map((id) => idText(id as Key)), asOfDay, lastPurchaseDays };
}

function idText(key: Key): string {
  return String(key).trim();
}
