/**
 * This file defines the fingerprint of a classified sheet's input: a hash of every value of the
 * columns its settings map, as one read of the sheet hands them. A run saves it with its settings
 * (saved-settings.ts); when the sheet's values give another one now, the data changed since the
 * run — the sidebar says the results are stale, and the refresh on opening re-segments the sheet.
 * Only the mapped columns count, so typing a note in a column of no role changes nothing.
 */
import type { Language } from '../../core/labels';
import type { ClassifySettings } from '../sidebar/api';
import { savedSettingsNow } from '../sidebar/resegment';
import type { SavedSettings } from '../sidebar/saved-settings';
import type { SheetTable } from '../sidebar/sheet-table';
import { SidebarError } from '../sidebar/sidebar-messages';

/**
 * Two 32-bit FNV-1a hashes of different offsets, as 16 hex digits: one pass over the cells, no
 * text of the whole column held, and a chance of an edit going unnoticed of about 2^-64.
 */
export function inputFingerprint(table: SheetTable, settings: ClassifySettings): string {
  let low = 0x811c9dc5;
  let high = 0x01000193 ^ 0x5bd1e995;
  const add = (text: string) => {
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      low = Math.imul(low ^ code, 0x01000193) >>> 0;
      high = Math.imul(high ^ code, 0x01000193) >>> 0;
    }
  };
  const columns = settings.roles.map(({ index }) => index);
  // a row blank in every mapped column changes no result: a note typed below the data, in a
  // column of no role, lengthens the sheet but leaves the data as it was
  const filled = (row: readonly unknown[]) => columns.some((column) => !isBlankCell(row[column]));
  let rows = 0;
  for (const row of table.values) if (filled(row)) rows++;
  add(`${rows}|${columns.join(',')}`);
  for (const row of table.values) {
    if (!filled(row)) continue;
    for (const column of columns) add(`\u0001${cellText(row[column])}`);
  }
  return hex(high) + hex(low);
}

/**
 * Whether a classified sheet's data changed since its last run: its fingerprint now differs from
 * the saved one, or a mapped column is gone or renamed (Re-segment would say so). A run saved
 * before fingerprints were kept is not called stale: nothing says it is.
 *
 * @param table the whole sheet, as one read hands it
 */
export function dataChanged(table: SheetTable, saved: SavedSettings, language: Language): boolean {
  if (saved.fingerprint === undefined) return false;
  try {
    return inputFingerprint(table, savedSettingsNow(table, language)) !== saved.fingerprint;
  } catch (error) {
    if (error instanceof SidebarError) return true;
    throw error;
  }
}

function isBlankCell(value: unknown): boolean {
  return value === '' || value === null || value === undefined;
}

/** A cell as text that tells its kinds apart: the number 1, the text '1' and TRUE differ. */
function cellText(value: unknown): string {
  // a date of the bundle's realm or the host's alike: Sheets hands dates from its own scope
  if (typeof value === 'object' && value !== null && typeof (value as Date).getTime === 'function')
    return `d${(value as Date).getTime()}`;
  return `${typeof value}:${String(value ?? '')}`;
}

const hex = (value: number) => value.toString(16).padStart(8, '0');
