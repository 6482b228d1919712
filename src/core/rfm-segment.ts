/**
 * This file defines the named RFM segments (docs/domain.md §4, the R `rfm` package's table): each a
 * box of R, F and M scores on the 1..5 scale; the first box that holds a customer wins, and a
 * customer in none is Others. The more specific boxes come first so that every segment can
 * occur: R `rfm` tests Potential Loyalist before New Customers and Promising, which it contains,
 * so those two never match there; and Can't Lose Them comes before At Risk for the same reason.
 * A prospect (no purchase, scores 0) has no box: they are Prospects.
 */
import type { Segment } from './labels';
import type { Measure } from './measure-breaks';
import { NO_SCORE } from './score';

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
  { segment: 'new-customers', recency: [4, 5], frequency: [1, 1], monetary: [1, 1] },
  { segment: 'promising', recency: [3, 4], frequency: [1, 1], monetary: [1, 1] },
  { segment: 'potential-loyalist', recency: [3, 5], frequency: [1, 3], monetary: [1, 3] },
  { segment: 'need-attention', recency: [2, 3], frequency: [2, 3], monetary: [2, 3] },
  { segment: 'about-to-sleep', recency: [2, 3], frequency: [1, 2], monetary: [1, 2] },
  { segment: 'cant-lose-them', recency: [1, 1], frequency: [4, 5], monetary: [4, 5] },
  { segment: 'at-risk', recency: [1, 2], frequency: [2, 5], monetary: [2, 5] },
  { segment: 'lost', recency: [1, 2], frequency: [1, 2], monetary: [1, 2] },
];

/** The highest score the segment table is written for. */
export const SEGMENT_SCALE = 5;

/**
 * The named segment of one customer's R, F and M scores (1..5), or Prospects for the scores of
 * a customer who never bought (all 0, see rfmScores).
 *
 * @example rfmSegment(5, 5, 4) //=> 'champions'
 * @example rfmSegment(5, 1, 1) //=> 'new-customers'
 * @example rfmSegment(0, 0, 0) //=> 'prospects'
 */
export function rfmSegment(recency: number, frequency: number, monetary: number): Segment {
  if (recency === NO_SCORE && frequency === NO_SCORE && monetary === NO_SCORE) return 'prospects';
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

/**
 * A score on `bins` levels as the segment table's 1..5 reads it: the level's middle quantile,
 * (score − ½)/bins, placed on five levels. Five levels stay as they are; on 3 levels 1, 2, 3
 * read as 1, 3, 5; on 7 levels 1..7 read as 1, 2, 2, 3, 4, 4, 5 — so every segment stays
 * reachable and means at any number of levels what it means on five.
 *
 * @example onSegmentScale(3, 3) //=> 5
 * @example onSegmentScale(4, 7) //=> 3
 * @example onSegmentScale(0, 7) //=> 0
 */
export function onSegmentScale(score: number, bins: number): number {
  if (score === NO_SCORE) return NO_SCORE;
  return Math.floor(((score - 0.5) * SEGMENT_SCALE) / bins) + 1;
}

/**
 * The segment of every customer from their scores on `levels` levels (one number for all three
 * measures, or one per measure, as a measure cut at its own breaks has its own), found once per
 * RFM code: there are at most a few hundred codes among any number of customers.
 */
export function segmentsOfScores(
  scores: {
    readonly recency: ArrayLike<number>;
    readonly frequency: ArrayLike<number>;
    readonly monetary: ArrayLike<number>;
    readonly codes: ArrayLike<number>;
  },
  levels: number | Readonly<Record<Measure, number>> = SEGMENT_SCALE,
): Segment[] {
  const of = (measure: Measure) => (typeof levels === 'number' ? levels : levels[measure]);
  const [recency, frequency, monetary] = [of('recency'), of('frequency'), of('monetary')];
  const segmentOfCode = new Map<number, Segment>();
  // sized once and filled in a loop: Array.from over a length calls back through a slower path
  const segments = new Array<Segment>(scores.codes.length);
  for (let i = 0; i < segments.length; i++) {
    const code = scores.codes[i] as number;
    let segment = segmentOfCode.get(code);
    if (segment === undefined) {
      segment = rfmSegment(
        onSegmentScale(scores.recency[i] as number, recency),
        onSegmentScale(scores.frequency[i] as number, frequency),
        onSegmentScale(scores.monetary[i] as number, monetary),
      );
      segmentOfCode.set(code, segment);
    }
    segments[i] = segment;
  }
  return segments;
}
