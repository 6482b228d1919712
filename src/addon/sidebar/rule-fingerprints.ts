/**
 * This file defines what the add-on records of the conditional-format rules it writes, so that it
 * knows them again by that record and never by today's labels or colours: for each rule, the
 * label its formula tests and the colours it sets (its fingerprint), kept as developer metadata
 * on the label column. Metadata on a column moves with the column exactly as Sheets moves the
 * rules' ranges and formula references when rows or columns are inserted, deleted or sorted, so
 * a rule's place is checked against where that column is now: its formula must test the label
 * column's cell in the rule's own first row (`=$K2="Champions"` on a range from row 2 that spans
 * column K).
 */

const RULES_KEY = 'customer-tiers.rules';

/** What is recorded of one rule. */
export interface RuleFingerprint {
  readonly label: string;
  readonly background: string;
  readonly fontColor: string;
}

/** The fingerprints recorded with one label column, where that column is now. */
export interface RecordedRules {
  /** 1-based. */
  readonly labelColumn: number;
  readonly fingerprints: readonly RuleFingerprint[];
  readonly metadata: GoogleAppsScript.Spreadsheet.DeveloperMetadata;
}

/** A rule of the shape the add-on writes: the column and row its formula tests, and its label. */
export interface LabelTest {
  /** 1-based. */
  readonly column: number;
  readonly row: number;
  readonly fingerprint: RuleFingerprint;
  /** The rule's one range. */
  readonly range: GoogleAppsScript.Spreadsheet.Range;
}

const LABEL_FORMULA = /^=\$([A-Z]{1,3})(\d+)="((?:[^"]|"")*)"$/;

/**
 * The label test of a rule written as the add-on writes them — a custom formula `=$K2="…"` on one
 * range whose first row is the formula's row and which spans the tested column — or null.
 */
export function labelTestOf(
  rule: GoogleAppsScript.Spreadsheet.ConditionalFormatRule,
): LabelTest | null {
  const condition = rule.getBooleanCondition();
  if (!condition) return null;
  const [formula] = condition.getCriteriaValues();
  const match = typeof formula === 'string' ? LABEL_FORMULA.exec(formula) : null;
  const ranges = rule.getRanges();
  const [range] = ranges;
  if (!match || ranges.length !== 1 || !range) return null;
  const [, letters = '', row = '', label = ''] = match;
  const column = columnNumber(letters);
  const spans = range.getColumn() <= column && column <= range.getLastColumn();
  if (Number(row) !== range.getRow() || !spans) return null;
  return {
    column,
    row: Number(row),
    range,
    fingerprint: {
      label: label.replaceAll('""', '"'),
      background: colour(condition.getBackground()),
      fontColor: colour(condition.getFontColor()),
    },
  };
}

/** Whether two fingerprints are the same. */
export function sameFingerprint(a: RuleFingerprint, b: RuleFingerprint): boolean {
  return a.label === b.label && a.background === b.background && a.fontColor === b.fontColor;
}

/** Every record of rules on the sheet. */
export function recordedRules(sheet: GoogleAppsScript.Spreadsheet.Sheet): RecordedRules[] {
  return sheet
    .createDeveloperMetadataFinder()
    .withKey(RULES_KEY)
    .withLocationType(SpreadsheetApp.DeveloperMetadataLocationType.COLUMN)
    .find()
    .flatMap((metadata) => {
      const column = metadata.getLocation().getColumn();
      const fingerprints = parseFingerprints(metadata.getValue() ?? '');
      return column && fingerprints
        ? [{ labelColumn: column.getColumn(), fingerprints, metadata }]
        : [];
    });
}

/**
 * Records the add-on's new rules on their label column, in place of every earlier record (kept
 * as the same metadata when it was on that column, so a re-run changes nothing); rules of
 * another shape are not its. No rules: every record goes.
 */
export function recordRules(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  rules: readonly GoogleAppsScript.Spreadsheet.ConditionalFormatRule[],
): void {
  const tests = rules.flatMap((rule) => labelTestOf(rule) ?? []);
  const column = tests[0]?.column;
  const value = JSON.stringify(tests.map((test) => test.fingerprint));
  const records = recordedRules(sheet);
  const kept = records.find((record) => record.labelColumn === column);
  for (const record of records) if (record !== kept) record.metadata.remove();
  if (column === undefined) return;
  if (kept) {
    if (kept.metadata.getValue() !== value) kept.metadata.setValue(value);
    return;
  }
  sheet
    .getRange(1, column, sheet.getMaxRows(), 1)
    .addDeveloperMetadata(RULES_KEY, value, SpreadsheetApp.DeveloperMetadataVisibility.PROJECT);
}

/** Removes every record of rules from the sheet. */
export function forgetRules(sheet: GoogleAppsScript.Spreadsheet.Sheet): void {
  for (const { metadata } of recordedRules(sheet)) metadata.remove();
}

/** Colours compared as `#rrggbb` in lower case, however Sheets hands them back. */
function colour(value: string | null): string {
  const text = (value ?? '').toLowerCase();
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/.exec(text);
  return short ? `#${short[1]}${short[1]}${short[2]}${short[2]}${short[3]}${short[3]}` : text;
}

function columnNumber(letters: string): number {
  let column = 0;
  for (const letter of letters) column = column * 26 + letter.charCodeAt(0) - 64;
  return column;
}

function parseFingerprints(value: string): RuleFingerprint[] | null {
  try {
    const parsed: unknown = JSON.parse(value);
    if (!Array.isArray(parsed)) return null;
    const valid = parsed.every(
      (entry) =>
        typeof entry?.label === 'string' &&
        typeof entry?.background === 'string' &&
        typeof entry?.fontColor === 'string',
    );
    return valid ? (parsed as RuleFingerprint[]) : null;
  } catch {
    return null;
  }
}
