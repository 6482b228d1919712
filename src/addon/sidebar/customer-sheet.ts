/**
 * This file defines the sheet the add-on makes beside a transaction log: one row per customer,
 * the `RFM_TABLE` columns as values, named after its source in the spreadsheet's language
 * (`Orders · customer tiers`, `订单 · 客户分层`, numbered when taken). Text is written as plain
 * text, so that a customer id like `=IMPORTXML(…)`, `+86 138…` or `-12` can never become a
 * formula or a number.
 *
 * The note of `RFM_TABLE` (rows skipped) is not written under the last customer, where a sort
 * would take it for one, but in the header row, after one blank column: "Sort sheet" moves every
 * row under the frozen header — a blank row between would not keep the note out — and a note
 * above the header would move the header from row 1 between runs with and without a note. Beside
 * the header it stays in view (the header row is frozen), and the table A1:K stays one block for
 * sorting, filters and pivot tables.
 */

import { isDateObject } from '../../core/cell-value';
import type { Language } from '../../core/labels';
import { joinSentences } from '../../core/sentences';
import { activeSheetSettings } from '../sheet-settings';
import { insertSheetBehind } from './inserted-sheet';
import { markOwnedSheet, ownedSheet, upgradeOwnedSheetMarker } from './owned';
import { assertUnprotected } from './writable';

const NAME_SUFFIX: Readonly<Record<Language, string>> = {
  en: 'customer tiers',
  zh: '客户分层',
};
/** Sheets allows 100 characters in a sheet name; the source's part is cut well within it. */
const SOURCE_NAME_LIMIT = 60;
const PLAIN_TEXT = '@';
const AS_SHEETS_CHOOSES = 'General';
const DATE_FORMAT = 'yyyy-mm-dd';

/** Writes the customers of a log sheet into the add-on's sheet for it, made when missing. */
export function writeCustomerSheet(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  source: GoogleAppsScript.Spreadsheet.Sheet,
  rows: readonly unknown[][],
  language: Language = activeSheetSettings().language,
): void {
  const { table, note } = splitNoteRow(rows);
  const width = table[0]?.length ?? 0;
  if (width === 0) return;
  const owned = ownedSheet(spreadsheet, source.getSheetId());
  let sheet: GoogleAppsScript.Spreadsheet.Sheet;
  if (owned) {
    sheet = owned.sheet;
    upgradeOwnedSheetMarker(owned);
    sheet.getDataRange().clearContent().clearFormat();
  } else {
    const name = freeName(spreadsheet, customerSheetName(source.getName(), language));
    sheet = insertSheetBehind(spreadsheet, name);
    markOwnedSheet(sheet, source.getSheetId());
  }
  const noteColumn = width + 2;
  fitRows(sheet, table.length, note === null ? width : noteColumn);
  const range = sheet.getRange(1, 1, table.length, width);
  range.setNumberFormats(table.map((row) => row.map(formatOf)));
  range.setValues(table.map((row) => [...row]));
  sheet.getRange(1, 1, 1, width).setFontWeight('bold');
  if (note !== null) sheet.getRange(1, noteColumn).setNumberFormat(PLAIN_TEXT).setValue(note);
  sheet.setFrozenRows(1);
}

/** @throws {SidebarError} when the add-on's customer sheet of `source` is protected */
export function assertCustomerSheetWritable(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  source: GoogleAppsScript.Spreadsheet.Sheet,
  language: Language,
): void {
  const owned = ownedSheet(spreadsheet, source.getSheetId());
  if (owned) assertUnprotected(owned.sheet, language);
}

/**
 * The add-on's customer sheet of `source`, as the sidebar names it before a run: the sheet there
 * is (Clear deletes it), else the name Classify will give it.
 */
export function customerSheetOf(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  source: GoogleAppsScript.Spreadsheet.Sheet,
  language: Language,
): { readonly name: string; readonly exists: boolean } {
  const owned = ownedSheet(spreadsheet, source.getSheetId());
  if (owned) return { name: owned.sheet.getName(), exists: true };
  return {
    name: freeName(spreadsheet, customerSheetName(source.getName(), language)),
    exists: false,
  };
}

/** `Orders · customer tiers`, `订单 · 客户分层`. */
export function customerSheetName(sourceName: string, language: Language): string {
  return sheetNameAfter(sourceName, NAME_SUFFIX[language]);
}

/** A sheet's name after its source's: `Orders · suffix`, the source's part cut to fit. */
export function sheetNameAfter(sourceName: string, suffix: string): string {
  const characters = Array.from(sourceName); // never cut an emoji in two
  const shown =
    characters.length > SOURCE_NAME_LIMIT
      ? `${characters.slice(0, SOURCE_NAME_LIMIT - 1).join('')}…`
      : sourceName;
  return `${shown} · ${suffix}`;
}

/**
 * The customer rows and `RFM_TABLE`'s note rows, which it puts last: the only rows whose cells
 * after the first are all blank (a customer's row always has its orders and money).
 */
function splitNoteRow(rows: readonly unknown[][]): {
  table: readonly unknown[][];
  note: string | null;
} {
  // a table may end in several notes (rows skipped, lines after the as-of date): take them all
  let end = rows.length;
  while (end > 1 && isNoteRow(rows[end - 1] as readonly unknown[])) end--;
  if (end === rows.length) return { table: rows, note: null };
  const notes = rows.slice(end).map((row) => row[0] as string);
  return { table: rows.slice(0, end), note: joinSentences(notes) };
}

/** A row of RFM_TABLE's output that holds a note: text in its first cell, the rest blank. */
function isNoteRow(row: readonly unknown[]): boolean {
  return typeof row[0] === 'string' && row.slice(1).every((cell) => cell === '');
}

/** Grows a sheet to hold a block: a new sheet has only 1,000 rows and 26 columns. */
function fitRows(sheet: GoogleAppsScript.Spreadsheet.Sheet, rows: number, columns: number): void {
  const maxRows = sheet.getMaxRows();
  if (maxRows < rows) sheet.insertRowsAfter(maxRows, rows - maxRows);
  const maxColumns = sheet.getMaxColumns();
  if (maxColumns < columns) sheet.insertColumnsAfter(maxColumns, columns - maxColumns);
}

/** The name, numbered when a sheet already has it (Sheets compares names ignoring case). */
export function freeName(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  base: string,
): string {
  const taken = new Set(spreadsheet.getSheets().map((sheet) => sheet.getName().toLowerCase()));
  let name = base;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base} (${n})`;
  return name;
}

function formatOf(cell: unknown): string {
  if (typeof cell === 'string') return PLAIN_TEXT;
  if (isDateObject(cell)) return DATE_FORMAT;
  return AS_SHEETS_CHOOSES;
}
