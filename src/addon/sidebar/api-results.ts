/**
 * This file defines, for the sidebar-server contract (api.ts), what the server answers an action
 * with: a run's legend, breakdowns and moves, a preview, what Build history recorded and Clear
 * removed, the segment shown or listed, and the automatic refresh's state.
 */
import type { MigrationSummary } from './api-migration';
import type { ModelId } from './api-settings';

/** One segment of the legend after a run. */
export interface LegendEntry {
  readonly id: string;
  readonly label: string;
  readonly background: string;
  readonly text: string;
  readonly customers: number;
  /** Share of all customers' money, 0..1 (0 when nobody spent anything). */
  readonly revenueShare: number;
}

/** One group-by column's split of the customers, cut to its largest groups for the sidebar. */
export interface BreakdownSplit {
  /** The group column's header. */
  readonly header: string;
  readonly segments: readonly string[];
  readonly groups: readonly string[];
  /** `customers[s][g]`: the customers of segment s in group g. */
  readonly customers: readonly (readonly number[])[];
}

export interface ClassifyResult {
  readonly model: ModelId;
  readonly customers: number;
  /** Data rows coloured. */
  readonly rows: number;
  readonly legend: readonly LegendEntry[];
  /** A note for the status line, e.g. rows skipped for having no customer. */
  readonly note: string | null;
  /** The split by each group-by column, when some are mapped. */
  readonly breakdowns?: readonly BreakdownSplit[];
  /** Who moved where since the previous run of the model; none on its first recorded run. */
  readonly migration?: MigrationSummary;
}

/** What Classify would give with the settings of a request, computed without writing anything. */
export interface PreviewResult {
  readonly customers: number;
  readonly legend: readonly LegendEntry[];
}

/** What "Build history" recorded. */
export interface BackfillResult {
  /** Runs recorded, one per past period's end. */
  readonly built: number;
  /** Periods the history already held for the model, left as they were. */
  readonly skipped: number;
  /** Periods that end before the log's first order: no customer to record yet. */
  readonly beforeFirstOrder: number;
  /** The as-of days of the oldest and newest runs built, `YYYY-MM-DD`; null when none. */
  readonly first: string | null;
  readonly last: string | null;
  /** Who moved where from the newest run built to the data now. */
  readonly migration?: MigrationSummary;
}

/**
 * An action's result with the sheet's layout after it: the sidebar names the sheet by it in its
 * next request (writing into a column of the user's, or removing one, changes the layout).
 */
export type AfterAction<Result> = Result & { readonly layout: string };

export interface ClearResult {
  /** Columns, sheets and rules removed. */
  readonly removedColumns: number;
  readonly removedSheets: number;
  readonly removedRules: number;
}

/** The segment now shown, and how many of the sheet's rows it has. */
export interface SegmentShown {
  readonly label: string;
  readonly rows: number;
}

/** One segment's customers, one line each in sheet order, to paste into a mail tool or a CRM. */
export interface SegmentList {
  /** The segment's label, as the legend and the sheet show it. */
  readonly label: string;
  /** The list's columns: the customer's, then the e-mail's and the name's when mapped (headers). */
  readonly columns: readonly string[];
  /** One row per customer, a cell per column. */
  readonly rows: readonly (readonly string[])[];
  /** The columns' header line and the rows, tab-separated, lines split by `\n`. */
  readonly text: string;
}

/** Whether this user's automatic refresh (re-segment when the spreadsheet opens) is on. */
export interface AutoRefreshState {
  readonly on: boolean;
}
