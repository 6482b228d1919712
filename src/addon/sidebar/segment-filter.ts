/**
 * This file defines "one segment at a time": the classified sheet's rows of one segment shown,
 * the others hidden by the sheet's basic filter on the add-on's label column, and all shown again.
 *
 * A sheet has one basic filter, and filter views would need the full `spreadsheets` scope, so the
 * add-on shares the basic filter with the user and never destroys theirs:
 * - no filter: it makes one over the data (header row to last row, every column) and records that
 *   it made it, so Show all removes it;
 * - the user's filter: it sets criteria on the label column only, and Show all removes exactly
 *   those. A user's filter that does not reach the label column, or already has criteria of the
 *   user's on it, is refused, saying so: changing its range or criteria would lose the user's.
 * What it did is recorded in the sheet's developer metadata with the sheet's id (a user's copy of
 * the sheet carries the record, and is not the add-on's).
 */
import type { Language } from '../../core/labels';
import { columnLetters } from '../formula-cells';
import type { SegmentShown } from './api';
import { ownedColumns } from './owned';
import { loadSettings } from './saved-settings';
import { sidebarError } from './sidebar-messages';

const RECORD_KEY = 'customer-tiers.segment-filter';

interface FilterRecord {
  /** The sheet the record was put on: a copy of the sheet has another id. */
  readonly sheetId: number;
  /** Whether the add-on made the filter (Show all removes it) or set criteria on the user's. */
  readonly made: boolean;
  /** The label shown. */
  readonly label: string;
}

/** Shows only the rows of the segment labelled `label`; the others are hidden by the filter. */
export function showSegment(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  label: string,
  language: Language,
): SegmentShown {
  const labelColumn = ownedColumns(sheet).at(-1)?.column;
  const saved = loadSettings(sheet.getSheetId());
  if (labelColumn === undefined || saved.kind !== 'read')
    throw sidebarError({ kind: 'not-classified' }, language);
  const { headerRow } = saved.settings;
  if (headerRow === null) throw sidebarError({ kind: 'filter-needs-header-row' }, language);
  const lastRow = sheet.getLastRow();
  const shown = lastRow > headerRow ? labelsBelow(sheet, headerRow, lastRow, labelColumn) : [];
  const rows = shown.filter((text) => text === label).length;
  if (rows === 0) throw sidebarError({ kind: 'segment-not-in-sheet', label }, language);
  const hidden = [...new Set(shown)].filter((text) => text !== label);
  const criteria = SpreadsheetApp.newFilterCriteria().setHiddenValues(hidden).build();

  const record = recordOf(sheet);
  let filter = sheet.getFilter();
  // the add-on's own filter is made again over the data as it is now (rows may have been added)
  if (filter && record?.made) {
    filter.remove();
    filter = null;
  }
  // a user's filter: checked before any change, so a refusal leaves it as it was
  if (filter) assertUsable(filter, labelColumn, record === null, language);
  const made = filter === null;
  const target =
    filter ??
    sheet.getRange(headerRow, 1, lastRow - headerRow + 1, sheet.getLastColumn()).createFilter();
  target.setColumnFilterCriteria(labelColumn, criteria);
  writeRecord(sheet, { sheetId: sheet.getSheetId(), made, label });
  return { label, rows };
}

/** Shows every row again: removes the add-on's filter, or its criteria from the user's. */
export function showAllSegments(sheet: GoogleAppsScript.Spreadsheet.Sheet): void {
  const record = recordOf(sheet);
  if (!record) return;
  const filter = sheet.getFilter();
  if (filter && record.made) filter.remove();
  else if (filter) {
    const labelColumn = ownedColumns(sheet).at(-1)?.column;
    const range = filter.getRange();
    const first = range.getColumn();
    if (
      labelColumn !== undefined &&
      labelColumn >= first &&
      labelColumn < first + range.getNumColumns()
    )
      filter.removeColumnFilterCriteria(labelColumn);
  }
  forgetRecord(sheet);
}

/** The segment shown now, or null when every row shows. */
export function shownSegment(sheet: GoogleAppsScript.Spreadsheet.Sheet): string | null {
  const record = recordOf(sheet);
  return record && sheet.getFilter() ? record.label : null;
}

/** Whether the sheet's filter is the add-on's own: Classify and Clear may remove it. */
export function isOwnSegmentFilter(sheet: GoogleAppsScript.Spreadsheet.Sheet): boolean {
  return recordOf(sheet)?.made === true;
}

/**
 * @throws {SidebarError} when the user's filter can't take the label column's criteria: it does
 * not reach the column, or (`firstTime`) it filters the column already, by the user's criteria
 */
function assertUsable(
  filter: GoogleAppsScript.Spreadsheet.Filter,
  labelColumn: number,
  firstTime: boolean,
  language: Language,
): void {
  const range = filter.getRange();
  const first = range.getColumn();
  if (labelColumn < first || labelColumn >= first + range.getNumColumns())
    throw sidebarError(
      {
        kind: 'filter-misses-labels',
        range: range.getA1Notation(),
        column: columnLetters(labelColumn - 1),
      },
      language,
    );
  if (firstTime && filter.getColumnFilterCriteria(labelColumn) !== null)
    throw sidebarError(
      { kind: 'filter-has-label-criteria', column: columnLetters(labelColumn - 1) },
      language,
    );
}

/** The label column's texts from the row below the header to the last row, as the sheet shows them. */
function labelsBelow(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  headerRow: number,
  lastRow: number,
  labelColumn: number,
): string[] {
  return sheet
    .getRange(headerRow + 1, labelColumn, lastRow - headerRow, 1)
    .getDisplayValues()
    .map(([text]) => text ?? '');
}

function recordMetadata(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
): GoogleAppsScript.Spreadsheet.DeveloperMetadata[] {
  return sheet
    .createDeveloperMetadataFinder()
    .withKey(RECORD_KEY)
    .withLocationType(SpreadsheetApp.DeveloperMetadataLocationType.SHEET)
    .find();
}

function recordOf(sheet: GoogleAppsScript.Spreadsheet.Sheet): FilterRecord | null {
  for (const metadata of recordMetadata(sheet)) {
    const record = parsedRecord(metadata.getValue());
    if (record && record.sheetId === sheet.getSheetId()) return record;
  }
  return null;
}

function parsedRecord(value: string | null): FilterRecord | null {
  try {
    const parsed: unknown = JSON.parse(value ?? '');
    if (typeof parsed !== 'object' || parsed === null) return null;
    const { sheetId, made, label } = parsed as Record<string, unknown>;
    if (typeof sheetId !== 'number' || typeof made !== 'boolean' || typeof label !== 'string')
      return null;
    return { sheetId, made, label };
  } catch {
    return null;
  }
}

function writeRecord(sheet: GoogleAppsScript.Spreadsheet.Sheet, record: FilterRecord): void {
  forgetRecord(sheet);
  sheet.addDeveloperMetadata(
    RECORD_KEY,
    JSON.stringify(record),
    SpreadsheetApp.DeveloperMetadataVisibility.PROJECT,
  );
}

function forgetRecord(sheet: GoogleAppsScript.Spreadsheet.Sheet): void {
  for (const metadata of recordMetadata(sheet)) metadata.remove();
}
