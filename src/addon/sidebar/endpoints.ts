/**
 * This file defines the server functions the sidebar calls through `google.script.run`, and the
 * menu item that opens it. Each is a thin adapter: it validates the payload with zod, runs under
 * the document lock when it writes, and turns every failure into one message in the user's
 * language (a failure that needs the column mapping again is marked, see SidebarFailure).
 */
import * as z from 'zod/mini';
import { unexpectedErrorMessage } from '../messages';
import { activeSheetSettings } from '../sheet-settings';
import type { ClassifyResult, ClearResult, SheetSurvey } from './api';
import { classifySheet } from './classify';
import { clearActiveSheet } from './clear';
import { savedSettingsNow } from './resegment';
import { classifySettingsSchema } from './saved-settings';
import { readSheetTable } from './sheet-table';
import { type SidebarAction, SidebarError, sidebarError } from './sidebar-messages';
import { surveyActiveSheet } from './survey';

const TITLE = 'Customer Tiers';
/** How long a second run waits for a running one before saying so. */
const LOCK_WAIT_MS = 2_000;
/** Starts the message of a failure that asks the sidebar to reopen the column mapping. */
export const REMAP_MARKER = '[remap] ';

/** Opens the sidebar beside the sheet. */
export function showSidebar(): void {
  const output = HtmlService.createHtmlOutputFromFile('Sidebar').setTitle(TITLE);
  SpreadsheetApp.getUi().showSidebar(output);
}

export function sidebarSurvey(): SheetSurvey {
  return reported('survey', surveyActiveSheet);
}

export function sidebarActiveSheetId(): number {
  return SpreadsheetApp.getActiveSheet().getSheetId();
}

export function sidebarClassify(settings: unknown): ClassifyResult {
  return reported('classify', () => {
    const parsed = z.safeParse(classifySettingsSchema, settings);
    if (!parsed.success) throw new Error(`invalid settings: ${parsed.error.message}`);
    return underLock('classify', () => classifySheet(parsed.data));
  });
}

export function sidebarResegment(): ClassifyResult {
  return reported('resegment', () =>
    underLock('resegment', () => {
      const table = readSheetTable(SpreadsheetApp.getActiveSheet());
      return classifySheet(savedSettingsNow(table, activeSheetSettings().language), table);
    }),
  );
}

export function sidebarClear(): ClearResult {
  return reported('clear', () => underLock('clear', () => clearActiveSheet()));
}

function underLock<T>(action: SidebarAction, run: () => T): T {
  const lock = LockService.getDocumentLock();
  if (!lock.tryLock(LOCK_WAIT_MS))
    throw sidebarError({ kind: 'busy', action }, activeSheetSettings().language);
  try {
    return run();
  } finally {
    lock.releaseLock();
  }
}

function reported<T>(action: string, run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (error instanceof SidebarError)
      throw new Error(`${error.remap ? REMAP_MARKER : ''}${error.message}`);
    const language = activeSheetSettings().language;
    throw new Error(unexpectedErrorMessage(`${TITLE} (${action})`, error, language));
  }
}
