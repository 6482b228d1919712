/**
 * This file defines a sheet's embedded charts as the add-on makes them: `Sheet.newChart()` gives
 * an `EmbeddedChartBuilder` (its type, ranges, options, position, header rows), `build()` an
 * `EmbeddedChart`, and `insertChart`/`updateChart`/`removeChart`/`getCharts` keep them on the
 * sheet. A chart's ranges move with inserted and deleted rows and columns, as in Sheets. Nothing
 * is drawn: `chartSpec` gives a chart's type, options and data for whoever draws it (the
 * sandbox), leaving out rows a filter hides, as Sheets' charts do by default.
 */
import { fakeService } from './fake-service';
import { isRowHiddenByFilter } from './filter';
import { type GridRange, type Shift, shiftGrid } from './grid-range';
import { Handles } from './handles';
import { fakeRange, rangeHandles } from './range';
import { exception } from './realm';
import { sheetHandles } from './sheet';
import type { SheetModel } from './workbook-model';

type EmbeddedChart = GoogleAppsScript.Spreadsheet.EmbeddedChart;
type EmbeddedChartBuilder = GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder;

/** The chart types the builder's `as…Chart()` methods set. */
export type ChartKind = 'AREA' | 'BAR' | 'COLUMN' | 'LINE' | 'PIE';

export interface ChartRange {
  readonly sheet: SheetModel;
  readonly grid: GridRange;
}

export interface ChartModel {
  /** Set when the chart is inserted; null for a chart built but not inserted. */
  id: number | null;
  kind: ChartKind;
  ranges: ChartRange[];
  options: Record<string, unknown>;
  numHeaders: number;
  anchor: { row: number; column: number; offsetX: number; offsetY: number };
}

const chartHandles = new Handles<ChartModel>('EmbeddedChart');

/** A new builder for a chart on `sheet`, or one starting from an existing chart (`modify`). */
export function fakeChartBuilder(sheet: SheetModel, from?: ChartModel): EmbeddedChartBuilder {
  const state: ChartModel = from
    ? {
        ...from,
        ranges: [...from.ranges],
        options: { ...from.options },
        anchor: { ...from.anchor },
      }
    : {
        id: null,
        kind: 'COLUMN',
        ranges: [],
        options: {},
        numHeaders: -1,
        anchor: { row: 1, column: 1, offsetX: 0, offsetY: 0 },
      };
  const change =
    <Args extends unknown[]>(apply: (...args: Args) => void) =>
    (...args: Args): EmbeddedChartBuilder => {
      apply(...args);
      return builder;
    };
  const as = (kind: ChartKind) => change(() => (state.kind = kind));
  const builder: EmbeddedChartBuilder = fakeService<EmbeddedChartBuilder>(
    'EmbeddedChartBuilder',
    {
      addRange: change((range: GoogleAppsScript.Spreadsheet.Range) => {
        state.ranges.push(rangeHandles.modelOf(range));
      }),
      clearRanges: change(() => (state.ranges = [])),
      getRanges: () => state.ranges.map(fakeRange),
      asAreaChart: as('AREA') as never,
      asBarChart: as('BAR') as never,
      asColumnChart: as('COLUMN') as never,
      asLineChart: as('LINE') as never,
      asPieChart: as('PIE') as never,
      setOption: change((option: string, value: unknown) => (state.options[option] = value)),
      setNumHeaders: change((headers: number) => (state.numHeaders = headers)),
      setPosition: change((row: number, column: number, offsetX: number, offsetY: number) => {
        if (![row, column, offsetX, offsetY].every(Number.isInteger) || row < 1 || column < 1)
          throw exception(sheet.workbook.realm, 'fake: a chart is anchored on a cell of the sheet');
        state.anchor = { row, column, offsetX, offsetY };
      }),
      // the typed builders' own setters are options under their Charts names
      ...({
        setTitle: change((title: string) => (state.options.title = title)),
        setColors: change((colors: string[]) => (state.options.colors = [...colors])),
        setStacked: change(() => (state.options.isStacked = true)),
        setXAxisTitle: change((title: string) => (state.options['hAxis.title'] = title)),
        setYAxisTitle: change((title: string) => (state.options['vAxis.title'] = title)),
      } as Partial<EmbeddedChartBuilder>),
      build: () => {
        const built: ChartModel = {
          ...state,
          ranges: [...state.ranges],
          options: { ...state.options },
          anchor: { ...state.anchor },
        };
        return fakeChart(sheet, built);
      },
    },
    sheet.workbook.calls,
  );
  return builder;
}

function fakeChart(sheet: SheetModel, model: ChartModel): EmbeddedChart {
  const chart = fakeService<EmbeddedChart>(
    'EmbeddedChart',
    {
      getChartId: () => model.id,
      getRanges: () => model.ranges.map(fakeRange),
      getNumHeaders: () => model.numHeaders,
      getOptions: () => ({ get: (option: string) => model.options[option] ?? null }),
      getContainerInfo: () =>
        fakeService<GoogleAppsScript.Spreadsheet.ContainerInfo>(
          'ContainerInfo',
          {
            getAnchorRow: () => model.anchor.row,
            getAnchorColumn: () => model.anchor.column,
            getOffsetX: () => model.anchor.offsetX,
            getOffsetY: () => model.anchor.offsetY,
          },
          sheet.workbook.calls,
        ),
      modify: () => fakeChartBuilder(sheet, model),
    },
    sheet.workbook.calls,
  );
  return chartHandles.register(chart, model);
}

/** The Sheet methods of its charts. */
export function chartMethods(sheet: SheetModel): Partial<GoogleAppsScript.Spreadsheet.Sheet> {
  const { realm } = sheet.workbook;
  return {
    newChart: () => fakeChartBuilder(sheet),
    getCharts: () => sheet.charts.map((model) => fakeChart(sheet, model)),
    insertChart: (chart: EmbeddedChart) => {
      const model = chartHandles.modelOf(chart);
      if (model.ranges.length === 0) throw exception(realm, 'fake: a chart needs a range');
      if (sheet.charts.includes(model) || model.id !== null)
        throw exception(realm, 'fake: this chart is already on a sheet');
      model.id = sheet.workbook.nextChartId++;
      sheet.charts.push(model);
    },
    updateChart: (chart: EmbeddedChart) => {
      const model = chartHandles.modelOf(chart);
      const at = sheet.charts.findIndex((on) => on.id !== null && on.id === model.id);
      if (at < 0) throw exception(realm, 'fake: the chart to update is not on this sheet');
      sheet.charts[at] = model;
    },
    removeChart: (chart: EmbeddedChart) => {
      const id = chartHandles.modelOf(chart).id;
      sheet.charts = sheet.charts.filter((on) => on.id === null || on.id !== id);
    },
  };
}

/** Moves the ranges of every chart that reads `sheet` after rows or columns of it moved. */
export function shiftCharts(sheet: SheetModel, shift: Shift): void {
  for (const holder of sheet.workbook.sheets) {
    for (const chart of holder.charts) {
      chart.ranges = chart.ranges.flatMap((range) => {
        if (range.sheet !== sheet) return [range];
        const grid = shiftGrid(range.grid, shift);
        return grid ? [{ sheet, grid }] : [];
      });
    }
  }
}

/** What a chart shows: its type, options, anchor, and each range's values by row. */
export interface ChartSpec {
  readonly id: number | null;
  readonly kind: ChartKind;
  readonly options: Readonly<Record<string, unknown>>;
  readonly anchor: ChartModel['anchor'];
  readonly numHeaders: number;
  /** Each range's cells, row by row, without the rows a filter hides. */
  readonly ranges: readonly (readonly (readonly unknown[])[])[];
}

/** A sheet's charts as data, for drawing them (a test helper, not an Apps Script API). */
export function chartSpecs(sheet: GoogleAppsScript.Spreadsheet.Sheet): ChartSpec[] {
  const model = sheetHandles.modelOf(sheet);
  return model.charts.map((chart) => ({
    id: chart.id,
    kind: chart.kind,
    options: { ...chart.options },
    anchor: { ...chart.anchor },
    numHeaders: chart.numHeaders,
    ranges: chart.ranges.map(({ sheet: on, grid }) => {
      const rows: unknown[][] = [];
      for (let r = 0; r < grid.numRows; r++) {
        if (isRowHiddenByFilter(on, grid.row + r)) continue;
        const row: unknown[] = [];
        for (let c = 0; c < grid.numColumns; c++)
          row.push(on.cells.value.get(grid.row - 1 + r, grid.column - 1 + c));
        rows.push(row);
      }
      return rows;
    }),
  }));
}

/** Copies of a sheet's charts for its duplicate, reading the copy where they read the original. */
export function copyCharts(source: SheetModel, copy: SheetModel): ChartModel[] {
  return source.charts.map((chart) => ({
    ...chart,
    id: source.workbook.nextChartId++,
    ranges: chart.ranges.map((range) =>
      range.sheet === source ? { ...range, sheet: copy } : range,
    ),
    options: { ...chart.options },
    anchor: { ...chart.anchor },
  }));
}
