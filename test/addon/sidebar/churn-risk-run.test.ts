/**
 * Churn risk in the sidebar, on the sandbox's demo log in the fake Spreadsheet service: every
 * line gets its customer's P(buys again), expected purchases, predicted CLV and band, each equal
 * to what CHURN_RISK, P_ALIVE, EXPECTED_PURCHASES and CLV_PREDICT give on the same columns; the
 * legend counts them; Clear gives back the sheet exactly; a customer table with first purchase
 * dates gets the same inputs CHURN_RISK takes.
 */
import { describe, expect, it } from 'vitest';
import type { CellValue } from '../../../dev/spreadsheet-fake/cell-input';
import { snapshot } from '../../../dev/spreadsheet-fake/snapshot';
import { BGNBD_FIT } from '../../../src/addon/custom-functions/bgnbd-fit';
import { BTYD_SUMMARY } from '../../../src/addon/custom-functions/btyd-summary';
import { CHURN_RISK } from '../../../src/addon/custom-functions/churn-risk';
import { CLV_PREDICT } from '../../../src/addon/custom-functions/clv-predict';
import { EXPECTED_PURCHASES } from '../../../src/addon/custom-functions/expected-purchases';
import { P_ALIVE } from '../../../src/addon/custom-functions/p-alive';
import { DEFAULT_OPTIONS } from '../../../src/addon/sidebar/survey';
import { CUSTOMER_DATE_AMOUNT_TIERS } from '../../helpers/classify-settings';
import {
  amounts,
  byCustomer,
  customers,
  DATED,
  datedTable,
  dates,
  expectLegendCounts,
  expectPerLine,
  log,
  useDemoLog,
  written,
} from '../../helpers/prediction-sheets';
import { sidebarClassify, sidebarClear, sidebarResegment } from '../../helpers/sidebar-calls';

const { open, classify } = useDemoLog();
const BANDS = ['Active', 'At risk', 'Likely churned'];

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

describe('churn risk on a customer table', () => {
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
});
