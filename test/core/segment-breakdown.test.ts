/**
 * The segment × group breakdown: its counts and sums equal a plain pivot recount, segments keep
 * their model's order in either language, groups sort as a pivot table sorts them, blank last.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MODELS } from '../../src/core/models';
import { PREDICTION_MODELS } from '../../src/core/prediction-models';
import {
  type BreakdownRow,
  largestGroups,
  segmentBreakdown,
} from '../../src/core/segment-breakdown';

const SCHEMES = [...Object.values(MODELS), ...Object.values(PREDICTION_MODELS)];

describe('segmentBreakdown', () => {
  it('counts and sums each segment in each group, in the model’s order', () => {
    const rows: BreakdownRow[] = [
      { segment: 'Regular', group: 'North', amount: 10 },
      { segment: 'High value', group: 'South', amount: 500 },
      { segment: 'Regular', group: null, amount: 7.5 },
      { segment: 'High value', group: 'North', amount: 300 },
      { segment: 'Regular', group: 'North', amount: 0.1 },
      { segment: 'Churned', group: 'South', amount: 0.2 },
    ];
    expect(segmentBreakdown(rows, SCHEMES, true, 'en')).toEqual({
      segments: ['High value', 'Regular', 'Churned'],
      groups: ['North', 'South', null],
      customers: [
        [1, 1, 0],
        [2, 0, 1],
        [0, 1, 0],
      ],
      revenue: [
        [300, 500, 0],
        [10.1, 0, 7.5],
        [0, 0.2, 0],
      ],
    });
    expect(segmentBreakdown(rows, SCHEMES, false, 'en').revenue).toBeNull();
  });

  it('keeps Chinese labels in their model’s order, and sorts unknown labels and groups as text', () => {
    const zh = ['流失客户', '高价值客户', '普通客户'].map((segment) => ({ segment, group: 'x' }));
    expect(segmentBreakdown(zh, SCHEMES, false, 'zh').segments).toEqual([
      '高价值客户',
      '普通客户',
      '流失客户',
    ]);
    const own = ['gold', 'Bronze', 'silver'].map((segment, i) => ({
      segment,
      group: ['Rep 10', 'Rep 2', 'rep 1'][i] as string,
    }));
    const breakdown = segmentBreakdown(own, SCHEMES, false, 'en');
    expect(breakdown.segments).toEqual(['Bronze', 'gold', 'silver']);
    expect(breakdown.groups).toEqual(['rep 1', 'Rep 2', 'Rep 10']);
    const regions = ['华东', '华北', '西南'].map((group) => ({ segment: '普通客户', group }));
    // in pinyin, as a Chinese sheet sorts them: hua bei, hua dong, xi nan
    expect(segmentBreakdown(regions, SCHEMES, false, 'zh').groups).toEqual([
      '华北',
      '华东',
      '西南',
    ]);
  });

  it('equals a plain pivot recount on any rows', () => {
    const row = fc.record({
      segment: fc.constantFrom('Champions', 'At Risk', 'Lost', '冠军客户'),
      group: fc.option(fc.constantFrom('N', 'S', 'E', 'W'), { nil: null }),
      amount: fc.integer({ min: -100, max: 1000 }),
    });
    fc.assert(
      fc.property(fc.array(row, { maxLength: 80 }), (rows) => {
        const breakdown = segmentBreakdown(rows, SCHEMES, true, 'en');
        expect(new Set(breakdown.segments)).toEqual(new Set(rows.map((r) => r.segment)));
        expect(new Set(breakdown.groups)).toEqual(new Set(rows.map((r) => r.group)));
        breakdown.segments.forEach((segment, s) => {
          breakdown.groups.forEach((group, g) => {
            const members = rows.filter((r) => r.segment === segment && r.group === group);
            expect(breakdown.customers[s]?.[g]).toBe(members.length);
            expect(breakdown.revenue?.[s]?.[g]).toBe(
              members.reduce((total, r) => total + r.amount, 0),
            );
          });
        });
      }),
    );
  });
});

describe('largestGroups', () => {
  const names = { other: 'Other', blank: '(blank)' };
  const rows = (group: string | null, count: number): BreakdownRow[] =>
    Array.from({ length: count }, () => ({ segment: 'Lost', group }));

  it('keeps the largest groups in the breakdown’s order and sums the rest as Other', () => {
    const breakdown = segmentBreakdown(
      [...rows('A', 1), ...rows('B', 5), ...rows('C', 3), ...rows(null, 4), ...rows('D', 2)],
      SCHEMES,
      false,
      'en',
    );
    expect(largestGroups(breakdown, 3, names)).toEqual({
      segments: ['Lost'],
      groups: ['B', '(blank)', 'Other'],
      customers: [[5, 4, 6]],
    });
    expect(largestGroups(breakdown, 5, names).groups).toEqual(['A', 'B', 'C', 'D', '(blank)']);
  });

  it('never loses a customer, and shows at most the groups asked for', () => {
    const row = fc.record({
      segment: fc.constantFrom('Champions', 'At Risk', 'Lost'),
      group: fc.option(fc.constantFrom('N', 'S', 'E', 'W', 'X', 'Y'), { nil: null }),
    });
    fc.assert(
      fc.property(fc.array(row, { maxLength: 60 }), fc.integer({ min: 2, max: 8 }), (all, most) => {
        const breakdown = segmentBreakdown(all, SCHEMES, false, 'en');
        const split = largestGroups(breakdown, most, names);
        expect(split.groups.length).toBeLessThanOrEqual(most);
        split.customers.forEach((counts, s) => {
          expect(counts.reduce((a, b) => a + b, 0)).toBe(
            all.filter((r) => r.segment === split.segments[s]).length,
          );
        });
      }),
    );
  });
});
