/**
 * This file defines how a purchase summary is written as cells: the header every model function
 * recognises, and one row per customer with the customer as the sheet wrote them and the first
 * and last purchase as dates.
 */
import type { PurchaseSummary } from '../../core/btyd/purchase-summary';
import { type Period, SUMMARY_COLUMNS, summaryHeading } from '../../core/btyd/summary-columns';
import { instantOfCivilDay } from '../../core/civil-day';
import type { Language } from '../../core/labels';
import type { SheetSettings } from '../sheet-settings';
import { leftOutCustomersNote, skippedRowsNote } from '../table-notes';
import { shownCustomer } from './cell-keys';
import type { TransactionLog } from './transaction-log';

/** The summary as cells: a header row, a row per customer, and notes of what was left out. */
export function purchaseSummaryRows(
  log: TransactionLog,
  summary: PurchaseSummary,
  period: Period,
  language: Language,
  sheet: SheetSettings,
): unknown[][] {
  const date = (day: number) => new Date(instantOfCivilDay(day, sheet.zoneOffset));
  const rows: unknown[][] = [
    SUMMARY_COLUMNS.map((column) => summaryHeading(column, period, language)),
  ];
  summary.keys.forEach((_, i) => {
    const sourceRow = log.sourceRows[summary.firstRows[i] as number] as number;
    rows.push([
      shownCustomer(log.customerColumn.at(sourceRow)),
      summary.frequency[i],
      summary.recency[i],
      summary.T[i],
      summary.monetary[i],
      date(summary.firstPurchaseDays[i] as number),
      date(summary.lastPurchaseDays[i] as number),
    ]);
  });
  const notes = [
    summary.skippedRows > 0 && skippedRowsNote(summary.skippedRows, language),
    summary.lateCustomers > 0 && leftOutCustomersNote('late', summary.lateCustomers, language),
    summary.customersWithoutPurchase > 0 &&
      leftOutCustomersNote('returnsOnly', summary.customersWithoutPurchase, language),
  ];
  for (const note of notes) {
    if (note) rows.push([note, ...new Array(SUMMARY_COLUMNS.length - 1).fill('')]);
  }
  return rows;
}
