/**
 * This file defines the conditional-format rules that colour classified rows: one rule per class,
 * over the data rows, with a custom formula that reads the row's label (`=$K2="Champions"`), so
 * colours follow sorting, filtering and edits, and colleagues without the add-on see them.
 * `setConditionalFormatRules` replaces a sheet's whole list, so the user's rules are read and
 * kept, and only the add-on's are replaced.
 */

import type { Language } from '../../core/labels';
import { LANGUAGES } from '../../core/labels';
import { MODEL_IDS, MODELS, type SegmentModel } from '../../core/models';
import { columnLetters } from '../formula-cells';

/** Where the rules apply: the data rows, from the first column to the last. */
export interface RuleArea {
  readonly firstRow: number;
  readonly lastRow: number;
  readonly lastColumn: number;
  /** 1-based column of the labels. */
  readonly labelColumn: number;
}

const OUR_FORMULA = /^=\$[A-Z]+\d+="((?:[^"]|"")*)"$/;

/** Every label of every model, and every colour: what makes a rule recognisably the add-on's. */
const OUR_LABELS = new Set(
  MODEL_IDS.flatMap((id) => {
    const model = MODELS[id];
    return model.classes.flatMap((c) => LANGUAGES.map((language) => model.labels[c]?.[language]));
  }),
);
const OUR_BACKGROUNDS = new Set(
  MODEL_IDS.flatMap((id) => {
    const model = MODELS[id];
    return model.classes.map((c) => model.colours[c]?.background.toUpperCase());
  }),
);

/** Whether a rule is one the add-on wrote: our formula shape, one of our labels, our colour. */
export function isOurRule(rule: GoogleAppsScript.Spreadsheet.ConditionalFormatRule): boolean {
  const condition = rule.getBooleanCondition();
  if (!condition) return false;
  const [formula] = condition.getCriteriaValues();
  const label = typeof formula === 'string' ? OUR_FORMULA.exec(formula)?.[1] : undefined;
  return (
    label !== undefined &&
    OUR_LABELS.has(label.replaceAll('""', '"')) &&
    OUR_BACKGROUNDS.has(condition.getBackground()?.toUpperCase())
  );
}

/** The rules that colour each class of a model in the area. */
export function classRules(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  model: SegmentModel,
  language: Language,
  area: RuleArea,
): GoogleAppsScript.Spreadsheet.ConditionalFormatRule[] {
  const range = sheet.getRange(area.firstRow, 1, area.lastRow - area.firstRow + 1, area.lastColumn);
  const cell = `$${columnLetters(area.labelColumn - 1)}${area.firstRow}`;
  return model.classes.map((id) => {
    const label = (model.labels[id]?.[language] ?? '').replaceAll('"', '""');
    const colours = model.colours[id];
    return SpreadsheetApp.newConditionalFormatRule()
      .whenFormulaSatisfied(`=${cell}="${label}"`)
      .setBackground(colours?.background ?? null)
      .setFontColor(colours?.text ?? null)
      .setRanges([range])
      .build();
  });
}

/** The sheet's rules with the add-on's replaced by new ones (none, to remove them). */
export function replaceOurRules(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  ours: readonly GoogleAppsScript.Spreadsheet.ConditionalFormatRule[],
): number {
  const current = sheet.getConditionalFormatRules();
  const users = current.filter((rule) => !isOurRule(rule));
  sheet.setConditionalFormatRules([...users, ...ours]);
  return current.length - users.length;
}
