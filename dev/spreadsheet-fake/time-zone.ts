/**
 * This file defines what a change of the spreadsheet's time zone does to its dates: Sheets stores
 * a date as a serial number of days, a wall-clock time without a zone, so a date cell keeps the
 * day and time it shows and becomes another instant. The fake stores instants, so it moves each
 * date cell's instant to keep its wall-clock time in the new zone.
 */
import { isDate } from './realm';
import type { WorkbookModel } from './workbook-model';

const MS_PER_HOUR = 3_600_000;

/** Sets the zone and moves every date cell so that it shows the same day and time as before. */
export function setTimeZoneKeepingWallClocks(workbook: WorkbookModel, timeZone: string): void {
  const from = zoneOffset(workbook.timeZone);
  const to = zoneOffset(timeZone);
  for (const sheet of workbook.sheets) {
    for (const [row, column, value] of sheet.cells.value.cells()) {
      if (!isDate(value)) continue;
      const wallClock = value.getTime() + from(value.getTime());
      // the offset at the wall-clock time may differ from the one at the instant; a second look settles it
      const instant = wallClock - to(wallClock - to(wallClock));
      sheet.cells.value.set(row, column, new Date(instant));
    }
  }
  workbook.timeZone = timeZone;
}

/** A zone's offset from UTC in ms at an instant, cached by the hour (zones change on the hour). */
function zoneOffset(timeZone: string): (instant: number) => number {
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
  const byHour = new Map<number, number>();
  return (instant) => {
    const hour = Math.floor(instant / MS_PER_HOUR) * MS_PER_HOUR;
    let offset = byHour.get(hour);
    if (offset === undefined) {
      const part = (type: string) =>
        Number(format.formatToParts(hour).find((p) => p.type === type)?.value);
      const local = Date.UTC(
        part('year'),
        part('month') - 1,
        part('day'),
        part('hour'),
        part('minute'),
        part('second'),
      );
      offset = local - hour;
      byHour.set(hour, offset);
    }
    return offset;
  };
}
