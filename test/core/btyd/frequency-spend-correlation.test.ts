import { describe, expect, it } from 'vitest';
import { frequencySpendCorrelation } from '../../../src/core/btyd/frequency-spend-correlation';
import { readCdnowSpendSummary } from '../../helpers/cdnow';

describe('frequencySpendCorrelation', () => {
  it('agrees with numpy on CDNOW’s 946 repeat buyers (Fader & Hardie 2013 report 0.11)', () => {
    // numpy.corrcoef(x[x > 0], zbar[x > 0])[0, 1]
    expect(frequencySpendCorrelation(readCdnowSpendSummary())).toBeCloseTo(0.11388391048600437, 12);
  });

  it('agrees with numpy on a small set, leaving out customers without a repeat purchase', () => {
    // numpy.corrcoef([1, 2, 3, 5, 8], [10.5, 9, 14, 30, 12])[0, 1]
    const history = { frequency: [0, 1, 2, 3, 0, 5, 8], monetary: [0, 10.5, 9, 14, 77, 30, 12] };
    expect(frequencySpendCorrelation(history)).toBeCloseTo(0.31255083787994364, 12);
  });

  it('is ±1 when spend follows frequency on a line, and does not change with units', () => {
    expect(frequencySpendCorrelation({ frequency: [1, 2, 3], monetary: [5, 7, 9] })).toBeCloseTo(
      1,
      12,
    );
    expect(frequencySpendCorrelation({ frequency: [1, 2, 3], monetary: [9, 7, 5] })).toBeCloseTo(
      -1,
      12,
    );
    const history = { frequency: [1, 4, 2, 7], monetary: [3, 8, 1, 2] };
    const inCents = { ...history, monetary: history.monetary.map((m) => m * 100) };
    expect(frequencySpendCorrelation(inCents)).toBeCloseTo(frequencySpendCorrelation(history), 12);
  });

  it('is not defined for fewer than 3 repeat buyers or without spread', () => {
    expect(() => frequencySpendCorrelation({ frequency: [1, 2, 0], monetary: [5, 6, 7] })).toThrow(
      /at least 3 repeat buyers/,
    );
    expect(() => frequencySpendCorrelation({ frequency: [2, 2, 2], monetary: [5, 6, 7] })).toThrow(
      /frequency and spend vary/,
    );
    expect(() => frequencySpendCorrelation({ frequency: [1, 2, 3], monetary: [5, 5, 5] })).toThrow(
      /frequency and spend vary/,
    );
  });

  it('rejects what the spend model rejects', () => {
    expect(() => frequencySpendCorrelation({ frequency: [1, 2, 3], monetary: [5, -1, 2] })).toThrow(
      /positive mean spend/,
    );
    expect(() =>
      frequencySpendCorrelation({ frequency: [1, 2.5, 3], monetary: [5, 1, 2] }),
    ).toThrow(RangeError);
  });
});
