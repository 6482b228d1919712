/**
 * This file defines what a spreadsheet locale (`zh_CN`, `en_US`, `en_GB` …) means for the add-on:
 * the language of its labels and messages, and how it orders day and month in `3/5/2024`.
 */
import type { Language } from './labels';

/** Locales that write the month before the day (`3/5/2024` is March 5). */
const MONTH_FIRST_LOCALES = new Set([
  'en_US',
  'en_PH',
  'en_CA',
  'es_US',
  'en_BZ',
  'en_FM',
  'en_MH',
  'en_PW',
]);

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

/** Whether a locale reads `3/5/2024` as 3 May. */
export function isDayFirstLocale(locale: string): boolean {
  return !MONTH_FIRST_LOCALES.has(locale.replace('-', '_'));
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
