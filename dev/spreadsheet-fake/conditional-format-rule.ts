/**
 * This file defines conditional-format rules as the Spreadsheet service builds and reads them:
 * `SpreadsheetApp.newConditionalFormatRule()` with its `when…` conditions and formats, the built
 * rule, and its `BooleanCondition`. A built rule is a value; a sheet holds copies of rules, whose
 * ranges and formula references move when rows or columns are inserted or deleted.
 */
import { BOOLEAN_CRITERIA, BooleanCriteria, type CriteriaName, member, memberName } from './enums';
import { fakeService } from './fake-service';
import { shiftFormulaReferences } from './formula-tokens';
import { type Shift, shiftGrid } from './grid-range';
import { Handles } from './handles';
import { fakeRange, type RangeModel, rangeHandles } from './range';
import type { SheetModel, WorkbookModel } from './workbook-model';

type Builder = GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder;
type Rule = GoogleAppsScript.Spreadsheet.ConditionalFormatRule;

export interface RuleFormat {
  readonly background: string | null;
  readonly fontColor: string | null;
  readonly bold: boolean | null;
  readonly italic: boolean | null;
  readonly strikethrough: boolean | null;
  readonly underline: boolean | null;
}

export interface RuleModel {
  /** null before a `when…` call: the fake models boolean conditions only, not gradients. */
  readonly criteria: CriteriaName | null;
  readonly values: readonly unknown[];
  readonly format: RuleFormat;
  readonly ranges: readonly RangeModel[];
}

export const ruleHandles = new Handles<RuleModel>('ConditionalFormatRule');

const NO_FORMAT: RuleFormat = {
  background: null,
  fontColor: null,
  bold: null,
  italic: null,
  strikethrough: null,
  underline: null,
};

/** Each builder condition and the criteria it sets; its arguments become the criteria values. */
const CONDITIONS = {
  whenCellEmpty: 'CELL_EMPTY',
  whenCellNotEmpty: 'CELL_NOT_EMPTY',
  whenFormulaSatisfied: 'CUSTOM_FORMULA',
  whenNumberBetween: 'NUMBER_BETWEEN',
  whenNumberEqualTo: 'NUMBER_EQUAL_TO',
  whenNumberGreaterThan: 'NUMBER_GREATER_THAN',
  whenNumberGreaterThanOrEqualTo: 'NUMBER_GREATER_THAN_OR_EQUAL_TO',
  whenNumberLessThan: 'NUMBER_LESS_THAN',
  whenNumberLessThanOrEqualTo: 'NUMBER_LESS_THAN_OR_EQUAL_TO',
  whenNumberNotBetween: 'NUMBER_NOT_BETWEEN',
  whenNumberNotEqualTo: 'NUMBER_NOT_EQUAL_TO',
  whenTextContains: 'TEXT_CONTAINS',
  whenTextDoesNotContain: 'TEXT_DOES_NOT_CONTAIN',
  whenTextEndsWith: 'TEXT_ENDS_WITH',
  whenTextEqualTo: 'TEXT_EQUAL_TO',
  whenTextStartsWith: 'TEXT_STARTS_WITH',
} as const satisfies Partial<Record<keyof Builder, CriteriaName>>;

/** Each builder format setter and the format field it sets. */
const FORMATS = {
  setBackground: 'background',
  setFontColor: 'fontColor',
  setBold: 'bold',
  setItalic: 'italic',
  setStrikethrough: 'strikethrough',
  setUnderline: 'underline',
} as const satisfies Partial<Record<keyof Builder, keyof RuleFormat>>;

/** A rule builder, empty or preset with a rule's settings (`rule.copy()`). */
export function fakeRuleBuilder(
  workbook: WorkbookModel,
  preset: RuleModel = { criteria: null, values: [], format: NO_FORMAT, ranges: [] },
): Builder {
  let state = preset;
  const implemented: Partial<Record<keyof Builder, unknown>> = {
    build: () => fakeRule(workbook, state),
    copy: () => fakeRuleBuilder(workbook, state),
    getRanges: () => state.ranges.map(fakeRange),
    getBooleanCondition: () => fakeBooleanCondition(workbook, state),
    getGradientCondition: () => null,
    setRanges: (ranges: unknown[]) =>
      chain({ ranges: ranges.map((range) => rangeHandles.modelOf(range)) }),
    withCriteria: (criteria: unknown, values: unknown[]) =>
      chain({ criteria: criteriaName(criteria), values: [...values] }),
  };
  for (const [method, criteria] of Object.entries(CONDITIONS)) {
    implemented[method as keyof Builder] = (...values: unknown[]) => chain({ criteria, values });
  }
  for (const [method, field] of Object.entries(FORMATS)) {
    implemented[method as keyof Builder] = (value: unknown) =>
      chain({ format: { ...state.format, [field]: value ?? null } });
  }
  const builder = fakeService<Builder>(
    'ConditionalFormatRuleBuilder',
    implemented as Partial<Builder>,
    workbook.calls,
  );
  function chain(change: Partial<RuleModel>): Builder {
    state = { ...state, ...change };
    return builder;
  }
  return builder;
}

function criteriaName(criteria: unknown): CriteriaName {
  const name = memberName(criteria);
  const known = BOOLEAN_CRITERIA.find((candidate) => candidate === name);
  if (known === undefined) throw new TypeError('fake: withCriteria needs a BooleanCriteria');
  return known;
}

export function fakeRule(workbook: WorkbookModel, model: RuleModel): Rule {
  const rule = fakeService<Rule>(
    'ConditionalFormatRule',
    {
      copy: () => fakeRuleBuilder(workbook, model),
      getRanges: () => model.ranges.map(fakeRange),
      getBooleanCondition: () => fakeBooleanCondition(workbook, model),
      getGradientCondition: () => null,
    },
    workbook.calls,
  );
  return ruleHandles.register(rule, model);
}

function fakeBooleanCondition(
  workbook: WorkbookModel,
  { criteria, values, format }: RuleModel,
): GoogleAppsScript.Spreadsheet.BooleanCondition | null {
  if (criteria === null) return null;
  return fakeService<GoogleAppsScript.Spreadsheet.BooleanCondition>(
    'BooleanCondition',
    {
      getCriteriaType: () => member(BooleanCriteria, criteria),
      getCriteriaValues: () => [...values],
      getBackground: () => format.background,
      getFontColor: () => format.fontColor,
      getBold: () => format.bold,
      getItalic: () => format.italic,
      getStrikethrough: () => format.strikethrough,
      getUnderline: () => format.underline,
    },
    workbook.calls,
  );
}

/** The sheet's rules after rows or columns were inserted or deleted; emptied rules go. */
export function shiftRules(sheet: SheetModel, shift: Shift): void {
  sheet.rules = sheet.rules.flatMap((rule) => {
    const ranges = rule.ranges.flatMap((range) => {
      const grid = shiftGrid(range.grid, shift);
      return grid ? [{ ...range, grid }] : [];
    });
    if (ranges.length === 0) return [];
    const [formula] = rule.values;
    const values =
      rule.criteria === 'CUSTOM_FORMULA' && typeof formula === 'string'
        ? [shiftFormulaReferences(formula, shift)]
        : rule.values;
    return [{ ...rule, ranges, values }];
  });
}
