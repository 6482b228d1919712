/**
 * This file defines the CDNOW fixtures (test/fixtures/README.md) as the core's inputs: the
 * sample's order log and the published summaries of its 39-week calibration period.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { civilDayFromDate } from '../../src/core/civil-day';
import { readFixture } from './csv';

/** The calibration period's last day, 1997-09-30. */
export const CDNOW_CALIBRATION_END = civilDayFromDate(1997, 9, 30) as number;

/** CDNOW_sample.txt as an order log keyed by the sample id (the summaries' ID). */
export function readCdnowSample(): { customerKeys: number[]; days: number[]; amounts: number[] } {
  const text = readFileSync(
    fileURLToPath(new URL('../fixtures/cdnow-sample.txt', import.meta.url)),
    'utf8',
  );
  const log = { customerKeys: [] as number[], days: [] as number[], amounts: [] as number[] };
  for (const line of text.split('\n')) {
    const [, sampleId, date, , dollars] = line.trim().split(/\s+/);
    if (!sampleId || !date || !dollars) continue;
    const day = civilDayFromDate(+date.slice(0, 4), +date.slice(4, 6), +date.slice(6, 8));
    if (day === undefined) throw new Error(`bad CDNOW date ${date}`);
    log.customerKeys.push(Number(sampleId));
    log.days.push(day);
    log.amounts.push(Number(dollars));
  }
  return log;
}

/** cdnow_customers_summary.csv: x, t_x and T (weeks) per customer, the BG/NBD model's input. */
export function readCdnowSummary(): { frequency: number[]; recency: number[]; T: number[] } {
  const rows = readFixture('cdnow-customers-summary.csv');
  return {
    frequency: rows.map((row) => Number(row.frequency)),
    recency: rows.map((row) => Number(row.recency)),
    T: rows.map((row) => Number(row.T)),
  };
}

/** cdnow_customers_summary_with_transactions.csv: x, t_x, T (weeks) and zbar per customer. */
export function readCdnowSpendSummary(): {
  ids: number[];
  frequency: number[];
  recency: number[];
  T: number[];
  monetary: number[];
} {
  const rows = readFixture('cdnow-customers-summary-with-transactions.csv');
  return {
    ids: rows.map((row) => Number(row.ID)),
    frequency: rows.map((row) => Number(row.x)),
    recency: rows.map((row) => Number(row.t_x)),
    T: rows.map((row) => Number(row.T)),
    monetary: rows.map((row) => Number(row.zbar)),
  };
}

/**
 * `size` of CDNOW's 2,357 customers (indexes into the summaries) drawn without replacement, the
 * same for the same seed: small shops, for the tests of fits on few customers.
 */
export function sampleCdnowCustomers(size: number, seed: number): number[] {
  let state = seed >>> 0;
  const next = () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
  const order = Array.from({ length: 2357 }, (_, i) => i);
  for (let i = 0; i < size; i++) {
    const j = i + Math.floor(next() * (order.length - i));
    [order[i], order[j]] = [order[j] as number, order[i] as number];
  }
  return order.slice(0, size);
}
