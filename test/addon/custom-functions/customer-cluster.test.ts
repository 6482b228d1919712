import { describe, expect, it } from 'vitest';
import { CUSTOMER_CLUSTER } from '../../../src/addon/custom-functions/customer-cluster';
import { column, firstCells, thrownMessage } from '../../helpers/ranges';
import { useFakeSpreadsheet } from '../../helpers/spreadsheet';

useFakeSpreadsheet();

// two plain groups: recent, frequent big spenders and lapsed one-off small ones; and a prospect
const recency = [3, 5, 4, 6, 300, 320, 310, 290, ''];
const frequency = [12, 10, 11, 9, 1, 1, 2, 1, 0];
const monetary = [900, 1200, 1000, 800, 20, 25, 30, 15, 0];

describe('CUSTOMER_CLUSTER', () => {
  it('finds the groups, names them by their typical customer and calls prospects Prospects', () => {
    const labels = firstCells(
      CUSTOMER_CLUSTER(column(...recency), column(...frequency), column(...monetary)),
    );
    expect(labels).toEqual([
      ...Array(4).fill('Recent · frequent · high spend'),
      ...Array(4).fill('Lapsed · occasional · low spend'),
      'Prospects',
    ]);
  });

  it('gives every customer the same cluster whatever the row order, in Chinese too', () => {
    const order = [8, 3, 6, 0, 5, 2, 7, 1, 4];
    const shuffled = (values: unknown[]) => column(...order.map((i) => values[i]));
    const labels = firstCells(
      CUSTOMER_CLUSTER(shuffled(recency), shuffled(frequency), shuffled(monetary), 2, 'zh'),
    );
    const straight = firstCells(
      CUSTOMER_CLUSTER(column(...recency), column(...frequency), column(...monetary), 2, 'zh'),
    );
    expect(labels).toEqual(order.map((i) => straight[i]));
    expect(straight[0]).toBe('近期 · 高频 · 高消费');
  });

  it('refuses more clusters than different customers, or than it can colour', () => {
    const two = (values: unknown[]) => column(...values.slice(0, 2));
    expect(
      thrownMessage(() => CUSTOMER_CLUSTER(two(recency), two(frequency), two(monetary), 3)),
    ).toBe(
      'CUSTOMER_CLUSTER: k: 3 clusters need at least as many different customers; there are 2.',
    );
    expect(
      thrownMessage(() =>
        CUSTOMER_CLUSTER(column(...recency), column(...frequency), column(...monetary), 9),
      ),
    ).toBe('CUSTOMER_CLUSTER: k: 9 is not allowed; use a whole number of clusters from 2 to 8.');
  });

  it('names the row of a customer who returned more than they bought', () => {
    const refunded = [...monetary];
    refunded[5] = -40;
    expect(
      thrownMessage(() =>
        CUSTOMER_CLUSTER(column(...recency), column(...frequency), column(...refunded)),
      ),
    ).toBe('CUSTOMER_CLUSTER: monetary, row 6: -40 is negative; it must be 0 or more.');
  });
});
