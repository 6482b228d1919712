/**
 * This file defines the tests of the days a history is built as of: month ends and Sundays before
 * the latest order's month or week, oldest first, against dates worked out by hand and by
 * JavaScript's own calendar on any day.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { backfillDays } from '../../src/core/backfill-periods';
import { civilDayFromDate, formatCivilDay } from '../../src/core/civil-day';

const day = (text: string) => {
  const [y, m, d] = text.split('-').map(Number) as [number, number, number];
  return civilDayFromDate(y, m, d) as number;
};
const texts = (days: number[]) => days.map(formatCivilDay);

describe('backfillDays', () => {
  it('gives the ends of the whole months before the latest order’s, across a leap February', () => {
    expect(texts(backfillDays(day('2024-03-15'), 4, 'month'))).toEqual([
      '2023-11-30',
      '2023-12-31',
      '2024-01-31',
      '2024-02-29',
    ]);
    // the month's last day is still its own month: the period before it is the one that ended
    expect(texts(backfillDays(day('2024-03-31'), 1, 'month'))).toEqual(['2024-02-29']);
    expect(texts(backfillDays(day('2024-03-01'), 1, 'month'))).toEqual(['2024-02-29']);
  });

  it('gives the Sundays ending the whole weeks before the latest order’s', () => {
    // 2024-03-13 is a Wednesday; its week began on Monday 2024-03-11
    expect(texts(backfillDays(day('2024-03-13'), 3, 'week'))).toEqual([
      '2024-02-25',
      '2024-03-03',
      '2024-03-10',
    ]);
    // a Monday's week has just begun; a Sunday's ends that day, so the one before is whole
    expect(texts(backfillDays(day('2024-03-11'), 1, 'week'))).toEqual(['2024-03-10']);
    expect(texts(backfillDays(day('2024-03-17'), 1, 'week'))).toEqual(['2024-03-10']);
    // before 1970 too
    expect(texts(backfillDays(day('1969-12-31'), 1, 'week'))).toEqual(['1969-12-28']);
  });

  it('agrees with JavaScript’s calendar on any day', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -20_000, max: 40_000 }),
        fc.integer({ min: 1, max: 24 }),
        (latest, count) => {
          const date = new Date(latest * 86_400_000);
          const months = backfillDays(latest, count, 'month');
          const expectedMonths = Array.from(
            { length: count },
            (_, i) =>
              Date.UTC(date.getUTCFullYear(), date.getUTCMonth() - (count - 1 - i), 0) / 86_400_000,
          );
          expect(months).toEqual(expectedMonths);
          const weeks = backfillDays(latest, count, 'week');
          for (const sunday of weeks) expect(new Date(sunday * 86_400_000).getUTCDay()).toBe(0);
          const last = weeks.at(-1) as number;
          expect(latest - last).toBeGreaterThanOrEqual(1);
          expect(latest - last).toBeLessThanOrEqual(7);
          expect(
            weeks.every((sunday, i) => i === 0 || sunday - (weeks[i - 1] as number) === 7),
          ).toBe(true);
        },
      ),
    );
  });
});
