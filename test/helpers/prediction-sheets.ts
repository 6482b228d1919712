/**
 * This file defines what the prediction models' sidebar tests share: the sandbox's demo log
 * (Online Retail, December 2010) as the sheet holds it, its Classify, the columns the run wrote,
 * per-customer values of the custom functions to compare them with, and a customer table with
 * first purchase dates.
 */
import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import { parseCsv } from '../../dev/csv';
import type { CellValue } from '../../dev/spreadsheet-fake/cell-input';
import type { SheetSeed } from '../../dev/spreadsheet-fake/workbook';
import type { ClassifyResult, ClassifySettings } from '../../src/addon/sidebar/api';
import { DEFAULT_OPTIONS } from '../../src/addon/sidebar/survey';
import { CUSTOMER_DATE_AMOUNT_TIERS, CUSTOMER_TABLE_TIERS } from './classify-settings';
import { sidebarClassify } from './sidebar-calls';
import { customerTableValues } from './sidebar-sheets';
import { useWorkbooks } from './spreadsheet';

/**
 * The demo sheet's lines as customer, date and amount (quantity × unit price, as the sidebar
 * reads a log without an amount column), under a header row; lines without a customer kept.
 */
function demoLog(): CellValue[][] {
  const text = readFileSync(
    new URL('../../scripts/sandbox/demo/online-retail.csv', import.meta.url),
    'utf8',
  );
  const [, ...lines] = parseCsv(text);
  return [
    ['Customer', 'Date', 'Amount'],
    ...lines.map(([, , , quantity, date, price, customer]): CellValue[] => [
      customer === '' ? '' : Number(customer),
      new Date(`${date?.replace(' ', 'T')}Z`),
      Number(quantity) * Number(price),
    ]),
  ];
}

/** The demo log, header row first. */
export const log = demoLog();
const column = (index: number) => log.map((row) => [row[index]]);
/** The log's columns as the custom functions take them. */
export const [customers, dates, amounts] = [column(0), column(1), column(2)];

/** Three months after the log's last day: its customers have had time to lapse. */
export const LATER = '2011-03-23';

export function classifyDemoLog(
  open: (sheets: SheetSeed[], locale?: string) => unknown,
  model: ClassifySettings['model'],
  options: Partial<ClassifySettings['options']> = {},
): ClassifyResult {
  open([{ name: 'Online Retail', values: log }], 'en_GB');
  return sidebarClassify({
    ...CUSTOMER_DATE_AMOUNT_TIERS,
    model,
    options: { ...DEFAULT_OPTIONS, ...options },
  });
}

/** The file's workbooks (`useWorkbooks`), and Classify of the demo log in a new one by `model`. */
export function useDemoLog() {
  const open = useWorkbooks();
  const classify = (
    model: ClassifySettings['model'],
    options: Partial<ClassifySettings['options']> = {},
  ) => classifyDemoLog(open, model, options);
  return { open, classify };
}

/** The columns the run wrote after the log's three, header row included. */
export const written = (width: number) =>
  SpreadsheetApp.getActiveSheet().getRange(1, 4, log.length, width).getValues();

/** Per customer, a function's value on a table of customers, keyed by the table's first cell. */
export function byCustomer(table: unknown[][], values: unknown[][]): Map<unknown, unknown> {
  const shown = new Set<unknown>(customers.map(([customer]) => customer));
  // the table's notes below its customers are no customer
  const rows = table
    .slice(1)
    .flatMap((row, i) => (shown.has(row[0]) ? [[row[0], values[i + 1]?.[0]]] : []));
  return new Map(rows as [unknown, unknown][]);
}

/** Every log line's written row is its customer's, blank where the line has no customer. */
export function expectPerLine(rows: unknown[][], ofCustomer: (customer: unknown) => unknown[]) {
  log.slice(1).forEach((line, i) => {
    const expected = line[0] === '' ? rows[0]?.map(() => '') : ofCustomer(line[0]);
    expect(rows[i + 1], `line ${i + 2}`).toEqual(expected);
  });
}

/** The legend's counts are the customers of each label among the written ones. */
export function expectLegendCounts(result: ClassifyResult, labelOf: Map<unknown, unknown>) {
  const counts = new Map<unknown, number>();
  for (const label of labelOf.values()) counts.set(label, (counts.get(label) ?? 0) + 1);
  for (const entry of result.legend) expect(entry.customers).toBe(counts.get(entry.label) ?? 0);
  expect(result.legend.reduce((sum, entry) => sum + entry.revenueShare, 0)).toBeLessThanOrEqual(
    1 + 1e-12,
  );
}

/** The fixture's customers with a first purchase: 20 days per order before the last. */
export function datedTable(rows: number): CellValue[][] {
  const [header, ...body] = customerTableValues(rows);
  return [
    [...(header ?? []), 'First purchase'],
    ...body.map((row) => {
      const last = row[2] as Date;
      const orders = row[3] as number;
      return [...row, new Date(last.getTime() - Math.max(0, orders - 1) * 20 * 86_400_000)];
    }),
  ];
}
/** The customer table's settings with its first purchase column mapped. */
export const DATED: ClassifySettings = {
  ...CUSTOMER_TABLE_TIERS,
  roles: [...CUSTOMER_TABLE_TIERS.roles, { index: 4, role: 'first-purchase' }],
};
