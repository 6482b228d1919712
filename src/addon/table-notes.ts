/**
 * This file defines the notes under a table, in both languages: rows skipped without a customer,
 * customers left out of a summary, order lines after the as-of date left out.
 */
import type { Language } from '../core/labels';
import { countOf } from './message-phrases';
import type { DateView } from './messages';

const SKIPPED_ROWS_NOTE: Readonly<Record<Language, (rows: number) => string>> = {
  en: (rows) => `Note: ${countOf(rows, 'row')} without a customer skipped.`,
  zh: (rows) => `注：已跳过 ${rows.toLocaleString('en-US')} 行没有客户的记录。`,
};

const LEFT_OUT_NOTES: Readonly<
  Record<
    Language,
    { late: (customers: number) => string; returnsOnly: (customers: number) => string }
  >
> = {
  en: {
    late: (customers) =>
      `Note: ${countOf(customers, 'customer')} whose first purchase is on or after the calibration end (no time yet to buy again) left out.`,
    returnsOnly: (customers) =>
      `Note: ${countOf(customers, 'customer')} with only returns (no day netting to 0 or more) left out.`,
  },
  zh: {
    late: (customers) =>
      `注：已略去 ${customers.toLocaleString('en-US')} 位首次购买不早于截止日期（尚无再次购买的时间）的客户。`,
    returnsOnly: (customers) =>
      `注：已略去 ${customers.toLocaleString('en-US')} 位只有退货（没有净额不小于 0 的购买日）的客户。`,
  },
};

/** The note under a summary that left out customers: first purchase at the end or later, or only returns. */
export function leftOutCustomersNote(
  reason: 'late' | 'returnsOnly',
  customers: number,
  language: Language,
): string {
  return LEFT_OUT_NOTES[language][reason](customers);
}

const LATER_LINES_NOTE: Readonly<Record<Language, (lines: number, asOf: string) => string>> = {
  en: (lines, asOf) =>
    `Note: ${countOf(lines, 'order line')} after the as-of date ${asOf} left out: customers as they were on that day.`,
  zh: (lines, asOf) =>
    `注：已略去 ${lines.toLocaleString('en-US')} 行晚于截止日期 ${asOf} 的订单记录，客户按当日的情况分层。`,
};

/** The note under a table as of a past day, which left out the order lines after it. */
export function laterLinesNote(
  lines: number,
  asOfDay: number,
  language: Language,
  view: DateView,
): string {
  return LATER_LINES_NOTE[language](lines, view.formatDay(asOfDay));
}

/** The note under a table that left out rows without a customer. */
export function skippedRowsNote(rows: number, language: Language): string {
  return SKIPPED_ROWS_NOTE[language](rows);
}
