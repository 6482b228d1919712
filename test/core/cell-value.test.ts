import { describe, expect, it } from 'vitest';
import {
  CellReadError,
  currencyOfCell,
  isBlank,
  readCivilDay,
  readNumber,
} from '../../src/core/cell-value';
import { civilDayFromDate, intlZoneOffset } from '../../src/core/civil-day';

function problemOf(read: () => unknown): string | undefined {
  try {
    read();
  } catch (error) {
    if (error instanceof CellReadError) return error.problem;
    throw error;
  }
  return undefined;
}

describe('readNumber', () => {
  it('passes numbers through and reads blanks as null', () => {
    expect(readNumber(12.5)).toBe(12.5);
    expect(readNumber(-3)).toBe(-3);
    expect(readNumber('')).toBeNull();
    expect(readNumber('   ')).toBeNull();
    expect(readNumber(null)).toBeNull();
  });

  it.each([
    ['1200', 1200],
    [' 1,234,567.89 ', 1234567.89],
    ['¥1,200', 1200],
    ['￥88', 88],
    ['$5.50', 5.5],
    ['€1,000', 1000],
    ['£3', 3],
    ['-$5', -5],
    ['$-5', -5],
    ['(1,200)', -1200],
    ['1200元', 1200],
    ['50万', 500000],
    ['1.2亿', 120000000],
    ['¥50万', 500000],
    ['12.5%', 0.125],
    ['7%', 0.07],
    ['1e3', 1000],
    ['.5', 0.5],
  ])('reads the text %j as %d', (text, expected) => {
    expect(readNumber(text)).toBe(expected);
  });

  it.each(['abc', '1,2', '12,34,567', '1.2.3', '--5', '-$-5', '(-5)', '5 apples', '¥'])(
    'rejects %j as not a number',
    (text) => {
      expect(problemOf(() => readNumber(text))).toBe('not-a-number');
    },
  );

  it('rejects dates, booleans, infinities and NaN', () => {
    expect(problemOf(() => readNumber(new Date(0)))).toBe('not-a-number');
    expect(problemOf(() => readNumber(true))).toBe('not-a-number');
    expect(problemOf(() => readNumber(Number.NaN))).toBe('not-a-number');
    expect(problemOf(() => readNumber(Number.POSITIVE_INFINITY))).toBe('not-a-number');
  });

  it.each(['#N/A', '#REF!', '#VALUE!', '#DIV/0!', '#NUM!', '#NAME?', '#ERROR!'])(
    'reports %s as an error value',
    (text) => {
      expect(problemOf(() => readNumber(text))).toBe('error-value');
    },
  );
});

describe('readCivilDay', () => {
  const shanghai = {
    zoneOffset: intlZoneOffset('Asia/Shanghai'),
    dayFirst: false,
    serialNumbers: false,
  };
  const march5 = civilDayFromDate(2024, 3, 5);

  it('reads a Date cell as its calendar day in the sheet zone, not in UTC', () => {
    // midnight 2024-03-05 in Shanghai is 2024-03-04 16:00 UTC
    expect(readCivilDay(new Date('2024-03-05T00:00:00+08:00'), shanghai)).toBe(march5);
    expect(readCivilDay(new Date('2024-03-05T23:59:00+08:00'), shanghai)).toBe(march5);
  });

  it.each([
    '2024-03-05',
    '2024/3/5',
    '2024.03.05',
    '2024年3月5日',
    '2024-03-05 17:41:00',
    '2024-03-05T08:00',
  ])('reads the text %j', (text) => {
    expect(readCivilDay(text, shanghai)).toBe(march5);
  });

  it('orders day and month in d/m/y text by the locale', () => {
    expect(readCivilDay('3/5/2024', shanghai)).toBe(march5);
    expect(readCivilDay('5/3/2024', { ...shanghai, dayFirst: true })).toBe(march5);
  });

  it('reads serial numbers only where asked', () => {
    expect(readCivilDay(45356, { ...shanghai, serialNumbers: true })).toBe(march5);
    expect(problemOf(() => readCivilDay(45356, shanghai))).toBe('not-a-date');
  });

  it('rejects dates that do not exist and other text', () => {
    for (const text of ['2023-02-29', '2024-13-01', 'yesterday', '5']) {
      expect(problemOf(() => readCivilDay(text, shanghai))).toBe('not-a-date');
    }
    expect(problemOf(() => readCivilDay(new Date(Number.NaN), shanghai))).toBe('not-a-date');
    expect(problemOf(() => readCivilDay('#N/A', shanghai))).toBe('error-value');
    expect(readCivilDay('', shanghai)).toBeNull();
  });
});

describe('isBlank', () => {
  it('treats empty text, spaces, null and undefined as blank, and 0 as a value', () => {
    expect([undefined, null, '', '  '].every(isBlank)).toBe(true);
    expect(isBlank(0)).toBe(false);
    expect(isBlank(false)).toBe(false);
  });
});

describe('currencyOfCell', () => {
  it('names the currency of money written as text, by its sign or unit', () => {
    expect(['¥1,200', '￥5', '50万元', 'rmb 3', '3 CNY', '12块'].map(currencyOfCell)).toEqual(
      Array(6).fill('CNY'),
    );
    expect(['€36', '36 EUR', '$2', 'USD 2', '£99', '-£1', '(£2)'].map(currencyOfCell)).toEqual([
      'EUR',
      'EUR',
      'USD',
      'USD',
      'GBP',
      'GBP',
      'GBP',
    ]);
  });

  it('gives null for plain numbers, blanks and text that is no number', () => {
    expect([36, '36', '12%', '', null, 'EUR', 'twelve', new Date(0)].map(currencyOfCell)).toEqual(
      Array(8).fill(null),
    );
  });
});
