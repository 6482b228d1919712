import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SEGMENTS } from '../../src/core/labels';
import {
  onSegmentScale,
  rfmSegment,
  SEGMENT_RULES,
  segmentsOfScores,
} from '../../src/core/rfm-segment';

describe('rfmSegment', () => {
  it.each([
    [5, 5, 5, 'champions'],
    [4, 4, 4, 'champions'],
    [2, 3, 3, 'loyal-customers'],
    [5, 3, 5, 'loyal-customers'],
    [3, 1, 3, 'potential-loyalist'],
    [5, 1, 1, 'new-customers'],
    [4, 1, 1, 'new-customers'],
    [3, 1, 1, 'promising'],
    [3, 2, 2, 'potential-loyalist'],
    [5, 2, 1, 'potential-loyalist'],
    [2, 3, 2, 'need-attention'],
    [2, 1, 2, 'about-to-sleep'],
    [1, 5, 5, 'cant-lose-them'],
    [1, 4, 4, 'cant-lose-them'],
    [2, 5, 2, 'at-risk'],
    [1, 2, 5, 'at-risk'],
    [1, 1, 2, 'lost'],
    [1, 2, 1, 'lost'],
    [2, 2, 1, 'about-to-sleep'],
    [4, 5, 1, 'others'],
    [1, 1, 5, 'others'],
    [0, 0, 0, 'prospects'],
  ] as const)('R %d F %d M %d is %s', (r, f, m, segment) => {
    expect(rfmSegment(r, f, m)).toBe(segment);
  });

  it('tests the more specific rules first, in the table order of docs/domain.md', () => {
    // 4-1-1 fits New Customers, Promising and Potential Loyalist; the most specific wins
    expect(rfmSegment(4, 1, 1)).toBe('new-customers');
    expect(SEGMENT_RULES.map((rule) => rule.segment)).toEqual(
      SEGMENTS.filter((segment) => segment !== 'others' && segment !== 'prospects'),
    );
  });

  it('lets every segment occur: each of the 10 rules wins some code, and Others some other', () => {
    const seen = new Set<string>();
    for (let r = 1; r <= 5; r++)
      for (let f = 1; f <= 5; f++) for (let m = 1; m <= 5; m++) seen.add(rfmSegment(r, f, m));
    expect([...seen].sort()).toEqual(SEGMENTS.filter((segment) => segment !== 'prospects').sort());
  });

  it('gives every one of the 125 codes exactly one segment', () => {
    const seen = new Set<string>();
    for (let r = 1; r <= 5; r++)
      for (let f = 1; f <= 5; f++) for (let m = 1; m <= 5; m++) seen.add(rfmSegment(r, f, m));
    expect([...seen].every((segment) => (SEGMENTS as readonly string[]).includes(segment))).toBe(
      true,
    );
    expect(seen.has('cant-lose-them')).toBe(true);
  });
});

describe('onSegmentScale: scores on other numbers of levels read on the table’s 1..5', () => {
  it.each([
    [1, 3, 1],
    [2, 3, 3],
    [3, 3, 5],
    [1, 7, 1],
    [2, 7, 2],
    [3, 7, 2],
    [4, 7, 3],
    [5, 7, 4],
    [6, 7, 4],
    [7, 7, 5],
    [1, 2, 2],
    [2, 2, 4],
    [9, 9, 5],
    [0, 7, 0],
  ] as const)('score %d of %d levels reads as %d', (score, bins, expected) => {
    expect(onSegmentScale(score, bins)).toBe(expected);
  });

  it('leaves five levels as they are, and places every level of 2..9 in 1..5 in order', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 9 }), (bins) => {
        const placed = Array.from({ length: bins }, (_, i) => onSegmentScale(i + 1, bins));
        if (bins === 5) expect(placed).toEqual([1, 2, 3, 4, 5]);
        for (let i = 1; i < placed.length; i++)
          expect(placed[i]).toBeGreaterThanOrEqual(placed[i - 1] as number);
        expect(Math.min(...placed)).toBeGreaterThanOrEqual(1);
        expect(Math.max(...placed)).toBeLessThanOrEqual(5);
        // the best level is always read as the best: Champions stay reachable
        expect(placed[bins - 1]).toBeGreaterThanOrEqual(4);
        expect(placed[0]).toBeLessThanOrEqual(2);
      }),
    );
  });
});

describe('segmentsOfScores', () => {
  it('makes Champions reachable at 3 levels and looks the 5-level table up at 5', () => {
    const scores = {
      recency: [3, 1, 2, 3],
      frequency: [3, 3, 2, 1],
      monetary: [3, 3, 2, 1],
      codes: [333, 133, 222, 311],
    };
    expect(segmentsOfScores(scores, 3)).toEqual([
      'champions',
      'cant-lose-them',
      'loyal-customers', // the middle level reads as 3, as 333 does on five levels
      'new-customers',
    ]);
    expect(segmentsOfScores(scores, 5)).toEqual(
      scores.codes.map((_, i) =>
        rfmSegment(
          scores.recency[i] as number,
          scores.frequency[i] as number,
          scores.monetary[i] as number,
        ),
      ),
    );
  });

  it('places each measure on the 1–5 scale by its own levels', () => {
    const scores = { recency: [5, 2], frequency: [3, 1], monetary: [2, 1], codes: [532, 211] };
    // R on 5 levels, F on 3 (3 reads as 5), M on 2 (2 reads as 4): 554 and 211 → 2, 1, 2
    expect(segmentsOfScores(scores, { recency: 5, frequency: 3, monetary: 2 })).toEqual([
      rfmSegment(5, 5, 4),
      rfmSegment(2, 1, 2),
    ]);
  });
});
