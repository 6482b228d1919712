/**
 * This file defines what a custom function needs to know about the spreadsheet it runs in: its
 * language, its time zone and its date order. Each is read from the Spreadsheet service only
 * when first needed, so a call that needs none of them makes no service call.
 */
import {
  civilDayOfInstant,
  formatCivilDay,
  intlZoneOffset,
  memoizedOffsets,
  type ZoneOffset,
} from '../core/civil-day';
import type { Language } from '../core/labels';
import { isDayFirstLocale, languageOfLocale } from '../core/locale';

export interface SheetSettings {
  readonly language: Language;
  readonly dayFirst: boolean;
  /** The offset of the spreadsheet's time zone, in which a date cell is midnight. */
  readonly zoneOffset: ZoneOffset;
  /** A date as the sheet's calendar shows it, `YYYY-MM-DD`. */
  formatDate(date: Date): string;
}

/** Settings read lazily from the active spreadsheet. */
export function activeSheetSettings(): SheetSettings {
  const spreadsheet = once(() => SpreadsheetApp.getActiveSpreadsheet());
  const locale = once(() => spreadsheet().getSpreadsheetLocale());
  const zoneOffset = once(() => zoneOffsetOf(spreadsheet().getSpreadsheetTimeZone()));
  return {
    get language() {
      return languageOfLocale(locale());
    },
    get dayFirst() {
      return isDayFirstLocale(locale());
    },
    get zoneOffset() {
      return zoneOffset();
    },
    formatDate: (date) => formatCivilDay(civilDayOfInstant(date.getTime(), zoneOffset())),
  };
}

/** The zone's offsets from `Intl`, or from `Utilities.formatDate` where `Intl` lacks the zone. */
function zoneOffsetOf(timeZone: string): ZoneOffset {
  try {
    return intlZoneOffset(timeZone);
  } catch {
    return memoizedOffsets((epochMs) => {
      const sign = Utilities.formatDate(new Date(epochMs), timeZone, 'Z'); // e.g. +0800
      const minutes = Number(sign.slice(1, 3)) * 60 + Number(sign.slice(3, 5));
      return (sign.startsWith('-') ? -minutes : minutes) * 60_000;
    });
  }
}

function once<T>(read: () => T): () => T {
  let value: { readonly result: T } | undefined;
  return () => {
    value ??= { result: read() };
    return value.result;
  };
}
