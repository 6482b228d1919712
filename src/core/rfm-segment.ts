/**
 * This file defines the named RFM segments (domain.md §4, the R `rfm` package's table): each a
 * box of R, F and M scores on the 1..5 scale; the first box that holds a customer wins, and a
 * customer in none is Others. Can't Lose Them is tested before At Risk so that it can match.
 */
import type { Segment } from './labels';

type ScoreRange = readonly [low: number, high: number];

interface SegmentRule {
  readonly segment: Segment;
  readonly recency: ScoreRange;
  readonly frequency: ScoreRange;
  readonly monetary: ScoreRange;
}

/** The rules in order of precedence. */
export const SEGMENT_RULES: readonly SegmentRule[] = [
  { segment: 'champions', recency: [4, 5], frequency: [4, 5], monetary: [4, 5] },
  { segment: 'loyal-customers', recency: [2, 5], frequency: [3, 5], monetary: [3, 5] },
  { segment: 'potential-loyalist', recency: [3, 5], frequency: [1, 3], monetary: [1, 3] },
  { segment: 'new-customers', recency: [4, 5], frequency: [1, 1], monetary: [1, 1] },
  { segment: 'promising', recency: [3, 4], frequency: [1, 1], monetary: [1, 1] },
  { segment: 'need-attention', recency: [2, 3], frequency: [2, 3], monetary: [2, 3] },
  { segment: 'about-to-sleep', recency: [2, 3], frequency: [1, 2], monetary: [1, 2] },
  { segment: 'cant-lose-them', recency: [1, 1], frequency: [4, 5], monetary: [4, 5] },
  { segment: 'at-risk', recency: [1, 2], frequency: [2, 5], monetary: [2, 5] },
  { segment: 'lost', recency: [1, 2], frequency: [1, 2], monetary: [1, 2] },
];

/** The highest score the segment table is written for. */
export const SEGMENT_SCALE = 5;

/**
 * The named segment of one customer's R, F and M scores (1..5).
 *
 * @example rfmSegment(5, 5, 4) //=> 'champions'
 * @example rfmSegment(1, 5, 5) //=> 'cant-lose-them'
 */
export function rfmSegment(recency: number, frequency: number, monetary: number): Segment {
  const rule = SEGMENT_RULES.find(
    (candidate) =>
      within(recency, candidate.recency) &&
      within(frequency, candidate.frequency) &&
      within(monetary, candidate.monetary),
  );
  return rule?.segment ?? 'others';
}

function within(score: number, [low, high]: ScoreRange): boolean {
  return score >= low && score <= high;
}
