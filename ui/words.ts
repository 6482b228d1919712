/**
 * This file defines every word the sidebar shows, once per language. The survey's `language`
 * (the spreadsheet's) chooses them; labels of segments come from the server instead. In Chinese,
 * one verb per action (分层, 重新分层, 清除, as the server's messages name them) and one word for
 * the header row (标题行). The words themselves are in words-en.ts and words-zh.ts.
 */
import type {
  BackfillResult,
  ClearResult,
  ColumnRole,
  Language,
  Shape,
} from '../src/addon/sidebar/api';
import { EN } from './words-en';
import { ZH } from './words-zh';

export interface Words {
  /** The page's `lang`. */
  readonly locale: string;
  readonly loading: string;
  readonly working: string;
  readonly sheet: (name: string, dataRows: number) => string;
  readonly mapping: string;
  readonly shape: string;
  readonly shapes: Readonly<Record<Shape, string>>;
  readonly headerRow: (row: number | null) => string;
  readonly roles: Readonly<Record<ColumnRole, string>>;
  readonly notUsed: string;
  readonly noHeader: string;
  readonly guessed: string;
  readonly stillNeeded: (roles: readonly string[]) => string;
  readonly allFound: string;
  readonly resetColumns: string;
  readonly model: string;
  readonly options: string;
  /**
   * What Classify will write: the result columns beside the data, for a log the customer sheet,
   * and the summary sheet, each named, said to be new when it does not exist yet.
   */
  readonly writes: (
    columns: readonly string[],
    customerSheet: SheetToWrite | null,
    summarySheet: SheetToWrite,
  ) => string;
  readonly asOfHint: string;
  readonly labelLanguages: Readonly<Record<Language | 'sheet', string>>;
  readonly invalidBins: string;
  readonly invalidDays: string;
  readonly invalidShare: string;
  readonly invalidBShare: string;
  readonly invalidDate: string;
  readonly invalidPeriods: string;
  readonly invalidProbability: string;
  readonly invalidThresholds: string;
  readonly invalidClusters: string;
  /** A model's name in the picker when the sheet lacks the purchase days it needs. */
  readonly needsDatesName: (model: string) => string;
  /** Why Classify is off for such a model: the columns a customer table lacks for it. */
  readonly needsDates: (model: string, roles: readonly string[]) => string;
  readonly fixOptions: string;
  readonly classify: string;
  readonly resegment: string;
  readonly clear: string;
  /**
   * The question before a Clear that deletes sheets: this sheet itself (an orphan the add-on
   * made), or the customer sheet and the summary sheet.
   */
  readonly clearDeletes: (sheets: DeletedSheets) => string;
  readonly confirmClear: string;
  readonly cancel: string;
  readonly classified: (customers: number, rows: number) => string;
  readonly cleared: (result: ClearResult) => string;
  readonly remap: string;
  readonly legend: string;
  readonly legendPreview: string;
  readonly previewHeading: string;
  readonly previewNote: (customers: number) => string;
  readonly previewUnavailable: (message: string) => string;
  /** One segment of the preview, for screen readers. */
  readonly previewEntry: (label: string, customerShare: number, revenueShare: number) => string;
  readonly previewCustomers: string;
  readonly previewRevenue: string;
  readonly breakdownHeading: string;
  /** The picker of the group-by column, when several are mapped. */
  readonly breakdownColumn: string;
  readonly breakdownBy: (header: string) => string;
  readonly breakdownSegment: string;
  readonly breakdownCaption: string;
  /** How the legend's entries are used, under its heading after a run. */
  readonly legendHint: string;
  /** The status after one segment is shown. */
  readonly segmentShown: (label: string, rows: number) => string;
  readonly showAll: string;
  readonly allShown: string;
  /** "Copy the list": a legend entry's button, its name for screen readers, the status after. */
  readonly copyList: string;
  readonly copyListOf: (label: string) => string;
  readonly listCopied: (label: string, customers: number) => string;
  /** The status when the clipboard refused: the list shows selected, to copy by hand. */
  readonly listToCopy: (label: string, customers: number) => string;
  readonly copyTextLabel: string;
  readonly customers: (count: number) => string;
  /** @param share 0..1 */
  readonly revenueShare: (share: number) => string;
  /** A share as the legend and the preview write it: `64.2%`, `0%`. @param share 0..1 */
  readonly percent: (share: number) => string;
  /** Before the Re-segment button, when the sheet's data changed since its last run; ends as the
   * language runs on into the button's word (a space in English, none in Chinese). */
  readonly stale: string;
  /** The automatic refresh's switch, and who it runs as. */
  readonly autoRefresh: string;
  readonly autoRefreshHint: string;
  /** The from → to matrix after a run: its heading, with the previous run's as-of day. */
  readonly migrationHeading: (since: string) => string;
  /** The matrix's caption, for screen readers: rows are from, columns to. */
  readonly migrationCaption: string;
  readonly newAndGone: (added: number, gone: number) => string;
  /** How many customers moved down (the churn alerts); the number is always in the text. */
  readonly alerts: (count: number) => string;
  readonly openAlerts: string;
  readonly alertsShown: string;
  /** "Build history" from an order log's past. */
  readonly historyHeading: string;
  readonly historyHint: string;
  readonly historyPeriods: string;
  readonly historyPeriodsRange: (min: number, max: number) => string;
  readonly historyUnit: string;
  readonly historyUnits: Readonly<Record<'month' | 'week', string>>;
  readonly buildHistory: string;
  readonly historyBuilt: (result: BackfillResult) => string;
}

/** The sheets a Clear deletes, by name; null for those it does not. */
export interface DeletedSheets {
  readonly thisSheet: string | null;
  readonly customers: string | null;
  readonly summary: string | null;
}

/** A sheet Classify writes to, and whether it is there already. */
export interface SheetToWrite {
  readonly name: string;
  readonly exists: boolean;
}

export const WORDS: Readonly<Record<Language, Words>> = { en: EN, zh: ZH };

/** The language of the browser, for the words shown before the survey tells the sheet's. */
export function browserLanguage(): Language {
  return navigator.language.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}
