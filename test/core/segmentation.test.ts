/**
 * The Segmentation is what formulas and sidebar share: its classes are each model's own, its
 * scores computed once, and its totals equal a plain recount of customers and money per class.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MODEL_IDS, MODELS } from '../../src/core/models';
import type { CustomerMeasures } from '../../src/core/rfm-score';
import { rfmSegment } from '../../src/core/rfm-segment';
import { Segmentation } from '../../src/core/segmentation';

/** Customers who bought (recency, at least one order) or never did (null, 0, 0). */
const measuresArbitrary = fc
  .array(
    fc.oneof(
      fc.record({
        recency: fc.integer({ min: 0, max: 800 }),
        frequency: fc.integer({ min: 1, max: 30 }),
        monetary: fc.integer({ min: -50, max: 5000 }),
      }),
      fc.constant({ recency: null, frequency: 0, monetary: 0 }),
    ),
    { minLength: 1, maxLength: 60 },
  )
  .map(
    (customers): CustomerMeasures => ({
      recencyDays: customers.map((c) => c.recency),
      frequency: customers.map((c) => c.frequency),
      monetary: customers.map((c) => c.monetary),
    }),
  );

describe('Segmentation', () => {
  it('classes each model as the model itself does', () => {
    fc.assert(
      fc.property(measuresArbitrary, fc.integer({ min: 2, max: 9 }), (measures, bins) => {
        const segmentation = new Segmentation(measures, { bins });
        for (const id of MODEL_IDS)
          expect(segmentation.classes(id)).toEqual(MODELS[id].classify(measures, { bins }));
      }),
      { numRuns: 60 },
    );
  });

  it('gives the RFM segments of the 1..5 table at five levels, from its own scores', () => {
    fc.assert(
      fc.property(measuresArbitrary, (measures) => {
        const segmentation = new Segmentation(measures);
        const { recency, frequency, monetary } = segmentation.scores;
        const bySegmentTable = measures.frequency.map((_, i) =>
          rfmSegment(recency[i] as number, frequency[i] as number, monetary[i] as number),
        );
        expect(segmentation.classes('rfm-segments')).toEqual(bySegmentTable);
      }),
      { numRuns: 60 },
    );
  });

  it('totals each class as a plain recount does, in the model’s order', () => {
    fc.assert(
      fc.property(measuresArbitrary, fc.constantFrom(...MODEL_IDS), (measures, id) => {
        const segmentation = new Segmentation(measures);
        const classes = segmentation.classes(id);
        const spent = measures.monetary.map((money) => Math.max(0, money));
        const allMoney = spent.reduce((sum, money) => sum + money, 0);
        const totals = segmentation.totals(id);
        expect(totals.map((total) => total.id)).toEqual([...MODELS[id].classes]);
        for (const total of totals) {
          const members = classes.flatMap((c, i) => (c === total.id ? [i] : []));
          const money = members.reduce((sum, i) => sum + (spent[i] as number), 0);
          expect(total.customers).toBe(members.length);
          expect(total.customerShare).toBeCloseTo(members.length / classes.length, 12);
          expect(total.revenue).toBeCloseTo(money, 9);
          expect(total.revenueShare).toBeCloseTo(allMoney > 0 ? money / allMoney : 0, 12);
        }
        expect(totals.reduce((sum, total) => sum + total.customers, 0)).toBe(classes.length);
      }),
      { numRuns: 80 },
    );
  });

  it('gives each class the mean measures a plain recount gives, in the model’s order', () => {
    fc.assert(
      fc.property(measuresArbitrary, fc.constantFrom(...MODEL_IDS), (measures, id) => {
        const segmentation = new Segmentation(measures);
        const classes = segmentation.classes(id);
        const means = segmentation.means(id);
        expect(means.map((mean) => mean.id)).toEqual([...MODELS[id].classes]);
        const meanOf = (values: readonly number[]) =>
          values.length === 0 ? null : values.reduce((sum, v) => sum + v, 0) / values.length;
        for (const mean of means) {
          const members = classes.flatMap((c, i) => (c === mean.id ? [i] : []));
          const days = members.flatMap((i) => {
            const value = measures.recencyDays[i];
            return value === null || value === undefined ? [] : [value];
          });
          const expected = {
            recencyDays: meanOf(days),
            frequency: meanOf(members.map((i) => measures.frequency[i] as number)),
            monetary: meanOf(members.map((i) => measures.monetary[i] as number)),
          };
          for (const key of ['recencyDays', 'frequency', 'monetary'] as const) {
            const want = expected[key];
            if (want === null) expect(mean[key]).toBeNull();
            else expect(mean[key]).toBeCloseTo(want, 9);
          }
        }
      }),
      { numRuns: 80 },
    );
  });

  it('has no mean recency for a class of customers who never bought', () => {
    const measures = { recencyDays: [null, 4], frequency: [0, 3], monetary: [0, 120] };
    const tiers = new Segmentation(measures).means('tiers');
    expect(tiers.find((mean) => mean.id === 'potential')).toEqual({
      id: 'potential',
      recencyDays: null,
      frequency: 0,
      monetary: 0,
    });
    expect(tiers.find((mean) => mean.id === 'churned')).toEqual({
      id: 'churned',
      recencyDays: null,
      frequency: null,
      monetary: null,
    });
  });

  it('scores once, however many models read the scores', () => {
    const measures = { recencyDays: [1, 20, 300], frequency: [5, 2, 1], monetary: [90, 40, 10] };
    const segmentation = new Segmentation(measures);
    const first = segmentation.scores;
    segmentation.classes('rfm-segments');
    segmentation.totals('tiers');
    expect(segmentation.scores).toBe(first);
    expect(segmentation.classes('tiers')).toBe(segmentation.classes('tiers'));
  });
});

describe("Segmentation at the user's own breaks", () => {
  it('finds segments on each measure by its own levels, as the model does', () => {
    const measures: CustomerMeasures = {
      recencyDays: [5, 40, 400],
      frequency: [20, 3, 1],
      monetary: [5000, 500, 50],
    };
    const options = {
      breaks: { recency: [30, 90, 180, 365], frequency: [2, 4, 8, 16], monetary: [100, 1000] },
    };
    const segmentation = new Segmentation(measures, options);
    // M scores 3, 2, 1 on three levels: read as 5, 3, 1 on the segment table's scale
    expect(Array.from(segmentation.scores.codes)).toEqual([553, 422, 111]);
    expect(segmentation.classes('rfm-segments')).toEqual([
      rfmSegment(5, 5, 5),
      rfmSegment(4, 2, 3),
      rfmSegment(1, 1, 1),
    ]);
    expect(MODELS['rfm-segments'].classify(measures, options)).toEqual(
      segmentation.classes('rfm-segments'),
    );
  });
});
