import { describe, expect, it } from 'vitest';
import { SEGMENTS } from '../../src/core/labels';
import { rfmSegment, SEGMENT_RULES } from '../../src/core/rfm-segment';

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
