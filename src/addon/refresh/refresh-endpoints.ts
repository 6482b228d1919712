/**
 * This file defines the sidebar's two calls for the automatic refresh: whether it is on for this
 * user in this spreadsheet, and the switch. Both use ScriptApp, which needs the
 * `script.scriptapp` scope, and run only from the sidebar, by the user's action.
 */
import * as z from 'zod/mini';
import { activeSheetSettings } from '../sheet-settings';
import type { AutoRefreshState, Outcome } from '../sidebar/api';
import { sidebarError } from '../sidebar/sidebar-messages';
import { autoRefreshOn, installAutoRefresh, removeAutoRefresh } from './trigger';

/** Whether this user's automatic refresh is on in the active spreadsheet. */
export function sidebarAutoRefresh(): Outcome<AutoRefreshState> {
  return outcome(() => ({ on: autoRefreshOn(SpreadsheetApp.getActiveSpreadsheet()) }));
}

/** Turns this user's automatic refresh on or off; its state after. */
export function sidebarSetAutoRefresh(on: boolean): Outcome<AutoRefreshState> {
  return outcome(() => {
    // checked at the edge: anything but a boolean is the sidebar's fault, and changes nothing
    if (!z.safeParse(z.boolean(), on).success) throw new Error('invalid request: on/off expected');
    const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
    if (on) installAutoRefresh(spreadsheet);
    else removeAutoRefresh(spreadsheet);
    return { on: autoRefreshOn(spreadsheet) };
  });
}

/** ScriptApp's failures (authorization withdrawn, too many triggers) come back as data. */
function outcome(run: () => AutoRefreshState): Outcome<AutoRefreshState> {
  try {
    return { ok: true, value: run() };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    const { language } = activeSheetSettings();
    return {
      ok: false,
      message: sidebarError({ kind: 'unexpected', detail }, language).message,
      remap: false,
    };
  }
}
