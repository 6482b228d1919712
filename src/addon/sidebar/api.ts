/**
 * This file defines what the sidebar and the server say to each other through
 * `google.script.run`: plain JSON (no `Date`; dates as ISO `YYYY-MM-DD` text), typed once here
 * for both sides. The browser code imports only types from this file.
 */
import type { Confidence, RoleSource } from '../../core/column-detection';
import type { ColumnRole, Shape } from '../../core/column-roles';
import type { Label, Language } from '../../core/labels';
import type { SidebarModelId } from '../../core/model-ids';
import type { MeasureBreaks } from '../../core/option-registry';

export type { ColumnRole, Confidence, Label, Language, RoleSource, Shape };
/** A model the sidebar offers: a segment model or a prediction model. */
export type ModelId = SidebarModelId;

/** One column of the active sheet as detected, for the role dropdowns. */
export interface SurveyColumn {
  /** 0-based column index in the sheet (A = 0). */
  readonly index: number;
  /** The column's letter(s), e.g. `C`. */
  readonly letter: string;
  /** The header cell's text, shown as text (never as HTML); '' without a header row. */
  readonly header: string;
  readonly role: ColumnRole | null;
  readonly source: RoleSource;
  readonly confidence: Confidence;
}

/** A model the picker offers, with its classes for the legend before any run. */
export interface ModelChoice {
  readonly id: ModelId;
  readonly name: Label;
  readonly classes: readonly {
    readonly id: string;
    readonly label: Label;
    readonly background: string;
    readonly text: string;
  }[];
  /** The headings of the columns Classify adds to the classified sheet, by its shape. */
  readonly columns: Readonly<Record<Shape, readonly Label[]>>;
}

/** Every option of every model, with the defaults the custom functions use. */
export interface ClassifyOptions {
  readonly bins: number;
  readonly churnDays: number;
  readonly highValueShare: number;
  /** `YYYY-MM-DD`, or null for the latest purchase. */
  readonly asOf: string | null;
  readonly aShare: number;
  readonly bShare: number;
  /** Churn risk's horizon, in months. */
  readonly horizon: number;
  /** Churn risk's thresholds on the probability of buying again within the horizon. */
  readonly activeFrom: number;
  readonly atRiskFrom: number;
  /** How many k-means clusters. */
  readonly clusterCount: number;
  /** Label language; null for the spreadsheet's. */
  readonly language: Language | null;
  /** A measure's own score breaks, ascending, instead of its quantiles; none or null: quantiles. */
  readonly breaks?: MeasureBreaks;
  /** Money from which an active customer is High value, instead of `highValueShare`; none or null: the share. */
  readonly highValueFrom?: number | null;
  /** How many runs the history sheet keeps; none: HISTORY_RUNS_KEPT's default. */
  readonly historyRuns?: number;
}

/** How the user set up a sheet's run: saved in document properties, so colleagues re-run it. */
export interface ClassifySettings {
  /** 1-based sheet row of the header row; null when the data has none. */
  readonly headerRow: number | null;
  readonly shape: Shape;
  /** Role per column index; columns not listed have none. */
  readonly roles: readonly { readonly index: number; readonly role: ColumnRole }[];
  readonly model: ModelId;
  readonly options: ClassifyOptions;
}

/** What the sidebar shows on opening, and again whenever the active sheet changes. */
export interface SheetSurvey {
  /** Changes when the user switches sheets: the sidebar polls it to follow them. */
  readonly sheetId: number;
  readonly sheetName: string;
  /** The spreadsheet's language, for the sidebar's own words. */
  readonly language: Language;
  /** 1-based sheet row of the detected header row, or null. */
  readonly headerRow: number | null;
  readonly shape: Shape | null;
  readonly columns: readonly SurveyColumn[];
  /** Roles each shape still needs with the detected columns. */
  readonly missing: Readonly<Record<Shape, readonly ColumnRole[]>>;
  /** Rows of data below the header row. */
  readonly dataRows: number;
  readonly models: readonly ModelChoice[];
  readonly defaults: ClassifyOptions;
  /** The settings of the last run on this sheet, if any. */
  readonly saved: ClassifySettings | null;
  /** Whether the sheet holds the add-on's results now (Clear has something to remove). */
  readonly classified: boolean;
  /**
   * A fingerprint of the sheet's columns as surveyed (header texts, or first values without a
   * header row): requests carry it back, and a sheet whose columns changed since is refused.
   */
  readonly layout: string;
  /** What the last Classify or Re-segment of this sheet showed, while its results are there. */
  readonly lastRun: ClassifyResult | null;
  /**
   * The add-on's sheet of this sheet's customers (a log's): its name, the one Classify will give
   * it when it does not exist yet, and whether it exists now (Clear then deletes it). On an
   * orphan customer sheet (its source deleted), the sheet itself.
   */
  readonly customerSheet: { readonly name: string; readonly exists: boolean };
  /**
   * The add-on's summary sheet of this sheet: its name (the one Classify will give it when it does
   * not exist yet) and whether it exists now (Clear then deletes it).
   */
  readonly summarySheet: { readonly name: string; readonly exists: boolean };
  /** The label of the one segment whose rows the sheet shows now (its filter), or null. */
  readonly shownSegment: string | null;
  /** Whether the sheet's mapped columns changed since its last run (refresh/data-fingerprint.ts). */
  readonly stale?: boolean;
}

/** Whether this user's automatic refresh (re-segment when the spreadsheet opens) is on. */
export interface AutoRefreshState {
  readonly on: boolean;
}

/** A request to show one segment's rows only: the label as the legend shows it. */
export interface SegmentRequest extends SheetTarget {
  readonly label: string;
}

/** The segment now shown, and how many of the sheet's rows it has. */
export interface SegmentShown {
  readonly label: string;
  readonly rows: number;
}

/** Which sheet a request acts on: the one the sidebar shows, as it was when surveyed. */
export interface SheetTarget {
  readonly sheetId: number;
  /** The survey's `layout`. */
  readonly layout: string;
}

/** A Classify: the sheet it is for, and the settings to classify it with. */
export interface ClassifyRequest extends SheetTarget {
  readonly settings: ClassifySettings;
}

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

/** A customer who moved down since the previous run: labels in the run's language. */
export interface ChurnAlertEntry {
  readonly customer: string;
  readonly from: string;
  readonly to: string;
  /** Their monetary, or their predicted value where churn risk predicted it. */
  readonly moneyAtRisk: number;
  /** `YYYY-MM-DD`, or '' when the sheet gives day counts only. */
  readonly lastPurchase: string;
}

/** Who moved where since the previous run of the same model on the sheet (history.ts). */
export interface MigrationSummary {
  /** The previous run's as-of day, `YYYY-MM-DD`. */
  readonly since: string;
  /** The segments' labels in the model's order: the matrix's rows (from) and columns (to). */
  readonly segments: readonly string[];
  /** `counts[from][to]`: customers in both runs. */
  readonly counts: readonly (readonly number[])[];
  readonly newCustomers: number;
  readonly goneCustomers: number;
  /** How many customers moved down. */
  readonly alerts: number;
  /** The first of them, most money at risk first. */
  readonly topAlerts: readonly ChurnAlertEntry[];
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

/** "Build history": how many past periods a log is classified as of, months or weeks. */
export interface BackfillRequest extends SheetTarget {
  readonly periods: number;
  readonly unit: 'month' | 'week';
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

/** What Classify would give with the settings of a request, computed without writing anything. */
export interface PreviewResult {
  readonly customers: number;
  readonly legend: readonly LegendEntry[];
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

/** A request for one segment's customers as a list: the segment's class id in the last run. */
export interface SegmentListRequest extends SheetTarget {
  readonly segment: string;
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
