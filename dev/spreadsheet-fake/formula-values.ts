/**
 * This file defines how Sheets treats values in formulas and sorts: a blank cell is null here
 * and reads as "", 0 or FALSE beside another value; dates are day numbers; values order numbers
 * before text before booleans, text without case; and the operators and functions the fake's
 * custom formulas support.
 */
import type { CellValue } from './cell-input';
import { isDate } from './realm';

/** A cell as a formula sees it, null for a blank one. */
export type Value = number | string | boolean | null;

/** A formula error (#VALUE!, #REF!): a rule does not apply to that cell, as in Sheets. */
export class FormulaError extends Error {}

export function fromCell(cell: CellValue): Value {
  if (cell === '') return null;
  return isDate(cell) ? serialNumber(cell) : cell;
}

export const COMPARISONS: Readonly<Record<string, (order: number) => boolean>> = {
  '=': (order) => order === 0,
  '<>': (order) => order !== 0,
  '<': (order) => order < 0,
  '<=': (order) => order <= 0,
  '>': (order) => order > 0,
  '>=': (order) => order >= 0,
};
export const ARITHMETIC: Readonly<Record<string, (a: number, b: number) => number>> = {
  '+': (a, b) => a + b,
  '-': (a, b) => a - b,
  '*': (a, b) => a * b,
  '/': (a, b) => {
    if (b === 0) throw new FormulaError('#DIV/0!');
    return a / b;
  },
};
export const FUNCTIONS: Readonly<Record<string, (args: Value[]) => Value>> = {
  AND: (args) => args.every(truth),
  OR: (args) => args.some(truth),
  NOT: ([value = null]) => !truth(value),
  ISBLANK: ([value = null]) => value === null,
};

/** Dates are numbers of days in Sheets; comparisons and arithmetic use them so. */
function serialNumber(date: Date): number {
  return date.getTime() / 86_400_000 + 25_569;
}

const TYPE_RANK = { number: 0, string: 1, boolean: 2 } as const;

/** Sheets' order: numbers < text < booleans; text without case; a blank as the other side's zero. */
export function order(a: Value, b: Value): number {
  const left = a ?? blankLike(b);
  const right = b ?? blankLike(a);
  const byType =
    TYPE_RANK[typeof left as keyof typeof TYPE_RANK] -
    TYPE_RANK[typeof right as keyof typeof TYPE_RANK];
  if (byType !== 0) return byType;
  if (typeof left === 'string')
    return left.localeCompare(String(right), undefined, { sensitivity: 'accent' });
  return Number(left) - Number(right);
}

function blankLike(other: Value): Value {
  if (typeof other === 'string') return '';
  return typeof other === 'boolean' ? false : 0;
}

export function truth(value: Value): boolean {
  if (value === null) return false;
  if (typeof value === 'string') throw new FormulaError('#VALUE!');
  return Boolean(value);
}

export function number(value: Value): number {
  if (value === null) return 0;
  if (typeof value === 'string') {
    const parsed = Number(value);
    if (value.trim() === '' || Number.isNaN(parsed)) throw new FormulaError('#VALUE!');
    return parsed;
  }
  return Number(value);
}

export function text(value: Value): string {
  if (value === null) return '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return String(value);
}
