/**
 * This file defines how a cell's value is read as a number or a date: the one parser every
 * function uses. Sheets hands custom functions numbers, `Date`s, booleans, `""` for blanks and
 * text; text may hold numbers as people type them (`¥1,200`, `50万`, `12%`) or dates
 * (`2024-03-05`, `2024/3/5`, `2024年3月5日`, `3/5/2024`).
 */
import { civilDayFromDate, civilDayOfInstant, type ZoneOffset } from './civil-day';

export type CellProblem =
  | 'not-a-number'
  | 'not-a-date'
  | 'error-value'
  | 'too-large'
  | 'number-not-date'
  | 'money-not-count'
  | 'percent-not-count';

/** A cell that cannot be read as asked; the edge adds the function, argument and row. */
export class CellReadError extends RangeError {
  constructor(readonly problem: CellProblem) {
    super(`cell value is ${problem}`);
    this.name = 'CellReadError';
  }
}

export interface DateReadOptions {
  /** The sheet's time zone, as an offset lookup: a `Date` cell is an instant in it. */
  readonly zoneOffset: ZoneOffset;
  /** Whether `3/5/2024` means 3 May (day first) or March 5. */
  readonly dayFirst: boolean;
  /** Whether a plain number is a date serial number (days since 1899-12-30). */
  readonly serialNumbers: boolean;
}

const ERROR_VALUE =
  /^#(?:N\/A|REF!|VALUE!|DIV\/0!|NUM!|NAME\?|NULL!|ERROR!|SPILL!|CALC!|GETTING_DATA)/;
// sign, currency, digits (commas only in groups of three), magnitude suffix, currency suffix
const TEXT_NUMBER =
  /^([+-]?)\s*([¥￥$€£]|RMB|CNY|USD|EUR|GBP)?\s*([+-]?)\s*(\d{1,3}(?:,\d{3})+(?:\.\d*)?|\d+(?:\.\d*)?|\.\d+)(?:[eE]([+-]?\d+))?\s*(%|万|亿|萬|億)?\s*(元|块|RMB|CNY|USD|EUR|GBP)?$/i;
const SUFFIX_EXPONENT: Readonly<Record<string, number>> = { '%': -2, 万: 4, 萬: 4, 亿: 8, 億: 8 };
const YEAR_FIRST =
  /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[\sT]+\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$/;
const YEAR_LAST = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$/;
/** Serial number of 1970-01-01 in the spreadsheet's date system. */
const SERIAL_OF_EPOCH = 25_569;
/**
 * Serial number of 1900-03-01: smaller numbers are days of 1899–1900, which no sales record
 * holds, and the usual sign of a column of counts (a quantity) passed where dates are expected.
 */
export const FIRST_PLAUSIBLE_SERIAL = 61;
const LAST_SERIAL = 2_958_465; // 9999-12-31

/** Whether a cell is empty: `""`, `null`, `undefined` or only spaces. */
export function isBlank(cell: unknown): boolean {
  return (
    cell === '' ||
    cell === null ||
    cell === undefined ||
    (typeof cell === 'string' && cell.trim() === '')
  );
}

/** Whether a cell holds a date: a `Date` object (from any realm). */
export function isDateObject(cell: unknown): cell is Date {
  return cell instanceof Date || Object.prototype.toString.call(cell) === '[object Date]';
}

/** Whether a text cell reads as a date. */
export function isDateText(cell: unknown): boolean {
  return typeof cell === 'string' && (YEAR_FIRST.test(cell.trim()) || YEAR_LAST.test(cell.trim()));
}

/** Whether a cell is text that reads as a number (`12`, `¥1,200`, `50万`). */
export function isNumberText(cell: unknown): boolean {
  if (typeof cell !== 'string' || isBlank(cell)) return false;
  try {
    readTextNumber(cell);
    return true;
  } catch {
    return false;
  }
}

/**
 * Whether a cell is a heading such as `orders` or `金额`: text that is neither a number, a date
 * nor an error value.
 */
export function isHeadingText(cell: unknown): boolean {
  return (
    typeof cell === 'string' &&
    !isBlank(cell) &&
    !ERROR_VALUE.test(cell.trim()) &&
    !isDateText(cell) &&
    !isNumberText(cell)
  );
}

/** A number as typed in text, and what it was written as. */
interface TextNumber {
  readonly value: number;
  readonly money: boolean;
  readonly percent: boolean;
  /** The currency its sign or unit names (see CURRENCY_OF_SIGN), or `null` for none. */
  readonly currency: string | null;
}

/**
 * The currency each sign or unit names, so that `¥12` and `12元` count as one currency and `€12`
 * as another. `¥` is read as yuan: it is the yen's sign too, but yen are never written as 元.
 */
const CURRENCY_OF_SIGN: Readonly<Record<string, string>> = {
  '¥': 'CNY',
  '￥': 'CNY',
  RMB: 'CNY',
  CNY: 'CNY',
  元: 'CNY',
  块: 'CNY',
  $: 'USD',
  USD: 'USD',
  '€': 'EUR',
  EUR: 'EUR',
  '£': 'GBP',
  GBP: 'GBP',
};

/**
 * The currency that text written as money names (`CNY` for `¥1,200` and `50万元`, `EUR` for
 * `€36`), or `null` for a plain number, a blank or anything that is not a number.
 *
 * @example currencyOfCell('€36') //=> 'EUR'
 * @example currencyOfCell(36) //=> null
 */
export function currencyOfCell(cell: unknown): string | null {
  if (typeof cell !== 'string') return null;
  try {
    return readTextNumber(cell)?.currency ?? null;
  } catch {
    return null;
  }
}

/**
 * Reads a number, or `null` for a blank cell.
 *
 * @throws {CellReadError} `not-a-number` for dates, booleans and other text; `too-large` for
 *   text beyond the largest number (`1e400`); `error-value` for `#N/A` and the like
 * @example readNumber('¥1,200') //=> 1200
 * @example readNumber('1.2亿') //=> 120000000
 */
export function readNumber(cell: unknown): number | null {
  if (typeof cell === 'number') {
    if (Number.isFinite(cell)) return cell;
    throw new CellReadError('not-a-number');
  }
  return readTextNumber(cell)?.value ?? null;
}

/**
 * Reads a count such as a number of orders, or `null` for a blank cell: a number not written as
 * money or a percentage, which would mean the wrong column was passed.
 *
 * @throws {CellReadError} `money-not-count` for `¥1,200`, `percent-not-count` for `20%`, else as
 *   readNumber
 * @example readCount('12') //=> 12
 */
export function readCount(cell: unknown): number | null {
  if (typeof cell === 'number') return readNumber(cell);
  const number = readTextNumber(cell);
  if (number?.money) throw new CellReadError('money-not-count');
  if (number?.percent) throw new CellReadError('percent-not-count');
  return number?.value ?? null;
}

function readTextNumber(cell: unknown): TextNumber | null {
  if (isBlank(cell)) return null;
  if (typeof cell !== 'string') throw new CellReadError('not-a-number');
  const text = cell.trim();
  if (ERROR_VALUE.test(text)) throw new CellReadError('error-value');
  const accounting = /^\((.*)\)$/.exec(text);
  const match = TEXT_NUMBER.exec(accounting ? (accounting[1] ?? '') : text);
  if (!match) throw new CellReadError('not-a-number');
  const [, outerSign, currency, innerSign, digits = '', exponent = '0', suffix = '', unit] = match;
  if ((outerSign && innerSign) || (accounting && (outerSign || innerSign))) {
    throw new CellReadError('not-a-number');
  }
  const shift = Number(exponent) + (SUFFIX_EXPONENT[suffix] ?? 0);
  // Shifting the decimal exponent in the text keeps 1.2亿 and 12.5% exact.
  const magnitude = Number(`${digits.replaceAll(',', '')}e${shift}`);
  if (!Number.isFinite(magnitude)) throw new CellReadError('too-large');
  const negative = (outerSign || innerSign) === '-' || accounting !== null;
  return {
    value: negative ? -magnitude : magnitude,
    money: currency !== undefined || unit !== undefined,
    percent: suffix === '%',
    currency: CURRENCY_OF_SIGN[(currency ?? unit ?? '').toUpperCase()] ?? null,
  };
}

/**
 * Reads a date as a civil day (days since 1970-01-01), or `null` for a blank cell.
 *
 * @throws {CellReadError} `not-a-date` for anything else; `number-not-date` for a serial number
 *   before 1900-03-01 (see FIRST_PLAUSIBLE_SERIAL); `error-value` for `#N/A` and the like
 * @example readCivilDay('2024年3月5日', { zoneOffset: () => 0, dayFirst: false, serialNumbers: true }) //=> 19787
 */
export function readCivilDay(cell: unknown, options: DateReadOptions): number | null {
  if (isDateObject(cell)) {
    const epochMs = cell.getTime();
    if (Number.isNaN(epochMs)) throw new CellReadError('not-a-date');
    return civilDayOfInstant(epochMs, options.zoneOffset);
  }
  if (typeof cell === 'number') {
    if (!options.serialNumbers) throw new CellReadError('not-a-date');
    if (cell < FIRST_PLAUSIBLE_SERIAL) throw new CellReadError('number-not-date');
    if (cell <= LAST_SERIAL) return Math.floor(cell) - SERIAL_OF_EPOCH;
    throw new CellReadError('not-a-date');
  }
  if (isBlank(cell)) return null;
  if (typeof cell !== 'string') throw new CellReadError('not-a-date');
  const text = cell.trim();
  if (ERROR_VALUE.test(text)) throw new CellReadError('error-value');
  const civilDay = civilDayOfText(text, options.dayFirst);
  if (civilDay === undefined) throw new CellReadError('not-a-date');
  return civilDay;
}

function civilDayOfText(text: string, dayFirst: boolean): number | undefined {
  const yearFirst = YEAR_FIRST.exec(text);
  if (yearFirst)
    return civilDayFromDate(Number(yearFirst[1]), Number(yearFirst[2]), Number(yearFirst[3]));
  const yearLast = YEAR_LAST.exec(text);
  if (!yearLast) return undefined;
  const first = Number(yearLast[1]);
  const second = Number(yearLast[2]);
  const year = Number(yearLast[3]);
  return dayFirst ? civilDayFromDate(year, second, first) : civilDayFromDate(year, first, second);
}
