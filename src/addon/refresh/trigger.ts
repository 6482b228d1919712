/**
 * This file defines the switch of the automatic refresh: the installable on-open trigger of this
 * spreadsheet that runs `autoRefreshOnOpen` (on-open-refresh.ts). An editor add-on may keep one
 * trigger of each type per user per document, and a user sees only the triggers they installed
 * (`ScriptApp.getUserTriggers`), so the switch is each user's own: on means "my trigger is
 * there". Installing needs the user's action (the sidebar's switch), never `onOpen`, which may
 * run in AuthMode.NONE, where ScriptApp cannot be used.
 */

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Trigger = GoogleAppsScript.Script.Trigger;

/** The top-level function the trigger runs: exported by src/addon/index.ts under this name. */
export const AUTO_REFRESH_HANDLER = 'autoRefreshOnOpen';

/** This user's on-open triggers of the refresh in the spreadsheet (more than one only by a race). */
export function autoRefreshTriggers(spreadsheet: Spreadsheet): Trigger[] {
  return ScriptApp.getUserTriggers(spreadsheet).filter(
    (trigger) =>
      trigger.getHandlerFunction() === AUTO_REFRESH_HANDLER &&
      trigger.getEventType() === ScriptApp.EventType.ON_OPEN,
  );
}

/** Whether this user's automatic refresh is on in the spreadsheet. */
export function autoRefreshOn(spreadsheet: Spreadsheet): boolean {
  return autoRefreshTriggers(spreadsheet).length > 0;
}

/** Turns the refresh on: installs the trigger unless this user has it already, and keeps one. */
export function installAutoRefresh(spreadsheet: Spreadsheet): void {
  const [kept, ...extra] = autoRefreshTriggers(spreadsheet);
  for (const trigger of extra) ScriptApp.deleteTrigger(trigger);
  if (kept) return;
  ScriptApp.newTrigger(AUTO_REFRESH_HANDLER).forSpreadsheet(spreadsheet).onOpen().create();
}

/** Turns the refresh off: removes this user's trigger, if any. */
export function removeAutoRefresh(spreadsheet: Spreadsheet): void {
  for (const trigger of autoRefreshTriggers(spreadsheet)) ScriptApp.deleteTrigger(trigger);
}
