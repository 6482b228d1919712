/**
 * The prediction models in the sidebar, on the sandbox's demo log (Online Retail, December 2010)
 * in the fake Spreadsheet service: every line gets its customer's churn risk with the numbers
 * behind it, lifecycle stage or cluster, each equal to what CHURN_RISK, P_ALIVE,
 * EXPECTED_PURCHASES, CLV_PREDICT, LIFECYCLE_STAGE and CUSTOMER_CLUSTER give on the same columns;
 * the legend counts them; Clear gives back the sheet exactly; a customer table is refused for
 * the models that need purchase days.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../dev/csv';
import type { CellValue } from '../../../dev/spreadsheet-fake/cell-input';
import { snapshot } from '../../../dev/spreadsheet-fake/snapshot';
import { BGNBD_FIT } from '../../../src/addon/custom-functions/bgnbd-fit';
import { BTYD_SUMMARY } from '../../../src/addon/custom-functions/btyd-summary';
import { CHURN_RISK } from '../../../src/addon/custom-functions/churn-risk';
import { CLV_PREDICT } from '../../../src/addon/custom-functions/clv-predict';
import { CUSTOMER_CLUSTER } from '../../../src/addon/custom-functions/customer-cluster';
import { EXPECTED_PURCHASES } from '../../../src/addon/custom-functions/expected-purchases';
import { LIFECYCLE_STAGE } from '../../../src/addon/custom-functions/lifecycle-stage';
import { P_ALIVE } from '../../../src/addon/custom-functions/p-alive';
import { RFM_TABLE } from '../../../src/addon/custom-functions/rfm-table';
import type { ClassifyResult, ClassifySettings } from '../../../src/addon/sidebar/api';
import { DEFAULT_OPTIONS } from '../../../src/addon/sidebar/survey';
import { CUSTOMER_DATE_AMOUNT_TIERS, CUSTOMER_TABLE_TIERS } from '../../helpers/classify-settings';
import { sidebarClassify, sidebarClear, sidebarResegment } from '../../helpers/sidebar-calls';
import { customerTableValues } from '../../helpers/sidebar-sheets';
import { useWorkbooks } from '../../helpers/spreadsheet';

const open = useWorkbooks();
const BANDS = ['Active', 'At risk', 'Likely churned'];

/**
 * The demo sheet's lines as customer, date and amount (quantity × unit price, as the sidebar
 * reads a log without an amount column), under a header row; lines without a customer kept.
 */
function demoLog(): CellValue[][] {
  const text = readFileSync(
    new URL('../../../scripts/sandbox/demo/online-retail.csv', import.meta.url),
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

const log = demoLog();
const column = (index: number) => log.map((row) => [row[index]]);
const [customers, dates, amounts] = [column(0), column(1), column(2)];

/** Three months after the log's last day: its customers have had time to lapse. */
const LATER = '2011-03-23';

function classify(
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

/** The columns the run wrote after the log's three, header row included. */
const written = (width: number) =>
  SpreadsheetApp.getActiveSheet().getRange(1, 4, log.length, width).getValues();

/** Per customer, a function's value on a table of customers, keyed by the table's first cell. */
function byCustomer(table: unknown[][], values: unknown[][]): Map<unknown, unknown> {
  const shown = new Set<unknown>(customers.map(([customer]) => customer));
  // the table's notes below its customers are no customer
  const rows = table
    .slice(1)
    .flatMap((row, i) => (shown.has(row[0]) ? [[row[0], values[i + 1]?.[0]]] : []));
  return new Map(rows as [unknown, unknown][]);
}

/** Every log line's written row is its customer's, blank where the line has no customer. */
function expectPerLine(rows: unknown[][], ofCustomer: (customer: unknown) => unknown[]) {
  log.slice(1).forEach((line, i) => {
    const expected = line[0] === '' ? rows[0]?.map(() => '') : ofCustomer(line[0]);
    expect(rows[i + 1], `line ${i + 2}`).toEqual(expected);
  });
}

/** The legend's counts are the customers of each label among the written ones. */
function expectLegendCounts(result: ClassifyResult, labelOf: Map<unknown, unknown>) {
  const counts = new Map<unknown, number>();
  for (const label of labelOf.values()) counts.set(label, (counts.get(label) ?? 0) + 1);
  for (const entry of result.legend) expect(entry.customers).toBe(counts.get(entry.label) ?? 0);
  expect(result.legend.reduce((sum, entry) => sum + entry.revenueShare, 0)).toBeLessThanOrEqual(
    1 + 1e-12,
  );
}

describe('churn risk in the sidebar', () => {
  it('writes each line its customer’s P(buys again), expected purchases, predicted CLV and band, as the functions give them', () => {
    // over a month, as long as the log's three weeks, its customers fall in two bands
    const horizon = 1;
    const result = classify('churn-risk', { horizon });
    const rows = written(4);
    expect(rows[0]).toEqual(['P(buys again)', 'Expected purchases', 'Predicted CLV', 'Churn risk']);
    const summary = BTYD_SUMMARY(customers, dates, amounts, '', 'months');
    const risk = byCustomer(summary, CHURN_RISK(summary, '', horizon));
    const purchases = byCustomer(summary, EXPECTED_PURCHASES(summary, horizon));
    const value = byCustomer(summary, CLV_PREDICT(summary, horizon));
    const alive = byCustomer(summary, P_ALIVE(summary));
    const [r, alpha] = BGNBD_FIT(summary)[1] as [number, number];
    const history = new Map(summary.slice(1).map((row) => [row[0], row]));
    expect(new Set(risk.values())).toEqual(new Set(['Active', 'At risk']));
    expectPerLine(rows, (customer) => {
      // left out of the summary (first purchase on the last day, or only returns): no prediction
      if (!history.has(customer)) return ['', '', '', ''];
      const [, x, , T] = history.get(customer) as number[];
      const row = rows.find((_, i) => log[i]?.[0] === customer) as unknown[];
      // the probability behind the band: P(alive) · (1 − ((α + T)/(α + T + t))^(r + x))
      const buyAgain =
        (alive.get(customer) as number) *
        (1 -
          (((alpha + (T as number)) / (alpha + (T as number) + horizon)) as number) **
            (r + (x as number)));
      expect(row[0]).toBeCloseTo(buyAgain, 12);
      return [row[0], purchases.get(customer), value.get(customer), risk.get(customer)];
    });
    expect(result.customers).toBe(102);
    expect(result.note).toContain('whose first purchase is on or after the calibration end');
    expectLegendCounts(result, risk);
    // the customer sheet holds the same four columns after RFM_TABLE's, one row per customer
    const customerRows = SpreadsheetApp.getActiveSpreadsheet()
      .getSheets()[1]
      ?.getDataRange()
      .getValues();
    expect(customerRows?.[0]?.slice(11, 15)).toEqual(rows[0]);
    for (const row of customerRows?.slice(1, 103) ?? []) {
      const line = rows.find((_, i) => log[i]?.[0] === row[0]);
      expect(row.slice(11, 15), `customer ${row[0]}`).toEqual(line);
    }
  });

  it('leaves predicted CLV empty, saying why, where the spend model does not hold', () => {
    // each customer spends more per purchase the more often they buy: Gamma-Gamma rules it out
    const lines: CellValue[][] = [['Customer', 'Date', 'Amount']];
    for (let c = 1; c <= 40; c++) {
      for (let day = 0; day <= c % 8; day++)
        lines.push([`C${c}`, new Date(Date.UTC(2024, 0, 1 + c + day * 9)), 10 * (1 + (c % 8))]);
    }
    open([{ name: 'Orders', values: lines }]);
    const result = sidebarClassify({
      ...CUSTOMER_DATE_AMOUNT_TIERS,
      model: 'churn-risk',
      options: DEFAULT_OPTIONS,
    });
    expect(result.note).toContain(
      'Predicted CLV left empty: CLV_PREDICT: spend per purchase and the number of purchases are correlated',
    );
    const values = SpreadsheetApp.getActiveSheet()
      .getRange(2, 4, lines.length - 1, 4)
      .getValues();
    expect(values.every((row) => row[2] === '' && BANDS.includes(row[3] as string))).toBe(true);
  });

  it('refuses thresholds out of order, as CHURN_RISK does', () => {
    open([{ name: 'Online Retail', values: log }], 'en_GB');
    const settings = {
      ...CUSTOMER_DATE_AMOUNT_TIERS,
      model: 'churn-risk' as const,
      options: { ...DEFAULT_OPTIONS, activeFrom: 0.2, atRiskFrom: 0.5 },
    };
    expect(() => sidebarClassify(settings)).toThrow(
      'thresholds: 0.2, 0.5: give the active threshold first',
    );
  });

  it('colours every row by its band, and Clear gives back the sheet exactly', () => {
    open([{ name: 'Online Retail', values: log }], 'en_GB');
    const before = snapshot(SpreadsheetApp.getActiveSpreadsheet());
    sidebarClassify({
      ...CUSTOMER_DATE_AMOUNT_TIERS,
      model: 'churn-risk',
      options: DEFAULT_OPTIONS,
    });
    const rules = SpreadsheetApp.getActiveSheet().getConditionalFormatRules();
    expect(rules.map((rule) => rule.getBooleanCondition()?.getCriteriaValues()[0])).toEqual([
      '=$G2="Active"',
      '=$G2="At risk"',
      '=$G2="Likely churned"',
    ]);
    expect(sidebarResegment().model).toBe('churn-risk');
    sidebarClear();
    expect(snapshot(SpreadsheetApp.getActiveSpreadsheet())).toEqual(before);
  });
});

describe('lifecycle stages in the sidebar', () => {
  it('writes each line its customer’s stage, as LIFECYCLE_STAGE(BTYD_SUMMARY(…)) gives it', () => {
    // as of the log's last day, every customer of its three weeks is new
    classify('lifecycle');
    expect(new Set(written(1).slice(1).flat())).toEqual(new Set(['New', 'Prospects', '']));

    const result = classify('lifecycle', { asOf: LATER });
    const rows = written(1);
    expect(rows[0]).toEqual(['Lifecycle stage']);
    const summary = BTYD_SUMMARY(customers, dates, amounts, LATER);
    const stage = byCustomer(summary, LIFECYCLE_STAGE(summary, LATER));
    // left out of the summary: a customer whose first purchase is on the log's last day is new,
    // one with only returns a prospect
    const buyers = new Set<unknown>(
      log.flatMap((line) => ((line[2] as number) > 0 ? [line[0]] : [])),
    );
    expectPerLine(rows, (customer) => [
      stage.get(customer) ?? (buyers.has(customer) ? 'New' : 'Prospects'),
    ]);
    expect(new Set(stage.values()).size).toBeGreaterThan(1);
    expect(result.customers).toBe(102);
  });
});

describe('clusters in the sidebar', () => {
  it('writes each line its customer’s cluster, as CUSTOMER_CLUSTER names it on the RFM measures', () => {
    const result = classify('clusters');
    const rows = written(1);
    expect(rows[0]).toEqual(['Cluster']);
    const table = RFM_TABLE(customers, dates, amounts).filter((row) => row[0] !== '');
    const measure = (index: number) => table.map((row) => [row[index]]);
    const clusters = CUSTOMER_CLUSTER(
      measure(2),
      measure(3),
      measure(4),
      DEFAULT_OPTIONS.clusterCount,
    );
    const cluster = byCustomer(table, clusters);
    expectPerLine(rows, (customer) => [cluster.get(customer)]);
    const names = new Set(cluster.values());
    names.delete('Prospects');
    expect(names.size).toBe(DEFAULT_OPTIONS.clusterCount);
    expectLegendCounts(result, cluster);
  });

  it('clusters a customer table too', () => {
    const values = customerTableValues(300);
    open([{ name: 'Customers', values }]);
    const result = sidebarClassify({ ...CUSTOMER_TABLE_TIERS, model: 'clusters' });
    expect(result.legend.map((entry) => entry.customers).reduce((a, b) => a + b)).toBe(300);
  });
});

describe('a customer table', () => {
  it.each([
    [
      'churn-risk',
      'en_US',
      '[remap] Churn risk (BG/NBD) needs to know when each customer first and last bought: choose a column for "First purchase date", or open the order log',
    ],
    [
      'lifecycle',
      'zh_CN',
      '[remap] “客户生命周期”需要知道每位客户首次和最近一次购买的时间：请为“首次购买日期”选择列',
    ],
  ] as const)(
    'without a first purchase date is refused for %s, saying what is missing',
    (model, locale, message) => {
      open([{ name: 'Customers', values: customerTableValues(20) }], locale);
      expect(() => sidebarClassify({ ...CUSTOMER_TABLE_TIERS, model })).toThrow(message);
    },
  );

  /** The fixture's customers with a first purchase: 20 days per order before the last. */
  function datedTable(rows: number): CellValue[][] {
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
  const DATED: ClassifySettings = {
    ...CUSTOMER_TABLE_TIERS,
    roles: [...CUSTOMER_TABLE_TIERS.roles, { index: 4, role: 'first-purchase' }],
  };

  it('with first purchase dates gets churn risk from the same inputs CHURN_RISK takes', () => {
    const values = datedTable(200);
    open([{ name: 'Customers', values }]);
    const result = sidebarClassify({ ...DATED, model: 'churn-risk' });
    const rows = SpreadsheetApp.getActiveSheet().getRange(2, 6, 200, 4).getValues();
    const body = values.slice(1);
    const day = (date: unknown) => Math.round((date as Date).getTime() / 86_400_000);
    const asOf = Math.max(...body.map((row) => day(row[2])));
    const months = 365.25 / 12;
    // repeat purchases, recency and T in months, spend per order
    const x = body.map((row) => [row[3] === 1 ? 0 : (row[3] as number) - 1]);
    const tx = body.map((row, i) => [x[i]?.[0] === 0 ? 0 : (day(row[2]) - day(row[4])) / months]);
    const T = body.map((row) => [(asOf - day(row[4])) / months]);
    const risks = CHURN_RISK(x, tx, T, '', DEFAULT_OPTIONS.horizon).flat();
    const purchases = EXPECTED_PURCHASES(x, tx, T, DEFAULT_OPTIONS.horizon).flat();
    // customers whose first purchase is on the as-of day are left out, as BTYD_SUMMARY leaves them
    const late = body.flatMap((row, i) => (day(row[4]) === asOf ? [i] : []));
    rows.forEach((row, i) => {
      if (late.includes(i)) expect(row).toEqual(['', '', '', '']);
      else expect([row[3], row[1]], `row ${i + 2}`).toEqual([risks[i], purchases[i]]);
    });
    expect(result.customers).toBe(200);
  });

  it('with first purchase dates gets the stage LIFECYCLE_STAGE gives', () => {
    const values = datedTable(200);
    open([{ name: 'Customers', values }], 'zh_CN');
    sidebarClassify({
      ...DATED,
      model: 'lifecycle',
      options: { ...DEFAULT_OPTIONS, churnDays: 400 },
    });
    const stages = SpreadsheetApp.getActiveSheet().getRange(1, 6, 201, 1).getValues();
    const cells = (index: number) => values.map((row) => [row[index]]);
    expect(stages).toEqual(LIFECYCLE_STAGE(cells(4), cells(2), cells(3), '', 400, 'zh'));
    expect(new Set(stages.flat()).size).toBeGreaterThan(3);
  });

  it('refuses a last purchase before the first, naming the cell', () => {
    const values = datedTable(5);
    const row = values[3] as CellValue[];
    row[4] = new Date((row[2] as Date).getTime() + 86_400_000);
    open([{ name: 'Customers', values }]);
    expect(() => sidebarClassify({ ...DATED, model: 'lifecycle' })).toThrow(/C4/);
  });
});
