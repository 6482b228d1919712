/**
 * This file defines how a CSV file becomes a new sheet of the fake spreadsheet, as File → Import
 * → Insert new sheet does in Sheets: date texts the sandbox reads (date-text.ts) become Date
 * cells; every other cell is written as typed text through `setValues`, which the fake parses as
 * Sheets parses what a user types: plain numbers, percentages and TRUE/FALSE become values, and
 * the rest, `¥1,200` and `$1,200` included, stays text (Sheets would read `$1,200` as a number in
 * `en_US`; the sandbox keeps to the simple subset). The new sheet comes last and is active.
 */

import { parseCsv } from '../../../dev/csv';
import { dateReadingOf, typedCell } from './typed-cell';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Sheets' longest sheet name. */
const MAX_NAME_LENGTH = 100;

export function addCsvSheet(
  spreadsheet: Spreadsheet,
  wantedName: string,
  csv: string,
): GoogleAppsScript.Spreadsheet.Sheet {
  const rows = parseCsv(csv.replace(/^\uFEFF/, ''));
  // a loop, not `Math.max(...rows)`: a spread of 150,000 rows overflows the call stack
  const width = rows.reduce((widest, row) => Math.max(widest, row.length), 0);
  if (width === 0) throw new Error('The file holds no cells.');
  const reading = dateReadingOf(spreadsheet);
  const values = rows.map((row) =>
    Array.from({ length: width }, (_, column) => typedCell(row[column] ?? '', reading)),
  );
  const sheet = spreadsheet.insertSheet(
    freeName(spreadsheet, wantedName),
    spreadsheet.getNumSheets(),
  );
  if (sheet.getMaxRows() < rows.length)
    sheet.insertRowsAfter(sheet.getMaxRows(), rows.length - sheet.getMaxRows());
  if (sheet.getMaxColumns() < width)
    sheet.insertColumnsAfter(sheet.getMaxColumns(), width - sheet.getMaxColumns());
  sheet.getRange(1, 1, rows.length, width).setValues(values);
  return sheet;
}

/** The file's name as a sheet name, numbered when a sheet has it already, as Sheets does. */
function freeName(spreadsheet: Spreadsheet, wanted: string): string {
  const base = wanted.trim().slice(0, MAX_NAME_LENGTH - 4) || 'Imported';
  const taken = new Set(spreadsheet.getSheets().map((sheet) => sheet.getName().toLowerCase()));
  let name = base;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base} (${n})`;
  return name;
}
