/**
 * Row order never changes a customer's result: each model is fitted on all the rows at once, so
 * a sorted or shuffled sheet must give every customer the same answer.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { simulateCustomers } from '../../../dev/btyd-simulation';
import { CLV_PREDICT } from '../../../src/addon/custom-functions/clv-predict';
import { CUSTOMER_CLUSTER } from '../../../src/addon/custom-functions/customer-cluster';
import { P_ALIVE } from '../../../src/addon/custom-functions/p-alive';
import { column, firstCells } from '../../helpers/ranges';
import { useFakeSpreadsheet } from '../../helpers/spreadsheet';

useFakeSpreadsheet();

const customers = simulateCustomers(
  { r: 0.3, alpha: 4, a: 0.8, b: 2.5 },
  { customers: 600, longestT: 39, entrySpan: 12, seed: 5, spend: { p: 6, q: 4, gamma: 15 } },
);
const { frequency, recency, T, monetary } = customers;
const orders = frequency.map((x) => x + 1);
const daysSince = recency.map((tx, i) => Math.round(((T[i] as number) - tx) * 7));

/** A function's answers for the customers in an order, given back in the customers' order. */
function inOrder(
  order: readonly number[],
  call: (pick: (values: readonly number[]) => unknown[][]) => unknown[][],
) {
  const answers = firstCells(call((values) => column(...order.map((i) => values[i]))));
  const back = new Array<unknown>(order.length);
  order.forEach((customer, position) => {
    back[customer] = answers[position];
  });
  return back;
}

describe.each([
  [
    'P_ALIVE',
    (pick: (v: readonly number[]) => unknown[][]) =>
      P_ALIVE(pick(frequency), pick(recency), pick(T)),
  ],
  [
    'CLV_PREDICT',
    (pick: (v: readonly number[]) => unknown[][]) =>
      CLV_PREDICT(pick(frequency), pick(recency), pick(T), pick(monetary), 12, 0.01),
  ],
  [
    'CUSTOMER_CLUSTER',
    (pick: (v: readonly number[]) => unknown[][]) =>
      CUSTOMER_CLUSTER(pick(daysSince), pick(orders), pick(monetary)),
  ],
])('%s', (_, call) => {
  it('gives each customer the same answer in any row order', () => {
    const straight = inOrder(
      frequency.map((_, i) => i),
      call,
    );
    fc.assert(
      fc.property(
        fc.shuffledSubarray(
          straight.map((_, i) => i),
          { minLength: straight.length },
        ),
        (order) => {
          const answers = inOrder(order, call);
          answers.forEach((answer, i) => {
            if (typeof answer === 'number') expect(answer).toBeCloseTo(straight[i] as number, 9);
            else expect(answer).toBe(straight[i]);
          });
        },
      ),
      { numRuns: 5 },
    );
  });
});
