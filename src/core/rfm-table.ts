/**
 * This file defines the RFM table of a transaction log: per customer the summary of their
 * transactions, the day count to the as-of date, the R, F and M scores, the named segment and
 * the management tier, with the default rules (quintiles, 365-day churn window, top 20 %).
 */
import { customerTiers, type TierOptions } from './customer-tier';
import type { Segment, Tier } from './labels';
import { type RfmScoreOptions, type RfmScores, rfmScores } from './rfm-score';
import { rfmSegment } from './rfm-segment';
import {
  type CustomerSummaries,
  summarizeTransactions,
  type TransactionColumns,
} from './transactions';

export interface RfmTable extends CustomerSummaries {
  /** Days from the last purchase to the as-of day; `null` for a customer who never bought. */
  readonly recencyDays: (number | null)[];
  readonly scores: RfmScores;
  readonly segments: Segment[];
  readonly tiers: Tier[];
}

/** The scoring and tier options; left out, the defaults the custom functions use. */
export type RfmTableOptions = RfmScoreOptions & TierOptions;

/**
 * Summarizes, scores, segments and tiers every customer of a transaction log.
 *
 * @param asOfDay civil day the day counts run to, not before any purchase
 * @throws {RangeError} when the as-of day is before a customer's last purchase
 * @example rfmTable({ customerKeys: ['a', 'b'], days: [10, 20], amounts: [5, 9] }, 20).recencyDays //=> [10, 0]
 */
export function rfmTable(
  transactions: TransactionColumns,
  asOfDay: number,
  options: RfmTableOptions = {},
): RfmTable {
  const summaries = summarizeTransactions(transactions);
  const recencyDays = summaries.lastPurchaseDays.map((day) => {
    if (day === null) return null;
    if (day > asOfDay)
      throw new RangeError('rfmTable requires an as-of day on or after every purchase');
    return asOfDay - day;
  });
  const measures = { recencyDays, frequency: summaries.frequency, monetary: summaries.monetary };
  const scores = rfmScores(measures, options);
  return {
    ...summaries,
    recencyDays,
    scores,
    segments: segmentsOf(scores),
    tiers: customerTiers(measures, options),
  };
}

/** The segment of each customer, found once per RFM code: there are at most a few hundred. */
function segmentsOf(scores: RfmScores): Segment[] {
  const segmentOfCode = new Map<number, Segment>();
  return Array.from(scores.codes, (code, i) => {
    let segment = segmentOfCode.get(code);
    if (segment === undefined) {
      segment = rfmSegment(
        scores.recency[i] as number,
        scores.frequency[i] as number,
        scores.monetary[i] as number,
      );
      segmentOfCode.set(code, segment);
    }
    return segment;
  });
}
