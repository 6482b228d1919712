/**
 * This file defines how the sidebar reads a sheet: every value with one `getValues`, and which
 * columns are the user's (the add-on's own result columns are left out of detection and input).
 */
import { type OwnedColumn, ownedColumns } from './owned';

export interface SheetTable {
  readonly sheet: GoogleAppsScript.Spreadsheet.Sheet;
  /** Rows 1..lastRow (or the first `rowLimit`), columns 1..lastColumn, as Sheets hands them. */
  readonly values: unknown[][];
  /** The sheet's last row with content, read or not. */
  readonly lastRow: number;
  /** 0-based indexes of the user's columns, left to right. */
  readonly userColumns: number[];
  readonly owned: OwnedColumn[];
}

/** Reads a sheet in one call: all of it, or its first `rowLimit` rows. */
export function readSheetTable(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  rowLimit = Number.POSITIVE_INFINITY,
): SheetTable {
  const lastRow = sheet.getLastRow();
  const lastColumn = sheet.getLastColumn();
  const rows = Math.min(lastRow, rowLimit);
  const values =
    rows > 0 && lastColumn > 0 ? sheet.getRange(1, 1, rows, lastColumn).getValues() : [];
  const owned = ownedColumns(sheet);
  const ownedIndexes = new Set(owned.map(({ column }) => column - 1));
  const userColumns = Array.from({ length: lastColumn }, (_, index) => index).filter(
    (index) => !ownedIndexes.has(index),
  );
  return { sheet, values, lastRow, userColumns, owned };
}

/** The cells of one column from a 0-based row on, as a one-column range. */
export function columnRange(table: SheetTable, columnIndex: number, fromRow: number): unknown[][] {
  const cells: unknown[][] = [];
  for (let row = fromRow; row < table.values.length; row++) {
    cells.push([table.values[row]?.[columnIndex] ?? '']);
  }
  return cells;
}

/** The header text of a column, as plain text. */
export function headerText(
  table: SheetTable,
  headerRow: number | null,
  columnIndex: number,
): string {
  if (headerRow === null) return '';
  const cell = table.values[headerRow - 1]?.[columnIndex];
  return cell === undefined || cell === null ? '' : String(cell).trim();
}
