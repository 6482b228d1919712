import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Key } from '../../src/core/key';
import { TransactionSummary } from '../../src/core/transaction-summary';
import { summarizeTransactions } from '../../src/core/transactions';

describe('TransactionSummary', () => {
  /** Gives a summary the log's lines one by one, as a reader of cells does. */
  function summarizeByLine(log: {
    customerKeys: (Key | null)[];
    days: number[];
    amounts: number[];
    orderIds?: (Key | null)[];
  }) {
    const { orderIds } = log;
    const summary = new TransactionSummary(
      log.customerKeys.length,
      orderIds && ((row) => orderIds[row] ?? null),
    );
    log.customerKeys.forEach((key, row) => {
      if (key === null) summary.skip();
      else
        summary.add(
          key,
          row,
          log.days[row] as number,
          log.amounts[row] as number,
          orderIds ? (orderIds[row] ?? null) : undefined,
        );
    });
    return summary;
  }

  const randomLog = fc
    .record({ customers: fc.integer({ min: 1, max: 3000 }), withOrders: fc.boolean() })
    .chain(({ customers, withOrders }) =>
      fc
        .array(
          fc.record({
            key: fc.oneof(
              fc.integer({ min: 0, max: customers }),
              fc.integer({ min: 0, max: customers }).map((id) => `C${id}`),
              fc.constant(null),
            ),
            day: fc.integer({ min: 0, max: 30 }),
            amount: fc.oneof(fc.constantFrom(10, 0, -5, 0.1, 0.2), fc.double({ noNaN: true })),
            order: fc.oneof(fc.integer({ min: 0, max: 50 }), fc.constantFrom('A', 'B', null)),
          }),
          { minLength: 0, maxLength: 3000 },
        )
        .map((lines) => ({
          customerKeys: lines.map((line) => line.key),
          days: lines.map((line) => line.day),
          amounts: lines.map((line) => line.amount),
          ...(withOrders ? { orderIds: lines.map((line) => line.order) } : {}),
        })),
    );

  it('equals summarizeTransactions line for line, past its first room for 1,024 customers', () => {
    fc.assert(
      fc.property(randomLog, (log) => {
        expect(summarizeByLine(log).summaries()).toEqual(summarizeTransactions(log));
      }),
      { numRuns: 60 },
    );
  });

  it('counts orders right when a finished summary hands its order set to the next, and when two are alive at once', () => {
    const log = {
      customerKeys: ['a', 'b', 'a', 'c'],
      days: [1, 2, 3, 4],
      amounts: [5, 5, 5, 5],
      orderIds: ['X', 'X', 'Y', 'Z'],
    };
    const expected = summarizeTransactions(log);
    const first = summarizeByLine(log);
    const alive = summarizeByLine({ ...log, orderIds: ['Y', 'Z', 'Y', 'X'] });
    expect(first.summaries()).toEqual(expected);
    expect(summarizeByLine(log).summaries()).toEqual(expected);
    expect(alive.summaries().frequency).toEqual([1, 1, 1]);
    expect(summarizeByLine(log).summaries()).toEqual(expected);
  });

  it('refuses order ids it has no way to read again', () => {
    const summary = new TransactionSummary(1);
    expect(() => summary.add('a', 0, 1, 5, 'X')).toThrow(RangeError);
  });
});
