// This file defines the custom-function half of the prediction bench: every prediction function
// on the 130,000 simulated customers, through the built dist/Code.js in node:vm as Apps Script
// runs it. BTYD_SUMMARY reads the customers' order log (Date cells in the sheet's zone) and its
// output, checked against the simulation customer by customer, feeds the model functions as a
// nested summary table would; CUSTOMER_CLUSTER reads their recency, frequency and monetary value,
// LIFECYCLE_STAGE their first and last purchase. Each function must finish well inside the 30 s
// Apps Script gives a custom function.
import vm from 'node:vm';
import { build } from '../scripts/build.mjs';
import { appsScriptGlobals } from './apps-script.mjs';
import { ZONE_OFFSET_MS } from './generate-log.mjs';
import { CALIBRATION_END_DAY, clusterMeasures, simulatedLog } from './prediction-data.mjs';
import { best, count, ms, printColumns, target } from './report.mjs';

const LIMIT_MS = 10_000;
const PERIODS = 52;
const DISCOUNT_RATE = 0.01;
const CLUSTERS = 4;
const CHURN_DAYS = 180;

/**
 * @typedef {{ call: string, customers: number, ms: number, output: string }} Timing
 * @typedef {import('../dev/btyd-simulation').SimulatedCustomers} Population
 */

/**
 * Times every prediction function on the simulated customers, prints a table of the timings and
 * the target, and returns whether it was met.
 * @param {Population} population
 * @param {number} runs
 */
export async function benchCustomFunctions(population, runs) {
  const addon = vm.createContext(appsScriptGlobals());
  vm.runInContext(await build(), addon);
  const cells = sheetCells(addon, population);
  /** @param {string} name */
  const fn = (name) => /** @type {(...args: unknown[]) => unknown[][]} */ (addon[name]);
  const summaryCall = () =>
    fn('BTYD_SUMMARY')(cells.customers, cells.dates, cells.amounts, cells.calibrationEnd, 'weeks');
  const summary = summaryCall();
  checkSummary(summary, population);
  const { firstPurchases, lastPurchases, purchases } = lifecycleColumns(addon, summary);
  /** @type {[call: string, run: () => unknown[][]][]} */
  const calls = [
    ['BTYD_SUMMARY(customers, dates, amounts, end, "weeks")', summaryCall],
    ['BGNBD_FIT(summary)', () => fn('BGNBD_FIT')(summary)],
    ['P_ALIVE(summary)', () => fn('P_ALIVE')(summary)],
    [`EXPECTED_PURCHASES(summary, ${PERIODS})`, () => fn('EXPECTED_PURCHASES')(summary, PERIODS)],
    ['GAMMAGAMMA_FIT(summary)', () => fn('GAMMAGAMMA_FIT')(summary)],
    ['EXPECTED_SPEND(summary)', () => fn('EXPECTED_SPEND')(summary)],
    [
      `CLV_PREDICT(summary, ${PERIODS}, ${DISCOUNT_RATE})`,
      () => fn('CLV_PREDICT')(summary, PERIODS, DISCOUNT_RATE),
    ],
    [
      `CUSTOMER_CLUSTER(recency, frequency, monetary, ${CLUSTERS})`,
      () => fn('CUSTOMER_CLUSTER')(cells.recency, cells.frequency, cells.monetary, CLUSTERS),
    ],
    [
      'CUSTOMER_CLUSTER(recency, frequency, monetary)',
      () => fn('CUSTOMER_CLUSTER')(cells.recency, cells.frequency, cells.monetary),
    ],
    [
      `LIFECYCLE_STAGE(first, last, purchases, end, ${CHURN_DAYS})`,
      () =>
        fn('LIFECYCLE_STAGE')(
          firstPurchases,
          lastPurchases,
          purchases,
          cells.calibrationEnd,
          CHURN_DAYS,
        ),
    ],
    ['CHURN_RISK(summary)', () => fn('CHURN_RISK')(summary)],
  ];
  const customers = population.T.length;
  /** @type {Timing[]} */
  const timings = [];
  /** @type {string[]} */
  const missing = [];
  for (const [call, run] of calls) {
    const name = call.slice(0, call.indexOf('('));
    if (typeof addon[name] !== 'function') {
      missing.push(name);
      continue;
    }
    const output = run();
    timings.push({ call, customers, ms: best(run, runs), output: shape(output) });
  }
  console.log(
    `custom functions on ${count(customers)} simulated customers (an order log of ${count(cells.customers.length)} lines), dist/Code.js in node:vm, best of ${runs}:`,
  );
  printColumns(
    [
      ['call', (timing) => timing.call],
      ['customers', (timing) => count(timing.customers)],
      ['time', (timing) => ms(timing.ms)],
      ['output', (timing) => timing.output],
    ],
    timings,
  );
  const slowest = timings.reduce((a, b) => (b.ms > a.ms ? b : a));
  return target(
    `every prediction function on ${count(customers)} customers < ${LIMIT_MS / 1000} s (Apps Script allows 30 s)`,
    slowest.ms < LIMIT_MS && missing.length === 0,
    `slowest ${slowest.call.slice(0, slowest.call.indexOf('('))} ${ms(slowest.ms)}${missing.length ? `; not in dist/Code.js: ${[...new Set(missing)].join(', ')}` : ''}`,
  );
}

/**
 * The customers' order log and measures as a sheet hands them, in the add-on's realm.
 * @param {vm.Context} addon
 * @param {Population} population
 */
function sheetCells(addon, population) {
  const log = simulatedLog(population);
  const measures = clusterMeasures(population);
  /** Makes columns of numbers into a range's rows of cells, days into Date cells at local midnight. */
  const toCells = vm.runInContext(
    `(function (columns, dayColumns, offset) {
      var range = function (column, cell) {
        var rows = [];
        for (var i = 0; i < column.length; i++) rows.push([cell(column[i])]);
        return rows;
      };
      var number = function (value) { return value; };
      var date = function (day) { return new Date(day * 86400000 - offset); };
      return columns.map(function (column) { return range(column, number); })
        .concat(dayColumns.map(function (column) { return range(column, date); }));
    })`,
    addon,
  );
  const [customers, amounts, recency, frequency, monetary, dates, [[calibrationEnd]]] = toCells(
    [log.customerKeys, log.amounts, measures.recencyDays, measures.frequency, measures.monetary],
    [log.days, [CALIBRATION_END_DAY]],
    ZONE_OFFSET_MS,
  );
  return { customers, dates, amounts, calibrationEnd, recency, frequency, monetary };
}

/**
 * Throws unless BTYD_SUMMARY gave back every simulated customer's x, t_x and T.
 * @param {unknown[][]} summary
 * @param {Population} population
 */
function checkSummary(summary, population) {
  const rows = summary.slice(1);
  if (rows.length !== population.T.length)
    throw new Error(`bench: BTYD_SUMMARY gave ${rows.length} customers for ${population.T.length}`);
  rows.forEach(([, x, tx, T], i) => {
    const simulated = [population.frequency[i], population.recency[i], population.T[i]];
    if (JSON.stringify([x, tx, T]) !== JSON.stringify(simulated))
      throw new Error(
        `bench: customer ${i} is ${JSON.stringify([x, tx, T])} in BTYD_SUMMARY, ${JSON.stringify(simulated)} in the simulation`,
      );
  });
}

/**
 * LIFECYCLE_STAGE's inputs from the summary: first and last purchase dates and purchase days.
 * @param {vm.Context} addon
 * @param {unknown[][]} summary
 */
function lifecycleColumns(addon, summary) {
  return vm.runInContext(
    `(function (summary) {
      var rows = summary.slice(1);
      return {
        firstPurchases: rows.map(function (row) { return [row[5]]; }),
        lastPurchases: rows.map(function (row) { return [row[6]]; }),
        purchases: rows.map(function (row) { return [row[1] + 1]; }),
      };
    })`,
    addon,
  )(summary);
}

/** @param {unknown[][]} output */
function shape(output) {
  return `${count(output.length)} × ${output[0]?.length ?? 0}`;
}
