/**
 * This file defines what the automatic refresh does when the spreadsheet opens (the installable
 * on-open trigger of trigger.ts runs it, as the user who switched it on): under the document lock,
 * it re-segments every sheet whose saved run's input fingerprint no longer matches its data, by
 * the path the sidebar's Re-segment takes (the saved settings with their columns found again,
 * then Classify's plan-check-write), and records the outcome on each sheet's summary sheet.
 *
 * A failure leaves that sheet's results as they were: Re-segment checks everything it will need
 * (columns, protections, filters, property sizes) before it writes anything. A lock held by
 * another run skips the refresh, and says so; the next opening tries again.
 */
import type { Language } from '../../core/labels';
import { InputError } from '../input-error';
import { inputErrorMessage } from '../messages';
import { activeSheetSettings, type SheetSettings } from '../sheet-settings';
import { classifySheet } from '../sidebar/classify';
import { loadLastRun } from '../sidebar/last-run';
import { ownedColumns } from '../sidebar/owned';
import { savedSettingsNow } from '../sidebar/resegment';
import { loadSettings, type SavedSettings } from '../sidebar/saved-settings';
import { readSheetTable } from '../sidebar/sheet-table';
import { SidebarError, sidebarError } from '../sidebar/sidebar-messages';
import { sameInput } from './data-fingerprint';
import { recordRefresh } from './refresh-record';

/** How long the refresh waits for a run in progress (a user's Classify) before skipping. */
const LOCK_WAIT_MS = 10_000;
const TITLE = 'Customer Tiers';

/** What one refresh did, sheet by sheet (by name): for the tests and the execution log. */
export interface RefreshReport {
  readonly refreshed: readonly string[];
  readonly unchanged: readonly string[];
  readonly failed: readonly string[];
  /** The lock was busy: nothing was run. */
  readonly skipped: boolean;
}

/** The trigger's handler: `event.source` is the spreadsheet that was opened. */
export function autoRefreshOnOpen(event?: GoogleAppsScript.Events.SheetsOnOpen): RefreshReport {
  const spreadsheet = event?.source ?? SpreadsheetApp.getActiveSpreadsheet();
  const sheetSettings = activeSheetSettings();
  const report = { refreshed: [] as string[], unchanged: [] as string[], failed: [] as string[] };
  const done = (skipped: boolean): RefreshReport => ({ ...report, skipped });
  const runs = spreadsheet.getSheets().flatMap((sheet) => {
    const loaded = loadSettings(sheet.getSheetId());
    // Clear keeps the settings for the next Classify; a cleared sheet stays cleared
    if (loaded.kind === 'none' || !holdsResults(sheet)) return [];
    // settings edited beyond reading: the sheet fails, saying so, rather than going stale unseen
    const saved = loaded.kind === 'read' ? loaded.settings : null;
    return [{ sheet, saved, language: saved?.options.language ?? sheetSettings.language }];
  });
  if (runs.length === 0) return done(false);
  const at = new Date();
  const lock = LockService.getDocumentLock();
  if (!lock.tryLock(LOCK_WAIT_MS)) {
    for (const { sheet, language } of runs) recordRefresh(sheet, { kind: 'busy' }, language, at);
    return done(true);
  }
  try {
    for (const { sheet, saved, language } of runs) {
      const outcome = refreshSheet(sheet, saved, language, sheetSettings);
      report[outcome.kind].push(sheet.getName());
      if (outcome.kind === 'refreshed') recordRefresh(sheet, { kind: 'done' }, language, at);
      if (outcome.kind === 'failed')
        recordRefresh(sheet, { kind: 'failed', message: outcome.message }, language, at);
    }
  } finally {
    lock.releaseLock();
  }
  return done(false);
}

/** Whether a sheet shows results of the add-on: its columns, or a last run not cleared. */
function holdsResults(sheet: GoogleAppsScript.Spreadsheet.Sheet): boolean {
  return ownedColumns(sheet).length > 0 || loadLastRun(sheet.getSheetId()) !== null;
}

type SheetOutcome =
  | { readonly kind: 'refreshed' | 'unchanged' }
  | { readonly kind: 'failed'; readonly message: string };

/** Re-segments one sheet if its data changed, as the sidebar's Re-segment does. */
function refreshSheet(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  saved: SavedSettings | null,
  language: Language,
  sheetSettings: SheetSettings,
): SheetOutcome {
  try {
    if (saved === null) throw sidebarError({ kind: 'settings-unreadable' }, language);
    const table = readSheetTable(sheet);
    const settings = savedSettingsNow(table, language);
    // a run saved before fingerprints were kept is re-segmented once, which saves one
    if (saved.fingerprint !== undefined && sameInput(saved.fingerprint, table, settings))
      return { kind: 'unchanged' };
    classifySheet(settings, table);
    return { kind: 'refreshed' };
  } catch (error) {
    return { kind: 'failed', message: failureMessage(error, language, sheetSettings) };
  }
}

/** A failure as the sidebar would word it. */
function failureMessage(error: unknown, language: Language, sheetSettings: SheetSettings): string {
  if (error instanceof SidebarError) return error.message;
  if (error instanceof InputError) return inputErrorMessage(TITLE, error, language, sheetSettings);
  const detail = error instanceof Error ? error.message : String(error);
  return sidebarError({ kind: 'unexpected', detail }, language).message;
}
