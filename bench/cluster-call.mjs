// This file defines the CUSTOMER_CLUSTER part of the prediction bench (issue 18): the custom
// function with k = 4 on the simulated customers' recency, frequency and monetary value, through
// the built dist/Code.js in node:vm as Apps Script runs it (reading the cells, the features, the
// k-means with 10 restarts, writing a label per row), against scikit-learn doing the same from the
// same raw measures (bench/kmeans_call_peer.py: log, z-scores, KMeans(n_init=10) and its labels)
// on one thread and on all of them, in the same run. Each side is called five times in a row; the
// median is judged, and the first call is shown too. `node bench/cluster-call.mjs` runs it alone.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import { build } from '../scripts/build.mjs';
import { appsScriptGlobals } from './apps-script.mjs';
import { clusterMeasures, SIMULATION, writeColumns } from './prediction-data.mjs';
import { calls, count, ms, printColumns, target } from './report.mjs';

const CLUSTERS = 4;
const RESTARTS = 10;
const SEED = 0;
const RUNS = 5;

/**
 * Times CUSTOMER_CLUSTER(recency, frequency, monetary, 4) and scikit-learn's peer on the same
 * customers, prints both and returns whether ours is no slower, median against median.
 * @param {import('../dev/btyd-simulation').SimulatedCustomers} population
 * @param {{ folder: string, python: string | undefined }} setting python is undefined when
 *   scikit-learn is missing: ours is then timed alone
 */
export async function benchClusterCall(population, { folder, python }) {
  const measures = clusterMeasures(population);
  const customers = measures.recencyDays.length;
  const addon = vm.createContext(appsScriptGlobals());
  vm.runInContext(await build(), addon);
  const cells = vm.runInContext(
    `(function (columns) {
      return columns.map(function (column) {
        var rows = [];
        for (var i = 0; i < column.length; i++) rows.push([column[i]]);
        return rows;
      });
    })`,
    addon,
  )([measures.recencyDays, measures.frequency, measures.monetary]);
  const [recency, frequency, monetary] = cells;
  const call = `CUSTOMER_CLUSTER(recency, frequency, monetary, ${CLUSTERS})`;
  const ours = calls(() => addon.CUSTOMER_CLUSTER(recency, frequency, monetary, CLUSTERS), RUNS);
  /** @type {{ side: string, first: number, median: number }[]} */
  const rows = [{ side: `${call}, dist/Code.js`, ...ours }];
  if (python !== undefined) {
    const csv = join(folder, 'cluster-measures.csv');
    writeColumns(csv, measures);
    const threads = availableParallelism();
    for (const used of threads > 1 ? [1, threads] : [1]) {
      const peer = JSON.parse(
        execFileSync(
          python,
          [
            join(import.meta.dirname, 'kmeans_call_peer.py'),
            csv,
            `${CLUSTERS}`,
            `${RESTARTS}`,
            `${SEED}`,
            `${used}`,
            `${RUNS}`,
          ],
          { encoding: 'utf8' },
        ),
      );
      rows.push({
        side: `scikit-learn ${peer.version} KMeans(n_init=${RESTARTS}), features included, ${used} thread${used > 1 ? 's' : ''}`,
        first: peer.first * 1000,
        median: peer.median * 1000,
      });
    }
  }
  console.log(
    `k-means through the bundle on ${count(customers)} simulated customers, median of ${RUNS} calls in a row (first call):`,
  );
  printColumns(
    [
      ['call', (row) => row.side],
      ['median', (row) => ms(row.median)],
      ['first', (row) => ms(row.first)],
    ],
    rows,
  );
  const peers = rows.slice(1);
  if (peers.length === 0) {
    console.log('bench: scikit-learn is missing, so CUSTOMER_CLUSTER is timed without its peer');
    return true;
  }
  const fastest = Math.min(...peers.map((peer) => peer.median));
  return target(
    `${call} through dist/Code.js no slower than scikit-learn's KMeans(n_init=${RESTARTS}) with its features, medians`,
    ours.median <= fastest,
    `${ms(ours.median)} ${ours.median <= fastest ? '≤' : '>'} ${ms(fastest)}; first calls ${ms(ours.first)} and ${ms(Math.min(...peers.map((peer) => peer.first)))}`,
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const bundleRoot = join(import.meta.dirname, '..');
  const esbuild = await import('esbuild');
  const simulation = await esbuild.build({
    stdin: {
      contents: "export { simulateCustomers } from './dev/btyd-simulation';",
      resolveDir: bundleRoot,
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    globalName: 'Simulation',
    write: false,
  });
  const { simulateCustomers } = vm.runInNewContext(
    `${simulation.outputFiles[0]?.text};Simulation`,
    {},
  );
  const { CDNOW_PURCHASES } = await import('./prediction-data.mjs');
  const folder = mkdtempSync(join(tmpdir(), 'customer-tiers-cluster-'));
  const python = '/usr/bin/python3';
  let hasPeer = true;
  try {
    execFileSync(python, ['-c', 'import sklearn'], { stdio: 'ignore' });
  } catch {
    hasPeer = false;
  }
  const met = await benchClusterCall(simulateCustomers(CDNOW_PURCHASES, SIMULATION), {
    folder,
    python: hasPeer ? python : undefined,
  });
  rmSync(folder, { recursive: true, force: true });
  process.exitCode = met ? 0 : 1;
}
