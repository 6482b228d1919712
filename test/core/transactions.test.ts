import { describe, expect, it } from 'vitest';
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
