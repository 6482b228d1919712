// This file defines `npm run bench`: on 100k, 300k and 1M generated transactions it times
// - the engine's aggregate and score phases (src/core/rfm-table.ts, bundled by esbuild and run in
//   node:vm),
// - RFM_TABLE end to end through the built dist/Code.js in node:vm, as Apps Script runs it:
//   reading a million cells, the engine, and writing the table, and
// - two peers on the same data, timing only their aggregate and score phases: pandas' groupby +
//   quantile scoring (bench/pandas_peer.py) and DuckDB's SQL (bench/duckdb-peer.mjs) with one
//   thread and with all of them.
// It prints one table of timings and ratios, verdicts computed per size from those figures, the
// two speed targets at 1M rows, the growth with size, the bundle's size and load time, and the
// machine it ran on.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import vm from 'node:vm';
import * as esbuild from 'esbuild';
import { build } from '../scripts/build.mjs';
import { appsScriptGlobals } from './apps-script.mjs';
import { DuckDbPeer } from './duckdb-peer.mjs';
import { generateLog, ZONE_OFFSET_MS } from './generate-log.mjs';
import { best, loadAverage, machine, ms, ratio } from './report.mjs';

const SIZES = [100_000, 300_000, 1_000_000];
const AS_OF = '2025-01-01';
const AS_OF_DAY = Date.UTC(2025, 0, 1) / 86_400_000;
const PYTHON = '/usr/bin/python3';
// runs per timing, the fastest kept
const RUNS = 7;

/**
 * One size's timings in milliseconds.
 * @typedef {{ rows: number, customers: number, engine: number, addon: number, pandas: number, duckdbOneThread: number, duckdbAllThreads: number }} Result
 * @typedef {'engine' | 'addon' | 'pandas' | 'duckdbOneThread' | 'duckdbAllThreads'} Timing
 */
/**
 * The part of the engine's RFM table the peers are checked against.
 * @typedef {{ keys: number[], scores: { recency: ArrayLike<number>, frequency: ArrayLike<number>, monetary: ArrayLike<number>, codes: ArrayLike<number> }, tiers: string[] }} EngineTable
 */

const loadAtStart = loadAverage();

ensurePandas();
const code = await build();

const loadTimes = Array.from({ length: 20 }, () => {
  const started = performance.now();
  vm.runInContext(code, vm.createContext(appsScriptGlobals()));
  return performance.now() - started;
});
console.log(
  `dist/Code.js: ${(Buffer.byteLength(code) / 1024).toFixed(1)} KiB, loads in node:vm in ${median(loadTimes).toFixed(1)} ms (median of 20)`,
);

const addon = vm.createContext(appsScriptGlobals());
vm.runInContext(code, addon);
const engine = vm.createContext({});
vm.runInContext(await engineBundle(), engine);
/** Makes the log's first rows as a sheet hands them (rows of cells, Date cells) in the add-on's realm. */
const sheetCells = vm.runInContext(
  `(function (log, rows) {
    var customers = [], dates = [], amounts = [], orders = [];
    for (var i = 0; i < rows; i++) {
      customers.push([log.customers[i]]); dates.push([new Date(log.times[i])]);
      amounts.push([log.amounts[i]]); orders.push([log.orders[i]]);
    }
    return [customers, dates, amounts, orders];
  })`,
  addon,
);
/** Makes the log's first rows as the engine takes them, in the engine's realm. */
const engineColumns = vm.runInContext(
  `(function (log, rows, offset) {
    var days = new Float64Array(rows), amounts = new Float64Array(rows);
    for (var i = 0; i < rows; i++) { days[i] = Math.floor((log.times[i] + offset) / 86400000); amounts[i] = log.amounts[i]; }
    return { customerKeys: log.customers.slice(0, rows), days: days, amounts: amounts, orderIds: log.orders.slice(0, rows) };
  })`,
  engine,
);

const log = generateLog(/** @type {number} */ (SIZES.at(-1)));
const folder = mkdtempSync(join(tmpdir(), 'customer-tiers-bench-'));
const duckdb = await DuckDbPeer.open();
/** @type {Result[]} */
const results = [];
/** @type {string | undefined} */
let pandasVersion;
for (const rows of SIZES) {
  const columns = engineColumns(log, rows, ZONE_OFFSET_MS);
  const engineTime = best(() => engine.Engine.rfmTable(columns, AS_OF_DAY), RUNS);
  /** @type {EngineTable} */
  const table = engine.Engine.rfmTable(columns, AS_OF_DAY);
  const customers = table.keys.length;
  const [cellCustomers, dates, amounts, orders] = sheetCells(log, rows);
  const addonTime = best(() => addon.RFM_TABLE(cellCustomers, dates, amounts, AS_OF, orders), RUNS);
  const csv = join(folder, `log-${rows}.csv`);
  writeFileSync(csv, csvOf(log, rows));
  const pandas = JSON.parse(
    execFileSync(PYTHON, [join(import.meta.dirname, 'pandas_peer.py'), csv, AS_OF, `${RUNS}`], {
      encoding: 'utf8',
    }),
  );
  pandasVersion = pandas.version;
  if (pandas.customers !== customers)
    throw new Error(`bench: pandas found ${pandas.customers} customers, the engine ${customers}`);
  await duckdb.load(csv);
  const oneThread = await duckdb.time(AS_OF, 1, RUNS);
  // checked after one thread: with more, partial sums of money meet in varying order, and a
  // customer's money can differ in the last bit from one run to the next
  checkSameScores(table, await duckdb.scores(), rows);
  const allThreads = await duckdb.time(AS_OF, duckdb.defaultThreads, RUNS);
  for (const { customers: found } of [oneThread, allThreads]) {
    if (found !== customers)
      throw new Error(`bench: DuckDB found ${found} customers, the engine ${customers}`);
  }
  results.push({
    rows,
    customers,
    engine: engineTime,
    addon: addonTime,
    pandas: (pandas.aggregate + pandas.score) * 1000,
    duckdbOneThread: oneThread.milliseconds,
    duckdbAllThreads: allThreads.milliseconds,
  });
}
duckdb.close();
rmSync(folder, { recursive: true, force: true });

printTable(results, duckdb.defaultThreads);
const first = /** @type {Result} */ (results[0]);
const last = /** @type {Result} */ (results.at(-1));
const allowed = (last.rows * Math.log(last.rows)) / (first.rows * Math.log(first.rows));
const engineGrowth = last.engine / first.engine;
const addonGrowth = last.addon / first.addon;
console.log(
  `growth ${first.rows.toLocaleString('en-US')} → ${last.rows.toLocaleString('en-US')} rows: engine ${engineGrowth.toFixed(1)}×, RFM_TABLE ${addonGrowth.toFixed(1)}× (n log n: ${allowed.toFixed(1)}×)`,
);
console.log(`verdict: engine against pandas: ${comparison(results, 'engine', 'pandas')}`);
console.log(
  `verdict: engine against DuckDB 1 thread: ${comparison(results, 'engine', 'duckdbOneThread')}`,
);
console.log(
  `verdict: engine against DuckDB ${duckdb.defaultThreads} threads: ${comparison(results, 'engine', 'duckdbAllThreads')}`,
);
console.log(
  `verdict: RFM_TABLE end to end against pandas: ${comparison(results, 'addon', 'pandas')}`,
);
const scales = Math.max(engineGrowth, addonGrowth) <= allowed;
console.log(`verdict: growth ${scales ? 'no worse than' : 'WORSE than'} n log n`);
const targets = [
  target(last, 'RFM_TABLE end to end', 'addon', 'pandas', 'pandas'),
  target(last, 'engine', 'engine', 'DuckDB 1 thread', 'duckdbOneThread'),
];
console.log(
  `machine: ${machine()}; Node ${process.version}, pandas ${pandasVersion}, DuckDB ${duckdb.version}; load average ${loadAtStart} at start, ${loadAverage()} at end`,
);
process.exitCode = targets.every(Boolean) && scales ? 0 : 1;

/** The engine alone, bundled the way the add-on is, exposed as the global `Engine`. */
async function engineBundle() {
  const result = await esbuild.build({
    entryPoints: [join(import.meta.dirname, '../src/core/rfm-table.ts')],
    bundle: true,
    format: 'iife',
    globalName: 'Engine',
    target: 'es2020',
    minify: true,
    inject: [join(import.meta.dirname, '../scripts/bundle-globals.mjs')],
    write: false,
  });
  return `${result.outputFiles[0]?.text};this.Engine=Engine;`;
}

/**
 * Prints the timings and ratios as one table; a ratio above 1× means ours is faster.
 * @param {readonly Result[]} results
 * @param {number} threads DuckDB's default thread count
 */
function printTable(results, threads) {
  /** @type {[heading: string, cell: (result: Result) => string][]} */
  const columns = [
    ['rows', (r) => r.rows.toLocaleString('en-US')],
    ['customers', (r) => r.customers.toLocaleString('en-US')],
    ['engine', (r) => ms(r.engine)],
    ['RFM_TABLE end to end', (r) => ms(r.addon)],
    ['pandas', (r) => ms(r.pandas)],
    ['DuckDB 1 thread', (r) => ms(r.duckdbOneThread)],
    [`DuckDB ${threads} threads`, (r) => ms(r.duckdbAllThreads)],
    ['pandas / engine', (r) => ratio(r.pandas, r.engine)],
    ['DuckDB 1 thread / engine', (r) => ratio(r.duckdbOneThread, r.engine)],
    ['pandas / RFM_TABLE', (r) => ratio(r.pandas, r.addon)],
  ];
  const cells = results.map((result) => columns.map(([, cell]) => cell(result)));
  const widths = columns.map(([heading], i) =>
    Math.max(heading.length, ...cells.map((row) => row[i]?.length ?? 0)),
  );
  /** @param {string[]} row */
  const line = (row) => row.map((cell, i) => cell.padStart(widths[i] ?? 0)).join(' | ');
  console.log(line(columns.map(([heading]) => heading)));
  for (const row of cells) console.log(line(row));
}

/**
 * Where ours is at least as fast as theirs and where it is slower, size by size.
 * @param {readonly Result[]} results
 * @param {Timing} ours
 * @param {Timing} theirs
 */
function comparison(results, ours, theirs) {
  const faster = results.filter((result) => result[ours] <= result[theirs]);
  const slower = results.filter((result) => result[ours] > result[theirs]);
  const sizes = (/** @type {Result[]} */ some) => some.map((result) => sizeLabel(result.rows));
  if (slower.length === 0) return 'at least as fast at every size';
  if (faster.length === 0) return 'slower at every size';
  return `at least as fast at ${sizes(faster).join(', ')}; slower at ${sizes(slower).join(', ')}`;
}

/**
 * Prints whether ours takes no longer than theirs at the largest size, and returns it.
 * @param {Result} result
 * @param {string} oursName
 * @param {Timing} ours
 * @param {string} theirsName
 * @param {Timing} theirs
 */
function target(result, oursName, ours, theirsName, theirs) {
  const met = result[ours] <= result[theirs];
  console.log(
    `target at ${sizeLabel(result.rows)} rows: ${oursName} ≤ ${theirsName}: ${met ? 'met' : 'NOT met'} (${ms(result[ours])} ${met ? '≤' : '>'} ${ms(result[theirs])})`,
  );
  return met;
}

/**
 * Throws unless the peer scored and tiered every customer as the engine did.
 * @param {EngineTable} table
 * @param {Map<number, import('./duckdb-peer.mjs').PeerScores>} peer
 * @param {number} rows
 */
function checkSameScores(table, peer, rows) {
  if (peer.size !== table.keys.length)
    throw new Error(`bench: DuckDB found ${peer.size} customers, the engine ${table.keys.length}`);
  table.keys.forEach((key, i) => {
    const theirs = peer.get(key);
    const ours = {
      recency: table.scores.recency[i],
      frequency: table.scores.frequency[i],
      monetary: table.scores.monetary[i],
      code: table.scores.codes[i],
      tier: table.tiers[i],
    };
    if (JSON.stringify(ours) !== JSON.stringify(theirs))
      throw new Error(
        `bench: at ${rows} rows customer ${key} is ${JSON.stringify(ours)} in the engine, ${JSON.stringify(theirs)} in DuckDB`,
      );
  });
}

/** @param {number} rows */
function sizeLabel(rows) {
  return rows >= 1_000_000 ? `${rows / 1_000_000}M` : `${rows / 1000}k`;
}

/**
 * The log's first rows as CSV for pandas, with local times of the sheet's zone.
 * @param {import('./generate-log.mjs').GeneratedLog} generated
 * @param {number} rows
 */
function csvOf({ customers, times, amounts, orders }, rows) {
  const lines = ['customer,date,amount,order'];
  for (let i = 0; i < rows; i++) {
    const local = new Date((times[i] ?? 0) + ZONE_OFFSET_MS)
      .toISOString()
      .slice(0, 19)
      .replace('T', ' ');
    lines.push(`${customers[i]},${local},${amounts[i]},${orders[i]}`);
  }
  return `${lines.join('\n')}\n`;
}

/** @param {number[]} values */
function median(values) {
  return /** @type {number} */ ([...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]);
}

function ensurePandas() {
  try {
    execFileSync(PYTHON, ['-c', 'import pandas'], { stdio: 'ignore' });
    return;
  } catch {
    // not there yet: install it below
  }
  if (process.getuid?.() !== 0) {
    console.error(
      'bench: pandas is missing; install it with: sudo apt-get install -y python3-pandas',
    );
    process.exit(1);
  }
  console.log('bench: installing Debian python3-pandas …');
  execFileSync('apt-get', ['install', '-y', 'python3-pandas'], { stdio: 'inherit' });
}
