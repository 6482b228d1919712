/**
 * This file defines how a column's role is guessed from its values when its header says
 * nothing: names, dates, money and small counts look different.
 */
import { isBlank, isDateObject, isDateText, isHeadingText, readNumber } from './cell-value';
import type { ColumnRole } from './column-roles';

/** Share of a column's filled cells that must be of one kind for the column to be of it. */
const MOSTLY = 0.8;
/** Counts of orders or items per line stay below this; ids, days and money often do not. */
const SMALL_COUNT_LIMIT = 1_000;
// currency signs, codes and the magnitudes money is written in (50万)
const MONEY_MARK = /[¥￥$€£元块万亿萬億]|RMB|CNY|USD|EUR|GBP/i;

type ValueKind = 'text' | 'date' | 'money' | 'count';

interface ValueProfile {
  readonly kind: ValueKind;
  /** Median of the numbers, for money and counts. */
  readonly median: number;
}

interface Guess {
  readonly kind: ValueKind;
  readonly role: ColumnRole;
  /** Among columns of the kind, the highest rank wins; ties go to the leftmost. */
  readonly rank: (profile: ValueProfile) => number;
}

const LEFTMOST = () => 0;

/**
 * Values name a transaction's roles; the shape later reads them as a customer table's when it
 * is one (a date is then the last purchase, money the monetary value, a count the frequency).
 */
const GUESSES: readonly Guess[] = [
  { kind: 'text', role: 'customer', rank: LEFTMOST },
  { kind: 'date', role: 'order-date', rank: LEFTMOST },
  // a line's amount is at least its unit price
  { kind: 'money', role: 'amount', rank: ({ median }) => median },
  // counts are the smallest numbers in a sheet of days, ids and money
  { kind: 'count', role: 'quantity', rank: ({ median }) => -median },
];

/**
 * The kind of a column's values, or `null` when they are mixed or none. A column is mostly
 * (≥ 80 % of its filled cells) text, dates (`Date`s or date text), or numbers; numbers are money
 * when one has cents or a currency mark, and counts when all are whole and below 1,000.
 */
function profileOf(cells: readonly unknown[]): ValueProfile | null {
  const filled = cells.filter((cell) => !isBlank(cell));
  if (isMostly(filled, isHeadingText)) return { kind: 'text', median: Number.NaN };
  if (isMostly(filled, (cell) => isDateObject(cell) || isDateText(cell))) {
    return { kind: 'date', median: Number.NaN };
  }
  if (!isMostly(filled, (cell) => numberOrNull(cell) !== null)) return null;
  const numbers = filled.map(numberOrNull).filter((value) => value !== null);
  const median = medianOf(numbers);
  if (filled.some(isMoneyLike)) return { kind: 'money', median };
  return numbers.every((value) => Number.isInteger(value) && Math.abs(value) < SMALL_COUNT_LIMIT)
    ? { kind: 'count', median }
    : null;
}

/** Whether at least 80 % of some filled cells are of a kind (and there are some). */
export function isMostly(
  filledCells: readonly unknown[],
  isKind: (cell: unknown) => boolean,
): boolean {
  return filledCells.length > 0 && filledCells.filter(isKind).length >= MOSTLY * filledCells.length;
}

/**
 * Roles guessed from values for the columns open to a guess (`null` marks a column whose
 * header decided), each role at most once and never one already taken:
 * - customer: the leftmost column of mostly text;
 * - order date: the leftmost column of mostly dates;
 * - amount: of the columns of mostly money, the one with the largest median;
 * - quantity: of the columns of mostly small whole numbers, the one with the smallest median.
 * Ids written as numbers are left to headers: values cannot tell them from other numbers.
 */
export function rolesFromValues(
  columns: readonly (readonly unknown[] | null)[],
  taken: ReadonlySet<ColumnRole>,
): (ColumnRole | null)[] {
  const profiles = columns.map((cells) => (cells === null ? null : profileOf(cells)));
  const roles: (ColumnRole | null)[] = columns.map(() => null);
  for (const { kind, role, rank } of GUESSES) {
    if (taken.has(role)) continue;
    let best = -1;
    profiles.forEach((profile, index) => {
      if (profile?.kind !== kind) return;
      const bestProfile = profiles[best];
      if (!bestProfile || rank(profile) > rank(bestProfile)) best = index;
    });
    if (best >= 0) roles[best] = role;
  }
  return roles;
}

function numberOrNull(cell: unknown): number | null {
  if (typeof cell !== 'number' && typeof cell !== 'string') return null;
  try {
    return readNumber(cell);
  } catch {
    return null;
  }
}

/** Cents or a currency mark; a percentage is a rate, not money. */
function isMoneyLike(cell: unknown): boolean {
  const value = numberOrNull(cell);
  if (value === null) return false;
  if (typeof cell === 'string' && cell.includes('%')) return false;
  return !Number.isInteger(value) || (typeof cell === 'string' && MONEY_MARK.test(cell));
}

function medianOf(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}
