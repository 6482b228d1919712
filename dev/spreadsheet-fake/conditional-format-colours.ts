/**
 * This file defines `conditionalFormatColours`, a test helper (not an Apps Script API): the
 * background and font colour each cell shows once a sheet's conditional-format rules apply. As in
 * Sheets, rules are tried in order and the first whose range holds the cell and whose condition
 * is true sets the cell's format; a cell no rule matches shows its own colours. Conditions the
 * fake cannot evaluate match nothing and are listed in `unevaluated`, so that a test sees them.
 */
import type { CellValue } from './cell-input';
import type { RuleModel } from './conditional-format-rule';
import { type CompiledFormula, compileCustomFormula, type Position } from './custom-formula';
import type { CriteriaName } from './enums';
import { contains, type GridRange } from './grid-range';
import { rangeHandles } from './range';
import { sheetHandles } from './sheet';
import { contentExtent, type SheetModel } from './workbook-model';

export interface ConditionalFormatColours {
  /** Row by row over the range, as `Range.getBackgrounds()` would order them. */
  readonly backgrounds: string[][];
  readonly fontColors: string[][];
  /** Each condition no cell could be tested against: a formula or criteria with its values. */
  readonly unevaluated: string[];
}

type Condition = (cell: CellValue, at: Position) => boolean;

/** The colours of `range` (by default the sheet's data range) under the sheet's rules. */
export function conditionalFormatColours(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  range?: GoogleAppsScript.Spreadsheet.Range,
): ConditionalFormatColours {
  const model = sheetHandles.modelOf(sheet);
  const grid = range ? rangeHandles.modelOf(range).grid : dataGrid(model);
  const unevaluated = new Set<string>();
  const rules = model.rules.map((rule) => ({ rule, holds: condition(model, rule, unevaluated) }));
  const backgrounds = model.cells.background.read(grid, String);
  const fontColors = model.cells.fontColor.read(grid, String);
  for (let r = 0; r < grid.numRows; r++) {
    for (let c = 0; c < grid.numColumns; c++) {
      const at = { row: grid.row + r, column: grid.column + c };
      const cell = model.cells.value.get(at.row - 1, at.column - 1);
      const match = rules.find(({ rule, holds }) => covers(rule, at) && holds(cell, at));
      if (match === undefined) continue;
      const { background, fontColor } = match.rule.format;
      if (background !== null) (backgrounds[r] as string[])[c] = background;
      if (fontColor !== null) (fontColors[r] as string[])[c] = fontColor;
    }
  }
  return { backgrounds, fontColors, unevaluated: [...unevaluated] };
}

function dataGrid(sheet: SheetModel): GridRange {
  const { lastRow, lastColumn } = contentExtent(sheet);
  return { row: 1, column: 1, numRows: Math.max(1, lastRow), numColumns: Math.max(1, lastColumn) };
}

function covers(rule: RuleModel, at: Position): boolean {
  const cell = { ...at, numRows: 1, numColumns: 1 };
  return rule.ranges.some((range) => contains(range.grid, cell));
}

const NUMBER_TESTS: Partial<Record<CriteriaName, (x: number, a: number, b: number) => boolean>> = {
  NUMBER_GREATER_THAN: (x, a) => x > a,
  NUMBER_GREATER_THAN_OR_EQUAL_TO: (x, a) => x >= a,
  NUMBER_LESS_THAN: (x, a) => x < a,
  NUMBER_LESS_THAN_OR_EQUAL_TO: (x, a) => x <= a,
  NUMBER_EQUAL_TO: (x, a) => x === a,
  NUMBER_NOT_EQUAL_TO: (x, a) => x !== a,
  NUMBER_BETWEEN: (x, a, b) => x >= Math.min(a, b) && x <= Math.max(a, b),
  NUMBER_NOT_BETWEEN: (x, a, b) => x < Math.min(a, b) || x > Math.max(a, b),
};

/** A rule's condition as a test of one cell; conditions it cannot evaluate go in `unevaluated`. */
function condition(sheet: SheetModel, rule: RuleModel, unevaluated: Set<string>): Condition {
  const { criteria, values } = rule;
  if (criteria === 'CELL_EMPTY') return (cell) => cell === '';
  if (criteria === 'CELL_NOT_EMPTY') return (cell) => cell !== '';
  const numberTest = criteria && NUMBER_TESTS[criteria];
  const [a, b] = values.map(Number);
  if (numberTest)
    return (cell) => typeof cell === 'number' && numberTest(cell, a ?? Number.NaN, b ?? Number.NaN);
  const formula = criteria === 'CUSTOM_FORMULA' ? String(values[0]) : undefined;
  const compiled = formula === undefined ? undefined : compileCustomFormula(formula);
  if (compiled === undefined) {
    unevaluated.add(formula ?? `${criteria ?? 'no condition'}(${values.map(String).join(', ')})`);
    return () => false;
  }
  const anchor = rule.ranges[0]?.grid ?? { row: 1, column: 1 };
  return formulaCondition(sheet, compiled, anchor);
}

/** A custom formula's test; a formula that reads only absolute columns is worked out once a row. */
function formulaCondition(
  sheet: SheetModel,
  formula: CompiledFormula,
  anchor: Position,
): Condition {
  const read = (row: number, column: number) => sheet.cells.value.get(row - 1, column - 1);
  if (!formula.rowOnly) return (_, at) => formula.holds(read, anchor, at);
  const byRow = new Map<number, boolean>();
  return (_, at) => {
    let holds = byRow.get(at.row);
    if (holds === undefined) {
      holds = formula.holds(read, anchor, at);
      byRow.set(at.row, holds);
    }
    return holds;
  };
}
