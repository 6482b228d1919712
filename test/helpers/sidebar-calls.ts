/**
 * The sidebar's endpoints as the sidebar calls them, on the active sheet: each request names the
 * sheet and the layout its survey saw, and a failure comes back as data, which these helpers
 * throw as an Error whose message starts `[remap] ` when the sidebar would reopen its column
 * mapping — so a test reads the value, or the message the user would see.
 */
import type {
  AfterAction,
  ClassifyResult,
  ClassifySettings,
  ClearResult,
  Outcome,
  SheetSurvey,
  SheetTarget,
} from '../../src/addon/sidebar/api';
import * as endpoints from '../../src/addon/sidebar/endpoints';

/** The value of an outcome; its failure thrown as the sidebar would show it. */
export function unwrapped<T>(outcome: Outcome<T>): T {
  if (outcome.ok) return outcome.value;
  throw new Error(outcome.remap ? `[remap] ${outcome.message}` : outcome.message);
}

export const sidebarSurvey = (): SheetSurvey => unwrapped(endpoints.sidebarSurvey());

/** The active sheet as a fresh survey names it. */
export function activeTarget(): SheetTarget {
  const { sheetId, layout } = sidebarSurvey();
  return { sheetId, layout };
}

/** An action's result without the layout it reports for the sidebar's next request. */
function withoutLayout<Result>({ layout: _, ...result }: AfterAction<Result>): Result {
  return result as Result;
}

export const sidebarClassify = (settings: ClassifySettings): ClassifyResult =>
  withoutLayout(unwrapped(endpoints.sidebarClassify({ ...activeTarget(), settings })));

export const sidebarResegment = (): ClassifyResult =>
  withoutLayout(unwrapped(endpoints.sidebarResegment(activeTarget())));

export const sidebarClear = (): ClearResult =>
  withoutLayout(unwrapped(endpoints.sidebarClear(activeTarget())));
