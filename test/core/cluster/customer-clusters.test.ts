/**
 * This file defines the tests of customer clusters: separated groups found whole, k chosen by
 * the silhouette, clusters numbered by value and named by their centres, the same clusters for
 * the same data in any row order, large data scored on a sample, and the inputs refused.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type ClusterOptions, customerClusters } from '../../../src/core/cluster/customer-clusters';
import { seededRandom } from '../../../src/core/cluster/random';

interface Customer {
  readonly recencyDays: number;
  readonly frequency: number;
  readonly monetary: number;
}

function columns(customers: readonly Customer[]) {
  return {
    recencyDays: customers.map((c) => c.recencyDays),
    frequency: customers.map((c) => c.frequency),
    monetary: customers.map((c) => c.monetary),
  };
}

/** `each` customers per group, every measure drawn uniformly from the group's range. */
function groups(
  ranges: readonly (readonly [number, number])[][],
  each: number,
  seed = 1,
): Customer[] {
  const random = seededRandom(seed);
  const draw = ([low, high]: readonly [number, number]) =>
    Math.round(low + (high - low) * random());
  return ranges.flatMap(([recency, frequency, monetary]) =>
    Array.from({ length: each }, () => ({
      recencyDays: draw(recency as [number, number]),
      frequency: draw(frequency as [number, number]),
      monetary: draw(monetary as [number, number]),
    })),
  );
}

// Three groups far apart on the log scale, listed least valuable first.
const LAPSED: (readonly [number, number])[] = [
  [300, 500],
  [1, 1],
  [10, 30],
];
const MIDDLE: (readonly [number, number])[] = [
  [40, 80],
  [4, 7],
  [200, 400],
];
const BEST: (readonly [number, number])[] = [
  [2, 8],
  [20, 30],
  [2000, 4000],
];
const THREE_GROUPS = groups([LAPSED, MIDDLE, BEST], 40);

describe('customerClusters', () => {
  it('finds separated groups whole, the most valuable as cluster 0', () => {
    const result = customerClusters(columns(THREE_GROUPS), { k: 3 });
    const clusterOfGroup = (group: number) =>
      new Set(result.clusterOfCustomer.subarray(40 * group, 40 * group + 40));
    expect(clusterOfGroup(0)).toEqual(new Set([2]));
    expect(clusterOfGroup(1)).toEqual(new Set([1]));
    expect(clusterOfGroup(2)).toEqual(new Set([0]));
    expect(result.clusters.map((c) => c.size)).toEqual([40, 40, 40]);
    expect(result.clusters[0]?.name).toEqual({
      en: 'Recent · frequent · high spend',
      zh: '近期 · 高频 · 高消费',
    });
    expect(result.clusters[2]?.name).toEqual({
      en: 'Lapsed · occasional · low spend',
      zh: '久未购买 · 低频 · 低消费',
    });
    expect(result.silhouette).toBeGreaterThan(0.7);
  });

  it('chooses k by the silhouette when not given', () => {
    expect(customerClusters(columns(THREE_GROUPS)).k).toBe(3);
    const two = groups([LAPSED, BEST], 30, 2);
    expect(customerClusters(columns(two)).k).toBe(2);
  });

  it('gives each centre as the geometric mean of 1 + value, minus 1', () => {
    const same = Array.from({ length: 5 }, () => ({
      recencyDays: 400,
      frequency: 1,
      monetary: 20,
    }));
    const pair = [
      { recencyDays: 3, frequency: 8, monetary: 999 },
      { recencyDays: 8, frequency: 24, monetary: 3999 },
    ];
    const result = customerClusters(columns([...same, ...pair]), { k: 2 });
    const [best, lapsed] = result.clusters;
    expect(lapsed?.centre.recencyDays).toBeCloseTo(400, 9);
    expect(lapsed?.centre.frequency).toBeCloseTo(1, 9);
    expect(lapsed?.centre.monetary).toBeCloseTo(20, 9);
    // √(4 · 9) − 1 = 5, √(9 · 25) − 1 = 14, √(1000 · 4000) − 1 = 1999.
    expect(best?.centre.recencyDays).toBeCloseTo(5, 9);
    expect(best?.centre.frequency).toBeCloseTo(14, 9);
    expect(best?.centre.monetary).toBeCloseTo(1999, 9);
    expect(Array.from(result.clusterOfCustomer)).toEqual([1, 1, 1, 1, 1, 0, 0]);
  });

  it('gives the same clusters for the same data, in any row order', () => {
    const customer = fc.record({
      recencyDays: fc.integer({ min: 0, max: 400 }),
      frequency: fc.integer({ min: 0, max: 12 }),
      monetary: fc.oneof(
        fc.constantFrom(0, 50, 100),
        fc.double({ min: 0, max: 5000, noNaN: true }),
      ),
    });
    const data = fc
      .array(customer, { minLength: 3, maxLength: 40 })
      .chain((rows) =>
        fc.record({
          rows: fc.constant(rows),
          order: fc.shuffledSubarray([...rows.keys()], { minLength: rows.length }),
          k: fc.option(fc.integer({ min: 2, max: 3 }), { nil: undefined }),
        }),
      )
      .filter(
        ({ rows }) =>
          new Set(rows.map((r) => `${r.recencyDays},${r.frequency},${r.monetary}`)).size >= 3,
      );
    fc.assert(
      fc.property(data, ({ rows, order, k }) => {
        const options: ClusterOptions = k === undefined ? { restarts: 3 } : { k, restarts: 3 };
        const original = customerClusters(columns(rows), options);
        const shuffled = customerClusters(columns(order.map((i) => rows[i] as Customer)), options);
        expect(shuffled.clusters).toEqual(original.clusters);
        expect(shuffled.silhouette).toEqual(original.silhouette);
        order.forEach((from, to) => {
          expect(shuffled.clusterOfCustomer[to]).toBe(original.clusterOfCustomer[from]);
        });
      }),
      { numRuns: 60 },
    );
  });

  it('scores large data on a sample, still the same in any row order', () => {
    const many = groups([LAPSED, MIDDLE, BEST], 1500, 3);
    const result = customerClusters(columns(many));
    expect(result.k).toBe(3);
    const reversed = customerClusters(columns([...many].reverse()));
    expect(reversed.clusters).toEqual(result.clusters);
    expect(reversed.silhouette).toBe(result.silhouette);
    expect(Array.from(reversed.clusterOfCustomer).reverse()).toEqual(
      Array.from(result.clusterOfCustomer),
    );
  });

  it('gives a NaN silhouette when the sample misses every cluster but one', () => {
    // Seed 0 leaves the one odd customer out of the 3,000 drawn from 30,001.
    const many = [
      ...Array.from({ length: 30_000 }, () => ({ recencyDays: 5, frequency: 2, monetary: 80 })),
    ];
    many.push({ recencyDays: 300, frequency: 1, monetary: 5 });
    const result = customerClusters(columns(many));
    expect(result.k).toBe(2);
    expect(result.silhouette).toBeNaN();
    expect(result.clusters.map((c) => c.size)).toEqual([30_000, 1]);
  });

  it('refuses k outside 2..8 or above the distinct customers, and too few to choose from', () => {
    const measures = columns(THREE_GROUPS);
    for (const k of [1, 9, 2.5]) {
      expect(() => customerClusters(measures, { k })).toThrow(
        'customerClusters requires k from 2 to 8',
      );
    }
    const twoKinds = columns(groups([LAPSED], 2).map((c, i) => ({ ...c, frequency: i })));
    expect(() => customerClusters(twoKinds, { k: 3 })).toThrow(
      'customerClusters requires k no larger than the number of distinct customers',
    );
    const oneKind = { recencyDays: [5, 5], frequency: [1, 1], monetary: [9, 9] };
    expect(() => customerClusters(oneKind)).toThrow(
      'customerClusters requires at least 2 distinct customers to choose k',
    );
    expect(() =>
      customerClusters({ ...measures, monetary: measures.monetary.map((m) => -m) }),
    ).toThrow(RangeError);
    expect(() => customerClusters(measures, { restarts: 0 })).toThrow(RangeError);
    expect(() => customerClusters(measures, { seed: -1 })).toThrow(RangeError);
  });
});
