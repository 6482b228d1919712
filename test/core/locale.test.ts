import { describe, expect, it } from 'vitest';
import { CellReadError, readCivilDay } from '../../src/core/cell-value';
import { civilDayFromDate, intlZoneOffset } from '../../src/core/civil-day';
import {
  dateOrderOfLocale,
  isDayFirstLocale,
  languageFromCode,
  languageOfLocale,
} from '../../src/core/locale';
import { SHEETS_LOCALE_DATE_ORDERS } from '../../src/core/locale-date-orders';

/** The order of day, month and year in the dates ICU (Node's CLDR data) writes for a locale. */
function icuDateOrder(locale: string): string {
  const format = new Intl.DateTimeFormat(locale.replace('_', '-'), {
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    timeZone: 'UTC',
  });
  return format
    .formatToParts(Date.UTC(2024, 2, 5))
    .flatMap((part) => (['day', 'month', 'year'].includes(part.type) ? [part.type[0]] : []))
    .join('')
    .toUpperCase();
}

function readInLocale(text: string, locale: string): number | null {
  return readCivilDay(text, {
    zoneOffset: intlZoneOffset('UTC'),
    dayFirst: isDayFirstLocale(locale),
    serialNumbers: false,
  });
}

describe('locale', () => {
  it('speaks Chinese for zh locales and English otherwise', () => {
    expect(['zh_CN', 'zh_TW', 'zh_HK', 'zh'].map(languageOfLocale)).toEqual([
      'zh',
      'zh',
      'zh',
      'zh',
    ]);
    expect(['en_US', 'en_GB', 'de_DE', 'ja_JP'].map(languageOfLocale)).toEqual([
      'en',
      'en',
      'en',
      'en',
    ]);
  });

  it('understands the language codes users type', () => {
    expect(['en', 'EN', 'en-GB', 'english'].map(languageFromCode)).toEqual([
      'en',
      'en',
      'en',
      'en',
    ]);
    expect(['zh', 'zh-CN', 'zh_TW', '中文', 'Chinese'].map(languageFromCode)).toEqual([
      'zh',
      'zh',
      'zh',
      'zh',
      'zh',
    ]);
    expect(languageFromCode('fr')).toBeUndefined();
  });
});

describe('dateOrderOfLocale', () => {
  it.each(Object.entries(SHEETS_LOCALE_DATE_ORDERS))(
    'dates %s as %s, as ICU does',
    (locale, order) => {
      expect(icuDateOrder(locale)).toBe(order);
      expect(dateOrderOfLocale(locale)).toBe(order);
    },
  );

  it('reads locale codes in either spelling and any case', () => {
    expect(
      ['zh_CN', 'zh-CN', 'zh_cn', 'ZH-cn', ' ja_JP ', 'zh-Hant-TW'].map(dateOrderOfLocale),
    ).toEqual(['YMD', 'YMD', 'YMD', 'YMD', 'YMD', 'YMD']);
  });

  it('dates an unlisted locale like most of its language, else day first', () => {
    expect(dateOrderOfLocale('en_NZ')).toBe('DMY');
    expect(dateOrderOfLocale('es_419')).toBe('DMY');
    expect(dateOrderOfLocale('sl_SL')).toBe('DMY');
    expect(dateOrderOfLocale('fr')).toBe('DMY');
    expect(dateOrderOfLocale('zh')).toBe('YMD');
    expect(dateOrderOfLocale('ko')).toBe('YMD');
    expect(dateOrderOfLocale('fil')).toBe('MDY');
    expect(dateOrderOfLocale('xx_YY')).toBe('DMY');
    expect(dateOrderOfLocale('')).toBe('DMY');
  });

  it('counts only day-first locales as day first', () => {
    expect(['en_GB', 'de_DE', 'fr_FR', 'zh_HK'].map(isDayFirstLocale)).toEqual([
      true,
      true,
      true,
      true,
    ]);
    expect(['en_US', 'fil_PH', 'zh_CN', 'ja_JP', 'ko_KR', 'hu_HU'].map(isDayFirstLocale)).toEqual([
      false,
      false,
      false,
      false,
      false,
      false,
    ]);
  });
});

describe('year-last text dates by locale', () => {
  const march5 = civilDayFromDate(2024, 3, 5);
  const march30 = civilDayFromDate(2024, 3, 30);
  const may3 = civilDayFromDate(2024, 5, 3);

  it.each(['zh_CN', 'zh-CN', 'ja_JP', 'en_US'])('%s reads the month first', (locale) => {
    expect(readInLocale('3/5/2024', locale)).toBe(march5);
    expect(readInLocale('3/30/2024', locale)).toBe(march30);
  });

  it.each(['en_GB', 'de_DE', 'fr_FR'])('%s reads the day first', (locale) => {
    expect(readInLocale('3/5/2024', locale)).toBe(may3);
    expect(() => readInLocale('3/30/2024', locale)).toThrow(CellReadError);
  });
});
