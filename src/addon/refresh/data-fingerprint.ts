/**
 * This file defines the fingerprint of a classified sheet's input: a hash of every value of the
 * columns its settings map, as one read of the sheet hands them. A run saves it with its settings
 * (saved-settings.ts); when the sheet's values give another one now, the data changed since the
 * run — the sidebar says the results are stale, and the refresh on opening re-segments the sheet.
 * Only the mapped columns count, so typing a note in a column of no role changes nothing.
 */
import type { ZoneOffset } from '../../core/civil-day';
import type { Language } from '../../core/labels';
import { activeSheetSettings } from '../sheet-settings';
import type { ClassifySettings } from '../sidebar/api';
import { savedSettingsNow } from '../sidebar/resegment';
import type { SavedSettings } from '../sidebar/saved-settings';
import type { SheetTable } from '../sidebar/sheet-table';
import { SidebarError } from '../sidebar/sidebar-messages';

/**
 * This version's mark: its fingerprints hash a date as the sheet shows it (its wall clock in the
 * spreadsheet's zone), so a change of the spreadsheet's time zone, which keeps what every date
 * cell shows, changes nothing, and leave out the rows blank in every mapped column. A fingerprint
 * without it (16 hex digits) hashed the instants, and every row.
 */
const WALL_CLOCK = 'w';

/** How a version of the fingerprint reads the cells. */
interface Reading {
  /** A date's instant as hashed. */
  readonly dateTime: (epochMs: number) => number;
  readonly skipsBlankRows: boolean;
}

/** The release before this one's: instants, every row. */
const INSTANTS: Reading = { dateTime: (epochMs) => epochMs, skipsBlankRows: false };

/** The fingerprint of a run's input, as a run saves it now. */
export function inputFingerprint(
  table: SheetTable,
  settings: ClassifySettings,
  zoneOffset: ZoneOffset = activeSheetSettings().zoneOffset,
): string {
  const dateTime = (epochMs: number) => epochMs + zoneOffset(epochMs);
  return WALL_CLOCK + hashed(table, settings, { dateTime, skipsBlankRows: true });
}

/** Whether the sheet's input still gives the saved fingerprint, computed as it was saved. */
export function sameInput(saved: string, table: SheetTable, settings: ClassifySettings): boolean {
  const now = saved.startsWith(WALL_CLOCK)
    ? inputFingerprint(table, settings)
    : hashed(table, settings, INSTANTS);
  return now === saved;
}

/**
 * Two 32-bit FNV-1a hashes of different offsets, as 16 hex digits: one pass over the cells, no
 * text of the whole column held, and a chance of an edit going unnoticed of about 2^-64.
 */
function hashed(table: SheetTable, settings: ClassifySettings, version: Reading): string {
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
  const filled = (row: readonly unknown[]) =>
    !version.skipsBlankRows || columns.some((column) => !isBlankCell(row[column]));
  const { dateTime } = version;
  let rows = 0;
  for (const row of table.values) if (filled(row)) rows++;
  add(`${rows}|${columns.join(',')}`);
  for (const row of table.values) {
    if (!filled(row)) continue;
    for (const column of columns) add(`\u0001${cellText(row[column], dateTime)}`);
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
    return !sameInput(saved.fingerprint, table, savedSettingsNow(table, language));
  } catch (error) {
    if (error instanceof SidebarError) return true;
    throw error;
  }
}

function isBlankCell(value: unknown): boolean {
  return value === '' || value === null || value === undefined;
}

/** A cell as text that tells its kinds apart: the number 1, the text '1' and TRUE differ. */
function cellText(value: unknown, dateTime: (epochMs: number) => number): string {
  // a date of the bundle's realm or the host's alike: Sheets hands dates from its own scope
  if (typeof value === 'object' && value !== null && typeof (value as Date).getTime === 'function')
    return `d${dateTime((value as Date).getTime())}`;
  return `${typeof value}:${String(value ?? '')}`;
}

const hex = (value: number) => value.toString(16).padStart(8, '0');
