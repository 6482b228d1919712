/**
 * This file defines how a message names a place in another sheet, as Sheets writes it in a
 * formula: `Orders!A1`, `订单!A1`, but `'My sheet'!A1`, `'2024'!A1` and `'Bob''s'!A1` — a sheet
 * name is quoted (its quotes doubled) unless it is a plain word that can't be read as a cell.
 */

/** Letters (any script), digits and `_`, not starting with a digit. */
const PLAIN_NAME = /^[\p{L}_][\p{L}\p{N}_]*$/u;
/** Names Sheets would read as a cell (`A1`, `XFD9`) or an R1C1 place (`R1C1`, `R2`, `C3`). */
const CELL_LIKE = /^(?:[A-Za-z]{1,3}\d+|[Rr]\d*[Cc]\d*|[Rr]\d+|[Cc]\d+)$/;

/** A sheet's name as it stands before `!` in a reference. */
export function quotedSheetName(name: string): string {
  if (PLAIN_NAME.test(name) && !CELL_LIKE.test(name)) return name;
  return `'${name.replaceAll("'", "''")}'`;
}

/** `'My sheet'!E:E`: a place in a sheet, or the sheet alone when `a1` is empty. */
export function sheetReference(sheetName: string, a1 = ''): string {
  return a1 === '' ? quotedSheetName(sheetName) : `${quotedSheetName(sheetName)}!${a1}`;
}
