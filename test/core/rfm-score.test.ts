import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type RfmScores, rfmScores } from '../../src/core/rfm-score';
import { middleScore, scoreBreaks, scoreByBreaks, upperHalfTieFloors } from '../../src/core/score';

describe('rfmScores', () => {
  it('scores recency low-is-best and frequency, monetary high-is-best', () => {
    const scores = rfmScores(
      { recencyDays: [1, 10, 100, 1000], frequency: [9, 5, 2, 1], monetary: [900, 300, 50, 10] },
      { bins: 4 },
    );
    expect(Array.from(scores.codes)).toEqual([444, 333, 222, 111]);
  });

  it('gives equal values equal scores', () => {
    const scores = rfmScores({
      recencyDays: [5, 5, 5, 9],
      frequency: [3, 3, 3, 1],
      monetary: [7, 7, 7, 8],
    });
    const codes = Array.from(scores.codes);
    expect(codes[0]).toBe(codes[1]);
    expect(codes[1]).toBe(codes[2]);
    expect(Array.from(scores.monetary)).toEqual([1, 1, 1, 5]);
  });

  it('gives the middle score on a measure without spread: one customer, or all equal', () => {
    expect(
      Array.from(rfmScores({ recencyDays: [0], frequency: [2], monetary: [50] }).codes),
    ).toEqual([333]);
    const equal = rfmScores({ recencyDays: [4, 4, 4], frequency: [1, 1, 1], monetary: [2, 2, 2] });
    expect(Array.from(equal.codes)).toEqual([333, 333, 333]);
    // only monetary has no spread here; R and F are scored as usual
    const partly = rfmScores(
      { recencyDays: [1, 9], frequency: [5, 1], monetary: [7, 7] },
      { bins: 4 },
    );
    expect(Array.from(partly.codes)).toEqual([443, 113]);
    expect(
      Array.from(rfmScores({ recencyDays: [2], frequency: [1], monetary: [1] }, { bins: 2 }).codes),
    ).toEqual([222]);
  });

  it('gives a prospect (no purchase) scores 0 and code 0, and leaves them out of every break', () => {
    const scores = rfmScores(
      { recencyDays: [1, 50, 100, null], frequency: [4, 3, 1, 0], monetary: [80, 50, 20, 0] },
      { bins: 2 },
    );
    // the medians are those of the three buyers: 50 days, 3 orders, 50 money
    expect(Array.from(scores.codes)).toEqual([222, 111, 111, 0]);
    // a frequency of 0 makes a prospect even where recency and money are given
    const withDays = rfmScores({
      recencyDays: [3, 8, 1],
      frequency: [2, 1, 0],
      monetary: [9, 4, 5],
    });
    expect(Array.from(withDays.codes)).toEqual([555, 111, 0]);
  });

  it('rejects a buyer without recency', () => {
    expect(() => rfmScores({ recencyDays: [null], frequency: [1], monetary: [5] })).toThrow(
      'rfmScores requires recency for every buyer',
    );
  });

  it('handles no customers', () => {
    expect(rfmScores({ recencyDays: [], frequency: [], monetary: [] }).codes.length).toBe(0);
  });

  it('never changes its input', () => {
    const measures = Object.freeze({
      recencyDays: Object.freeze([3, 1, 2]),
      frequency: Object.freeze([1, 3, 2]),
      monetary: Object.freeze([10, 30, 20]),
    });
    rfmScores(measures);
    expect(measures.recencyDays).toEqual([3, 1, 2]);
  });

  it('rejects bad bins and columns of different lengths', () => {
    expect(() =>
      rfmScores({ recencyDays: [1], frequency: [1], monetary: [1] }, { bins: 1 }),
    ).toThrow('rfmScores requires bins between 2 and 9');
    expect(() => rfmScores({ recencyDays: [1], frequency: [1, 2], monetary: [1] })).toThrow(
      RangeError,
    );
  });
});

describe('rfmScores on ties at the best value', () => {
  it('scores 8 of 9 customers who bought on the last day R = 3, not 1 ("Lost")', () => {
    const scores = rfmScores({
      recencyDays: [0, 0, 0, 0, 0, 0, 0, 0, 58],
      frequency: [2, 3, 1, 4, 2, 5, 1, 2, 3],
      monetary: [20, 30, 10, 40, 25, 50, 15, 22, 35],
    });
    expect(Array.from(scores.recency)).toEqual([3, 3, 3, 3, 3, 3, 3, 3, 1]);
  });

  it('does the same for frequency and money when most customers tie at the top', () => {
    const scores = rfmScores({
      recencyDays: [1, 2, 3, 4, 5, 6, 7, 8, 9],
      frequency: [1, 6, 6, 6, 6, 6, 6, 6, 6],
      monetary: [900, 900, 900, 900, 900, 900, 900, 900, 12],
    });
    expect(Array.from(scores.frequency)).toEqual([1, 3, 3, 3, 3, 3, 3, 3, 3]);
    expect(Array.from(scores.monetary)).toEqual([3, 3, 3, 3, 3, 3, 3, 3, 1]);
    // at 4 levels the middle is the upper one, 3
    expect(
      Array.from(
        rfmScores(
          { recencyDays: [0, 0, 0, 9], frequency: [1, 1, 1, 1], monetary: [1, 1, 1, 1] },
          { bins: 4 },
        ).recency,
      ),
    ).toEqual([3, 3, 3, 1]);
  });

  it('raises a large tie centred on the median to the middle: 7 of 9 bought yesterday', () => {
    const scores = rfmScores({
      recencyDays: [0, 1, 1, 1, 1, 1, 1, 1, 58],
      frequency: [1, 1, 1, 1, 1, 1, 1, 1, 1],
      monetary: [1, 1, 1, 1, 1, 1, 1, 1, 1],
    });
    expect(Array.from(scores.recency)).toEqual([5, 3, 3, 3, 3, 3, 3, 3, 1]);
  });

  it('keeps the lowest rank for ties in the lower half: most customers bought once, F = 1', () => {
    const scores = rfmScores({
      recencyDays: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
      frequency: [1, 1, 1, 1, 1, 1, 2, 3, 4, 5],
      monetary: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
    });
    expect(Array.from(scores.frequency)).toEqual([1, 1, 1, 1, 1, 1, 4, 4, 5, 5]);
  });

  it("never lifts a tie above the middle: R rfm's rule stands where it gives the middle or more", () => {
    // 9 scores 4 by the breaks (3, 5, 7, 9); its average rank alone would score 5
    const frequency = [1, 2, 3, 4, 5, 6, 7, 8, 9, 9, 9];
    const scores = rfmScores({
      recencyDays: frequency.map(() => 1),
      frequency,
      monetary: frequency,
    });
    expect(Array.from(scores.frequency)).toEqual([1, 1, 1, 2, 2, 3, 3, 4, 4, 4, 4]);
  });
});

type Measure = 'recency' | 'frequency' | 'monetary';
const MEASURES: readonly { name: Measure; higherIsBetter: boolean }[] = [
  { name: 'recency', higherIsBetter: false },
  { name: 'frequency', higherIsBetter: true },
  { name: 'monetary', higherIsBetter: true },
];

describe('rfmScores properties, on every measure and bins 2..9', () => {
  // few distinct values, so that ties (at the top, the median, the bottom) are common
  const smallValue = fc.oneof(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 40 }));
  const buyers = fc.array(fc.tuple(smallValue, smallValue, smallValue), {
    minLength: 1,
    maxLength: 40,
  });
  const bins = fc.integer({ min: 2, max: 9 });
  const scored = (rows: readonly (readonly [number, number, number])[], binCount: number) => {
    const columns = {
      recency: rows.map((row) => row[0] - 1),
      frequency: rows.map((row) => row[1]),
      monetary: rows.map((row) => row[2] * 2.5),
    };
    const scores: RfmScores = rfmScores(
      { recencyDays: columns.recency, frequency: columns.frequency, monetary: columns.monetary },
      { bins: binCount },
    );
    return { columns, scores };
  };
  /** Whether value a is at least as good as b on a measure. */
  const atLeastAsGood = (higherIsBetter: boolean, a: number, b: number) =>
    higherIsBetter ? a >= b : a <= b;

  it('gives a customer at the best value of a measure at least the middle score', () => {
    fc.assert(
      fc.property(buyers, bins, (rows, binCount) => {
        const { columns, scores } = scored(rows, binCount);
        for (const { name, higherIsBetter } of MEASURES) {
          const values = columns[name];
          const best = higherIsBetter ? Math.max(...values) : Math.min(...values);
          values.forEach((value, i) => {
            if (value === best)
              expect(scores[name][i]).toBeGreaterThanOrEqual(middleScore(binCount));
          });
        }
      }),
    );
  });

  it('gives equal values equal scores, and better values scores at least as high', () => {
    fc.assert(
      fc.property(buyers, bins, (rows, binCount) => {
        const { columns, scores } = scored(rows, binCount);
        for (const { name, higherIsBetter } of MEASURES) {
          const values = columns[name];
          for (let i = 0; i < values.length; i++) {
            for (let j = 0; j < values.length; j++) {
              const [a, b] = [values[i] as number, values[j] as number];
              const [scoreA, scoreB] = [scores[name][i] as number, scores[name][j] as number];
              if (a === b) expect(scoreA).toBe(scoreB);
              if (atLeastAsGood(higherIsBetter, a, b))
                expect(scoreA).toBeGreaterThanOrEqual(scoreB);
            }
          }
        }
      }),
    );
  });

  it('scores as the breaks alone do wherever there is spread and no tie in the upper half', () => {
    fc.assert(
      fc.property(buyers, bins, (rows, binCount) => {
        const { columns, scores } = scored(rows, binCount);
        for (const { name, higherIsBetter } of MEASURES) {
          const values = columns[name];
          if (new Set(values).size === 1) continue;
          const breaks = scoreBreaks(values, binCount);
          const direction = higherIsBetter ? 'higher-is-better' : 'lower-is-better';
          values.forEach((value, i) => {
            const better = values.filter((other) => !atLeastAsGood(higherIsBetter, value, other));
            const worse = values.filter((other) => !atLeastAsGood(higherIsBetter, other, value));
            const ties = values.length - better.length - worse.length;
            if (ties === 1 || worse.length < better.length) {
              expect(scores[name][i]).toBe(scoreByBreaks(value, breaks, direction));
            }
          });
        }
      }),
    );
  });
});

describe("rfmScores at the user's own breaks", () => {
  it('scores each measure by its breaks as a hand count does, a value on a break on the worse side', () => {
    const scores = rfmScores(
      {
        recencyDays: [5, 30, 31, 90, 200, 365, 400, 0, 1000, null],
        frequency: [1, 2, 3, 4, 5, 8, 9, 16, 17, 0],
        monetary: [50, 100, 100.5, 1000, 5000, 0, -20, 999.99, 1000.01, 0],
      },
      { breaks: { recency: [30, 90, 180, 365], frequency: [2, 4, 8, 16], monetary: [100, 1000] } },
    );
    // R: 5 below 30 days; 4 from 30 to below 90; 3 to below 180; 2 to below 365; 1 from 365
    expect(Array.from(scores.recency)).toEqual([5, 4, 4, 3, 2, 1, 1, 5, 1, 0]);
    // F: 1 up to 2 orders; 2 for 3–4; 3 for 5–8; 4 for 9–16; 5 above 16
    expect(Array.from(scores.frequency)).toEqual([1, 1, 2, 2, 3, 3, 4, 4, 5, 0]);
    // M on two breaks, three levels: up to 100; above 100 up to 1000; above 1000
    expect(Array.from(scores.monetary)).toEqual([1, 1, 2, 2, 3, 1, 1, 2, 3, 0]);
    expect(Array.from(scores.codes)).toEqual([511, 411, 422, 322, 233, 131, 141, 542, 153, 0]);
    expect(scores.levels).toEqual({ recency: 5, frequency: 5, monetary: 3 });
  });

  it('cuts the other measures at their quantiles on `bins` levels', () => {
    const measures = {
      recencyDays: [1, 10, 100, 1000],
      frequency: [9, 5, 2, 1],
      monetary: [900, 300, 50, 10],
    };
    const scores = rfmScores(measures, { bins: 4, breaks: { recency: [7], monetary: null } });
    expect(Array.from(scores.recency)).toEqual([2, 1, 1, 1]);
    expect(Array.from(scores.frequency)).toEqual([4, 3, 2, 1]);
    expect(Array.from(scores.monetary)).toEqual([4, 3, 2, 1]);
    expect(scores.levels).toEqual({ recency: 2, frequency: 4, monetary: 4 });
  });

  it('keeps fixed thresholds fixed: no middle score without spread, no raise for ties at the top', () => {
    const scores = rfmScores(
      { recencyDays: [400, 400, 400], frequency: [1, 1, 1], monetary: [7, 7, 7] },
      { breaks: { recency: [30, 90, 180, 365] } },
    );
    expect(Array.from(scores.recency)).toEqual([1, 1, 1]);
    expect(Array.from(scores.frequency)).toEqual([3, 3, 3]);
  });

  it('refuses breaks that break the registry rule, and a buyer without recency', () => {
    const measures = { recencyDays: [1], frequency: [1], monetary: [1] };
    for (const recency of [[90, 30], [30, 30], [], [1, 2, 3, 4, 5, 6, 7, 8, 9], [Number.NaN]])
      expect(() => rfmScores(measures, { breaks: { recency } })).toThrow(RangeError);
    expect(() =>
      rfmScores(
        { recencyDays: [null], frequency: [1], monetary: [1] },
        { breaks: { recency: [30] } },
      ),
    ).toThrow('rfmScores requires recency for every buyer');
  });
});

describe("rfmScores at the quantile breaks given as the user's own", () => {
  const bins = fc.integer({ min: 2, max: 9 });
  const direction = (name: Measure) =>
    name === 'recency' ? 'lower-is-better' : 'higher-is-better';
  const quantileBreaksOf = (columns: Record<Measure, number[]>, binCount: number) => ({
    recency: scoreBreaks(columns.recency, binCount),
    frequency: scoreBreaks(columns.frequency, binCount),
    monetary: scoreBreaks(columns.monetary, binCount),
  });

  it("give exactly today's quantile scores on values without ties", () => {
    const distinct = (min: number, length: number) =>
      fc.uniqueArray(fc.integer({ min, max: 100_000 }), { minLength: length, maxLength: length });
    const data = fc
      .integer({ min: 2, max: 50 })
      .chain((n) =>
        fc.record({ recency: distinct(0, n), frequency: distinct(1, n), monetary: distinct(0, n) }),
      );
    fc.assert(
      fc.property(data, bins, (columns, binCount) => {
        const measures = {
          recencyDays: columns.recency,
          frequency: columns.frequency,
          monetary: columns.monetary,
        };
        const today = rfmScores(measures, { bins: binCount });
        const given = rfmScores(measures, { breaks: quantileBreaksOf(columns, binCount) });
        expect(given).toEqual(today);
      }),
    );
  });

  it('differ with ties only where the rule for ties at the best value raises a score', () => {
    const small = fc.integer({ min: 1, max: 12 });
    const data = fc.integer({ min: 2, max: 40 }).chain((n) =>
      fc.record({
        recency: fc.array(small, { minLength: n, maxLength: n }),
        frequency: fc.array(small, { minLength: n, maxLength: n }),
        monetary: fc.array(small, { minLength: n, maxLength: n }),
      }),
    );
    fc.assert(
      fc.property(data, bins, (columns, binCount) => {
        const breaks = quantileBreaksOf(columns, binCount);
        const measures = {
          recencyDays: columns.recency,
          frequency: columns.frequency,
          monetary: columns.monetary,
        };
        const today = rfmScores(measures, { bins: binCount });
        for (const { name } of MEASURES) {
          const cut = breaks[name];
          // only strictly increasing breaks are the user's to give
          if (cut.some((value, k) => k > 0 && !(value > (cut[k - 1] as number)))) continue;
          const given = rfmScores(measures, { bins: binCount, breaks: { [name]: cut } });
          const floors = upperHalfTieFloors(columns[name], cut, binCount, direction(name));
          columns[name].forEach((value, i) => {
            const floor = floors.find((f) => f.value === value)?.score ?? 0;
            expect(today[name][i]).toBe(Math.max(given[name][i] as number, floor));
          });
        }
      }),
    );
  });
});
