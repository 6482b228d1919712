// This file defines the prediction half of `npm run bench`: each model timed beside its peer in
// the same run, both fed the same numbers (written to CSV from here):
// - the BG/NBD fit (src/core/btyd/bgnbd.ts) on CDNOW's 23,570 customers (weeks, calibration
//   period ending 1997-09-30) and on 130,000 customers simulated from the model with CDNOW's
//   parameters, against scipy's Nelder–Mead on lifetimes' log-likelihood (bench/bgnbd_peer.py);
// - k-means and the choice of k (src/core/cluster) on the simulated customers, against
//   scikit-learn (bench/predict-clusters.mjs);
// - every prediction custom function on the simulated customers, through dist/Code.js
//   (bench/predict-functions.mjs);
// - CUSTOMER_CLUSTER(…, 4) through dist/Code.js against scikit-learn's KMeans(n_init=10), features
//   included, median and first of five calls each (bench/cluster-call.mjs).
// The core modules are bundled by esbuild and run in node:vm, as the add-on runs them. It prints
// one table of timings and ratios, the fits side by side, the custom functions' timings, verdicts
// and targets computed from the figures and the machine it ran on; it exits 1 when a target is
// not met.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import vm from 'node:vm';
import * as esbuild from 'esbuild';
import { benchClusterCall } from './cluster-call.mjs';
import { benchKMeans } from './predict-clusters.mjs';
import { benchCustomFunctions } from './predict-functions.mjs';
import {
  CALIBRATION_END_DAY,
  CDNOW_MASTER,
  CDNOW_PURCHASES,
  cdnowLog,
  clusterMeasures,
  SIMULATION,
  writeColumns,
} from './prediction-data.mjs';
import { best, count, loadAverage, machine, ms, printColumns, ratio, target } from './report.mjs';

const PYTHON = '/usr/bin/python3';
// runs per timing, the fastest kept; scipy's fit of 130,000 customers takes seconds, so the
// peers and our slower tasks are run fewer times
const RUNS = 7;
const PEER_RUNS = 3;
/** The BG/NBD fits agree when no parameter nor the log-likelihood differs by more than this. */
const AGREEMENT = 1e-3;
const FIT_LIMIT_MS = 1000;
const FIT_SPEED_UP = 5;

/**
 * @typedef {{ r: number, alpha: number, a: number, b: number, logLikelihood: number }} Fit
 * @typedef {import('./predict-clusters.mjs').Row} Row
 */

const loadAtStart = loadAverage();
const root = join(import.meta.dirname, '..');
const scikitLearn = hasScikitLearn();
const engine = vm.createContext({});
vm.runInContext(await engineBundle(), engine);
const { Engine } = engine;
const folder = mkdtempSync(join(tmpdir(), 'customer-tiers-predict-'));

/** @type {{ name: string, patterns: number, ours: Fit, theirs: Fit & { converged: boolean } }[]} */
const fits = [];
/** @type {Row[]} */
const rows = [];
const cdnow = cdnowLog();
if (cdnow) {
  const period = { calibrationEnd: CALIBRATION_END_DAY, period: 'weeks' };
  rows.push(benchBgNbd('CDNOW', Engine.summarizePurchases(cdnow, period)));
} else {
  console.log(`bench: ${CDNOW_MASTER} is missing, so the CDNOW fit is skipped`);
}
const population = Engine.simulateCustomers(CDNOW_PURCHASES, SIMULATION);
const simulated = benchBgNbd('simulated', population);
rows.push(simulated);
const clusters = benchKMeans(Engine, clusterMeasures(population), {
  folder,
  python: scikitLearn ? PYTHON : undefined,
  runs: RUNS,
  peerRuns: PEER_RUNS,
});
rows.push(...clusters.rows);

printColumns(
  [
    ['task', (row) => row.task],
    ['customers', (row) => count(row.customers)],
    ['ours', (row) => ms(row.ours)],
    ['peer', (row) => row.peer || '(not run)'],
    ['peer time', (row) => (row.peer ? ms(row.theirs) : '—')],
    ['peer / ours', (row) => (row.peer ? ratio(row.theirs, row.ours) : '—')],
  ],
  rows,
);
printFits();
const targets = [
  ...bgNbdTargets(),
  ...clusters.report(),
  await benchCustomFunctions(population, PEER_RUNS),
  await benchClusterCall(population, { folder, python: scikitLearn ? PYTHON : undefined }),
];
rmSync(folder, { recursive: true, force: true });
console.log(
  `machine: ${machine()}; Node ${process.version}, ${pythonVersions()}; load average ${loadAtStart} at start, ${loadAverage()} at end`,
);
process.exitCode = targets.every(Boolean) ? 0 : 1;

/**
 * Times our BG/NBD fit and scipy's on the same summary, records both fits and returns the
 * timing row.
 * @param {string} name
 * @param {import('../src/core/btyd/history').RepeatHistory} history
 * @returns {Row}
 */
function benchBgNbd(name, history) {
  const csv = join(folder, `${name}-summary.csv`);
  writeColumns(csv, { frequency: history.frequency, recency: history.recency, T: history.T });
  const ours = best(() => Engine.fitBgNbd(history), RUNS);
  /** @type {import('../src/core/btyd/bgnbd').BgNbdFit} */
  const { parameters, logLikelihood } = Engine.fitBgNbd(history);
  const scipy = JSON.parse(
    execFileSync(PYTHON, [join(import.meta.dirname, 'bgnbd_peer.py'), csv, `${PEER_RUNS}`], {
      encoding: 'utf8',
    }),
  );
  fits.push({
    name,
    patterns: patternCount(history),
    ours: { ...parameters, logLikelihood },
    theirs: scipy,
  });
  return {
    task: `BG/NBD fit, ${name}`,
    customers: history.T.length,
    ours,
    peer: 'scipy Nelder–Mead',
    theirs: scipy.seconds * 1000,
  };
}

/** How many customers differ in (x, t_x, T): the terms of our likelihood. @param {import('../src/core/btyd/history').RepeatHistory} history */
function patternCount({ frequency, recency, T }) {
  const patterns = new Set();
  for (let i = 0; i < T.length; i++) patterns.add(`${frequency[i]} ${recency[i]} ${T[i]}`);
  return patterns.size;
}

/** Prints each BG/NBD fit's parameters and log-likelihood, ours above scipy's, and how each fits. */
function printFits() {
  const lines = fits.flatMap(({ name, ours, theirs }) => [
    { fit: `${name}, ours`, values: ours },
    { fit: `${name}, scipy${theirs.converged ? '' : ' (NOT converged)'}`, values: theirs },
  ]);
  printColumns(
    [
      ['BG/NBD fit', (line) => line.fit],
      ['r', (line) => line.values.r.toFixed(4)],
      ['α', (line) => line.values.alpha.toFixed(4)],
      ['a', (line) => line.values.a.toFixed(4)],
      ['b', (line) => line.values.b.toFixed(4)],
      ['log-likelihood', (line) => line.values.logLikelihood.toFixed(2)],
    ],
    lines,
  );
  console.log(
    `BG/NBD: scipy minimises lifetimes' BetaGeoFitter._negative_log_likelihood (vectorised numpy, one row per customer with weight 1, time scaled to a longest T of 10) by Nelder–Mead from log-parameters 0; ours runs BFGS on the analytic gradient, one term per distinct (x, t_x, T): ${fits.map(({ name, patterns }) => `${count(patterns)} for ${name}`).join(', ')}`,
  );
}

/** Prints the BG/NBD verdict and targets, and returns the targets. */
function bgNbdTargets() {
  const differences = fits.map(({ ours, theirs }) => largestDifference(ours, theirs));
  const largest = Math.max(...differences);
  const converged = fits.every(({ theirs }) => theirs.converged);
  return [
    target(
      `the BG/NBD fits agree within ${AGREEMENT} (parameters and log-likelihood, relative)`,
      largest <= AGREEMENT && converged,
      `largest difference ${largest.toExponential(1)}${converged ? '' : ', scipy did not converge'}`,
    ),
    target(
      `BG/NBD fit of ${count(simulated.customers)} customers < ${FIT_LIMIT_MS} ms`,
      simulated.ours < FIT_LIMIT_MS,
      ms(simulated.ours),
    ),
    target(
      `BG/NBD fit of ${count(simulated.customers)} customers ≥ ${FIT_SPEED_UP}× faster than scipy`,
      simulated.theirs >= FIT_SPEED_UP * simulated.ours,
      ratio(simulated.theirs, simulated.ours),
    ),
  ];
}

/**
 * The largest relative difference between two fits' parameters and log-likelihoods.
 * @param {Fit} ours
 * @param {Fit} theirs
 */
function largestDifference(ours, theirs) {
  const names = /** @type {const} */ (['r', 'alpha', 'a', 'b', 'logLikelihood']);
  return Math.max(...names.map((name) => Math.abs(ours[name] / theirs[name] - 1)));
}

/** The core modules and the simulation, bundled the way the add-on is, as the global `Engine`. */
async function engineBundle() {
  const result = await esbuild.build({
    stdin: {
      contents: [
        "export { fitBgNbd } from './src/core/btyd/bgnbd';",
        "export { summarizePurchases } from './src/core/btyd/purchase-summary';",
        "export { customerPoints } from './src/core/cluster/features';",
        "export { kMeans } from './src/core/cluster/kmeans';",
        "export { customerClusters } from './src/core/cluster/customer-clusters';",
        "export { simulateCustomers } from './dev/btyd-simulation';",
      ].join('\n'),
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    globalName: 'Engine',
    target: 'es2020',
    minify: true,
    inject: [join(root, 'scripts/bundle-globals.mjs')],
    write: false,
  });
  return `${result.outputFiles[0]?.text};this.Engine=Engine;`;
}

function pythonVersions() {
  const modules = scikitLearn ? 'numpy, scipy, sklearn' : 'numpy, scipy';
  const script = `import ${modules}; print(", ".join(f"{m.__name__} {m.__version__}" for m in (${modules})))`;
  return execFileSync(PYTHON, ['-c', script], { encoding: 'utf8' }).trim();
}

/** Whether scikit-learn can be imported, after installing Debian's package when we are root. */
function hasScikitLearn() {
  const importable = () => {
    try {
      execFileSync(PYTHON, ['-c', 'import sklearn'], { stdio: 'ignore' });
      return true;
    } catch {
      return false;
    }
  };
  if (importable()) return true;
  if (process.getuid?.() === 0) {
    console.log('bench: installing Debian python3-sklearn …');
    try {
      execFileSync('apt-get', ['install', '-y', 'python3-sklearn'], { stdio: 'inherit' });
    } catch {
      // reported below
    }
    if (importable()) return true;
  }
  console.log(
    'bench: scikit-learn is missing, so k-means runs without its peer; install it with: sudo apt-get install -y python3-sklearn',
  );
  return false;
}
