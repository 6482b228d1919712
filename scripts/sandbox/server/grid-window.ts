/**
 * This file defines what the grid shows of a sheet: its tabs' sizes, the rows its filter hides
 * and its charts (from the fakes' chart specs), and a window of its rows
 * cell by cell, with the text a cell shows and the colours it has once the sheet's
 * conditional-format rules apply (evaluated by the fakes' `conditionalFormatColours`, as Sheets
 * would paint them; nothing else tells the grid what the add-on coloured), and its weight.
 */

import { type ChartSpec, chartSpecs } from '../../../dev/spreadsheet-fake/chart';
import { conditionalFormatColours } from '../../../dev/spreadsheet-fake/conditional-format-colours';
import { isDateObject } from '../../../src/core/cell-value';
import { intlZoneOffset } from '../../../src/core/civil-day';
import { dateOrderOfLocale } from '../../../src/core/locale';
import type { ChartView, GridCell, GridWindow, SheetTab } from '../contract';
import { type DisplayOptions, displayText } from './display-text';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const DEFAULT_BACKGROUND = '#ffffff';
const DEFAULT_COLOR = '#000000';

export function sheetTab(sheet: Sheet): SheetTab {
  return {
    id: sheet.getSheetId(),
    name: sheet.getName(),
    lastRow: sheet.getLastRow(),
    lastColumn: sheet.getLastColumn(),
    frozenRows: sheet.getFrozenRows(),
    hiddenRows: hiddenRuns(sheet),
    charts: chartSpecs(sheet).map(chartView),
  };
}

/** The runs of rows the sheet's filter hides, as Sheets hides them from view. */
function hiddenRuns(sheet: Sheet): [number, number][] {
  const filter = sheet.getFilter();
  if (!filter) return [];
  const range = filter.getRange();
  const last = Math.min(range.getLastRow(), sheet.getLastRow());
  const runs: [number, number][] = [];
  for (let row = range.getRow() + 1; row <= last; row++) {
    if (!sheet.isRowHiddenByFilter(row)) continue;
    const run = runs.at(-1);
    if (run && run[1] === row - 1) run[1] = row;
    else runs.push([row, row]);
  }
  return runs;
}

/** Default series colours, after Sheets' first two, for a chart that sets none. */
const SERIES_COLOURS = ['#4285F4', '#EA4335', '#FBBC04', '#34A853'];

/**
 * A chart's spec as the page draws it: the first range's cells are the categories, each other
 * range a series, its header rows naming it (rows a filter hides are already left out). One range
 * of several columns is read as Sheets reads it: its first column the categories, each other
 * column a series.
 */
function chartView(spec: ChartSpec): ChartView {
  const headers = Math.max(0, spec.numHeaders);
  const [only] = spec.ranges;
  const columns: ChartSpec['ranges'] =
    spec.ranges.length === 1 && only ? columnsOf(only) : spec.ranges;
  const [domain = [], ...ranges] = columns;
  const colours = Array.isArray(spec.options.colors) ? (spec.options.colors as string[]) : [];
  return {
    id: spec.id,
    kind: spec.kind,
    title: String(spec.options.title ?? ''),
    percent: spec.options['vAxis.format'] === 'percent',
    categories: domain.slice(headers).map((row) => String(row[0] ?? '')),
    series: ranges.map((rows, i) => ({
      name: headers > 0 ? String(rows[0]?.[0] ?? '') : `Series ${i + 1}`,
      values: rows.slice(headers).map((row) => (typeof row[0] === 'number' ? row[0] : 0)),
      colour: colours[i] ?? SERIES_COLOURS[i % SERIES_COLOURS.length] ?? '#4285F4',
    })),
  };
}

/** Each column of a range's rows, as a range of one column. */
function columnsOf(rows: readonly (readonly unknown[])[]): unknown[][][] {
  const width = Math.max(0, ...rows.map((row) => row.length));
  return Array.from({ length: width }, (_, column) => rows.map((row) => [row[column]]));
}

/** The sheet with this id; an Error when it is gone. */
export function sheetById(spreadsheet: Spreadsheet, sheetId: number): Sheet {
  const sheet = spreadsheet.getSheets().find((candidate) => candidate.getSheetId() === sheetId);
  if (!sheet) throw new Error(`No sheet has the id ${sheetId}.`);
  return sheet;
}

/** Rows `from` … `from + count - 1` of the sheet, cut at its last row. */
export function gridWindow(sheet: Sheet, from: number, count: number): GridWindow {
  const rows = Math.min(count, sheet.getLastRow() - from + 1);
  const columns = sheet.getLastColumn();
  const window = { sheetId: sheet.getSheetId(), from };
  if (rows < 1 || columns < 1) return { ...window, rows: [] };
  const range = sheet.getRange(from, 1, rows, columns);
  const spreadsheet = sheet.getParent();
  const options: DisplayOptions = {
    dateOrder: dateOrderOfLocale(spreadsheet.getSpreadsheetLocale()),
    zoneOffset: intlZoneOffset(spreadsheet.getSpreadsheetTimeZone()),
  };
  const values = range.getValues();
  const numberFormats = range.getNumberFormats();
  const weights = range.getFontWeights();
  const { backgrounds, fontColors } = conditionalFormatColours(sheet, range);
  return {
    ...window,
    rows: values.map((row, r) =>
      row.map((value, c) =>
        gridCell(value, {
          text: displayText(value, numberFormats[r]?.[c] ?? '', options),
          background: backgrounds[r]?.[c] ?? DEFAULT_BACKGROUND,
          color: fontColors[r]?.[c] ?? DEFAULT_COLOR,
          bold: weights[r]?.[c] === 'bold',
        }),
      ),
    ),
  };
}

/** A cell's JSON without Sheets' defaults, which most cells have: a window stays small. */
function gridCell(
  value: unknown,
  shown: { text: string; background: string; color: string; bold: boolean },
): GridCell {
  return {
    text: shown.text,
    ...((typeof value === 'number' || isDateObject(value)) && { alignRight: true }),
    ...(shown.background !== DEFAULT_BACKGROUND && { background: shown.background }),
    ...(shown.color !== DEFAULT_COLOR && { color: shown.color }),
    ...(shown.bold && { bold: true }),
  };
}
