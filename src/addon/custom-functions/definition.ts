/**
 * This file defines how a custom function is declared: once, with its name, help text, example
 * and implementation. The build reads these declarations to write the top-level stubs and their
 * `@customfunction` JSDoc, and the function reference (docs/functions.md) comes from the same
 * place.
 */
import { isBlank } from '../../core/cell-value';
import type { Language } from '../../core/labels';
import { argumentRangeStarts, cellName } from '../formula-cells';
import { InputError, type ProblemPlace } from '../input-error';
import { inputErrorMessage, unexpectedErrorMessage } from '../messages';
import { languageOption, looksLikeLanguage } from '../options';
import { activeSheetSettings, type SheetSettings } from '../sheet-settings';

/** Text in each language the add-on speaks. */
export type Localized = Readonly<Record<Language, string>>;

export interface ParameterSpec {
  /** The name Sheets shows while the user types, e.g. `recency`. */
  readonly name: string;
  /** What the user passes, as JSDoc shows it: `A2:A`, `number`, `date`, `text`. */
  readonly type: string;
  readonly optional?: boolean;
  readonly help: Localized;
}

export interface CustomFunctionSpec {
  readonly name: string;
  readonly summary: Localized;
  /** Every parameter in order; a last one named `language` may also follow any optional one. */
  readonly parameters: readonly ParameterSpec[];
  readonly returns: Localized;
  /** A formula a user can paste, e.g. `=RFM_SCORE(B2:B, C2:C, D2:D)`. */
  readonly example: string;
}

/** What an implementation gets: the arguments by position (language split off) and the sheet. */
export interface Invocation {
  readonly args: readonly unknown[];
  readonly language: Language;
  readonly sheet: SheetSettings;
}

/** A custom function as Apps Script calls it, carrying its declaration for the build. */
export type CustomFunction = ((...args: unknown[]) => unknown[][]) & {
  readonly spec: CustomFunctionSpec;
};

export const LANGUAGE_PARAMETER: ParameterSpec = {
  name: 'language',
  type: 'text',
  optional: true,
  help: {
    en: 'Label language, "en" or "zh"; by default the spreadsheet\'s.',
    zh: '标签语言，"en" 或 "zh"；默认跟随表格语言。',
  },
};

/** An order log's three columns, as the functions that read one line per order take them. */
export const ORDER_LOG_PARAMETERS: readonly ParameterSpec[] = [
  {
    name: 'customers',
    type: 'A2:A',
    help: { en: 'The customer of each order line.', zh: '每条订单的客户。' },
  },
  {
    name: 'dates',
    type: 'B2:B',
    help: { en: 'The date of each order line.', zh: '每条订单的日期。' },
  },
  {
    name: 'amounts',
    type: 'C2:C',
    help: {
      en: 'The amount of each order line; negative amounts are returns.',
      zh: '每条订单的金额，负数为退货。',
    },
  },
];

/**
 * Declares a custom function. The returned function checks the argument count, splits off a
 * trailing language argument, and turns bad input into an `Error` whose message names the
 * function, argument, row and value in the user's language.
 */
export function defineCustomFunction(
  spec: CustomFunctionSpec,
  implementation: (invocation: Invocation) => unknown[][],
): CustomFunction {
  const run = (...given: unknown[]): unknown[][] => {
    const sheet = activeSheetSettings();
    let language: Language | undefined;
    try {
      const { args, explicitLanguage } = splitArguments(spec, given);
      language = explicitLanguage;
      const chosen = language;
      return implementation({
        args,
        sheet,
        get language() {
          return chosen ?? sheet.language;
        },
      });
    } catch (error) {
      const shown = language ?? sheet.language;
      if (error instanceof InputError) {
        const cell = sheetCellOf(spec, error.place);
        throw new Error(inputErrorMessage(spec.name, error, shown, sheet, cell));
      }
      throw new Error(unexpectedErrorMessage(spec.name, error, shown));
    }
  };
  return Object.assign(run, { spec });
}

/**
 * The A1 name of the cell at fault, read from the calling formula where the argument is a plain
 * range; `undefined` where it is not, or the formula cannot be read. Only errors pay for this.
 */
function sheetCellOf(spec: CustomFunctionSpec, place: ProblemPlace): string | undefined {
  if (place.argument === undefined || place.row === undefined) return undefined;
  const index = spec.parameters.findIndex((parameter) => parameter.name === place.argument);
  try {
    const formula = SpreadsheetApp.getActiveRange()?.getFormula() ?? '';
    const start = argumentRangeStarts(formula, spec.name)?.[index];
    return start && cellName(start, place.row, place.column);
  } catch {
    return undefined; // no active range (a script calling the function): say the row instead
  }
}

function splitArguments(spec: CustomFunctionSpec, given: readonly unknown[]) {
  const { parameters } = spec;
  const last = parameters[parameters.length - 1];
  const takesLanguage = last?.name === LANGUAGE_PARAMETER.name;
  if (given.length > parameters.length) {
    throw new InputError({ kind: 'too-many-arguments', most: parameters.length }, {});
  }
  const required = parameters.filter((parameter) => !parameter.optional).length;
  if (given.length < required) {
    throw new InputError(
      { kind: 'missing-argument' },
      { argument: parameters[given.length]?.name },
    );
  }
  if (!takesLanguage) return { args: given, explicitLanguage: undefined };
  const trailing = given[given.length - 1];
  if (given.length === parameters.length) {
    return {
      args: given.slice(0, -1),
      explicitLanguage: isBlank(trailing) ? undefined : languageOption('language', trailing),
    };
  }
  if (given.length > required && looksLikeLanguage(trailing)) {
    return { args: given.slice(0, -1), explicitLanguage: languageOption('language', trailing) };
  }
  return { args: given, explicitLanguage: undefined };
}
