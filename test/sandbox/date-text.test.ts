/**
 * The CSV texts the sandbox reads as dates, and the instants they become: the wall-clock time in
 * the spreadsheet's zone, in the locale's day/month order; impossible dates stay text.
 */
import { describe, expect, it } from 'vitest';
import { dateTextInstant } from '../../scripts/sandbox/server/date-text';
import { intlZoneOffset } from '../../src/core/civil-day';

const london = { dayFirst: true, zoneOffset: intlZoneOffset('Europe/London') };
const newYork = { dayFirst: false, zoneOffset: intlZoneOffset('America/New_York') };
const iso = (text: string, reading = london) => {
  const instant = dateTextInstant(text, reading);
  return instant === undefined ? undefined : new Date(instant).toISOString();
};

describe('dateTextInstant', () => {
  it('reads ISO dates and times at the wall-clock time of the zone, summer time included', () => {
    expect(iso('2010-12-01 08:26:00')).toBe('2010-12-01T08:26:00.000Z');
    expect(iso('2024-07-01')).toBe('2024-06-30T23:00:00.000Z');
    expect(iso('2024-07-01T09:30')).toBe('2024-07-01T08:30:00.000Z');
    expect(iso('2024/3/5')).toBe('2024-03-05T00:00:00.000Z');
    expect(
      iso('2007-01-01', { dayFirst: false, zoneOffset: intlZoneOffset('Asia/Shanghai') }),
    ).toBe('2006-12-31T16:00:00.000Z');
  });

  it('reads n/n/yyyy in the locale’s order', () => {
    expect(iso('05/03/2024')).toBe('2024-03-05T00:00:00.000Z');
    expect(iso('05/03/2024 17:45', newYork)).toBe('2024-05-03T21:45:00.000Z');
  });

  it('leaves impossible dates and other texts alone', () => {
    for (const text of [
      '2023-02-29',
      '31/04/2024',
      '13/13/2024',
      '2024-03-05 24:00',
      '2024-03/05',
      'Mar 5, 2024',
      '20240305',
      '¥1,200',
    ])
      expect(iso(text), text).toBeUndefined();
  });
});
