/**
 * This file defines the tests of a run's breakdowns as the sidebar gets them: each group-by
 * column's customers per segment and group, counted by hand, cut to the 8 largest groups with the
 * rest summed as Other, every customer still counted once; no breakdowns without group columns.
 */
import { describe, expect, it } from 'vitest';
import type { CellValue } from '../../../dev/spreadsheet-fake/cell-input';
import type { ClassifySettings } from '../../../src/addon/sidebar/api';
import { CUSTOMER_DATE_AMOUNT_TIERS } from '../../helpers/classify-settings';
import { sidebarClassify } from '../../helpers/sidebar-calls';
import { useWorkbooks } from '../../helpers/spreadsheet';

const open = useWorkbooks();

/** Customer i in region `R<1 + i % 10>`: R1 and R2 get three customers each, the others two. */
const CUSTOMERS = 22;
const regionOf = (i: number) => `R${1 + (i % 10)}`;
const LOG: CellValue[][] = [
  ['Customer', 'Date', 'Amount', 'Region'],
  ...Array.from({ length: CUSTOMERS }, (_, i) => [
    `c${i}`,
    `2024-03-${String(1 + (i % 28)).padStart(2, '0')}`,
    10 + i * 7,
    regionOf(i),
  ]),
];

const settings = (withGroup: boolean): ClassifySettings => ({
  ...CUSTOMER_DATE_AMOUNT_TIERS,
  roles: [
    ...CUSTOMER_DATE_AMOUNT_TIERS.roles,
    ...(withGroup ? [{ index: 3, role: 'group' as const }] : []),
  ],
});

describe('the breakdowns of a run', () => {
  it('show the 7 largest groups and Other, each customer counted once, as by hand', () => {
    open([{ name: 'Orders', values: LOG }]);
    const result = sidebarClassify(settings(true));
    if (!('legend' in result)) throw new Error(JSON.stringify(result));
    const [split] = result.breakdowns ?? [];
    // by hand: R1 and R2 have 3 customers, R3…R10 have 2; ties keep the sorted order
    expect(split?.header).toBe('Region');
    expect(split?.groups).toEqual(['R1', 'R2', 'R3', 'R4', 'R5', 'R6', 'R7', 'Other']);
    expect(split?.segments).toEqual(
      result.legend.filter((entry) => entry.customers > 0).map((entry) => entry.label),
    );
    const labels = SpreadsheetApp.getActiveSheet()
      .getRange(2, 5, CUSTOMERS, 1)
      .getValues()
      .map(([label]) => String(label));
    split?.segments.forEach((segment, s) => {
      const members = labels.flatMap((label, i) => (label === segment ? [regionOf(i)] : []));
      const inRegion = (region: string) => members.filter((r) => r === region).length;
      const shown = split.groups.slice(0, -1);
      expect(split.customers[s]).toEqual([
        ...shown.map(inRegion),
        members.filter((r) => !shown.includes(r)).length,
      ]);
    });
  });

  it('leave out the customers a prediction model gives no class, as the legend does', () => {
    // twelve customers buying all year, and one who only returned goods: churn risk leaves
    // that one out, and the sheet labels their rows with nothing
    const log: CellValue[][] = [['Customer', 'Date', 'Amount', 'Region']];
    for (let customer = 0; customer < 12; customer++)
      for (let day = customer; day < 360; day += 9 + customer)
        log.push([
          `c${customer}`,
          new Date(Date.UTC(2024, 0, 1 + day)),
          10 + day,
          regionOf(customer),
        ]);
    log.push(['returns only', new Date(Date.UTC(2024, 5, 1)), -40, 'R1']);
    open([{ name: 'Orders', values: log }]);
    const result = sidebarClassify({ ...settings(true), model: 'churn-risk' });
    if (!('legend' in result)) throw new Error(JSON.stringify(result));
    const [split] = result.breakdowns ?? [];
    expect(split?.segments).not.toContain('');
    const counted = split?.customers.flat().reduce((a, b) => a + b, 0);
    expect(counted).toBe(result.legend.reduce((total, entry) => total + entry.customers, 0));
    expect(counted).toBe(12);
  });

  it('are absent without a group-by column', () => {
    open([{ name: 'Orders', values: LOG }]);
    const result = sidebarClassify(settings(false));
    expect('breakdowns' in result).toBe(false);
  });
});
