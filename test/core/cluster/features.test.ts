/**
 * This file defines the tests of the points customers are clustered as: z-scores of log(1 + x)
 * by hand, no spread giving 0, equal customers merged with their count, the same points in any
 * row order, and the inputs refused.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { customerPoints, distinctCustomerCount } from '../../../src/core/cluster/features';

describe('customerPoints', () => {
  it('standardises log(1 + value) over the customers, equal customers counted once each', () => {
    // log1p: frequency 0, 0, 3 → 0, 0, ln 4; mean ln4/3, population sd ln4·√2/3.
    const points = customerPoints({
      recencyDays: [9, 9, 9],
      frequency: [3, 0, 0],
      monetary: [1, 1, 1],
    });
    expect(Array.from(points.weights)).toEqual([2, 1]);
    expect(Array.from(points.pointOfCustomer)).toEqual([1, 0, 0]);
    const z = Array.from(points.features);
    expect(z[1]).toBeCloseTo(-1 / Math.SQRT2, 12);
    expect(z[4]).toBeCloseTo(Math.SQRT2, 12);
    expect(points.logMean[1]).toBeCloseTo(Math.log(4) / 3, 12);
    expect(points.logSpread[1]).toBeCloseTo((Math.log(4) * Math.SQRT2) / 3, 12);
  });

  it('leaves a measure with no spread at 0 and its mean at the common value', () => {
    const points = customerPoints({
      recencyDays: [0.1, 0.1, 0.1],
      frequency: [1, 2, 3],
      monetary: [0, 0, 0],
    });
    for (let p = 0; p < 3; p++) {
      expect(points.features[3 * p]).toBe(0);
      expect(points.features[3 * p + 2]).toBe(0);
    }
    expect(points.logMean[0]).toBe(Math.log1p(0.1));
    expect(points.logSpread[0]).toBe(0);
  });

  it('treats −0 as 0', () => {
    const points = customerPoints({ recencyDays: [-0, 0], frequency: [1, 1], monetary: [2, 2] });
    expect(Array.from(points.weights)).toEqual([2]);
    expect(Object.is(points.logMean[0], 0)).toBe(true);
  });

  it('gives the same points, in the same order, whatever the order of the rows', () => {
    const customer = fc.tuple(fc.nat(30), fc.nat(5), fc.double({ min: 0, max: 1e4, noNaN: true }));
    fc.assert(
      fc.property(
        fc
          .array(customer, { minLength: 1, maxLength: 40 })
          .chain((rows) =>
            fc.tuple(fc.constant(rows), fc.shuffledSubarray(rows, { minLength: rows.length })),
          ),
        ([rows, shuffled]) => {
          const columns = (list: typeof rows) => ({
            recencyDays: list.map((row) => row[0]),
            frequency: list.map((row) => row[1]),
            monetary: list.map((row) => row[2]),
          });
          const a = customerPoints(columns(rows));
          const b = customerPoints(columns(shuffled));
          expect(b.features).toEqual(a.features);
          expect(b.weights).toEqual(a.weights);
          expect(b.logMean).toEqual(a.logMean);
          expect(b.logSpread).toEqual(a.logSpread);
        },
      ),
    );
  });

  it('never changes its input', () => {
    const measures = Object.freeze({
      recencyDays: Object.freeze([5, 1]),
      frequency: Object.freeze([1, 2]),
      monetary: Object.freeze([10, 3]),
    });
    customerPoints(measures);
    expect(measures.recencyDays).toEqual([5, 1]);
  });

  it('refuses negative and non-finite measures, unequal columns and no customers', () => {
    const valid = { recencyDays: [1, 2], frequency: [1, 2], monetary: [1, 2] };
    for (const bad of [-1, -1e-9, Number.NaN, Infinity]) {
      expect(() => customerPoints({ ...valid, monetary: [1, bad] })).toThrow(
        'customerPoints requires finite measures of at least 0',
      );
      expect(() => customerPoints({ ...valid, recencyDays: [bad, 1] })).toThrow(RangeError);
    }
    expect(() => customerPoints({ ...valid, frequency: [1] })).toThrow(
      'customerPoints requires columns of equal length',
    );
    expect(() => customerPoints({ recencyDays: [], frequency: [], monetary: [] })).toThrow(
      'customerPoints requires at least one customer',
    );
  });
});

describe('distinctCustomerCount', () => {
  it('counts customers that differ in at least one measure', () => {
    expect(
      distinctCustomerCount({
        recencyDays: [1, 1, 1, 1],
        frequency: [2, 2, 3, 2],
        monetary: [5, 5, 5, 6],
      }),
    ).toBe(3);
    expect(distinctCustomerCount({ recencyDays: [4], frequency: [0], monetary: [0] })).toBe(1);
  });
});
