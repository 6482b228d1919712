/**
 * This file defines the tests of the summary sheet's breakdowns by group (region, sales rep…):
 * each group-by column's segment × group tables of customers and revenue equal a pivot of the
 * same data made here with plain loops, a log's customer counted in the group of their latest
 * order (the later row on a tie), a blank group shown as (blank); on a hand-made log with two
 * group columns, and on the sandbox's Online Retail demo log by Country.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CellValue } from '../../../dev/spreadsheet-fake/cell-input';
import { addCsvSheet } from '../../../scripts/sandbox/server/csv-sheet';
import type { ClassifySettings } from '../../../src/addon/sidebar/api';
import { ownedSheet } from '../../../src/addon/sidebar/owned';
import { DEFAULT_OPTIONS } from '../../../src/addon/sidebar/survey';
import { sidebarClassify, sidebarSurvey } from '../../helpers/sidebar-calls';
import { activeSpreadsheet, sheetNamed, useWorkbooks } from '../../helpers/spreadsheet';

const open = useWorkbooks();

const LOG: CellValue[][] = [
  ['Customer', 'Date', 'Amount', 'Region', 'Sales rep'],
  ['ann', '2024-03-01', 100, 'North', 'Li'],
  ['bob', '2024-03-02', 30, '', 'Wang'],
  ['ann', '2024-03-09', 20, 'South', 'Li'],
  ['cat', '2024-03-05', 50, 'North', 'Li'],
  ['cat', '2024-03-05', 70, 'East', 'Wang'],
  ['dan', '2024-01-05', 5, 'South', ''],
];

const SETTINGS: ClassifySettings = {
  headerRow: 1,
  shape: 'transactions',
  roles: [
    { index: 0, role: 'customer' },
    { index: 1, role: 'order-date' },
    { index: 2, role: 'amount' },
    { index: 3, role: 'group' },
    { index: 4, role: 'group' },
  ],
  model: 'tiers',
  options: DEFAULT_OPTIONS,
};

/** The summary's block titled `title`: its heading row and rows, up to the next blank row. */
function block(title: string): unknown[][] {
  const source = SpreadsheetApp.getActiveSheet();
  const summary = ownedSheet(activeSpreadsheet(), source.getSheetId(), 'summary')?.sheet;
  const values = summary?.getDataRange().getValues() ?? [];
  const start = values.findIndex((row) => row[0] === title);
  expect(start, `a block titled ${title}`).toBeGreaterThan(0);
  const end = values.findIndex((row, i) => i > start && row[0] === '');
  return values.slice(start + 1, end < 0 ? undefined : end).map((row) => {
    let width = row.length;
    while (width > 0 && row[width - 1] === '') width--;
    return row.slice(0, width);
  });
}

/** A pivot made with plain loops: rows of segments in `segments` order, groups sorted, totals. */
function pivot(
  entries: readonly { segment: string; group: string; value: number }[],
  segments: readonly string[],
  groups: readonly string[],
): unknown[][] {
  const cell = (segment: string, group: string) =>
    entries
      .filter((entry) => entry.segment === segment && entry.group === group)
      .reduce((sum, entry) => sum + entry.value, 0);
  const shown = segments.filter((segment) => entries.some((entry) => entry.segment === segment));
  const rows = shown.map((segment) => {
    const cells = groups.map((group) => cell(segment, group));
    return [segment, ...cells, cells.reduce((a, b) => a + b, 0)];
  });
  const totals = groups.map((group) =>
    shown.reduce((sum, segment) => sum + cell(segment, group), 0),
  );
  return [
    ['Segment', ...groups, 'Total'],
    ...rows,
    ['Total', ...totals, totals.reduce((a, b) => a + b, 0)],
  ];
}

const TIERS = ['High value', 'Potential', 'Regular', 'Churned'];

describe('the breakdowns of a hand-made log', () => {
  it('count each customer in the group of their latest order, by region and by rep', () => {
    open([{ name: 'Orders', values: LOG }]);
    sidebarClassify(SETTINGS);
    const sheet = sheetNamed('Orders');
    const labels = sheet
      .getRange(2, 6, LOG.length - 1, 1)
      .getValues()
      .map(([label]) => String(label));
    // by hand: ann's latest order is in the South (Li); bob's has no region (Wang); cat's two
    // orders share the latest day, the later row says East (Wang); dan's is South, no rep
    const labelOf = (customer: string) =>
      labels[LOG.slice(1).findIndex((row) => row[0] === customer)] as string;
    const money = { ann: 120, bob: 30, cat: 120, dan: 5 };
    const regions = { ann: 'South', bob: '(blank)', cat: 'East', dan: 'South' };
    const reps = { ann: 'Li', bob: 'Wang', cat: 'Wang', dan: '(blank)' };
    const customers = Object.keys(money) as (keyof typeof money)[];
    for (const [header, groupOf, groups] of [
      ['Region', regions, ['East', 'South', '(blank)']],
      ['Sales rep', reps, ['Li', 'Wang', '(blank)']],
    ] as const) {
      const counted = customers.map((customer) => ({
        segment: labelOf(customer),
        group: groupOf[customer],
        value: 1,
      }));
      const summed = customers.map((customer) => ({
        segment: labelOf(customer),
        group: groupOf[customer],
        value: money[customer],
      }));
      expect(block(`${header} · Customers`)).toEqual(pivot(counted, TIERS, groups));
      expect(block(`${header} · Revenue`)).toEqual(pivot(summed, TIERS, groups));
    }
  });

  it('are detected: a region column is offered as a group by column', () => {
    open([{ name: 'Orders', values: LOG }]);
    expect(sidebarSurvey().columns.map((column) => column.role)).toEqual([
      'customer',
      'order-date',
      'amount',
      'group',
      'group',
    ]);
  });
});

describe('the breakdown of the Online Retail demo log by Country', () => {
  it('equals a pivot of the sheet: each customer in the country of their latest order', () => {
    open([{ name: 'Blank' }], 'en_GB');
    const csv = readFileSync(
      new URL('../../../scripts/sandbox/demo/online-retail.csv', import.meta.url),
      'utf8',
    );
    const sheet = addCsvSheet(activeSpreadsheet(), 'Online Retail', csv);
    activeSpreadsheet().setActiveSheet(sheet);
    const survey = sidebarSurvey();
    const roles = survey.columns.flatMap(({ index, role }) => (role ? [{ index, role }] : []));
    expect(roles.at(-1)).toEqual({ index: 7, role: 'group' });
    sidebarClassify({
      headerRow: 1,
      shape: 'transactions',
      roles,
      model: 'tiers',
      options: DEFAULT_OPTIONS,
    });
    const values = sheet.getDataRange().getValues();
    const [header, ...rows] = values;
    const at = (name: string) => (header as unknown[]).indexOf(name);
    const [customer, date, country, tier] = [
      at('CustomerID'),
      at('InvoiceDate'),
      at('Country'),
      at('Tier'),
    ];
    const latest = new Map<string, { time: number; country: string; tier: string }>();
    for (const row of rows) {
      const id = String(row[customer] ?? '');
      if (id === '' || row[tier] === '') continue;
      const time = (row[date] as Date).getTime();
      const seen = latest.get(id);
      if (!seen || time >= seen.time)
        latest.set(id, { time, country: String(row[country]), tier: String(row[tier]) });
    }
    const entries = [...latest.values()].map(({ country: group, tier: segment }) => ({
      segment,
      group,
      value: 1,
    }));
    const groups = [...new Set(entries.map((entry) => entry.group))].sort((a, b) =>
      a.localeCompare(b, 'en', { numeric: true, sensitivity: 'base' }),
    );
    expect(groups.length).toBeGreaterThan(1);
    expect(block('Country · Customers')).toEqual(pivot(entries, TIERS, groups));
  });
});
