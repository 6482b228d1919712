/**
 * This file defines the tests of "Build history" on the fake Spreadsheet service: the runs it
 * records from a log's past equal the runs of truncated copies of the log (orders up to each
 * month's end, classified as of that day); building twice adds nothing; the next Re-segment still
 * compares itself with the last real run; a customer table is refused; the summary sheet's sizes
 * over the runs and their chart show the built runs at once; nothing else changes.
 */
import { describe, expect, it } from 'vitest';
import type { CellValue } from '../../../dev/spreadsheet-fake/cell-input';
import { snapshot } from '../../../dev/spreadsheet-fake/snapshot';
import type { ClassifySettings } from '../../../src/addon/sidebar/api';
import * as endpoints from '../../../src/addon/sidebar/endpoints';
import { ownedSheet } from '../../../src/addon/sidebar/owned';
import { HISTORY_LABELS } from '../../../src/core/history-labels';
import { MODELS } from '../../../src/core/models';
import { readHistory } from '../../../src/core/run-history';
import { CUSTOMER_DATE_AMOUNT_TIERS, CUSTOMER_TABLE_TIERS } from '../../helpers/classify-settings';
import {
  activeTarget,
  sidebarClassify,
  sidebarResegment,
  unwrapped,
} from '../../helpers/sidebar-calls';
import { activeSpreadsheet, useWorkbooks } from '../../helpers/spreadsheet';

const open = useWorkbooks();

/** Six customers buying from November to April, each month a little differently. */
const ORDERS: [string, string, number][] = [
  ['ann', '2023-11-03', 400],
  ['bob', '2023-11-20', 50],
  ['cat', '2023-12-02', 90],
  ['ann', '2023-12-15', 300],
  ['dan', '2024-01-09', 700],
  ['bob', '2024-01-30', 60],
  ['eve', '2024-01-31', 20],
  ['cat', '2024-02-10', 15],
  ['fay', '2024-02-29', 900],
  ['ann', '2024-03-01', 35],
  ['dan', '2024-03-31', 10],
  ['eve', '2024-04-12', 500],
];
const log = (upTo = '9999-12-31'): CellValue[][] => [
  ['Customer', 'Date', 'Amount'],
  ...ORDERS.filter(([, date]) => date <= upTo),
];

/** The active sheet's history, run by run, as the history sheet reads back. */
function history() {
  const sheet = SpreadsheetApp.getActiveSheet();
  const owned = ownedSheet(activeSpreadsheet(), sheet.getSheetId(), 'history')?.sheet;
  return owned ? readHistory(owned.getDataRange().getValues().slice(1)) : [];
}

/** The add-on's summary sheet of the active sheet. */
function summarySheet(): GoogleAppsScript.Spreadsheet.Sheet {
  const sheet = SpreadsheetApp.getActiveSheet();
  const owned = ownedSheet(activeSpreadsheet(), sheet.getSheetId(), 'summary')?.sheet;
  if (!owned) throw new Error('no summary sheet');
  return owned;
}

const build = (periods: number) =>
  unwrapped(endpoints.sidebarBuildHistory({ ...activeTarget(), periods, unit: 'month' }));

/** Each customer's class id and money in a run, sorted by customer. */
const entriesOf = (run: {
  entries: readonly { customer: string; segment: string; money: number }[];
}) =>
  run.entries
    .map(({ customer, segment, money }) => ({ customer, segment, money }))
    .sort((a, b) => a.customer.localeCompare(b.customer));

describe('Build history', () => {
  it.each([
    ['four tiers', CUSTOMER_DATE_AMOUNT_TIERS],
    ['RFM segments', { ...CUSTOMER_DATE_AMOUNT_TIERS, model: 'rfm-segments' } as ClassifySettings],
  ])('records the runs truncated copies of the log give (%s)', (_, settings) => {
    open([{ name: 'Orders', values: log() }]);
    sidebarClassify(settings);
    const built = build(3);
    // the latest order is in April: the three whole months before it end on these days
    expect(built).toMatchObject({ built: 3, skipped: 0, first: '2024-01-31', last: '2024-03-31' });
    const runs = history();
    expect(runs.map((run) => run.asOf)).toEqual([
      '2024-01-31',
      '2024-02-29',
      '2024-03-31',
      '2024-04-12',
    ]);
    for (const asOf of ['2024-01-31', '2024-02-29', '2024-03-31']) {
      // by hand: a copy of the log cut at that day, classified as of it, records the same run
      open([{ name: 'Orders', values: log(asOf) }]);
      sidebarClassify({ ...settings, options: { ...settings.options, asOf } });
      const [copy] = history();
      const builtRun = runs.find((run) => run.asOf === asOf);
      expect(builtRun && entriesOf(builtRun), asOf).toEqual(copy && entriesOf(copy));
    }
    // nothing but the history and the summary's sizes (below) changed: the data and colours are
    // as they were
    open([{ name: 'Orders', values: log() }]);
    sidebarClassify(settings);
    const classified = snapshot(activeSpreadsheet());
    build(3);
    const others = (all: ReturnType<typeof snapshot>) =>
      all.sheets.filter((sheet) => !/· (history|summary)$/.test(sheet.name));
    const after = snapshot(activeSpreadsheet());
    expect(others(after)).toEqual(others(classified));
    expect(after.sheets.length).toBe(classified.sheets.length);
  });

  it('counts the periods that end before the first order apart from those already held', () => {
    open([{ name: 'Orders', values: log() }]);
    sidebarClassify(CUSTOMER_DATE_AMOUNT_TIERS);
    // 8 months back from April: August to October end before the first order, on 3 November
    expect(build(8)).toMatchObject({ built: 5, skipped: 0, beforeFirstOrder: 3 });
    expect(build(8)).toMatchObject({ built: 0, skipped: 5, beforeFirstOrder: 3 });
  });

  it('adds nothing when built twice, and leaves the last real run the one Re-segment compares with', () => {
    open([{ name: 'Orders', values: log() }]);
    sidebarClassify(CUSTOMER_DATE_AMOUNT_TIERS);
    build(2);
    expect(build(2)).toMatchObject({ built: 0, skipped: 2 });
    expect(history()).toHaveLength(3);
    const resegmented = sidebarResegment();
    // the same data as the real run: everyone on the diagonal, no alert
    const { counts, alerts, since } = resegmented.migration ?? {
      counts: [],
      alerts: -1,
      since: '',
    };
    expect(since).toBe('2024-04-12');
    expect(alerts).toBe(0);
    counts.forEach((row, from) => {
      row.forEach((count, to) => {
        if (from !== to) expect(count).toBe(0);
      });
    });
  });

  it('tells who moved since the newest period built', () => {
    open([{ name: 'Orders', values: log() }]);
    sidebarClassify(CUSTOMER_DATE_AMOUNT_TIERS);
    const built = build(1);
    expect(built.migration?.since).toBe('2024-03-31');
    // eve bought 500 in April: from the end of March to now she moves; the others were there then
    const moved = built.migration?.counts.flat().reduce((a, b) => a + b, 0);
    expect(moved).toBe(6);
  });

  it('rewrites the summary’s sizes over the runs and their chart at once, and nothing else of it', () => {
    open([{ name: 'Orders', values: log() }]);
    sidebarClassify(CUSTOMER_DATE_AMOUNT_TIERS);
    const before = summarySheet().getDataRange().getValues();
    // one run: the shares' chart alone, no line of sizes yet
    const [sharesChart, ...more] = summarySheet().getCharts();
    expect(more).toEqual([]);
    const sharesRanges = sharesChart?.getRanges().map((range) => range.getA1Notation());
    build(3);
    // by hand from the history sheet: each run's customers per tier, in the tiers' order
    const tiers = MODELS.tiers.classes;
    const expected = [
      ['Customers per segment over the recorded runs'],
      ['Run (as of)', ...tiers.map((id) => MODELS.tiers.labels[id]?.en)],
      ...history().map((run) => [
        run.asOf,
        ...tiers.map((id) => run.entries.filter((entry) => entry.segment === id).length),
      ]),
    ];
    expect(expected.slice(2).map((row) => row[0])).toEqual([
      '2024-01-31',
      '2024-02-29',
      '2024-03-31',
      '2024-04-12',
    ]);
    const values = summarySheet().getDataRange().getValues();
    const at = values.findIndex((row) => row[0] === HISTORY_LABELS.sizesTitle.en);
    expect(values.slice(at).map((row) => row.slice(0, tiers.length + 1))).toEqual(
      expected.map((row) => [...row, ...Array(tiers.length + 1 - row.length).fill('')]),
    );
    // the line chart of the sizes, drawn at once on the grown table
    const charts = summarySheet().getCharts();
    expect(charts).toHaveLength(2);
    expect(charts[0]?.getChartId()).toBe(sharesChart?.getChartId());
    const [sizes] = charts[1]?.getRanges() ?? [];
    expect(sizes?.getValues()).toEqual(expected.slice(1));
    // the rest of the summary is as the last run left it
    expect(charts[0]?.getRanges().map((range) => range.getA1Notation())).toEqual(sharesRanges);
    expect(values.slice(0, at)).toEqual(before.slice(0, at));
    expect(before[at]?.[0]).toBe(HISTORY_LABELS.sizesTitle.en);
    // building again adds no run, and the summary stays as it is
    const built = snapshot(activeSpreadsheet());
    expect(build(3)).toMatchObject({ built: 0, skipped: 3 });
    expect(snapshot(activeSpreadsheet())).toEqual(built);
  });

  it('charts the sizes anew when the user removed the chart, and the next run updates that one', () => {
    open([{ name: 'Orders', values: log() }]);
    sidebarClassify(CUSTOMER_DATE_AMOUNT_TIERS);
    build(1);
    const [, sizesChart] = summarySheet().getCharts();
    summarySheet().removeChart(sizesChart as GoogleAppsScript.Spreadsheet.EmbeddedChart);
    build(2);
    const [, drawn, ...more] = summarySheet().getCharts();
    expect(more).toEqual([]);
    expect(drawn?.getRanges()[0]?.getNumRows()).toBe(4);
    sidebarResegment();
    const charts = summarySheet().getCharts();
    expect(charts.map((chart) => chart.getChartId())[1]).toBe(drawn?.getChartId());
    expect(charts).toHaveLength(2);
    expect(charts[1]?.getRanges()[0]?.getNumRows()).toBe(5);
  });

  it('refuses, writing nothing, when another editor protected the summary sheet', () => {
    const workbook = open([{ name: 'Orders', values: log() }]);
    sidebarClassify(CUSTOMER_DATE_AMOUNT_TIERS);
    workbook.protect(summarySheet().getRange('A1'));
    const before = snapshot(activeSpreadsheet());
    expect(() => build(3)).toThrow(/^'Orders · summary'!A1 is protected/);
    expect(snapshot(activeSpreadsheet())).toEqual(before);
  });

  it('makes no summary sheet where there is none', () => {
    open([{ name: 'Orders', values: log() }]);
    sidebarClassify(CUSTOMER_DATE_AMOUNT_TIERS);
    activeSpreadsheet().deleteSheet(summarySheet());
    const names = () =>
      activeSpreadsheet()
        .getSheets()
        .map((sheet) => sheet.getName());
    const before = names();
    expect(build(3).built).toBe(3);
    expect(names()).toEqual(before);
  });

  it('refuses a customer table, which holds no past, and writes nothing', () => {
    open([
      {
        name: 'Customers',
        values: [
          ['Customer', 'Revenue', 'Last purchase', 'Orders'],
          ['ann', 100, new Date('2024-03-01T00:00:00Z'), 2],
          ['bob', 50, new Date('2024-02-01T00:00:00Z'), 1],
        ],
      },
    ]);
    sidebarClassify(CUSTOMER_TABLE_TIERS);
    const before = snapshot(activeSpreadsheet());
    expect(() => build(3)).toThrow(/Only an order log/);
    expect(snapshot(activeSpreadsheet())).toEqual(before);
  });

  it('refuses a sheet never classified', () => {
    open([{ name: 'Orders', values: log() }]);
    expect(() => build(3)).toThrow(/not been classified yet/);
  });

  it('refuses a sheet cleared since the sidebar showed it, making no history sheet again', () => {
    open([{ name: 'Orders', values: log() }]);
    sidebarClassify(CUSTOMER_DATE_AMOUNT_TIERS);
    const stale = activeTarget();
    unwrapped(endpoints.sidebarClear(stale));
    const before = snapshot(activeSpreadsheet());
    // the sidebar of another window still offers Build history
    const built = endpoints.sidebarBuildHistory({ ...activeTarget(), periods: 3, unit: 'month' });
    expect(built).toMatchObject({ ok: false, message: expect.stringMatching(/no results/) });
    expect(snapshot(activeSpreadsheet())).toEqual(before);
  });
});
