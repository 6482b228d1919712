/**
 * This file defines what a spreadsheet locale (`zh_CN`, `en_US`, `en_GB` …) means for the add-on:
 * the language of its labels and messages, and how it orders day and month in `3/5/2024`.
 */
import { formatCivilDay } from './civil-day';
import type { Language } from './labels';
import { type DateOrder, SHEETS_LOCALE_DATE_ORDERS } from './locale-date-orders';

export type { DateOrder } from './locale-date-orders';

const DATE_ORDERS: readonly DateOrder[] = ['DMY', 'MDY', 'YMD'];

// A locale Sheets does not list (`en_NZ`, `es_419`, a bare `fr`) is most likely dated like most
// of its language's listed locales (a tie goes to the first of DATE_ORDERS); a language Sheets
// does not list, to DMY, the order most of the world writes.
const LANGUAGE_DATE_ORDERS = mostCommonDateOrderByLanguage(SHEETS_LOCALE_DATE_ORDERS);

const LANGUAGE_CODES: Readonly<Record<string, Language>> = {
  en: 'en',
  english: 'en',
  英文: 'en',
  zh: 'zh',
  cn: 'zh',
  chinese: 'zh',
  中文: 'zh',
};

/** The add-on's language for a spreadsheet locale: Chinese for `zh*`, English otherwise. */
export function languageOfLocale(locale: string): Language {
  return /^zh/i.test(locale) ? 'zh' : 'en';
}

/**
 * The order of day, month and year in the dates of a spreadsheet locale, as Sheets shows them.
 *
 * @example dateOrderOfLocale('zh-CN') //=> 'YMD'
 */
export function dateOrderOfLocale(locale: string): DateOrder {
  const [language = '', ...subtags] = locale.trim().split(/[-_]/);
  const region = subtags.find((subtag) => /^(?:[a-z]{2}|\d{3})$/i.test(subtag));
  const code = region ? `${language.toLowerCase()}_${region.toUpperCase()}` : '';
  return (
    SHEETS_LOCALE_DATE_ORDERS[code] ?? LANGUAGE_DATE_ORDERS.get(language.toLowerCase()) ?? 'DMY'
  );
}

/**
 * Whether a locale reads `3/5/2024` as 3 May. Only day-first locales do: year-first ones
 * (`zh_CN`, `ja_JP` …) put the month before the day, as month-first ones do.
 */
export function isDayFirstLocale(locale: string): boolean {
  return dateOrderOfLocale(locale) === 'DMY';
}

/**
 * A civil day as a locale of that date order writes it: `12/30/2024` month first, `30/12/2024`
 * day first, and ISO `2024-12-30` year first (which the year-first locales read as well).
 *
 * @example formatCivilDayInOrder(20087, 'DMY') //=> '30/12/2024'
 */
export function formatCivilDayInOrder(civilDay: number, order: DateOrder): string {
  const iso = formatCivilDay(civilDay);
  if (order === 'YMD') return iso;
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return order === 'MDY' ? `${month}/${day}/${year}` : `${day}/${month}/${year}`;
}

/**
 * The language a user typed as an argument: `en`, `zh`, a locale such as `zh-CN` or `en_GB`,
 * or the language's name; `undefined` when it names none.
 *
 * @example languageFromCode('zh-CN') //=> 'zh'
 */
export function languageFromCode(code: string): Language | undefined {
  const lower = code.trim().toLowerCase();
  return LANGUAGE_CODES[lower] ?? LANGUAGE_CODES[lower.split(/[-_]/)[0] ?? ''];
}

function mostCommonDateOrderByLanguage(
  orders: Readonly<Record<string, DateOrder>>,
): ReadonlyMap<string, DateOrder> {
  const counts = new Map<string, Record<DateOrder, number>>();
  for (const [locale, order] of Object.entries(orders)) {
    const language = locale.split('_')[0] ?? '';
    const count = counts.get(language) ?? { DMY: 0, MDY: 0, YMD: 0 };
    count[order] += 1;
    counts.set(language, count);
  }
  return new Map(
    [...counts].map(([language, count]) => [
      language,
      DATE_ORDERS.reduce((best, order) => (count[order] > count[best] ? order : best)),
    ]),
  );
}
