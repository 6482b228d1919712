// This file defines the k-means half of the prediction bench: our clusters (src/core/cluster)
// against scikit-learn's KMeans (bench/kmeans_peer.py) on the same points — the simulated
// customers' standardised log recency, frequency and monetary value, written from here — with
// the same k, k-means++ starts, Lloyd's algorithm and restarts. It times the fit of one k on one
// thread and on all of them, and the choice of k by silhouette on one thread (the choice fits
// every candidate k, which on all threads takes scikit-learn minutes on a busy machine).
import { execFileSync } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { writeColumns } from './prediction-data.mjs';
import { best, count, ms, printColumns, target } from './report.mjs';

export const CLUSTERS = 4;
/** The k customerClusters chooses among when k is not given. */
const CANDIDATES = [2, 3, 4, 5, 6, 7, 8];
const CANDIDATE_RANGE = `${CANDIDATES[0]}–${CANDIDATES.at(-1)}`;
const RESTARTS = 10;
const SEED = 0;
const INERTIA_ALLOWANCE = 1.01;

/**
 * A timing of ours beside a peer's, in milliseconds; an empty peer means it did not run.
 * @typedef {{ task: string, customers: number, ours: number, peer: string, theirs: number }} Row
 * @typedef {{ seconds: number, k: number, silhouette: number, inertias: Record<string, number> }} PeerChoice
 * @typedef {{ fit: { seconds: number, inertia: number }, choice: PeerChoice | null }} PeerRun
 */

/**
 * Times our k-means and scikit-learn's and returns the rows of the timing table. Ours starts
 * from the measures (standardising them and merging equal customers into weighted points is in
 * its time), scikit-learn from the standardised points, one row per customer.
 * @param {any} Engine the bundled core modules
 * @param {import('../src/core/cluster/features').ClusterMeasures} measures
 * @param {{ folder: string, python: string | undefined, runs: number, peerRuns: number }} setting
 *   python is undefined when scikit-learn is missing
 */
export function benchKMeans(Engine, measures, { folder, python, runs, peerRuns }) {
  const customers = measures.recencyDays.length;
  const options = { restarts: RESTARTS, seed: SEED };
  /** @returns {import('../src/core/cluster/points').WeightedPoints} */
  const weightedPoints = () => {
    const points = Engine.customerPoints(measures);
    return { coordinates: points.features, weights: points.weights };
  };
  const fitTask = `k-means k=${CLUSTERS}, ${RESTARTS} restarts`;
  const choiceTask = `choice of k in ${CANDIDATE_RANGE} by silhouette`;
  const fitTime = best(() => Engine.kMeans(weightedPoints(), CLUSTERS, options), runs);
  const choiceTime = best(() => Engine.customerClusters(measures, options), peerRuns);
  if (python === undefined) {
    /** @type {Row[]} */
    const rows = [
      { task: fitTask, customers, ours: fitTime, peer: '', theirs: Number.NaN },
      { task: choiceTask, customers, ours: choiceTime, peer: '', theirs: Number.NaN },
    ];
    return { rows, report: () => [] };
  }
  const csv = join(folder, 'points.csv');
  writeColumns(csv, customerFeatures(Engine.customerPoints(measures)));
  /** @param {number} threads @param {boolean} choose @returns {PeerRun} */
  const peer = (threads, choose) =>
    JSON.parse(
      execFileSync(
        python,
        [
          join(import.meta.dirname, 'kmeans_peer.py'),
          csv,
          `${CLUSTERS}`,
          choose ? CANDIDATES.join(',') : '-',
          `${RESTARTS}`,
          `${SEED}`,
          `${threads}`,
          `${peerRuns}`,
        ],
        { encoding: 'utf8' },
      ),
    );
  const oneThread = peer(1, true);
  const threads = availableParallelism();
  const allThreads = threads > 1 ? peer(threads, false) : undefined;
  const choice = /** @type {PeerChoice} */ (oneThread.choice);
  /** @type {Row[]} */
  const rows = [
    {
      task: fitTask,
      customers,
      ours: fitTime,
      peer: 'scikit-learn, 1 thread',
      theirs: oneThread.fit.seconds * 1000,
    },
    ...(allThreads
      ? [
          {
            task: fitTask,
            customers,
            ours: fitTime,
            peer: `scikit-learn, ${threads} threads`,
            theirs: allThreads.fit.seconds * 1000,
          },
        ]
      : []),
    {
      task: choiceTask,
      customers,
      ours: choiceTime,
      peer: 'scikit-learn, 1 thread',
      theirs: choice.seconds * 1000,
    },
  ];
  const fastestFit = Math.min(oneThread.fit.seconds, allThreads?.fit.seconds ?? Infinity) * 1000;
  const choiceFaster = choiceTime <= choice.seconds * 1000;
  /** Prints the inertias side by side, the choices of k, a verdict and the targets; returns the targets. */
  const report = () => {
    const points = weightedPoints();
    /** @type {Record<string, number>} */
    const inertias = Object.fromEntries(
      CANDIDATES.map((k) => [k, Engine.kMeans(points, k, options).inertia]),
    );
    /** @type {import('../src/core/cluster/customer-clusters').CustomerClusters} */
    const ours = Engine.customerClusters(measures, options);
    printInertias(inertias, choice.inertias);
    console.log(
      `k-means: ours clusters ${count(points.weights.length)} distinct points, each weighted by its customers; scikit-learn the ${count(customers)} rows. Chosen k: ours ${ours.k} (silhouette ${ours.silhouette.toFixed(3)}), scikit-learn ${choice.k} (${choice.silhouette.toFixed(3)}), each on its own sample of 3,000`,
    );
    console.log(
      `verdict: choice of k ${choiceFaster ? 'at least as fast as' : 'SLOWER than'} scikit-learn's on 1 thread (${ms(choiceTime)}, ${ms(choice.seconds * 1000)})`,
    );
    const worst = Math.max(
      ...CANDIDATES.map((k) => (inertias[k] ?? 0) / (choice.inertias[k] ?? 0)),
    );
    return [
      target(
        `k-means inertia ≤ scikit-learn's × ${INERTIA_ALLOWANCE} for k = ${CANDIDATE_RANGE}`,
        worst <= INERTIA_ALLOWANCE,
        `largest ratio ${worst.toFixed(4)}`,
      ),
      target(
        `k-means k=${CLUSTERS} no slower than scikit-learn's fastest`,
        fitTime <= fastestFit,
        `${ms(fitTime)} ${fitTime <= fastestFit ? '≤' : '>'} ${ms(fastestFit)}`,
      ),
    ];
  };
  return { rows, report };
}

/**
 * Each customer's standardised features, one row per customer as scikit-learn takes them.
 * @param {import('../src/core/cluster/features').CustomerPoints} points
 */
function customerFeatures({ features, pointOfCustomer }) {
  const customers = pointOfCustomer.length;
  const columns = [0, 1, 2].map(() => new Float64Array(customers));
  for (let i = 0; i < customers; i++) {
    const point = pointOfCustomer[i] ?? 0;
    columns.forEach((column, feature) => {
      column[i] = features[3 * point + feature] ?? 0;
    });
  }
  const [recency = [], frequency = [], monetary = []] = columns;
  return { recency, frequency, monetary };
}

/**
 * Prints each k's inertia, ours beside scikit-learn's.
 * @param {Record<string, number>} ours
 * @param {Record<string, number>} theirs
 */
function printInertias(ours, theirs) {
  printColumns(
    [
      ['k', (k) => `${k}`],
      ['inertia, ours', (k) => (ours[k] ?? 0).toFixed(1)],
      ['inertia, scikit-learn', (k) => (theirs[k] ?? 0).toFixed(1)],
      ['ours / scikit-learn', (k) => ((ours[k] ?? 0) / (theirs[k] ?? 0)).toFixed(5)],
    ],
    CANDIDATES,
  );
}
