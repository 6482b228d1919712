import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Key } from '../../src/core/key';
import { sum } from '../../src/core/sum';
import { summarizeTransactions } from '../../src/core/transactions';

describe('summarizeTransactions', () => {
  const log = {
    customerKeys: ['ann', 'bob', 'ann', null, 'ann', 'bob'],
    days: [10, 11, 15, 12, 20, 9],
    amounts: [100, 50, 30, 999, -40, 25],
  };

  it('groups by customer in order of first appearance', () => {
    const summary = summarizeTransactions(log);
    expect(summary.keys).toEqual(['ann', 'bob']);
    expect(summary.firstRows).toEqual([0, 1]);
    expect(summary.skippedRows).toBe(1);
  });

  it('counts positive rows as orders; returns reduce money and set no purchase date', () => {
    const summary = summarizeTransactions(log);
    expect(summary.frequency).toEqual([2, 2]);
    expect(summary.monetary).toEqual([90, 75]);
    expect(summary.lastPurchaseDays).toEqual([15, 11]);
  });

  it('counts distinct order ids when given', () => {
    const summary = summarizeTransactions({
      ...log,
      orderIds: ['o1', 'o2', 'o1', 'o3', 'C4', 'o5'],
    });
    expect(summary.frequency).toEqual([1, 2]);
  });

  it('leaves a customer with only returns without purchase or orders', () => {
    const summary = summarizeTransactions({ customerKeys: ['x'], days: [3], amounts: [-10] });
    expect(summary.lastPurchaseDays).toEqual([null]);
    expect(summary.frequency).toEqual([0]);
    expect(summary.monetary).toEqual([-10]);
  });

  it('handles an empty log and rejects ragged columns', () => {
    expect(summarizeTransactions({ customerKeys: [], days: [], amounts: [] }).keys).toEqual([]);
    expect(() => summarizeTransactions({ customerKeys: ['a'], days: [], amounts: [1] })).toThrow(
      RangeError,
    );
  });
});

describe('summarizeTransactions with order ids shared by customers', () => {
  it('takes order ids as equal as customer ids are: NaN (text "NaN" read as a number) is one id', () => {
    const summary = summarizeTransactions({
      customerKeys: ['a', 'a', 'a', 'a'],
      days: [1, 2, 3, 4],
      amounts: [1, 1, 1, 1],
      orderIds: [Number.NaN, Number.NaN, 'x', Number.NaN],
    });
    expect(summary.frequency).toEqual([2]);
  });

  it('counts an order once per customer that has it', () => {
    const summary = summarizeTransactions({
      customerKeys: ['a', 'b', 'a', 'b', 'c'],
      days: [1, 1, 1, 1, 1],
      amounts: [1, 1, 1, 1, 1],
      orderIds: ['x', 'x', 'x', 'x', 'x'],
    });
    expect(summary.frequency).toEqual([1, 1, 1]);
  });
});

/** The summaries computed the plain way: a Map per customer, a Set of order ids per customer. */
function referenceSummaries(log: {
  customerKeys: readonly (Key | null)[];
  days: ArrayLike<number>;
  amounts: ArrayLike<number>;
  orderIds?: readonly (Key | null)[];
}) {
  const byKey = new Map<
    Key,
    {
      key: Key;
      firstRow: number;
      amounts: number[];
      last: number | null;
      purchases: number;
      orders: Set<Key>;
    }
  >();
  let skippedRows = 0;
  log.customerKeys.forEach((key, row) => {
    if (key === null) {
      skippedRows++;
      return;
    }
    let customer = byKey.get(key);
    if (!customer) {
      customer = { key, firstRow: row, amounts: [], last: null, purchases: 0, orders: new Set() };
      byKey.set(key, customer);
    }
    const amount = log.amounts[row] as number;
    customer.amounts.push(amount);
    if (!(amount > 0)) return;
    const day = log.days[row] as number;
    customer.last = customer.last === null ? day : Math.max(customer.last, day);
    const order = log.orderIds?.[row];
    if (order === undefined || order === null) customer.purchases++;
    else customer.orders.add(order);
  });
  const customers = [...byKey.values()];
  return {
    // the key as first written: a Map would turn −0 into 0
    keys: customers.map((c) => c.key),
    firstRows: customers.map((c) => c.firstRow),
    lastPurchaseDays: customers.map((c) => c.last),
    frequency: customers.map((c) => c.purchases + c.orders.size),
    monetary: customers.map((c) => sum(c.amounts)),
    skippedRows,
  };
}

describe('summarizeTransactions against a plain computation', () => {
  // ids as sheets hold them and as they go wrong: whole numbers near the fast array's bound
  // (four per row), floats, negatives, −0, huge numbers, NaN and infinities, and text, some of it
  // looking like those numbers; a small pool of each makes repeats common
  const numberKey = fc.oneof(
    fc.integer({ min: 0, max: 200 }),
    fc.constantFrom(-0, -1, -7, 2.5, 0.1, 1e-300, 2 ** 31, 2 ** 32 + 1, 2 ** 53, 1e300, -1e300),
    fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY),
    fc.double({ noNaN: true }),
  );
  const textKey = fc.oneof(
    fc.constantFrom(
      '1',
      '0',
      '-0',
      'NaN',
      '2.5',
      'C000123',
      'C000124',
      'INV1001',
      ' ',
      'é',
      '客户',
    ),
    fc.string({ maxLength: 3 }),
  );
  const key = fc.oneof(numberKey, textKey);
  const line = fc.record({
    customer: fc.oneof({ weight: 6, arbitrary: key }, { weight: 1, arbitrary: fc.constant(null) }),
    day: fc.integer({ min: 18_000, max: 20_000 }),
    amount: fc.oneof(
      fc.integer({ min: -50, max: 500 }),
      fc.constantFrom(0, 0.1, 0.2, 9.99, -9.99, 1e16, 1),
      fc.double({ min: -1e6, max: 1e6, noNaN: true }),
    ),
    order: fc.oneof({ weight: 6, arbitrary: key }, { weight: 1, arbitrary: fc.constant(null) }),
  });
  // logs whose lines of one order come together, as sheets list them, and logs in any order
  const log = fc
    .array(line, { maxLength: 120 })
    .chain((lines) =>
      fc
        .boolean()
        .map((grouped) =>
          grouped
            ? [...lines].sort((a, b) => String(a.order).localeCompare(String(b.order)))
            : lines,
        ),
    );
  const columnsOf = (
    lines: readonly { customer: Key | null; day: number; amount: number; order: Key | null }[],
  ) => ({
    customerKeys: lines.map((l) => l.customer),
    days: lines.map((l) => l.day),
    amounts: lines.map((l) => l.amount),
    orderIds: lines.map((l) => l.order),
  });

  it('agrees with it with order ids, without, and on typed columns', () => {
    fc.assert(
      fc.property(log, (lines) => {
        const columns = columnsOf(lines);
        expect(summarizeTransactions(columns)).toEqual(referenceSummaries(columns));
        const { orderIds: _, ...rowsAsOrders } = columns;
        expect(summarizeTransactions(rowsAsOrders)).toEqual(referenceSummaries(rowsAsOrders));
        const typed = {
          ...columns,
          days: Float64Array.from(columns.days),
          amounts: Float64Array.from(columns.amounts),
        };
        expect(summarizeTransactions(typed)).toEqual(referenceSummaries(columns));
      }),
      { numRuns: 300 },
    );
  });

  it('agrees with it on a log of many customers with whole, text and huge ids', () => {
    const rows = 20_000;
    let seed = 7;
    const next = () => {
      seed = (Math.imul(seed, 1_103_515_245) + 12_345) >>> 0;
      return seed / 2 ** 32;
    };
    const customerKeys = Array.from({ length: rows }, (_, row): Key | null => {
      const id = Math.floor(next() * 3000);
      const kind = row % 7;
      if (kind === 0) return `C${String(id).padStart(6, '0')}`;
      if (kind === 1) return 2 ** 40 + id;
      if (kind === 2) return -id - 0.5;
      if (kind === 3 && id % 50 === 0) return null;
      return id * 30; // past the fast array's bound (four per row) from 2,667 on
    });
    const orderIds = customerKeys.map((_, row) =>
      row % 5 === 0 ? Math.floor(row / 3) : `INV${Math.floor(row / 2)}`,
    );
    const columns = {
      customerKeys,
      days: customerKeys.map(() => 18_000 + Math.floor(next() * 700)),
      amounts: customerKeys.map(() => Math.round((next() - 0.05) * 50_000) / 100),
      orderIds,
    };
    expect(summarizeTransactions(columns)).toEqual(referenceSummaries(columns));
  });
});
