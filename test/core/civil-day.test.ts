import { describe, expect, it } from 'vitest';
import {
  civilDayFromDate,
  civilDayOfInstant,
  formatCivilDay,
  instantOfCivilDay,
  intlZoneOffset,
  memoizedOffsets,
} from '../../src/core/civil-day';

describe('civilDayFromDate', () => {
  it('counts days from 1970-01-01', () => {
    expect(civilDayFromDate(1970, 1, 1)).toBe(0);
    expect(civilDayFromDate(2007, 1, 1)).toBe(13514);
    expect(civilDayFromDate(1969, 12, 31)).toBe(-1);
  });

  it('rejects dates that do not exist', () => {
    expect(civilDayFromDate(2023, 2, 29)).toBeUndefined();
    expect(civilDayFromDate(2024, 2, 29)).toBe(19782);
    expect(civilDayFromDate(2024, 0, 1)).toBeUndefined();
    expect(civilDayFromDate(2024, 4, 31)).toBeUndefined();
    expect(civilDayFromDate(24, 1, 1)).toBeUndefined();
  });

  it('round-trips through formatCivilDay', () => {
    expect(formatCivilDay(civilDayFromDate(2006, 12, 31) as number)).toBe('2006-12-31');
  });
});

describe('civilDayOfInstant', () => {
  it('uses the zone: the same instant is two different days in Shanghai and New York', () => {
    const instant = Date.parse('2024-03-05T02:00:00Z');
    expect(formatCivilDay(civilDayOfInstant(instant, intlZoneOffset('Asia/Shanghai')))).toBe(
      '2024-03-05',
    );
    expect(formatCivilDay(civilDayOfInstant(instant, intlZoneOffset('America/New_York')))).toBe(
      '2024-03-04',
    );
  });

  it('keeps local midnight on its own day across daylight saving changes', () => {
    const newYork = intlZoneOffset('America/New_York');
    // 2024-03-10 is the spring-forward day; midnights before and after it are 23 hours apart
    const midnights = ['2024-03-09T05:00:00Z', '2024-03-10T05:00:00Z', '2024-03-11T04:00:00Z'];
    const days = midnights.map((iso) =>
      formatCivilDay(civilDayOfInstant(Date.parse(iso), newYork)),
    );
    expect(days).toEqual(['2024-03-09', '2024-03-10', '2024-03-11']);
    expect(intlZoneOffset('Australia/Lord_Howe')(Date.parse('2024-01-01T00:00:00Z'))).toBe(
      11 * 3_600_000,
    );
  });
});

describe('memoizedOffsets', () => {
  it('looks a day with one offset up twice', () => {
    let lookups = 0;
    const offset = memoizedOffsets(() => {
      lookups++;
      return 3_600_000;
    });
    for (let minute = 0; minute < 24 * 60; minute++) offset(minute * 60_000);
    expect(lookups).toBe(2);
  });

  it('looks a run of days up once a day, in any order', () => {
    let lookups = 0;
    const offset = memoizedOffsets(() => {
      lookups++;
      return 3_600_000;
    });
    for (const day of [5, 0, 29, 12, 3, ...Array.from({ length: 30 }, (_, day) => day)])
      offset(day * 86_400_000 + 43_200_000);
    expect(lookups).toBe(31);
  });

  it('follows a change at the very start of a day', () => {
    const change = Date.parse('2024-03-10T00:00:00Z');
    const offset = memoizedOffsets((epochMs) => (epochMs < change ? -5 : -4) * 3_600_000);
    expect(offset(Date.parse('2024-03-09T23:59:00Z'))).toBe(-5 * 3_600_000);
    expect(offset(Date.parse('2024-03-10T00:00:00Z'))).toBe(-4 * 3_600_000);
    expect(offset(Date.parse('2024-03-09T00:00:00Z'))).toBe(-5 * 3_600_000);
  });

  it('follows a change within a day to the quarter hour', () => {
    const change = Date.parse('2024-03-10T07:00:00Z');
    const offset = memoizedOffsets((epochMs) => (epochMs < change ? -5 : -4) * 3_600_000);
    expect(offset(Date.parse('2024-03-10T06:59:00Z'))).toBe(-5 * 3_600_000);
    expect(offset(Date.parse('2024-03-10T07:00:00Z'))).toBe(-4 * 3_600_000);
    expect(offset(Date.parse('2024-03-10T23:00:00Z'))).toBe(-4 * 3_600_000);
    expect(offset(Date.parse('2024-03-09T12:00:00Z'))).toBe(-5 * 3_600_000);
  });
});

describe('instantOfCivilDay', () => {
  it('is local midnight of the day, also on daylight saving days', () => {
    const newYork = intlZoneOffset('America/New_York');
    for (const [day, iso] of [
      ['2024-03-10', '2024-03-10T05:00:00.000Z'],
      ['2024-03-11', '2024-03-11T04:00:00.000Z'],
      ['2024-11-03', '2024-11-03T04:00:00.000Z'],
    ] as const) {
      const [year, month, date] = day.split('-').map(Number) as [number, number, number];
      const instant = instantOfCivilDay(civilDayFromDate(year, month, date) as number, newYork);
      expect(new Date(instant).toISOString()).toBe(iso);
    }
  });
});
