/**
 * This file defines what the sandbox page, the sidebar's `google.script.run` shim and the sandbox
 * server say to each other: JSON over HTTP, typed once here for both sides (types and constants
 * only, so the browser code can import it).
 */

/** One sheet of the fake spreadsheet, for its tab and the grid's size. */
export interface SheetTab {
  readonly id: number;
  readonly name: string;
  /** The last row and column holding anything: the grid shows that much. */
  readonly lastRow: number;
  readonly lastColumn: number;
  /** Rows that stay at the top while the grid scrolls, as Sheets freezes them. */
  readonly frozenRows: number;
  /** Runs of rows (first, last; 1-based) the sheet's filter hides: the grid leaves them out. */
  readonly hiddenRows: readonly (readonly [first: number, last: number])[];
  /** The sheet's embedded charts, as their specs say to draw them. */
  readonly charts: readonly ChartView[];
}

/** An embedded chart as the page draws it: categories, and one series per range after the first. */
export interface ChartView {
  readonly id: number | null;
  /** `COLUMN`, `BAR` …: the page draws every kind as columns. */
  readonly kind: string;
  readonly title: string;
  /** Whether the value axis shows percentages (the chart's `vAxis.format`). */
  readonly percent: boolean;
  readonly categories: readonly string[];
  readonly series: readonly {
    readonly name: string;
    readonly values: readonly number[];
    readonly colour: string;
  }[];
}

export interface WorkbookState {
  /**
   * Goes up after every change the page could see: a script call that may have changed the
   * spreadsheet (not a mere read), a new sheet, another active sheet.
   */
  readonly version: number;
  readonly activeSheetId: number;
  readonly sheets: readonly SheetTab[];
  readonly locale: string;
  readonly timeZone: string;
  /** The title the add-on gave its sidebar. */
  readonly sidebarTitle: string;
}

/** One cell as the grid paints it; what is left out is Sheets' default (black on white, normal). */
export interface GridCell {
  /** What the cell shows: numbers plainly, dates as the sheet's locale writes them. */
  readonly text: string;
  /** Numbers and dates align right, as in Sheets. */
  readonly alignRight?: true;
  /** After the sheet's conditional-format rules, as `#rrggbb`. */
  readonly background?: string;
  readonly color?: string;
  readonly bold?: true;
}

/** Rows `from` … of a sheet, each as many cells as the sheet has columns. */
export interface GridWindow {
  readonly sheetId: number;
  readonly from: number;
  readonly rows: readonly (readonly GridCell[])[];
}

/** A `google.script.run` call: the server function's name and its JSON arguments. */
export interface ScriptRunRequest {
  readonly name: string;
  readonly args: readonly unknown[];
}

/** The function's result, or the message of what it threw, as Apps Script hands it on. */
export type ScriptRunResponse =
  | { readonly ok: true; readonly value?: unknown }
  | { readonly ok: false; readonly message: string };

/** The locales and time zones the page offers, as File → Settings would set them; the first is the demo's. */
export const LOCALE_CHOICES = [
  { locale: 'en_GB', timeZone: 'Europe/London' },
  { locale: 'en_US', timeZone: 'America/New_York' },
  { locale: 'zh_CN', timeZone: 'Asia/Shanghai' },
] as const;

export type LocaleChoice = (typeof LOCALE_CHOICES)[number];

/** A CSV file imported: the workbook with its new sheet, and how its bytes were read. */
export interface CsvLoaded {
  readonly workbook: WorkbookState;
  readonly encoding: 'UTF-8' | 'GB18030';
}

/** What the user typed into a cell (1-based row and column), read as Sheets reads typed input. */
export interface CellEdit {
  readonly sheetId: number;
  readonly row: number;
  readonly column: number;
  readonly input: string;
}

/** A row, a column (1-based) or a whole sheet to delete. */
export type Deletion =
  | { readonly sheetId: number; readonly row: number }
  | { readonly sheetId: number; readonly column: number }
  | { readonly sheetId: number };

/** What the shim posts to the page after each call, so that the grid shows what it changed. */
export const SCRIPT_RAN_MESSAGE = 'customer-tiers-sandbox:script-ran';

/** The server's paths. */
export const PATHS = {
  page: '/',
  pageScript: '/page.js',
  pageStyle: '/sandbox.css',
  sidebar: '/Sidebar.html',
  workbook: '/api/workbook',
  grid: '/api/grid',
  activate: '/api/activate',
  run: '/api/run',
  csv: '/api/csv',
  locale: '/api/locale',
  edit: '/api/edit',
  delete: '/api/delete',
  /** Test-only: the spreadsheet's `snapshot`, served when the server starts with test endpoints. */
  snapshot: '/__snapshot',
} as const;
