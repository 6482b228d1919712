/**
 * This file defines, for the sidebar-server contract (api.ts), what the sidebar is told of the
 * active sheet: its columns as detected, the models it may pick with their classes, the defaults,
 * the saved settings and last run, and the add-on's sheets beside it.
 */
import type { Confidence, RoleSource } from '../../core/column-detection';
import type { ColumnRole, Shape } from '../../core/column-roles';
import type { Label, Language } from '../../core/labels';
import type { ClassifyResult } from './api-results';
import type { ClassifyOptions, ClassifySettings, ModelId } from './api-settings';

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
  /**
   * When the sheet is one the add-on made for another sheet (its customer, summary or history
   * sheet): that sheet's name, and the sentence saying so, which the sidebar shows instead of its
   * form (Classify there is refused).
   */
  readonly addonSheet: { readonly source: string; readonly message: string } | null;
  /** Whether the sheet's mapped columns changed since its last run (refresh/data-fingerprint.ts). */
  readonly stale?: boolean;
}
