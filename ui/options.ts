/**
 * This file defines the model options as the form holds them: which options each model uses,
 * and how the typed text becomes `ClassifyOptions`, checked as the server checks them: each in
 * the option registry's range (shares also as percentages), the A-and-B share at least the A
 * share. Which options a model shows and their ranges come from the registry alone.
 */

import type { ClassifyOptions, ModelId } from '../src/addon/sidebar/api';
import {
  inRange,
  type NumberOptionId,
  OPTION_IDS,
  OPTIONS,
  type OptionId,
  rangeOf,
} from '../src/core/option-registry';
import type { Words } from './words';

export type OptionName = keyof ClassifyOptions & OptionId;

/** The options in the order the form shows them. */
export const OPTION_NAMES: readonly OptionName[] = OPTION_IDS;

/** The options each model reads; the form shows only these. */
export const optionsOf = (model: ModelId): readonly OptionName[] =>
  OPTION_NAMES.filter((name) => (OPTIONS[name].models as readonly ModelId[]).includes(model));

/** What is wrong with an option, as the name of the words that say so. */
export type Problem = keyof Pick<
  Words,
  'invalidBins' | 'invalidDays' | 'invalidShare' | 'invalidBShare' | 'invalidDate'
>;

export type OptionTexts = Readonly<Record<OptionName, string>>;

export interface ReadOptions {
  readonly options: ClassifyOptions;
  readonly problems: Readonly<Partial<Record<OptionName, Problem>>>;
}

/** The words that say a number is outside a range of the registry's. */
const PROBLEM_OF: Readonly<Record<(typeof OPTIONS)[NumberOptionId]['range'], Problem>> = {
  bins: 'invalidBins',
  'churn-days': 'invalidDays',
  share: 'invalidShare',
};
type NumberOption = NumberOptionId;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
/** The options that are shares: each also read as a percentage, `20%` being 0.2. */
export const SHARE_OPTIONS: readonly NumberOption[] = OPTION_NAMES.filter(
  (name): name is NumberOption => OPTIONS[name].kind === 'share',
);
/** A number and a percent sign after it. */
const PERCENTAGE = /^(.*?)\s*%$/;

/**
 * The number a field's text says: NaN for no number. A share's text may end in a percent sign,
 * and means then a hundredth of its number — `0.2%` is 0.002, never 0.2 by a dropped sign.
 */
function numberIn(name: NumberOption, text: string): number {
  // full-width digits and signs, as Chinese input writes them (`２０％`), read as ASCII ones
  const trimmed = text.normalize('NFKC').trim();
  const percentage = SHARE_OPTIONS.includes(name) ? PERCENTAGE.exec(trimmed) : null;
  const digits = percentage ? (percentage[1] as string) : trimmed;
  const value = digits === '' ? Number.NaN : Number(digits);
  return percentage ? value / 100 : value;
}

/** The options as texts for the form's fields. */
export function optionTexts(options: ClassifyOptions): OptionTexts {
  return {
    bins: String(options.bins),
    churnDays: String(options.churnDays),
    highValueShare: String(options.highValueShare),
    asOf: options.asOf ?? '',
    aShare: String(options.aShare),
    bShare: String(options.bShare),
    language: options.language ?? '',
  };
}

/**
 * The options the texts give. Only the options `shown` are checked: one the model does not use
 * keeps its default when its text is wrong, as the user cannot see it to correct it.
 */
export function readOptions(
  texts: OptionTexts,
  shown: readonly OptionName[],
  defaults: ClassifyOptions,
): ReadOptions {
  const problems: Partial<Record<OptionName, Problem>> = {};
  const numberOf = (name: NumberOption): number => {
    const value = numberIn(name, texts[name]);
    if (inRange(rangeOf(name), value)) return value;
    if (shown.includes(name)) problems[name] = PROBLEM_OF[OPTIONS[name].range];
    return defaults[name];
  };
  const isAsOf = texts.asOf === '' || ISO_DATE.test(texts.asOf);
  if (!isAsOf && shown.includes('asOf')) problems.asOf = 'invalidDate';
  const language = texts.language === 'en' || texts.language === 'zh' ? texts.language : null;
  const read: ClassifyOptions = {
    bins: numberOf('bins'),
    churnDays: numberOf('churnDays'),
    highValueShare: numberOf('highValueShare'),
    asOf: isAsOf ? texts.asOf || null : defaults.asOf,
    aShare: numberOf('aShare'),
    bShare: numberOf('bShare'),
    language,
  };
  if (read.aShare <= read.bShare || problems.aShare || problems.bShare)
    return { options: read, problems };
  if (shown.includes('bShare'))
    return { options: read, problems: { ...problems, bShare: 'invalidBShare' } };
  return { options: { ...read, aShare: defaults.aShare, bShare: defaults.bShare }, problems };
}
