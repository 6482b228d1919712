/**
 * This file defines what a cell shows in the sandbox grid: numbers in their cell's format where
 * it is a plain one (`#,##0.00`, `0.0%`), else plainly (to ten significant digits, as Sheets'
 * automatic format rounds away float noise such as 0.30000000000000004),
 * booleans as TRUE/FALSE, and dates in the cell's date format when it has one (the add-on's
 * customer sheet sets `yyyy-mm-dd`), else as the spreadsheet's locale writes them: `01/12/2010`
 * in `en_GB`, `12/1/2010` in `en_US`, `2010-12-01` in year-first locales, with the time when it
 * is not midnight.
 */
import { isDateObject } from '../../../src/core/cell-value';
import type { ZoneOffset } from '../../../src/core/civil-day';
import type { DateOrder } from '../../../src/core/locale';

const LOCALE_DATE_PATTERNS: Readonly<Record<DateOrder, string>> = {
  DMY: 'dd/mm/yyyy',
  MDY: 'm/d/yyyy',
  YMD: 'yyyy-mm-dd',
};
const TIME_PATTERN = ' hh:mm:ss';
const DATE_TOKENS = /yyyy|dd?|hh?|mm?|ss/g;

export interface DisplayOptions {
  readonly dateOrder: DateOrder;
  readonly zoneOffset: ZoneOffset;
}

/** The number formats the add-on writes: `#,##0`, `#,##0.00`, `0.0%` and the like. */
const NUMBER_PATTERN = /^(#,##)?0(?:\.(0+))?(%)?$/;

export function displayText(value: unknown, numberFormat: string, options: DisplayOptions): string {
  if (typeof value === 'number') return numberText(value, numberFormat);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (isDateObject(value)) {
    const epochMs = value.getTime();
    // a wall-clock Date in UTC fields: the zone's local time
    const local = new Date(epochMs + options.zoneOffset(epochMs));
    return formatDate(local, datePattern(numberFormat, local, options.dateOrder));
  }
  return String(value);
}

/** A number in its cell's format where it is one of NUMBER_PATTERN's, else plainly. */
function numberText(value: number, numberFormat: string): string {
  const pattern = NUMBER_PATTERN.exec(numberFormat.trim());
  if (!pattern) return String(Number(value.toPrecision(10)));
  const decimals = pattern[2]?.length ?? 0;
  return new Intl.NumberFormat('en-US', {
    style: pattern[3] ? 'percent' : 'decimal',
    useGrouping: pattern[1] !== undefined,
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
  }).format(value);
}

/** The cell's own date format, or the locale's, with the time of day when there is one. */
function datePattern(numberFormat: string, local: Date, order: DateOrder): string {
  if (/[yd]/i.test(numberFormat)) return numberFormat.toLowerCase();
  const midnight = local.getUTCHours() + local.getUTCMinutes() + local.getUTCSeconds() === 0;
  return LOCALE_DATE_PATTERNS[order] + (midnight ? '' : TIME_PATTERN);
}

/** Fills a pattern of Sheets' date tokens; `mm` right after an hour is minutes, else the month. */
function formatDate(local: Date, pattern: string): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  let afterHour = false;
  return pattern.replace(DATE_TOKENS, (token) => {
    const minutes = afterHour && token.startsWith('m');
    afterHour = token.startsWith('h');
    if (minutes) return pad(local.getUTCMinutes());
    const field: Readonly<Record<string, string>> = {
      yyyy: String(local.getUTCFullYear()),
      mm: pad(local.getUTCMonth() + 1),
      m: String(local.getUTCMonth() + 1),
      dd: pad(local.getUTCDate()),
      d: String(local.getUTCDate()),
      hh: pad(local.getUTCHours()),
      h: String(local.getUTCHours()),
      ss: pad(local.getUTCSeconds()),
    };
    return field[token] ?? token;
  });
}
