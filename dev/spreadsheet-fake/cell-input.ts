/**
 * This file defines what a cell holds after `setValues` writes to it. Apps Script parses what it
 * writes as if the user typed it (the Sheets API's USER_ENTERED): text beginning with `=` becomes
 * a formula, `'` keeps the rest as text, and text that reads as a number, percentage or boolean
 * becomes one, unless the cell's number format is plain text (`@`), which keeps text as written.
 */
import { isDate } from './realm';

export type CellValue = number | string | boolean | Date;

/** The number format of plain text (Format → Number → Plain text). */
export const PLAIN_TEXT = '@';

export interface StoredCell {
  readonly value: CellValue;
  /** '' unless the input was a formula; the fake does not compute formulas, so value is ''. */
  readonly formula: string;
}

const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/i;
const PERCENT = /^([+-]?(?:\d+\.?\d*|\.\d+))%$/;
const BLANK: StoredCell = { value: '', formula: '' };

/** What a cell of the given number format holds after `input` is written to it. */
export function storedInput(input: unknown, numberFormat: string): StoredCell {
  if (input === null || input === undefined || input === '') return BLANK;
  if (typeof input === 'number' || typeof input === 'boolean') return { value: input, formula: '' };
  if (isDate(input)) return { value: new Date(input.getTime()), formula: '' };
  const text = typeof input === 'string' ? input : String(input);
  if (numberFormat === PLAIN_TEXT) return { value: text, formula: '' };
  if (text.startsWith('=') && text.length > 1) return { value: '', formula: text };
  if (text.startsWith("'")) return { value: text.slice(1), formula: '' };
  return { value: typedText(text.trim()) ?? text, formula: '' };
}

function typedText(text: string): number | boolean | undefined {
  if (NUMBER.test(text)) return Number(text);
  const percent = PERCENT.exec(text);
  if (percent) return Number(percent[1]) / 100;
  const upper = text.toUpperCase();
  return upper === 'TRUE' || upper === 'FALSE' ? upper === 'TRUE' : undefined;
}

/**
 * The text a cell shows, simply: numbers as JavaScript writes them, booleans as `TRUE`/`FALSE`,
 * dates as `yyyy-mm-dd` (with `hh:mm:ss` when not midnight) in the spreadsheet's time zone.
 */
export function displayText(value: CellValue, timeZone: string): string {
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (!isDate(value)) return String(value);
  const [day = '', time = ''] = value.toLocaleString('sv-SE', { timeZone }).split(' ');
  return time === '00:00:00' ? day : `${day} ${time}`;
}
