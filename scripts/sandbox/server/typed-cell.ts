/**
 * This file defines what a text typed or imported into a cell becomes before the fake reads it:
 * a date text the sandbox reads (date-text.ts) becomes a Date at that local time in the
 * spreadsheet's zone; any other text goes to `setValues` as typed, which the fake parses as Sheets
 * parses typed input (numbers, percentages, TRUE/FALSE, `=` formulas, `'` for text).
 */
import { intlZoneOffset } from '../../../src/core/civil-day';
import { isDayFirstLocale } from '../../../src/core/locale';
import { type DateReading, dateTextInstant } from './date-text';

/** How the spreadsheet reads date texts now: its locale's day/month order, its zone. */
export function dateReadingOf(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): DateReading {
  return {
    dayFirst: isDayFirstLocale(spreadsheet.getSpreadsheetLocale()),
    zoneOffset: intlZoneOffset(spreadsheet.getSpreadsheetTimeZone()),
  };
}

export function typedCell(text: string, reading: DateReading): string | Date {
  const instant = dateTextInstant(text.trim(), reading);
  return instant === undefined ? text : new Date(instant);
}
