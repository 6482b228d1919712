/**
 * This file defines the CDNOW summary (test/fixtures/cdnow-customers-summary.csv) as the models'
 * input: each customer's repeat purchases, recency and T, in weeks.
 */
import type { RepeatHistory } from '../../src/core/btyd/history';
import { readFixtureRows } from './csv';

export function cdnowSummary(): RepeatHistory & {
  frequency: number[];
  recency: number[];
  T: number[];
} {
  const [, ...rows] = readFixtureRows('cdnow-customers-summary.csv');
  return {
    frequency: rows.map((row) => Number(row[1])),
    recency: rows.map((row) => Number(row[2])),
    T: rows.map((row) => Number(row[3])),
  };
}
