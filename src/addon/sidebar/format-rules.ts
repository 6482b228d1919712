/**
 * This file defines the conditional-format rules that colour classified rows: one rule per class,
 * over the data rows, with a custom formula that reads the row's label (`=$K2="Champions"`), so
 * colours follow sorting, filtering and edits, and colleagues without the add-on see them.
 * `setConditionalFormatRules` replaces a sheet's whole list, so the user's rules are read and
 * kept in their order, and only the add-on's are replaced: those it recorded when it wrote them
 * (rule-fingerprints.ts), never those that merely look like its own.
 */

import type { ClassScheme } from '../../core/class-scheme';
import type { Language } from '../../core/labels';
import { LANGUAGES } from '../../core/labels';
import { MODEL_IDS, MODELS } from '../../core/models';
import { columnLetters } from '../formula-cells';
import { ownedColumns } from './owned';
import {
  type LabelTest,
  labelTestOf,
  recordedRules,
  recordRules,
  sameFingerprint,
} from './rule-fingerprints';

/** Where the rules apply: the data rows, from the first column to the last. */
export interface RuleArea {
  readonly firstRow: number;
  readonly lastRow: number;
  readonly lastColumn: number;
  /** 1-based column of the labels. */
  readonly labelColumn: number;
}

/**
 * Every label of every model, and every colour of this release: used only to know rules written
 * by the release before fingerprints were recorded (see `legacyFlags`).
 */
const LEGACY_LABELS = new Set(
  MODEL_IDS.flatMap((id) => {
    const model = MODELS[id];
    return model.classes.flatMap((c) => LANGUAGES.map((language) => model.labels[c]?.[language]));
  }),
);
const LEGACY_BACKGROUNDS = new Set(
  MODEL_IDS.flatMap((id) => {
    const model = MODELS[id];
    return model.classes.map((c) => model.colours[c]?.background.toLowerCase());
  }),
);

/**
 * Which of a sheet's rules are the add-on's: those matching a recorded fingerprint on the label
 * column they test, each fingerprint taking one rule, from the end of the list (where the add-on
 * puts its rules), so that a user's copy of one of them stays.
 */
export function ourRuleFlags(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  rules: readonly GoogleAppsScript.Spreadsheet.ConditionalFormatRule[],
): boolean[] {
  const tests = rules.map(labelTestOf);
  const records = recordedRules(sheet);
  if (records.length === 0) return legacyFlags(sheet, tests);
  const flags = rules.map(() => false);
  for (const record of records) {
    const left = [...record.fingerprints];
    for (let i = tests.length - 1; i >= 0; i--) {
      const test = tests[i];
      if (flags[i] || !test || test.column !== record.labelColumn) continue;
      const at = left.findIndex((fingerprint) => sameFingerprint(fingerprint, test.fingerprint));
      if (at < 0) continue;
      flags[i] = true;
      left.splice(at, 1);
    }
  }
  return flags;
}

/**
 * Rules written by the release before this one, which recorded no fingerprints: known by their
 * exact shape only — the label formula on the add-on's own label column (its last marked column),
 * in the first row of a single range starting in column A, with one of that release's labels and
 * background colours — so that a user's rule of any other shape is never taken. Used only on a
 * sheet without records; the next Classify replaces them by recorded ones.
 */
function legacyFlags(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  tests: readonly (LabelTest | null)[],
): boolean[] {
  const owned = ownedColumns(sheet);
  const labelColumn = owned[owned.length - 1]?.column;
  return tests.map(
    (test) =>
      test !== null &&
      test.column === labelColumn &&
      test.range.getColumn() === 1 &&
      LEGACY_LABELS.has(test.fingerprint.label) &&
      LEGACY_BACKGROUNDS.has(test.fingerprint.background),
  );
}

/** The rules that colour each class of a model (segment or prediction) in the area. */
export function classRules(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  model: ClassScheme,
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

/**
 * Replaces the add-on's rules by new ones (none, to remove them), keeping every rule of the user
 * in its order, and records the new ones in place of the old records. Returns how many went.
 */
export function replaceOurRules(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  ours: readonly GoogleAppsScript.Spreadsheet.ConditionalFormatRule[],
): number {
  const removed = removeOurRules(sheet, ours);
  recordRules(sheet, ours);
  return removed;
}

/**
 * Takes the add-on's rules out of the sheet's list (putting `ours` after the user's), leaving
 * the records, so that a run stopped after this still knows its columns. The list is replaced
 * whole (`setConditionalFormatRules` has no other way), and only when something changes.
 */
export function removeOurRules(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  ours: readonly GoogleAppsScript.Spreadsheet.ConditionalFormatRule[] = [],
): number {
  const current = sheet.getConditionalFormatRules();
  const flags = ourRuleFlags(sheet, current);
  const users = current.filter((_, i) => !flags[i]);
  const removed = current.length - users.length;
  if (removed > 0 || ours.length > 0) sheet.setConditionalFormatRules([...users, ...ours]);
  return removed;
}
