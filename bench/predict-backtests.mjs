// This file defines the report behind docs/prediction-backtests.md: the churn bands and the
// deciles of expected purchases backtested (src/core/btyd/backtest.ts) on CDNOW (the first 39
// weeks against the next 39), on UCI Online Retail (a 10 % customer sample, its first months
// against its last) and on a log simulated from BG/NBD; how well each quantity ranks who buys
// again (AUC); and the fits on small samples of the CDNOW summary, with and without the prior.
// It prints Markdown. Run: node bench/predict-backtests.mjs (the shared data beside the clone).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import * as esbuild from 'esbuild';
import { CALIBRATION_END_DAY, cdnowLog, SHARED_DATA } from './prediction-data.mjs';

const root = join(import.meta.dirname, '..');
/** @typedef {'active' | 'at-risk' | 'likely-churned'} Band */
/** @typedef {{ customerKeys: unknown[], days: ArrayLike<number>, amounts: ArrayLike<number> }} Log */
/** @typedef {{ frequency: number[], recency: number[], T: number[] }} History */
/** @type {Band[]} */
const BANDS = ['active', 'at-risk', 'likely-churned'];
const BAND_NAMES = { active: 'Active', 'at-risk': 'At risk', 'likely-churned': 'Likely churned' };

const Engine = await engineBundle();
const sections = [];

const cdnow = cdnowLog();
if (cdnow)
  sections.push(
    report(
      'CDNOW (23,570 customers), weeks, split 1997-10-01',
      cdnow,
      CALIBRATION_END_DAY,
      'weeks',
      true,
    ),
  );
const retail = onlineRetailLog();
if (retail) {
  for (const [year, month] of /** @type {[number, number][]} */ ([
    [2011, 6],
    [2011, 9],
  ]))
    sections.push(
      report(
        `Online Retail, 10 % of customers (445), weeks, split ${year}-${String(month).padStart(2, '0')}-01`,
        retail,
        Date.UTC(year, month - 1, 1) / 86_400_000 - 1,
        'weeks',
        false,
      ),
    );
}
const simulationOptions = {
  customers: 20_000,
  longestT: 78,
  entrySpan: 12,
  seed: 2,
  daysPerUnit: 7,
};
const simulated = Engine.simulatedLog(
  Engine.simulateCustomers({ r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 }, simulationOptions),
  simulationOptions,
);
sections.push(
  report(
    'Simulated from BG/NBD with the CDNOW parameters (20,000 customers), weeks, split at week 39',
    simulated,
    39 * 7 - 1,
    'weeks',
    false,
  ),
);
sections.push(smallShops());
console.log(sections.join('\n\n'));

/**
 * One data set's backtest as Markdown: the bands, the ranking quality, and the deciles.
 * @param {string} title
 * @param {Log} log
 * @param {number} calibrationEnd
 * @param {'days' | 'weeks' | 'months'} period
 * @param {boolean} withDeciles
 */
function report(title, log, calibrationEnd, period, withDeciles) {
  /** @type {import('../src/core/btyd/backtest').Backtest} */
  const result = Engine.backtest(log, calibrationEnd, period);
  /** @type {import('../src/core/btyd/purchase-summary').PurchaseSummary} */
  const summary = Engine.summarizePurchases(log, { period, calibrationEnd });
  const bought = result.customers.actual.map((count) => count > 0);
  const alive = summary.frequency.map((x, i) =>
    Engine.probabilityAlive(result.fit.parameters, x, summary.recency[i], summary.T[i]),
  );
  const oldBands = alive.map((p) =>
    p >= 0.7 ? 'active' : p >= 0.3 ? 'at-risk' : 'likely-churned',
  );
  const n = result.total.customers;
  const { r, alpha, a, b } = result.fit.parameters;
  const lines = [
    `### ${title}`,
    '',
    `Fit: r = ${r.toFixed(3)}, α = ${alpha.toFixed(3)}, a = ${a.toFixed(3)}, b = ${b.toFixed(3)}; prior weight ${result.fit.priorWeight.toFixed(2)} (${result.fit.leansOnPrior ? 'leans on the prior' : 'maximum likelihood'}); horizon ${result.horizon.toFixed(1)} ${period}.`,
    '',
    '| band (probability of buying again, 0.5 / 0.2) | customers | predicted share buying again | bought again | predicted purchases | purchases |',
    '|---|---|---|---|---|---|',
    ...BANDS.map((band) => {
      const row = result.bands[band];
      return `| ${BAND_NAMES[band]} | ${row.customers.toLocaleString('en')} (${percent(row.customers / n)}) | ${percent(row.predictedShare)} | ${percent(row.boughtAgainShare)} | ${Math.round(row.predictedPurchases).toLocaleString('en')} | ${row.actualPurchases.toLocaleString('en')} |`;
    }),
    `| Total | ${n.toLocaleString('en')} | ${percent(result.total.predictedShare)} | ${percent(result.total.boughtAgainShare)} | ${Math.round(result.total.predictedPurchases).toLocaleString('en')} | ${result.total.actualPurchases.toLocaleString('en')} |`,
    '',
    `The old bands, P(alive) at 0.7 / 0.3: ${BANDS.map((band) => {
      const members = oldBands.flatMap((b, i) => (b === band ? [i] : []));
      const share = members.filter((i) => bought[i]).length / Math.max(members.length, 1);
      return `${BAND_NAMES[band]} ${members.length.toLocaleString('en')} customers, ${percent(share)} bought again`;
    }).join('; ')}.`,
    '',
    `AUC for who bought again: probability of buying again ${auc(result.customers.probability, bought)}, expected purchases ${auc(result.customers.expected, bought)}, last purchase day (later is better) ${auc(summary.lastPurchaseDays, bought)}, P(alive) ${auc(alive, bought)}.`,
  ];
  if (withDeciles)
    lines.push(
      '',
      '| decile of expected purchases | customers | predicted purchases | purchases | bought again |',
      '|---|---|---|---|---|',
      ...result.deciles.map(
        (row, d) =>
          `| ${d + 1} | ${row.customers.toLocaleString('en')} | ${Math.round(row.predictedPurchases).toLocaleString('en')} | ${row.actualPurchases.toLocaleString('en')} | ${percent(row.boughtAgainShare)} |`,
      ),
    );
  return lines.join('\n');
}

/** Fits on 20 random samples each of 30, 50, 100 and 200 customers of the CDNOW summary. */
function smallShops() {
  const file = join(SHARED_DATA, 'cdnow', 'cdnow_customers_summary.csv');
  if (!existsSync(file)) return '';
  const rows = readFileSync(file, 'utf8')
    .trim()
    .split(/\r?\n/)
    .slice(1)
    .map((line) => line.split(',').map(Number));
  const full = {
    frequency: rows.map((row) => row[1]),
    recency: rows.map((row) => row[2]),
    T: rows.map((row) => row[3]),
  };
  const fullFit = Engine.fitBgNbd(full).parameters;
  const lines = [
    '### Small shops: 20 random samples of the CDNOW summary per size',
    '',
    '| customers | maximum likelihood alone runs off or stops | answered | leaning on the prior | median prior weight | mean \\|P(alive) − full fit\\| |',
    '|---|---|---|---|---|---|',
  ];
  for (const size of [30, 50, 100, 200]) {
    let runsOff = 0;
    let answered = 0;
    let leaning = 0;
    /** @type {number[]} */
    const weights = [];
    let difference = 0;
    for (let seed = 1; seed <= 20; seed++) {
      const picked = sample(rows.length, size, seed);
      const history = {
        frequency: picked.map((i) => full.frequency[i]),
        recency: picked.map((i) => full.recency[i]),
        T: picked.map((i) => full.T[i]),
      };
      if (!Engine.maximumLikelihoodSettles(history)) runsOff++;
      const fit = Engine.fitBgNbd(history);
      answered++;
      if (fit.leansOnPrior) leaning++;
      weights.push(fit.priorWeight);
      let sum = 0;
      history.frequency.forEach((x, i) => {
        sum += Math.abs(
          Engine.probabilityAlive(fit.parameters, x, history.recency[i], history.T[i]) -
            Engine.probabilityAlive(fullFit, x, history.recency[i], history.T[i]),
        );
      });
      difference += sum / size;
    }
    weights.sort((u, v) => u - v);
    lines.push(
      `| ${size} | ${runsOff} of 20 | ${answered} of 20 | ${leaning} of 20 | ${(((weights[9] ?? 0) + (weights[10] ?? 0)) / 2).toFixed(2)} | ${(difference / 20).toFixed(3)} |`,
    );
  }
  const all = Engine.fitBgNbd(full);
  lines.push(
    '',
    `All 2,357 customers: r = ${all.parameters.r.toFixed(4)}, α = ${all.parameters.alpha.toFixed(4)}, a = ${all.parameters.a.toFixed(4)}, b = ${all.parameters.b.toFixed(4)}, prior weight ${all.priorWeight.toFixed(3)}, ${all.leansOnPrior ? 'leaning on the prior' : 'maximum likelihood'}.`,
  );
  return lines.join('\n');
}

/**
 * The same sampler as test/helpers/cdnow.ts: `size` of `n` indexes without replacement.
 * @param {number} n
 * @param {number} size
 * @param {number} seed
 */
function sample(n, size, seed) {
  let state = seed >>> 0;
  const next = () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
  const order = Array.from({ length: n }, (_, i) => i);
  for (let i = 0; i < size; i++) {
    const j = i + Math.floor(next() * (order.length - i));
    [order[i], order[j]] = [/** @type {number} */ (order[j]), /** @type {number} */ (order[i])];
  }
  return order.slice(0, size);
}

/** online_retail_customers_mod10.csv as an order log (amount = quantity × unit price). */
function onlineRetailLog() {
  const file = join(SHARED_DATA, 'online_retail_customers_mod10.csv');
  if (!existsSync(file)) return undefined;
  /** @type {{ customerKeys: string[], days: number[], amounts: number[] }} */
  const log = { customerKeys: [], days: [], amounts: [] };
  for (const cells of Engine.parseCsv(readFileSync(file, 'utf8')).slice(1)) {
    const [, , , quantity, date = '', price, customer] = cells;
    if (!customer) continue;
    log.customerKeys.push(customer);
    log.days.push(
      Date.UTC(+date.slice(0, 4), +date.slice(5, 7) - 1, +date.slice(8, 10)) / 86_400_000,
    );
    log.amounts.push(Number(quantity) * Number(price));
  }
  return log;
}

/** @param {number} share */
function percent(share) {
  return `${(share * 100).toFixed(1)} %`;
}

/**
 * The area under the ROC curve, ties counted half.
 * @param {number[]} score
 * @param {boolean[]} outcome
 */
function auc(score, outcome) {
  const order = score
    .map((_, i) => i)
    .sort((i, j) => /** @type {number} */ (score[i]) - /** @type {number} */ (score[j]));
  let positives = 0;
  let rankSum = 0;
  const at = (/** @type {number} */ k) => /** @type {number} */ (order[k]);
  for (let i = 0; i < order.length; ) {
    let j = i;
    while (j < order.length && score[at(j)] === score[at(i)]) j++;
    for (let k = i; k < j; k++)
      if (outcome[at(k)]) {
        positives++;
        rankSum += (i + j + 1) / 2;
      }
    i = j;
  }
  const negatives = order.length - positives;
  return ((rankSum - (positives * (positives + 1)) / 2) / (positives * negatives)).toFixed(2);
}

/** The core modules bundled the way the add-on is, run in node:vm as the global `Engine`. */
async function engineBundle() {
  const result = await esbuild.build({
    stdin: {
      contents: [
        "export { backtest } from './src/core/btyd/backtest';",
        "export { fitBgNbd } from './src/core/btyd/bgnbd';",
        "export { bgNbdObjective } from './src/core/btyd/bgnbd-likelihood';",
        "export { probabilityAlive } from './src/core/btyd/bgnbd-prediction';",
        "export { minimize } from './src/core/btyd/minimize';",
        "export { repeatPatterns } from './src/core/btyd/repeat-patterns';",
        "export { summarizePurchases } from './src/core/btyd/purchase-summary';",
        "export { simulateCustomers, simulatedLog } from './dev/btyd-simulation';",
        "export { parseCsv } from './dev/csv';",
      ].join('\n'),
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    globalName: 'Engine',
    target: 'es2020',
    inject: [join(root, 'scripts/bundle-globals.mjs')],
    write: false,
  });
  const context = vm.createContext({});
  vm.runInContext(`${result.outputFiles[0]?.text};this.Engine=Engine;`, context);
  const engine = context.Engine;
  // maximum likelihood alone, from the same start as the fit: does it settle inside e^±15?
  engine.maximumLikelihoodSettles = (/** @type {History} */ history) => {
    const start = [0, Math.log(Math.max(...history.T) / 10), 0, 0];
    const alone = engine.minimize(engine.bgNbdObjective(engine.repeatPatterns(history)), start, {
      gradientTolerance: 1e-9,
    });
    return alone.converged && alone.point.every((/** @type {number} */ v) => Math.abs(v) <= 15);
  };
  return engine;
}
