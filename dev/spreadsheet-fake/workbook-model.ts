/**
 * This file defines the data behind the fake Spreadsheet service: a workbook of sheets, each a
 * grid of layers (values, formulas, formats) with its conditional-format rules, developer
 * metadata, protections, filter and charts. Fakes read and change it; tests see it through the fakes.
 */
import type { CellValue } from './cell-input';
import type { ChartModel } from './chart';
import type { RuleModel } from './conditional-format-rule';
import type { MetadataModel } from './developer-metadata';
import type { CallCounts } from './fake-service';
import type { CriteriaModel } from './filter';
import type { GridRange } from './grid-range';
import { Layer } from './layer';
import type { ProtectionModel } from './protection';
import type { Realm } from './realm';

/** What a cell shows when nothing was set, as `Range.get…s()` report it. */
export const FORMAT_DEFAULTS = {
  numberFormat: '0.###############',
  background: '#ffffff',
  fontColor: '#000000',
  fontWeight: 'normal',
} as const;

export type FormatName = keyof typeof FORMAT_DEFAULTS;

export type CellLayers = { readonly value: Layer<CellValue>; readonly formula: Layer<string> } & {
  readonly [Name in FormatName]: Layer<string>;
};

export interface SheetModel {
  readonly workbook: WorkbookModel;
  readonly id: number;
  name: string;
  maxRows: number;
  maxColumns: number;
  frozenRows: number;
  readonly cells: CellLayers;
  /** In the order Sheets evaluates them. */
  rules: RuleModel[];
  /** Metadata on the sheet itself and on its rows and columns. */
  metadata: MetadataModel[];
  protections: ProtectionModel[];
  filter: GridRange | null;
  /** The filter's criteria by 1-based sheet column. */
  filterCriteria: Map<number, CriteriaModel>;
  /** Embedded charts, in the order they were inserted. */
  charts: ChartModel[];
  /** Hidden by `hideSheet` (Sheets keeps at least one sheet shown). */
  hidden: boolean;
  deleted: boolean;
}

export interface WorkbookModel {
  readonly id: string;
  readonly name: string;
  /** Set by `setSpreadsheetLocale` and `setSpreadsheetTimeZone`. */
  locale: string;
  timeZone: string;
  readonly realm: Realm;
  readonly calls: CallCounts;
  readonly sheets: SheetModel[];
  activeSheet: SheetModel;
  /** The selection `SpreadsheetApp.getActiveRange()` returns, on the active sheet. */
  activeGrid: GridRange;
  /** Metadata on the spreadsheet itself. */
  metadata: MetadataModel[];
  nextSheetId: number;
  nextMetadataId: number;
  nextChartId: number;
}

/** A new sheet of Sheets' default size (1,000 rows × 26 columns) or of its values' size. */
export function newSheet(
  workbook: WorkbookModel,
  name: string,
  values: readonly (readonly CellValue[])[] = [],
): SheetModel {
  // a loop, not `Math.max(...rows)`: a spread of 150,000 rows overflows the call stack
  const width = values.reduce((widest, row) => Math.max(widest, row.length), 0);
  const sheet: SheetModel = {
    workbook,
    id: workbook.nextSheetId++,
    name,
    maxRows: Math.max(1000, values.length),
    maxColumns: Math.max(26, width),
    frozenRows: 0,
    cells: {
      value: new Layer<CellValue>(''),
      formula: new Layer(''),
      numberFormat: new Layer<string>(FORMAT_DEFAULTS.numberFormat),
      background: new Layer<string>(FORMAT_DEFAULTS.background),
      fontColor: new Layer<string>(FORMAT_DEFAULTS.fontColor),
      fontWeight: new Layer<string>(FORMAT_DEFAULTS.fontWeight),
    },
    rules: [],
    metadata: [],
    protections: [],
    filter: null,
    filterCriteria: new Map(),
    charts: [],
    hidden: false,
    deleted: false,
  };
  values.forEach((row, r) => {
    row.forEach((value, c) => {
      if (value !== '') sheet.cells.value.set(r, c, value);
    });
  });
  return sheet;
}

/** The last row and column holding a value or formula, as `getLastRow()`/`getLastColumn()`. */
export function contentExtent(sheet: SheetModel): { lastRow: number; lastColumn: number } {
  const { value, formula } = sheet.cells;
  return {
    lastRow: Math.max(value.lastRow(), formula.lastRow()),
    lastColumn: Math.max(value.lastColumn(), formula.lastColumn()),
  };
}
