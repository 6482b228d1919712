/**
 * This file defines a sheet's layout fingerprint: which of its columns are the user's and what
 * its top rows (down to the header row; the first row without one) hold in them. A survey hands
 * it to the sidebar and every request hands it back; a column inserted, deleted, moved or renamed
 * since changes it. It names how many rows it covers (`3:…`), so it is checked without knowing
 * the header row again.
 */
import { readSheetTable, type SheetTable } from './sheet-table';

/** The layout of a table already read, over its first `rows` rows. */
export function layoutOf(table: SheetTable, rows: number): string {
  const top = table.values
    .slice(0, rows)
    .map((row) => table.userColumns.map((index) => shown(row[index])));
  // the add-on's own columns are left out: a run that appends them changes nothing of the user's
  const text = JSON.stringify([table.userColumns, top]);
  return `${rows}:${hash(text)}`;
}

/** The sheet's layout now, over as many rows as `layout` covers. */
export function currentLayout(sheet: GoogleAppsScript.Spreadsheet.Sheet, layout: string): string {
  const rows = Math.max(1, Number.parseInt(layout, 10) || 1);
  return layoutOf(readSheetTable(sheet, rows), rows);
}

function shown(cell: unknown): string {
  return cell instanceof Date ? `@${cell.getTime()}` : String(cell ?? '');
}

/** FNV-1a, 32 bits, twice over (forwards and backwards): a fingerprint, not a secret. */
function hash(text: string): string {
  let forward = 0x811c9dc5;
  let backward = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    forward = Math.imul(forward ^ text.charCodeAt(i), 0x01000193);
    backward = Math.imul(backward ^ text.charCodeAt(text.length - 1 - i), 0x01000193);
  }
  return (
    (forward >>> 0).toString(16).padStart(8, '0') + (backward >>> 0).toString(16).padStart(8, '0')
  );
}
