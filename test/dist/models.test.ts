/**
 * RFM_SEGMENT, RFM_CLASS, ABC_CLASS and CLV in the bundle as Apps Script loads it, on the R
 * `rfm` package's data, against references written here from docs/domain.md.
 */
import { describe, expect, it } from 'vitest';
import { loadBundle } from '../../dev/apps-script-vm';
import { readFixture } from '../helpers/csv';

const customers = readFixture('rfm-data-customer.csv');
const days = customers.map((row) => Number(row.recency_days));
const orders = customers.map((row) => Number(row.number_of_orders));
const revenue = customers.map((row) => Number(row.revenue));
const asColumn = (values: readonly unknown[]) => values.map((value) => [value]);
const firstCells = (rows: unknown) => (rows as unknown[][]).map((row) => row[0]);
const mean = (values: readonly number[]) => values.reduce((a, b) => a + b, 0) / values.length;

const bundle = loadBundle({ locale: 'zh_CN', timeZone: 'Asia/Shanghai' });

describe('the models on the 39,999 customers of R rfm', () => {
  const codes = firstCells(
    bundle.call('RFM_SCORE', asColumn(days), asColumn(orders), asColumn(revenue)),
  ) as number[];

  it('RFM_SEGMENT names each code by the first matching row of the table', () => {
    const table: [string, number[], number[], number[]][] = [
      ['冠军客户', [4, 5], [4, 5], [4, 5]],
      ['忠诚客户', [2, 5], [3, 5], [3, 5]],
      ['新客户', [4, 5], [1, 1], [1, 1]],
      ['有潜力客户', [3, 4], [1, 1], [1, 1]],
      ['潜力忠诚客户', [3, 5], [1, 3], [1, 3]],
      ['需要关注客户', [2, 3], [2, 3], [2, 3]],
      ['即将沉睡客户', [2, 3], [1, 2], [1, 2]],
      ['不能失去的客户', [1, 1], [4, 5], [4, 5]],
      ['有流失风险客户', [1, 2], [2, 5], [2, 5]],
      ['已流失客户', [1, 2], [1, 2], [1, 2]],
    ];
    const expected = codes.map((code) => {
      const [r, f, m] = String(code).split('').map(Number) as [number, number, number];
      const inRange = (score: number, [low, high]: number[]) =>
        score >= (low as number) && score <= (high as number);
      return (
        table.find(([, rs, fs, ms]) => inRange(r, rs) && inRange(f, fs) && inRange(m, ms))?.[0] ??
        '其他'
      );
    });
    expect(firstCells(bundle.call('RFM_SEGMENT', asColumn(codes)))).toEqual(expected);
    expect(new Set(expected).size).toBeGreaterThan(8);
  });

  it('RFM_CLASS compares each measure with its mean', () => {
    const [meanDays, meanOrders, meanRevenue] = [mean(days), mean(orders), mean(revenue)];
    const names: Record<string, string> = {
      '111': '重要价值客户',
      '011': '重要保持客户',
      '101': '重要发展客户',
      '001': '重要挽留客户',
      '110': '一般价值客户',
      '010': '一般保持客户',
      '100': '一般发展客户',
      '000': '一般挽留客户',
    };
    const expected = customers.map(
      (_, i) =>
        names[
          `${+((days[i] as number) <= meanDays)}${+((orders[i] as number) >= meanOrders)}${+((revenue[i] as number) >= meanRevenue)}`
        ],
    );
    expect(
      firstCells(bundle.call('RFM_CLASS', asColumn(days), asColumn(orders), asColumn(revenue))),
    ).toEqual(expected);
  });

  it('ABC_CLASS cuts the revenue ranking at 80 % and 95 %, ties together', () => {
    const total = revenue.reduce((a, b) => a + b, 0);
    const ranking = [...revenue].sort((a, b) => b - a);
    const classOf = new Map<number, string>();
    let before = 0;
    for (const value of ranking) {
      if (!classOf.has(value))
        classOf.set(value, before / total < 0.8 ? 'A' : before / total < 0.95 ? 'B' : 'C');
      before += value;
    }
    const classes = firstCells(bundle.call('ABC_CLASS', asColumn(revenue)));
    expect(classes).toEqual(revenue.map((value) => classOf.get(value)));
    expect(classes.filter((abc) => abc === 'A').length).toBeGreaterThan(15_000);
  });
});

describe('CLV on the yearly revenue of the R rfm orders', () => {
  const log = readFixture('rfm-data-orders.csv');
  const years = ['2004', '2005', '2006'];
  const byCustomer = new Map<string, number[]>();
  for (const row of log) {
    const yearly = byCustomer.get(row.customer_id ?? '') ?? [0, 0, 0];
    const year = years.indexOf((row.order_date ?? '').slice(0, 4));
    if (year >= 0) yearly[year] = (yearly[year] as number) + Number(row.revenue);
    byCustomer.set(row.customer_id ?? '', yearly);
  }
  const revenues = [...byCustomer.values()];
  const costs = revenues.map((yearly) => yearly.map((value) => value * 0.6));

  it('discounts each year’s margin at 10 % a year', () => {
    const values = firstCells(bundle.call('CLV', revenues, costs, '10%')) as number[];
    expect(values).toHaveLength(byCustomer.size);
    values.forEach((value, i) => {
      const expected = (revenues[i] as number[]).reduce(
        (sum, r, t) => sum + (r - (costs[i]?.[t] ?? 0)) / 1.1 ** t,
        0,
      );
      expect(value).toBeCloseTo(expected, 8);
    });
  });
});
