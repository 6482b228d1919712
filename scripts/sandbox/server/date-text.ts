/**
 * This file defines which CSV texts the sandbox reads as dates, and the instant each becomes:
 * the simple subset of what Sheets reads when a date is typed or imported. `2010-12-01`,
 * `2010/12/1` and, in the locale's day/month order, `1/12/2010` (day first in `en_GB`, month
 * first in `en_US` and the year-first locales), each optionally followed by `08:26` or
 * `08:26:00`, become a Date cell at that wall-clock time in the spreadsheet's zone (local
 * midnight without a time). Anything else stays for Sheets' other rules.
 */
import { civilDayFromDate, type ZoneOffset } from '../../../src/core/civil-day';

const MS_PER_DAY = 86_400_000;
const TIME = String.raw`(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?`;
const YEAR_FIRST = new RegExp(String.raw`^(\d{4})([-/])(\d{1,2})\2(\d{1,2})${TIME}$`);
const YEAR_LAST = new RegExp(String.raw`^(\d{1,2})/(\d{1,2})/(\d{4})${TIME}$`);

export interface DateReading {
  /** Whether `1/12/2010` is 1 December (`en_GB`) rather than January 12. */
  readonly dayFirst: boolean;
  readonly zoneOffset: ZoneOffset;
}

/** The instant of a date text, or undefined when the text is no date the sandbox reads. */
export function dateTextInstant(text: string, reading: DateReading): number | undefined {
  const yearFirst = YEAR_FIRST.exec(text);
  if (yearFirst) {
    const [, year, , month, day, ...time] = yearFirst;
    return instantOf(Number(year), Number(month), Number(day), time, reading.zoneOffset);
  }
  const yearLast = YEAR_LAST.exec(text);
  if (!yearLast) return undefined;
  const [, first, second, year, ...time] = yearLast;
  const [day, month] = reading.dayFirst ? [first, second] : [second, first];
  return instantOf(Number(year), Number(month), Number(day), time, reading.zoneOffset);
}

function instantOf(
  year: number,
  month: number,
  day: number,
  [hours = '0', minutes = '0', seconds = '0']: readonly (string | undefined)[],
  zoneOffset: ZoneOffset,
): number | undefined {
  const civilDay = civilDayFromDate(year, month, day);
  const [h, m, s] = [Number(hours), Number(minutes), Number(seconds)];
  if (civilDay === undefined || h > 23 || m > 59 || s > 59) return undefined;
  const wallClock = civilDay * MS_PER_DAY + ((h * 60 + m) * 60 + s) * 1000;
  // the offset at the local time may differ from the one at the same UTC time; a second look settles it
  const guess = wallClock - zoneOffset(wallClock);
  return wallClock - zoneOffset(guess);
}
