/**
 * This file defines the order of day, month and year in the dates of every locale Google Sheets
 * offers under File → Settings → Locale, keyed by the code `getSpreadsheetLocale()` returns.
 *
 * Sheets formats dates by each locale's CLDR pattern, so the orders are CLDR's (ICU's numeric
 * year-month-day pattern); test/core/locale.test.ts checks every row against Node's ICU. They are
 * written out rather than asked of `Intl` because Apps Script's `Intl` may lack locale data.
 * Where public lists disagree on a code (Java's `iw`, `in`, `no` against `he`, `id`, `nb`;
 * `en_IN` against `hi_IN` for India), both are listed.
 */

export type DateOrder = 'DMY' | 'MDY' | 'YMD';

export const SHEETS_LOCALE_DATE_ORDERS: Readonly<Record<string, DateOrder>> = {
  es_AR: 'DMY', // Argentina
  hy_AM: 'DMY', // Armenia
  en_AU: 'DMY', // Australia
  az_AZ: 'DMY', // Azerbaijan
  be_BY: 'DMY', // Belarus
  es_BO: 'DMY', // Bolivia
  pt_BR: 'DMY', // Brazil
  bg_BG: 'DMY', // Bulgaria
  en_CA: 'YMD', // Canada (English)
  fr_CA: 'YMD', // Canada (French)
  es_CL: 'DMY', // Chile
  zh_CN: 'YMD', // China
  es_CO: 'DMY', // Colombia
  hr_HR: 'DMY', // Croatia
  cs_CZ: 'DMY', // Czechia
  da_DK: 'DMY', // Denmark
  es_EC: 'DMY', // Ecuador
  ar_EG: 'DMY', // Egypt
  fi_FI: 'DMY', // Finland
  fr_FR: 'DMY', // France
  ka_GE: 'DMY', // Georgia
  de_DE: 'DMY', // Germany
  el_GR: 'DMY', // Greece
  zh_HK: 'DMY', // Hong Kong
  hu_HU: 'YMD', // Hungary
  en_IN: 'DMY', // India
  hi_IN: 'DMY', // India, as some lists give it
  bn_IN: 'DMY', // India (Bengali)
  gu_IN: 'DMY', // India (Gujarati)
  kn_IN: 'DMY', // India (Kannada)
  ml_IN: 'DMY', // India (Malayalam)
  mr_IN: 'DMY', // India (Marathi)
  pa_IN: 'DMY', // India (Punjabi)
  ta_IN: 'DMY', // India (Tamil)
  te_IN: 'DMY', // India (Telugu)
  id_ID: 'DMY', // Indonesia
  in_ID: 'DMY', // Indonesia, Java's legacy code
  en_IE: 'DMY', // Ireland
  he_IL: 'DMY', // Israel
  iw_IL: 'DMY', // Israel, Java's legacy code
  it_IT: 'DMY', // Italy
  ja_JP: 'YMD', // Japan
  kk_KZ: 'DMY', // Kazakhstan
  lv_LV: 'DMY', // Latvia
  lt_LT: 'YMD', // Lithuania
  es_MX: 'DMY', // Mexico
  mn_MN: 'YMD', // Mongolia
  my_MM: 'DMY', // Myanmar (Burma)
  nl_NL: 'DMY', // Netherlands
  nb_NO: 'DMY', // Norway (Bokmål)
  no_NO: 'DMY', // Norway (Bokmål), Java's code
  nn_NO: 'DMY', // Norway (Nynorsk)
  es_PY: 'DMY', // Paraguay
  fil_PH: 'MDY', // Philippines
  pl_PL: 'DMY', // Poland
  pt_PT: 'DMY', // Portugal
  ro_RO: 'DMY', // Romania
  ru_RU: 'DMY', // Russia
  sr_RS: 'DMY', // Serbia
  sk_SK: 'DMY', // Slovakia
  sl_SI: 'DMY', // Slovenia
  ko_KR: 'YMD', // South Korea
  es_ES: 'DMY', // Spain
  ca_ES: 'DMY', // Spain (Catalan)
  sv_SE: 'YMD', // Sweden
  de_CH: 'DMY', // Switzerland
  zh_TW: 'YMD', // Taiwan
  th_TH: 'DMY', // Thailand
  tr_TR: 'DMY', // Turkey
  uk_UA: 'DMY', // Ukraine
  en_GB: 'DMY', // United Kingdom
  cy_GB: 'DMY', // United Kingdom (Welsh)
  en_US: 'MDY', // United States
  es_UY: 'DMY', // Uruguay
  es_VE: 'DMY', // Venezuela
  vi_VN: 'DMY', // Vietnam
};
