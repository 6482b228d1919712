/**
 * This file defines what the sidebar and the server say to each other through
 * `google.script.run`: plain JSON (no `Date`; dates as ISO `YYYY-MM-DD` text), typed once for
 * both sides — the settings (api-settings.ts), the survey of a sheet (api-survey.ts), the
 * requests (api-requests.ts), the results (api-results.ts, api-migration.ts) — and the outcome
 * every endpoint answers with. The browser code imports only types, and only from this file.
 */
import type { Confidence, RoleSource } from '../../core/column-detection';
import type { ColumnRole, Shape } from '../../core/column-roles';
import type { Label, Language } from '../../core/labels';

export type { ChurnAlertEntry, MigrationSummary } from './api-migration';
export type {
  BackfillRequest,
  ClassifyRequest,
  SegmentListRequest,
  SegmentRequest,
  SheetTarget,
} from './api-requests';
export type {
  AfterAction,
  AutoRefreshState,
  BackfillResult,
  BreakdownSplit,
  ClassifyResult,
  ClearResult,
  LegendEntry,
  PreviewResult,
  SegmentList,
  SegmentShown,
} from './api-results';
export type { ClassifyOptions, ClassifySettings, ModelId } from './api-settings';
export type { ModelChoice, SheetSurvey, SurveyColumn } from './api-survey';
export type { ColumnRole, Confidence, Label, Language, RoleSource, Shape };

/**
 * A failure the user can act on, in the sheet's language. `remap` asks the sidebar to reopen the
 * column mapping (a saved column is gone or renamed, the sheet's columns changed).
 */
export interface SidebarFailure {
  readonly message: string;
  readonly remap: boolean;
}

/**
 * What every endpoint returns: its value, or a failure as data. Apps Script hands a thrown
 * error to the client as text only, so failures never travel as exceptions.
 */
export type Outcome<T> =
  | { readonly ok: true; readonly value: T }
  | ({ readonly ok: false } & SidebarFailure);
