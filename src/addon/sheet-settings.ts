/**
 * This file defines what a custom function needs to know about the spreadsheet it runs in: its
 * language, its time zone and its date order. Each is read from the Spreadsheet service only
 * when first needed, so a call that needs none of them makes no service call.
 */
import {
  civilDayOfInstant,
  intlZoneOffset,
  memoizedOffsets,
  type ZoneOffset,
} from '../core/civil-day';
import type { Language } from '../core/labels';
import {
  type DateOrder,
  dateOrderOfLocale,
  formatCivilDayInOrder,
  isDayFirstLocale,
  languageOfLocale,
} from '../core/locale';
import type { DateView } from './messages';

export interface SheetSettings extends DateView {
  readonly language: Language;
  /** Whether `3/5/2024` is 3 May: only where the locale writes the day first. */
  readonly dayFirst: boolean;
  readonly dateOrder: DateOrder;
  /** The offset of the spreadsheet's time zone, in which a date cell is midnight. */
  readonly zoneOffset: ZoneOffset;
}

/** Settings read lazily from the active spreadsheet. */
export function activeSheetSettings(): SheetSettings {
  const spreadsheet = once(() => SpreadsheetApp.getActiveSpreadsheet());
  const locale = once(() => spreadsheet().getSpreadsheetLocale());
  const zoneOffset = once(() => zoneOffsetOf(spreadsheet().getSpreadsheetTimeZone()));
  const formatDay = (civilDay: number) =>
    formatCivilDayInOrder(civilDay, dateOrderOfLocale(locale()));
  return {
    get language() {
      return languageOfLocale(locale());
    },
    get dayFirst() {
      return isDayFirstLocale(locale());
    },
    get dateOrder() {
      return dateOrderOfLocale(locale());
    },
    get zoneOffset() {
      return zoneOffset();
    },
    formatDay,
    formatDate: (date) => formatDay(civilDayOfInstant(date.getTime(), zoneOffset())),
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
