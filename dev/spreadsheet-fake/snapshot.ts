/**
 * This file defines `snapshot`, a test helper (not an Apps Script API): everything of a
 * spreadsheet a user could lose, as plain data for `toEqual` — the sheets in order, each cell's
 * value, formula and formats that differ from the default (keyed by A1, so a failing comparison
 * names the cell), conditional-format rules, developer metadata, protections, filter (with its
 * criteria) and charts.
 */
import { a1Of, columnLetters } from './a1-notation';
import type { CellValue } from './cell-input';
import type { MetadataModel } from './developer-metadata';
import { locationRange } from './developer-metadata';
import type { GridRange } from './grid-range';
import { spreadsheetHandles } from './spreadsheet';
import type { SheetModel } from './workbook-model';

export type CellSnapshot = Partial<
  Record<
    'value' | 'formula' | 'numberFormat' | 'background' | 'fontColor' | 'fontWeight',
    CellValue
  >
>;

export interface SheetSnapshot {
  readonly name: string;
  readonly sheetId: number;
  readonly maxRows: number;
  readonly maxColumns: number;
  readonly frozenRows: number;
  readonly cells: Record<string, CellSnapshot>;
  readonly rules: readonly unknown[];
  readonly metadata: readonly unknown[];
  readonly protections: readonly unknown[];
  readonly filter: string | null;
  /** The filter's criteria by column letter, when it has any. */
  readonly filterCriteria?: Readonly<Record<string, unknown>>;
  readonly charts: readonly unknown[];
}

export interface SpreadsheetSnapshot {
  readonly sheets: readonly SheetSnapshot[];
  /** Metadata on the spreadsheet itself. */
  readonly metadata: readonly unknown[];
}

export function snapshot(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
): SpreadsheetSnapshot {
  const workbook = spreadsheetHandles.modelOf(spreadsheet);
  return {
    sheets: workbook.sheets.map(sheetSnapshot),
    metadata: workbook.metadata.map(metadataSnapshot),
  };
}

function sheetSnapshot(sheet: SheetModel): SheetSnapshot {
  const a1 = (grid: GridRange) => a1Of(grid, sheet.maxRows, sheet.maxColumns);
  return {
    name: sheet.name,
    sheetId: sheet.id,
    maxRows: sheet.maxRows,
    maxColumns: sheet.maxColumns,
    frozenRows: sheet.frozenRows,
    cells: cellsSnapshot(sheet),
    rules: sheet.rules.map(({ criteria, values, format, ranges }) => ({
      criteria,
      values,
      format,
      ranges: ranges.map((range) => a1(range.grid)),
    })),
    metadata: sheet.metadata.map(metadataSnapshot),
    protections: sheet.protections.map((protection) => ({
      ...protection,
      range: protection.range && a1(protection.range),
    })),
    filter: sheet.filter && a1(sheet.filter),
    ...(sheet.filterCriteria.size > 0 && {
      filterCriteria: Object.fromEntries(
        [...sheet.filterCriteria].map(([column, criteria]) => [columnLetters(column), criteria]),
      ),
    }),
    charts: sheet.charts.map(({ id, kind, options, numHeaders, anchor, ranges }) => ({
      id,
      kind,
      options,
      numHeaders,
      anchor,
      ranges: ranges.map(
        (range) =>
          `${range.sheet.name}!${a1Of(range.grid, range.sheet.maxRows, range.sheet.maxColumns)}`,
      ),
    })),
  };
}

function cellsSnapshot(sheet: SheetModel): Record<string, CellSnapshot> {
  const cells: Record<string, CellSnapshot> = {};
  for (const [name, layer] of Object.entries(sheet.cells)) {
    for (const [row, column, content] of layer.cells()) {
      const key = `${columnLetters(column + 1)}${row + 1}`;
      cells[key] = { ...cells[key], [name]: content };
    }
  }
  return cells;
}

function metadataSnapshot({ id, key, value, visibility, location }: MetadataModel) {
  const cells = locationRange(location);
  const where = cells && a1Of(cells.grid, cells.sheet.maxRows, cells.sheet.maxColumns);
  return { id, key, value, visibility, location: location.type, ...(where && { where }) };
}
