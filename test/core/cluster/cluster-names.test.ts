/**
 * This file defines the tests of ordering and naming clusters by their centres: most valuable
 * first, a word per measure for its side of the average, measures at the average left out, and
 * clusters that would share a name numbered in value order.
 */
import { describe, expect, it } from 'vitest';
import { clusterNames, valueOrder } from '../../../src/core/cluster/cluster-names';

describe('valueOrder', () => {
  it('orders by −z(recency) + z(frequency) + z(monetary), highest first', () => {
    // Scores: cluster 0: −1 + 0 + 0 = −1; cluster 1: 0 + 1 + 1 = 2; cluster 2: 2 + 0 − 1 = 1.
    const centres = Float64Array.of(1, 0, 0, 0, 1, 1, -2, 0, -1);
    expect(Array.from(valueOrder(centres))).toEqual([1, 2, 0]);
  });

  it('keeps the lower cluster first among equal scores', () => {
    // Scores 0, 1, 1.
    expect(Array.from(valueOrder(Float64Array.of(1, 1, 0, 0, 0, 1, -1, 0, 0)))).toEqual([1, 2, 0]);
  });
});

describe('clusterNames', () => {
  it('names each side of the average in both languages', () => {
    const names = clusterNames(Float64Array.of(-0.5, 0.2, 1, 0.5, -0.2, -1));
    expect(names).toEqual([
      { en: 'Recent · frequent · high spend', zh: '近期 · 高频 · 高消费' },
      { en: 'Lapsed · occasional · low spend', zh: '久未购买 · 低频 · 低消费' },
    ]);
  });

  it('leaves out a measure at the average, and names a centre at the average in all', () => {
    const names = clusterNames(Float64Array.of(0, 1, -1, 1, 0, 0, 0, 0, 0));
    expect(names.map((name) => name.en)).toEqual(['Frequent · low spend', 'Lapsed', 'Average']);
    expect(names.map((name) => name.zh)).toEqual(['高频 · 低消费', '久未购买', '平均水平']);
  });

  it('numbers clusters that would share a name, in the order given', () => {
    const names = clusterNames(Float64Array.of(-1, 2, 2, -1, 1, 1, 1, -1, -1, -0.5, 0.5, 0.5));
    expect(names.map((name) => name.en)).toEqual([
      'Recent · frequent · high spend 1',
      'Recent · frequent · high spend 2',
      'Lapsed · occasional · low spend',
      'Recent · frequent · high spend 3',
    ]);
    expect(names[1]?.zh).toBe('近期 · 高频 · 高消费 2');
  });
});
