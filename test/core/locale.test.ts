import { describe, expect, it } from 'vitest';
import { isDayFirstLocale, languageFromCode, languageOfLocale } from '../../src/core/locale';

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

  it('reads 3/5/2024 month first only in month-first locales', () => {
    expect(isDayFirstLocale('en_US')).toBe(false);
    expect(isDayFirstLocale('en_GB')).toBe(true);
    expect(isDayFirstLocale('de_DE')).toBe(true);
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
