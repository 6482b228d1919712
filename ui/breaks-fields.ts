/**
 * This file defines the sidebar's fields for a measure's own score breaks: per measure, blank
 * for its quantiles, or breaks typed lowest first (`30, 90, 180, 365`), checked by the option
 * registry's rule as the server and the custom functions check them. They show with the score
 * levels option, for the models that read it, and say in the user's language what is wrong.
 */
import type { ClassifyOptions, Language } from '../src/addon/sidebar/api';
import {
  BREAK_COUNT,
  type BreaksProblem,
  breaksProblem,
  MEASURES,
  type Measure,
  type MeasureBreaks,
} from '../src/core/measure-breaks';
import { element, formGroup } from './dom';

/** Each field's label and example, and what is wrong, in each language. */
const WORDS: Readonly<
  Record<
    Language,
    {
      readonly labels: Readonly<Record<Measure, string>>;
      readonly examples: Readonly<Record<Measure, string>>;
      readonly notANumber: (text: string) => string;
      readonly outOfOrder: (value: number, previous: number) => string;
      readonly tooMany: string;
    }
  >
> = {
  en: {
    labels: {
      recency: 'Recency breaks, in days (blank: quantiles)',
      frequency: 'Frequency breaks, in orders (blank: quantiles)',
      monetary: 'Monetary breaks, in money (blank: quantiles)',
    },
    examples: { recency: '30, 90, 180, 365', frequency: '2, 4, 8, 16', monetary: '1000, 5000' },
    notANumber: (text) => `“${text}” is not a number.`,
    outOfOrder: (value, previous) =>
      `${value} is not above ${previous}: give the breaks from lowest to highest, each once.`,
    tooMany: `At most ${BREAK_COUNT.max} breaks (${BREAK_COUNT.max + 1} score levels).`,
  },
  zh: {
    labels: {
      recency: 'R 自定义分界点（天数；留空按分位数）',
      frequency: 'F 自定义分界点（购买次数；留空按分位数）',
      monetary: 'M 自定义分界点（金额；留空按分位数）',
    },
    examples: { recency: '30, 90, 180, 365', frequency: '2, 4, 8, 16', monetary: '1000, 5000' },
    notANumber: (text) => `“${text}”不是数字。`,
    outOfOrder: (value, previous) =>
      `${value} 不大于 ${previous}：请从小到大给出分界点，每个只给一次。`,
    tooMany: `最多 ${BREAK_COUNT.max} 个分界点（${BREAK_COUNT.max + 1} 个评分等级）。`,
  },
};

/** What one field's text gives: its breaks (null for quantiles), or what is wrong with them. */
export type BreaksRead =
  | { readonly breaks: number[] | null; readonly wrong?: undefined }
  | { readonly wrong: string };

/** Breaks as a field shows them: `30, 90, 180, 365`; '' for quantiles. */
export function breaksText(breaks: readonly number[] | null | undefined): string {
  return breaks ? breaks.join(', ') : '';
}

/**
 * The breaks a field's text says: numbers apart by commas, semicolons, 、 or spaces (full-width
 * ones too, as Chinese input types them); blank for quantiles.
 *
 * @example readBreaksText('30, 90，180 365', 'en') //=> { breaks: [30, 90, 180, 365] }
 */
export function readBreaksText(text: string, language: Language): BreaksRead {
  const pieces = text
    .normalize('NFKC')
    .split(/[\s,;、]+/)
    .filter((piece) => piece !== '');
  if (pieces.length === 0) return { breaks: null };
  const words = WORDS[language];
  const breaks = pieces.map(Number);
  const problem: BreaksProblem | null = breaksProblem(breaks);
  if (problem === null) return { breaks };
  switch (problem.kind) {
    case 'break-not-a-number':
      return { wrong: words.notANumber(pieces[problem.index] as string) };
    case 'breaks-out-of-order':
      return { wrong: words.outOfOrder(breaks[problem.index] as number, problem.previous) };
    case 'too-many-breaks':
      return { wrong: words.tooMany };
    case 'no-breaks':
      return { breaks: null };
  }
}

export interface BreaksFields {
  /** One labelled field per measure, for the options form. */
  readonly groups: readonly HTMLElement[];
  /** Shows the fields, or hides them where the model reads no scores. */
  show(shown: boolean): void;
  /**
   * The options the fields give: `breaks` with the measures that have some, none when all are
   * blank (quantiles, as before there were breaks); null when a shown field is wrong, which is
   * then marked and, after `reveal` (which unfolds the form), focused. Hidden fields that are
   * wrong give quantiles: the user cannot see them to correct.
   */
  read(reveal: () => void): Pick<ClassifyOptions, 'breaks'> | null;
}

/** The three fields, filled with the breaks of the settings the form opens with. */
export function breaksFields(saved: MeasureBreaks | undefined, language: Language): BreaksFields {
  const words = WORDS[language];
  const fields = MEASURES.map((measure) => {
    const id = `option-${measure}Breaks`;
    const control = element('input', {
      id,
      type: 'text',
      inputMode: 'decimal',
      spellcheck: false,
      placeholder: words.examples[measure],
      value: breaksText(saved?.[measure]),
    });
    const problem = element('div', { className: 'error', id: `${id}-error`, hidden: true });
    control.setAttribute('aria-describedby', problem.id);
    return { measure, control, problem, group: formGroup(words.labels[measure], control, problem) };
  });
  return {
    groups: fields.map((field) => field.group),
    show: (shown) => {
      for (const field of fields) field.group.hidden = !shown;
    },
    read: (reveal) => {
      const breaks: Partial<Record<Measure, number[] | null>> = {};
      let firstWrong: HTMLInputElement | undefined;
      for (const { measure, control, problem, group } of fields) {
        const read = readBreaksText(control.value, language);
        const wrong = group.hidden ? undefined : read.wrong;
        problem.textContent = wrong ?? '';
        problem.hidden = !wrong;
        control.setAttribute('aria-invalid', String(Boolean(wrong)));
        if (wrong) firstWrong ??= control;
        if (read.wrong === undefined && read.breaks !== null) breaks[measure] = read.breaks;
      }
      if (firstWrong === undefined) return Object.keys(breaks).length > 0 ? { breaks } : {};
      reveal();
      firstWrong.focus();
      return null;
    },
  };
}
