// This file defines the data of the prediction bench: CDNOW's order log (the shared data set next
// to the repository), customers simulated from the BG/NBD and Gamma-Gamma models with CDNOW's
// published parameters, the order log those customers would have written, and the CSV files the
// Python peers read, so that both sides work on identical numbers.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const MS_PER_DAY = 86_400_000;

/**
 * Where a clone of the repository finds the shared data sets: beside it, in ../shared/data, or
 * beside the folder of worktrees that holds it (../../shared/data).
 */
export const SHARED_DATA =
  [
    join(import.meta.dirname, '..', '..', 'shared', 'data'),
    join(import.meta.dirname, '..', '..', '..', 'shared', 'data'),
  ].find((folder) => existsSync(folder)) ?? join(import.meta.dirname, '..', '..', 'shared', 'data');
export const CDNOW_MASTER = join(SHARED_DATA, 'cdnow', 'CDNOW_master.txt');
/** The papers' calibration period: 39 weeks ending 1997-09-30 (all first purchases in 1997-Q1). */
export const CALIBRATION_END_DAY = Date.UTC(1997, 8, 30) / MS_PER_DAY;
export const DAYS_PER_WEEK = 7;

/** BG/NBD on CDNOW (Fader, Hardie & Lee 2005) and Gamma-Gamma (Fader & Hardie 2013). */
export const CDNOW_PURCHASES = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };
export const CDNOW_SPEND = { p: 6.25, q: 3.74, gamma: 15.44 };
/** The simulation: CDNOW's 39-week calibration period, first purchases over its first 12 weeks. */
export const SIMULATION = {
  customers: 130_000,
  longestT: 39,
  entrySpan: 12,
  seed: 20260113,
  daysPerUnit: DAYS_PER_WEEK,
  spend: CDNOW_SPEND,
};
/** What a one-time buyer spent: the Gamma-Gamma model has nothing to say about first purchases. */
const FIRST_PURCHASE_OF_ONE_TIME_BUYER = 35;

/**
 * An order log as the engine takes it: a customer key, a civil day and an amount per row.
 * @typedef {{ customerKeys: number[], days: Float64Array, amounts: Float64Array }} OrderLog
 */

/**
 * CDNOW_master.txt as an order log, or undefined when the shared data are not beside the clone.
 * @returns {OrderLog | undefined}
 */
export function cdnowLog() {
  if (!existsSync(CDNOW_MASTER)) return undefined;
  const lines = readFileSync(CDNOW_MASTER, 'utf8').trim().split(/\r?\n/).slice(1);
  /** @type {number[]} */
  const customerKeys = [];
  const days = new Float64Array(lines.length);
  const amounts = new Float64Array(lines.length);
  lines.forEach((line, row) => {
    const [customer = '', date = '', , dollars = ''] = line.trim().split(/\s+/);
    customerKeys.push(Number(customer));
    const day = Date.UTC(
      Number(date.slice(0, 4)),
      Number(date.slice(4, 6)) - 1,
      Number(date.slice(6, 8)),
    );
    days[row] = day / MS_PER_DAY;
    amounts[row] = Number(dollars);
  });
  return { customerKeys, days, amounts };
}

/**
 * The order log the simulated customers wrote by the calibration end: one row per purchase, on
 * whole days (the simulation's weeks are on a day grid). Each repeat purchase spends the
 * customer's mean spend, so that the log's summary gives back the simulated one exactly.
 * @param {{ T: ArrayLike<number>, monetary: ArrayLike<number>, purchaseTimes: ArrayLike<number>[] }} population
 * @returns {OrderLog}
 */
export function simulatedLog(population) {
  /** @type {number[]} */
  const customerKeys = [];
  /** @type {number[]} */
  const days = [];
  /** @type {number[]} */
  const amounts = [];
  population.purchaseTimes.forEach((times, customer) => {
    const firstDay =
      CALIBRATION_END_DAY - Math.round((population.T[customer] ?? 0) * DAYS_PER_WEEK);
    const spend = population.monetary[customer] || FIRST_PURCHASE_OF_ONE_TIME_BUYER;
    for (let i = 0; i < times.length; i++) {
      customerKeys.push(100_000 + customer);
      days.push(firstDay + Math.round((times[i] ?? 0) * DAYS_PER_WEEK));
      amounts.push(spend);
    }
  });
  return { customerKeys, days: Float64Array.from(days), amounts: Float64Array.from(amounts) };
}

/**
 * The simulated customers' measures for clustering, as their order log gives them: days from the
 * last purchase to the calibration end, purchase days, and total spend.
 * @param {{ frequency: ArrayLike<number>, recency: ArrayLike<number>, T: ArrayLike<number>, monetary: ArrayLike<number> }} population
 */
export function clusterMeasures(population) {
  const customers = population.T.length;
  const recencyDays = new Float64Array(customers);
  const frequency = new Float64Array(customers);
  const monetary = new Float64Array(customers);
  for (let i = 0; i < customers; i++) {
    const purchases = (population.frequency[i] ?? 0) + 1;
    const weeksSinceLast = (population.T[i] ?? 0) - (population.recency[i] ?? 0);
    recencyDays[i] = Math.round(weeksSinceLast * DAYS_PER_WEEK);
    frequency[i] = purchases;
    monetary[i] = purchases * (population.monetary[i] || FIRST_PURCHASE_OF_ONE_TIME_BUYER);
  }
  return { recencyDays, frequency, monetary };
}

/**
 * Writes columns of equal length as a CSV file with a header row.
 * @param {string} path
 * @param {Record<string, ArrayLike<number>>} columns
 */
export function writeColumns(path, columns) {
  const names = Object.keys(columns);
  const values = Object.values(columns);
  const rows = values[0]?.length ?? 0;
  const lines = [names.join(',')];
  for (let row = 0; row < rows; row++) lines.push(values.map((column) => column[row]).join(','));
  writeFileSync(path, `${lines.join('\n')}\n`);
}
