/**
 * This file defines the RFM table of a transaction log: per customer the summary of their
 * transactions, the day count to the as-of date, the R, F and M scores, the named segment and
 * the management tier, with the default rules (quintiles, 365-day churn window, top 20 %).
 */
import type { TierOptions } from './customer-tier';
import type { Segment, Tier } from './labels';
import type { RfmScoreOptions, RfmScores } from './rfm-score';
import { Segmentation } from './segmentation';
import {
  type CustomerSummaries,
  summarizeTransactions,
  type TransactionColumns,
} from './transactions';

export interface RfmTable extends CustomerSummaries {
  /** Days from the last purchase to the as-of day; `null` for a customer who never bought. */
  readonly recencyDays: (number | null)[];
  /** The customers' scores and classes under every model, shared with the sidebar. */
  readonly segmentation: Segmentation;
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
  return rfmTableOfSummaries(summarizeTransactions(transactions), asOfDay, options);
}

/**
 * Scores, segments and tiers customers already summarized (by `summarizeTransactions` or a
 * `TransactionSummary`): the part of `rfmTable` after the summary.
 *
 * @throws {RangeError} when the as-of day is before a customer's last purchase
 */
export function rfmTableOfSummaries(
  summaries: CustomerSummaries,
  asOfDay: number,
  options: RfmTableOptions = {},
): RfmTable {
  const recencyDays = summaries.lastPurchaseDays.map((day) => {
    if (day === null) return null;
    if (day > asOfDay)
      throw new RangeError('rfmTable requires an as-of day on or after every purchase');
    return asOfDay - day;
  });
  const measures = { recencyDays, frequency: summaries.frequency, monetary: summaries.monetary };
  const segmentation = new Segmentation(measures, options);
  return {
    ...summaries,
    recencyDays,
    segmentation,
    scores: segmentation.scores,
    segments: segmentation.classes('rfm-segments') as Segment[],
    tiers: segmentation.classes('tiers') as Tier[],
  };
}
