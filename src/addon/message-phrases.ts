/**
 * This file defines what the messages of each language are made of (the places, the problems,
 * the rules of each option), and the helpers both languages share: counts, date orders, the
 * as-of option's name, an example RFM code and date.
 */
import type { Language } from '../core/labels';
import type { DateOrder } from '../core/locale';
import { OPTIONS } from '../core/option-registry';
import type { Problem } from './input-error';
import type { DateView } from './messages';

/** An RFM code on `bins` levels to show as an example: 545 on five, 323 on three. */
export const exampleCode = (bins: number) => `${bins}${bins - 1}${bins}`;

/** Where a problem is, with the cell's A1 name when the formula reveals it. */
export interface ShownPlace {
  readonly argument?: string;
  readonly row?: number;
  readonly cell?: string;
  /** The place in a list argument, for a value whose cell is not known (a literal `{30, 90}`). */
  readonly item?: number;
  /** A column of the sheet, by its header text ('' without one) and letter. */
  readonly column?: { readonly header: string; readonly letter: string };
}

/** How `3/5/2024` reads in each date order, for the list of accepted forms. */
export const ORDER_WORDS: Readonly<Record<Language, Readonly<Record<DateOrder, string>>>> = {
  en: { DMY: 'day/month/year', MDY: 'month/day/year', YMD: 'month/day/year' },
  zh: { DMY: '日/月/年', MDY: '月/日/年', YMD: '月/日/年' },
};

/** The sidebar's name of the as-of option, as its form labels it. */
export const AS_OF = OPTIONS.asOf.label;

/** Names another row of the problem's range, as a cell where the problem's own cell is known. */
export type RowNamer = (row: number) => string;

type Rules = Record<Extract<Problem, { kind: 'invalid-option' }>['rule'], string>;

export interface Phrases {
  readonly blank: string;
  readonly quote: (text: string) => string;
  readonly place: (fn: string, place: ShownPlace) => string;
  readonly rules: Rules;
  /**
   * What is wrong. `inSheet`: the place is a sheet column the sidebar reads, not a formula's
   * argument, so the words are the sidebar's (its option labels, no argument names).
   */
  readonly problem: (
    problem: Problem,
    value: string,
    view: DateView,
    rowOf: RowNamer,
    inSheet: boolean,
  ) => string;
  /** Another row of the problem's argument: its cell (`C3`) where known, else its row. */
  readonly otherRow: (cell: string | undefined, row: number) => string;
  readonly unexpected: (fn: string, detail: string) => string;
}

/** A count and its English noun, singular for exactly one: `1 row`, `2 rows`, `1,000 rows`. */
export function countOf(count: number, noun: string): string {
  return `${count.toLocaleString('en-US')} ${count === 1 ? noun : `${noun}s`}`;
}

/** `3/5/2024` as the order reads it: March 5 is `5/3/2024` where the day comes first. */
export function sampleYearLast(order: DateOrder): string {
  return order === 'DMY' ? '5/3/2024' : '3/5/2024';
}
