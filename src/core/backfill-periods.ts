/**
 * This file defines the days a history is built as of from an order log's past: the last day of
 * each of the N whole months (or Monday-to-Sunday weeks) before the one holding the log's latest
 * order, oldest first. The month or week of the latest order is left out: it is not over, and a
 * run as of today covers it.
 */
import { civilDayFromDate, formatCivilDay } from './civil-day';

export const BACKFILL_UNITS = ['month', 'week'] as const;
export type BackfillUnit = (typeof BACKFILL_UNITS)[number];

const DAYS_PER_WEEK = 7;
/** 1970-01-01, civil day 0, was a Thursday: 3 days after a Monday. */
const DAY_ZERO_WEEKDAY_FROM_MONDAY = 3;

/** The as-of days, oldest first, of `count` whole periods before the one holding `latestDay`. */
export function backfillDays(latestDay: number, count: number, unit: BackfillUnit): number[] {
  const days = unit === 'week' ? weekEnds(latestDay, count) : monthEnds(latestDay, count);
  return days.reverse();
}

/** The Sundays ending the `count` weeks before the week of `latestDay`, newest first. */
function weekEnds(latestDay: number, count: number): number[] {
  const fromMonday =
    (((latestDay + DAY_ZERO_WEEKDAY_FROM_MONDAY) % DAYS_PER_WEEK) + DAYS_PER_WEEK) % DAYS_PER_WEEK;
  const lastSunday = latestDay - fromMonday - 1;
  return Array.from({ length: count }, (_, i) => lastSunday - i * DAYS_PER_WEEK);
}

/** The last days of the `count` months before the month of `latestDay`, newest first. */
function monthEnds(latestDay: number, count: number): number[] {
  const [year, month] = formatCivilDay(latestDay).split('-').map(Number) as [number, number];
  return Array.from({ length: count }, (_, i) => {
    // the day before the first of the month i months after the one before `latestDay`'s
    const months = year * 12 + (month - 1) - i;
    const first = civilDayFromDate(Math.floor(months / 12), (months % 12) + 1, 1) as number;
    return first - 1;
  });
}
