/**
 * This file defines civil days: whole calendar days counted from 1970-01-01, the unit every day
 * count in the add-on uses. A sheet's date cell is midnight in the sheet's time zone, so an
 * instant is turned into a civil day in that zone, never in UTC or the server's zone.
 */

const MS_PER_DAY = 86_400_000;
/** Zone offsets are looked up once per quarter hour of time: every modern zone changes on one. */
const OFFSET_BUCKET_MS = 900_000;
/** Slots of remembered day offsets, a power of two. */
const DAY_SLOTS = 4096;

/** How far a zone's wall clock is ahead of UTC, in milliseconds, at an instant. */
export type ZoneOffset = (epochMs: number) => number;

/**
 * The civil day of a calendar date, checked: month 1..12 and a day that exists in that month.
 *
 * @returns days since 1970-01-01, or `undefined` when the date does not exist (2023-02-29)
 * @example civilDayFromDate(1970, 1, 2) //=> 1
 */
export function civilDayFromDate(year: number, month: number, day: number): number | undefined {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day))
    return undefined;
  if (month < 1 || month > 12 || day < 1) return undefined;
  const epochMs = Date.UTC(year, month - 1, day);
  const check = new Date(epochMs);
  if (check.getUTCDate() !== day || check.getUTCMonth() !== month - 1) return undefined;
  if (year >= 0 && year < 100) return undefined; // Date.UTC maps 0..99 to 1900..1999
  return epochMs / MS_PER_DAY;
}

/** The civil day as `YYYY-MM-DD`, for messages and output. */
export function formatCivilDay(civilDay: number): string {
  return new Date(civilDay * MS_PER_DAY).toISOString().slice(0, 10);
}

/** The civil day that contains an instant, given the zone's offset. */
export function civilDayOfInstant(epochMs: number, zoneOffset: ZoneOffset): number {
  return Math.floor((epochMs + zoneOffset(epochMs)) / MS_PER_DAY);
}

/** The instant a civil day starts in a zone: the instant Sheets shows as that date. */
export function instantOfCivilDay(civilDay: number, zoneOffset: ZoneOffset): number {
  const utcMidnight = civilDay * MS_PER_DAY;
  // the offset at local midnight may differ from the one at UTC midnight; a second look settles it
  const guess = utcMidnight - zoneOffset(utcMidnight);
  return utcMidnight - zoneOffset(guess);
}

/**
 * A zone's offset from the runtime's IANA time zone data (`Intl`), remembered (see
 * memoizedOffsets) so that a million dates cost a few thousand look-ups.
 *
 * @throws {RangeError} when the runtime does not know the zone
 * @example intlZoneOffset('Asia/Shanghai')(0) //=> 28800000
 */
export function intlZoneOffset(timeZone: string): ZoneOffset {
  const format = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  });
  return memoizedOffsets((epochMs) => {
    const parts: Record<string, number> = {};
    for (const part of format.formatToParts(epochMs)) parts[part.type] = Number(part.value);
    const wallClock = Date.UTC(
      parts.year ?? 1970,
      (parts.month ?? 1) - 1,
      parts.day ?? 1,
      parts.hour ?? 0,
      parts.minute ?? 0,
      parts.second ?? 0,
    );
    return wallClock - (epochMs - (((epochMs % 1000) + 1000) % 1000));
  });
}

/**
 * Remembers an offset lookup. A day whose start has the same offset as the next day's start has
 * it throughout (zones change at most once in a day and a night), so a run of days costs one
 * look-up per day, each start serving two days; a day with a change is looked up per quarter
 * hour, the grain every modern zone changes on. Each day's offset is found again in a slot of
 * its own, without hashing, when the days are fewer than the slots (eleven years), as they are
 * in almost every log; other days in a Map.
 */
export function memoizedOffsets(lookup: ZoneOffset): ZoneOffset {
  const slotDays = new Float64Array(DAY_SLOTS).fill(Number.NaN);
  const slotOffsets = new Float64Array(DAY_SLOTS);
  const startOffsets = new Map<number, number>();
  const dayOffsets = new Map<number, number>();
  const quarterHourOffsets = new Map<number, number>();
  const offsetAtStartOf = (day: number): number => {
    let offset = startOffsets.get(day);
    if (offset === undefined) {
      offset = lookup(day * MS_PER_DAY);
      startOffsets.set(day, offset);
    }
    return offset;
  };
  const offsetOfDay = (day: number): number => {
    let offset = dayOffsets.get(day);
    if (offset === undefined) {
      const start = offsetAtStartOf(day);
      offset = start === offsetAtStartOf(day + 1) ? start : Number.NaN;
      dayOffsets.set(day, offset);
    }
    return offset;
  };
  return (epochMs) => {
    const day = Math.floor(epochMs / MS_PER_DAY);
    const slot = day & (DAY_SLOTS - 1);
    let offset: number;
    if (slotDays[slot] === day) offset = slotOffsets[slot] as number;
    else {
      offset = offsetOfDay(day);
      slotDays[slot] = day;
      slotOffsets[slot] = offset;
    }
    if (!Number.isNaN(offset)) return offset;
    const quarterHour = Math.floor(epochMs / OFFSET_BUCKET_MS);
    let fine = quarterHourOffsets.get(quarterHour);
    if (fine === undefined) {
      fine = lookup(quarterHour * OFFSET_BUCKET_MS);
      quarterHourOffsets.set(quarterHour, fine);
    }
    return fine;
  };
}
