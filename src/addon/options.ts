/**
 * This file defines the options users pass after the ranges (bins, churn_days,
 * high_value_share, a measure's own breaks, the language) and validates them with zod or the
 * registry's rules, turning a failure into an InputError naming the argument (and, for breaks,
 * the cell) and the allowed values. The ranges and rules come from the option registry, as do
 * the saved settings' schema (`rangeSchema`, `breaksSchema`) and the sidebar form's checks.
 */
import * as z from 'zod/mini';
import type { Period } from '../core/btyd/summary-columns';
import { CellReadError, isBlank, readNumber } from '../core/cell-value';
import { type ChurnRiskThresholds, DEFAULT_CHURN_RISK_THRESHOLDS } from '../core/churn-risk';
import type { Language } from '../core/labels';
import { languageFromCode } from '../core/locale';
import { breaksProblem } from '../core/measure-breaks';
import { type NumberRange, RANGES, type RangeId } from '../core/option-registry';
import { InputError } from './input-error';
import { readCell } from './read-cell';

/** The zod schema of a registry range: whole or any number, bounded as the range says. */
export function rangeSchema(range: NumberRange): z.ZodMiniType<number> {
  const atLeastMin = range.minIncluded ? z.gte(range.min) : z.gt(range.min);
  const schema = range.whole ? z.int() : z.number();
  return Number.isFinite(range.max)
    ? schema.check(atLeastMin, z.lte(range.max))
    : schema.check(atLeastMin);
}

const RULES = Object.fromEntries(
  Object.entries(RANGES).map(([rule, range]) => [rule, rangeSchema(range)]),
) as Readonly<Record<RangeId, z.ZodMiniType<number>>>;

/** A numeric option: its default when omitted, else a number the rule allows. */
export function numberOption(
  argument: string,
  value: unknown,
  rule: RangeId,
  fallback: number,
): number {
  if (isBlank(value)) return fallback; // left out: `=F(A:A,,3)` passes a blank
  const number = readCell(argument, -1, value, readNumber);
  const parsed = z.safeParse(RULES[rule], number);
  if (!parsed.success) throw new InputError({ kind: 'invalid-option', rule }, { argument, value });
  return parsed.data;
}

/** The zod schema of a measure's own breaks: numbers that meet the registry's rule. */
export const breaksSchema = z.readonly(
  z
    .array(z.number())
    .check(z.refine((breaks) => breaksProblem(breaks) === null, 'breaks against the rule')),
);

/** A cell of a list argument and where it is: 0-based row and column in its range. */
interface ListCell {
  readonly cell: unknown;
  readonly row: number;
  readonly column: number;
}

/**
 * A measure's own breaks: a range or an array literal such as `{30, 90, 180, 365}`, read in
 * reading order, blank cells skipped; null when left out (or all blank), for quantiles. A cell
 * that is not a number, a break not above the one before, or a break too many (see
 * `breaksProblem`) is refused at its cell, or its place in the list.
 */
export function breaksOption(argument: string, value: unknown): number[] | null {
  if (isBlank(value)) return null;
  const rows: readonly unknown[] = Array.isArray(value) ? value : [[value]];
  const cells: ListCell[] = [];
  rows.forEach((cellsOfRow, row) => {
    const inRow: readonly unknown[] = Array.isArray(cellsOfRow) ? cellsOfRow : [cellsOfRow];
    inRow.forEach((cell, column) => {
      if (!isBlank(cell)) cells.push({ cell, row, column });
    });
  });
  if (cells.length === 0) return null;
  const placeOf = (index: number) => {
    const { cell, row, column } = cells[index] as ListCell;
    return { argument, row: row + 1, column, item: index + 1, value: cell };
  };
  const breaks = cells.map(({ cell }, index) => {
    try {
      return readNumber(cell) as number;
    } catch (error) {
      if (!(error instanceof CellReadError)) throw error;
      throw new InputError({ kind: error.problem }, placeOf(index));
    }
  });
  const problem = breaksProblem(breaks);
  if (problem === null) return breaks;
  switch (problem.kind) {
    case 'break-not-a-number':
      throw new InputError({ kind: 'not-a-number' }, placeOf(problem.index));
    case 'breaks-out-of-order':
      throw new InputError(
        { kind: 'breaks-out-of-order', previous: problem.previous },
        placeOf(problem.index),
      );
    case 'too-many-breaks':
      throw new InputError(
        { kind: 'too-many-breaks', count: problem.count },
        placeOf(problem.index),
      );
    case 'no-breaks':
      return null; // cannot happen: there is a cell that is not blank
  }
}

/**
 * CUSTOMER_TIER's high-value line: `high_value_from`, an amount of money, instead of the top
 * `high_value_share` (given by itself, the share's default does not apply); null when left out.
 * Both at once are refused, since they would say two different things.
 */
export function highValueFromOption(
  argument: string,
  value: unknown,
  shareArgument: unknown,
): number | null {
  if (isBlank(value)) return null;
  const amount = numberOption(argument, value, 'money', Number.NaN);
  if (!isBlank(shareArgument))
    throw new InputError({ kind: 'high-value-share-and-from' }, { argument, value });
  return amount;
}

const languageSchema = z.pipe(
  z.string(),
  z.transform((code, context) => {
    const language = languageFromCode(code);
    if (language === undefined)
      context.issues.push({ code: 'custom', input: code, message: 'unknown language' });
    return language as Language;
  }),
);

/** The language argument: `en`, `zh` or a locale such as `zh-CN`. */
export function languageOption(argument: string, value: unknown): Language {
  if (Array.isArray(value))
    throw new InputError({ kind: 'not-a-single-value' }, { argument, value });
  const parsed = z.safeParse(languageSchema, value);
  if (!parsed.success) throw new InputError({ kind: 'unknown-language' }, { argument, value });
  return parsed.data;
}

/**
 * Whether a trailing argument was meant as a language: a code such as `zh`, `fr` or `en-GB`,
 * or a language's name; the language option then accepts or rejects it by name, rather than
 * some other argument taking it for a range.
 */
export function looksLikeLanguage(value: unknown): boolean {
  return (
    typeof value === 'string' &&
    (languageFromCode(value) !== undefined || LANGUAGE_TAG.test(value.trim()))
  );
}

const LANGUAGE_TAG = /^[a-z]{2,3}(?:[-_][a-z0-9]{2,8})*$/i;

/** The words a period may be given in, each language's, singular and plural. */
const PERIOD_WORDS: Readonly<Record<string, Period>> = {
  day: 'days',
  days: 'days',
  天: 'days',
  日: 'days',
  week: 'weeks',
  weeks: 'weeks',
  周: 'weeks',
  星期: 'weeks',
  month: 'months',
  months: 'months',
  月: 'months',
};

/** The time unit of a summary: `days` when left out, else days, weeks or months by name. */
export function periodOption(argument: string, value: unknown): Period {
  if (isBlank(value)) return 'days';
  const period = typeof value === 'string' ? PERIOD_WORDS[value.trim().toLowerCase()] : undefined;
  if (period === undefined) throw new InputError({ kind: 'not-a-period' }, { argument, value });
  return period;
}

/** Two probabilities, as a range or an array literal `{0.7, 0.3}`; the defaults when left out. */
export function thresholdsOption(argument: string, value: unknown): Required<ChurnRiskThresholds> {
  if (isBlank(value)) return DEFAULT_CHURN_RISK_THRESHOLDS;
  const cells = Array.isArray(value) ? value.flat() : [value];
  if (cells.length !== 2)
    throw new InputError({ kind: 'thresholds-out-of-order' }, { argument, value });
  const [active, atRisk] = cells.map((cell) =>
    numberOption(argument, cell, 'probability', Number.NaN),
  ) as [number, number];
  if (!(active >= atRisk))
    throw new InputError({ kind: 'thresholds-out-of-order' }, { argument, value });
  return { active, atRisk };
}
