/**
 * RFM_TABLE in the bundle as Apps Script loads it, on two real transaction logs: the R `rfm`
 * package's orders (checked against the package's README) and a month of UCI Online Retail
 * (cancellations, rows without a customer, duplicate lines), checked against a summary
 * computed here.
 */
import { describe, expect, it } from 'vitest';
import { loadBundle } from '../../dev/apps-script-vm';
import { readFixture } from '../helpers/csv';
import { correctlyRoundedSum } from '../helpers/exact-sum';

type Table = unknown[][];
const HEADER = [
  'Customer',
  'Last purchase',
  'Recency (days)',
  'Frequency',
  'Monetary',
  'R',
  'F',
  'M',
  'RFM code',
  'Segment',
  'Tier',
];

describe('RFM_TABLE on rfm_data_orders, as of 2006-12-31', () => {
  const orders = readFixture('rfm-data-orders.csv');
  const bundle = loadBundle({ locale: 'en_US', timeZone: 'Asia/Shanghai' });
  const table = bundle.call(
    'RFM_TABLE',
    orders.map((row) => [row.customer_id]),
    orders.map((row) => [row.order_date]),
    orders.map((row) => [Number(row.revenue)]),
    '2006-12-31',
  ) as Table;
  const byCustomer = new Map(table.slice(1).map((row) => [row[0], row]));

  it('has a header and the 995 customers, whose frequencies sum to the 4,906 orders', () => {
    expect(table[0]).toEqual(HEADER);
    expect(table).toHaveLength(996);
    expect(table.slice(1).reduce((total, row) => total + (row[3] as number), 0)).toBe(4906);
  });

  it("gives the rows of the R rfm package's README", () => {
    const row = (name: string) => (byCustomer.get(name) ?? []).filter((_, i) => i !== 1);
    expect(row("Abbey O'Reilly")).toEqual([
      "Abbey O'Reilly",
      205,
      6,
      472,
      3,
      4,
      3,
      343,
      'Loyal Customers',
      'Regular',
    ]);
    expect(row('Aden Murphy')).toEqual([
      'Aden Murphy',
      98,
      7,
      596,
      5,
      4,
      4,
      544,
      'Champions',
      'Regular',
    ]);
  });

  it('shows the last purchase as a date cell: midnight of that day in the sheet zone', () => {
    const lastPurchase = byCustomer.get("Abbey O'Reilly")?.[1] as Date;
    expect(Object.prototype.toString.call(lastPurchase)).toBe('[object Date]');
    expect(lastPurchase.toISOString()).toBe('2006-06-08T16:00:00.000Z');
  });
});

describe('RFM_TABLE on a month of UCI Online Retail', () => {
  const lines = readFixture('online-retail-2010-12.csv');
  // as Sheets hands them: ids and numeric invoice numbers as numbers, times as Dates (London = UTC in December)
  const customers = lines.map((line) => [line.CustomerID === '' ? '' : Number(line.CustomerID)]);
  const dates = lines.map((line) => [new Date(`${line.InvoiceDate?.replace(' ', 'T')}Z`)]);
  const amounts = lines.map((line) => [Number(line.Quantity) * Number(line.UnitPrice)]);
  const invoices = lines.map((line) => [
    /^\d+$/.test(line.InvoiceNo ?? '') ? Number(line.InvoiceNo) : line.InvoiceNo,
  ]);

  /** The expected summary, by the rules of docs/domain.md §2, computed independently. */
  function expectedSummary() {
    const summary = new Map<number, { invoices: Set<string>; monetary: number; last: string }>();
    for (const line of lines) {
      if (line.CustomerID === '') continue;
      const id = Number(line.CustomerID);
      const entry = summary.get(id) ?? { invoices: new Set<string>(), monetary: 0, last: '' };
      const amount = Number(line.Quantity) * Number(line.UnitPrice);
      entry.monetary += amount;
      if (amount > 0) {
        entry.invoices.add(line.InvoiceNo ?? '');
        const day = (line.InvoiceDate ?? '').slice(0, 10);
        if (day > entry.last) entry.last = day;
      }
      summary.set(id, entry);
    }
    return summary;
  }

  const bundle = loadBundle({ locale: 'en_GB', timeZone: 'Europe/London' });
  const table = bundle.call(
    'RFM_TABLE',
    customers,
    dates,
    amounts,
    '2010-12-24',
    invoices,
  ) as Table;
  const body = table.slice(1, -1);

  it('has the 948 customers, and a note for the 15,631 rows without one', () => {
    expect(body).toHaveLength(948);
    expect(table.at(-1)?.[0]).toBe('Note: 15,631 rows without a customer skipped.');
    expect(
      table
        .at(-1)
        ?.slice(1)
        .every((cell) => cell === ''),
    ).toBe(true);
  });

  it('counts distinct invoices with a purchase, nets cancellations, and dates the last purchase', () => {
    const expected = expectedSummary();
    for (const row of body) {
      const entry = expected.get(row[0] as number);
      expect(entry, String(row[0])).toBeDefined();
      expect(row[3]).toBe(entry?.invoices.size);
      expect(row[4] as number).toBeCloseTo(entry?.monetary ?? Number.NaN, 6);
      if (entry?.last === '') expect(row.slice(1, 3)).toEqual(['', '']);
      else expect((row[1] as Date).toISOString().slice(0, 10)).toBe(entry?.last);
    }
  });

  it("sums each customer's money correctly rounded, as a careful hand sum would", () => {
    const amountsOf = new Map<unknown, number[]>();
    lines.forEach((line, i) => {
      if (line.CustomerID === '') return;
      const id = customers[i]?.[0];
      amountsOf.set(id, [...(amountsOf.get(id) ?? []), amounts[i]?.[0] as number]);
    });
    expect(body.find((row) => row[0] === 17850)?.[4]).toBe(5391.21);
    const off = body.filter((row) => row[4] !== correctlyRoundedSum(amountsOf.get(row[0]) ?? []));
    expect(off.map((row) => row[0])).toEqual([]);
  });

  it('makes customers with only cancellations prospects: no scores, code 0, Prospects', () => {
    const onlyCancelled = body.filter((row) => row[3] === 0);
    expect(onlyCancelled).toHaveLength(63);
    for (const row of onlyCancelled) {
      expect(row.slice(5, 9)).toEqual([0, 0, 0, 0]);
      expect(row[9]).toBe('Prospects');
      expect(row[10]).toBe('Potential');
      expect(row[4] as number).toBeLessThanOrEqual(0);
    }
  });

  it('counts duplicate lines once as orders when invoices are given, each time as rows without them', () => {
    const withoutInvoices = bundle.call(
      'RFM_TABLE',
      customers,
      dates,
      amounts,
      '2010-12-24',
    ) as Table;
    const rowsWithPurchase = lines.filter(
      (line) => line.CustomerID !== '' && Number(line.Quantity) * Number(line.UnitPrice) > 0,
    ).length;
    const total = (rows: Table) =>
      rows.slice(1, -1).reduce((sum, row) => sum + (row[3] as number), 0);
    expect(total(withoutInvoices)).toBe(rowsWithPurchase);
    expect(total(table)).toBeLessThan(rowsWithPurchase);
  });
});

describe("RFM_TABLE on rfm_data_orders at the user's own breaks, in the bundle", () => {
  const orders = readFixture('rfm-data-orders.csv');
  const bundle = loadBundle({ locale: 'en_US', timeZone: 'Asia/Shanghai' });
  const recencyBreaks = [30, 90, 180, 365];
  const frequencyBreaks = [2, 4, 8, 16];
  const monetaryBreaks = [200, 500, 1000];
  const table = bundle.call(
    'RFM_TABLE',
    orders.map((row) => [row.customer_id]),
    orders.map((row) => [row.order_date]),
    orders.map((row) => [Number(row.revenue)]),
    '2006-12-31',
    '',
    [recencyBreaks],
    [frequencyBreaks],
    [monetaryBreaks],
  ) as Table;
  /** The score a hand count gives: 1 + the breaks a value is beyond, on the better side. */
  const handScore = (value: number, breaks: readonly number[], fewerIsBetter: boolean) =>
    1 + breaks.filter((cut) => (fewerIsBetter ? cut > value : cut < value)).length;

  it('scores every customer as a hand count of the breaks does', () => {
    expect(table).toHaveLength(996);
    for (const row of table.slice(1)) {
      const [recency, frequency, monetary, r, f, m, code] = row.slice(2, 9) as number[];
      expect(r).toBe(handScore(recency as number, recencyBreaks, true));
      expect(f).toBe(handScore(frequency as number, frequencyBreaks, false));
      expect(m).toBe(handScore(monetary as number, monetaryBreaks, false));
      expect(code).toBe(100 * (r as number) + 10 * (f as number) + (m as number));
    }
    // every level of the four-level M occurs
    expect(new Set(table.slice(1).map((row) => row[7]))).toEqual(new Set([1, 2, 3, 4]));
  });
});
