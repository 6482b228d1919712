/**
 * This file defines the scalar arguments users pass after the ranges (bins, churn_days,
 * high_value_share, the language) and validates them with zod, turning a failure into an
 * InputError naming the argument and the allowed values. The ranges come from the option
 * registry, as do the saved settings' schema (`rangeSchema`) and the sidebar form's checks.
 */
import * as z from 'zod/mini';
import type { Period } from '../core/btyd/summary-columns';
import { isBlank, readNumber } from '../core/cell-value';
import { type ChurnRiskThresholds, DEFAULT_CHURN_RISK_THRESHOLDS } from '../core/churn-risk';
import type { Language } from '../core/labels';
import { languageFromCode } from '../core/locale';
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
