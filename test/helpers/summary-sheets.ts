/**
 * This file defines how the summary sheet's tests find what Classify wrote: the add-on's summary
 * sheet of a classified sheet (by its marker, never its name) and its segment table's rows.
 */
import { ownedSheet } from '../../src/addon/sidebar/owned';
import type { Language } from '../../src/core/labels';
import { SUMMARY_LABELS } from '../../src/core/summary-labels';
import { activeSpreadsheet } from './spreadsheet';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** The add-on's summary sheet of the active sheet. */
export function summaryOf(source: Sheet = SpreadsheetApp.getActiveSheet()): Sheet {
  const owned = ownedSheet(activeSpreadsheet(), source.getSheetId(), 'summary');
  if (!owned) throw new Error(`no summary sheet of ${source.getName()}`);
  return owned.sheet;
}

/** The summary's segment table: its heading row (1-based) and rows. */
export function summaryTable(language: Language, source?: Sheet) {
  const values = summaryOf(source).getDataRange().getValues();
  const heading = values.findIndex((row) => row[0] === SUMMARY_LABELS.segment[language]);
  // the table ends at the first blank row; breakdowns by group may follow
  const end = values.findIndex((row, i) => i > heading && row[0] === '');
  const rows = values.slice(heading + 1, end < 0 ? undefined : end);
  return { headingRow: heading + 1, rows: rows.map((row) => row.slice(0, 9)) };
}
