// This file defines the RFM_TABLE part of `npm run bench`: on 100k, 300k and 1M generated
// transactions with whole-number customer ids, and on 1M with text ids (C000123), it times
// - the engine's aggregate and score phases (src/core/rfm-table.ts, bundled by esbuild and run in
//   node:vm),
// - RFM_TABLE end to end through the built dist/Code.js in node:vm, as Apps Script runs it:
//   reading a million cells, the engine, and writing the table, and
// - two peers on the same data, timing only their aggregate and score phases: pandas' groupby +
//   quantile scoring (bench/pandas_peer.py) and DuckDB's SQL (bench/duckdb-peer.mjs) with one
//   thread and with all of them.
// Each is run five times in a row; the median is judged, garbage collections included, and the
// first call is shown too. It prints one table of timings and ratios, verdicts computed per size
// from those figures, the speed targets at 1M rows, the growth with size, the bundle's size and
// load time, and the machine and its load.
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
import { calls, loadAverage, machine, ms, ratio } from './report.mjs';
import { sheetCellsIn } from './rfm-table-probe.mjs';

/** @typedef {'number' | 'text'} Ids whole-number customer ids (123) or text ids (C000123) */
/** @type {{ rows: number, ids: Ids }[]} */
const CASES = [
  { rows: 100_000, ids: 'number' },
  { rows: 300_000, ids: 'number' },
  { rows: 1_000_000, ids: 'number' },
  { rows: 1_000_000, ids: 'text' },
];
const AS_OF = '2025-01-01';
const AS_OF_DAY = Date.UTC(2025, 0, 1) / 86_400_000;
// calls per timing: the median of five is judged
const RUNS = 5;

/**
 * One case's timings in milliseconds.
 * @typedef {import('./report.mjs').Timing} Timing
 * @typedef {{ rows: number, ids: Ids, customers: number, engine: Timing, addon: Timing, pandas: Timing, duckdbOneThread: Timing, duckdbAllThreads: Timing }} Result
 * @typedef {'engine' | 'addon' | 'pandas' | 'duckdbOneThread' | 'duckdbAllThreads'} Timed
 */
/**
 * The part of the engine's RFM table the peers are checked against.
 * @typedef {{ keys: (number | string)[], scores: { recency: ArrayLike<number>, frequency: ArrayLike<number>, monetary: ArrayLike<number>, codes: ArrayLike<number> }, tiers: string[] }} EngineTable
 */

const loadAtStart = loadAverage();

const python = pythonWithPandas();
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
const sheetCells = sheetCellsIn(addon);
/** Makes the log's first rows as the engine takes them, in the engine's realm. */
const engineColumns = vm.runInContext(
  `(function (customerIds, log, rows, offset) {
    var days = new Float64Array(rows), amounts = new Float64Array(rows);
    for (var i = 0; i < rows; i++) { days[i] = Math.floor((log.times[i] + offset) / 86400000); amounts[i] = log.amounts[i]; }
    return { customerKeys: customerIds.slice(0, rows), days: days, amounts: amounts, orderIds: log.orders.slice(0, rows) };
  })`,
  engine,
);

const log = generateLog(Math.max(...CASES.map((c) => c.rows)));
const folder = mkdtempSync(join(tmpdir(), 'customer-tiers-bench-'));
const duckdb = await DuckDbPeer.open();
/** @type {Result[]} */
const results = [];
/** @type {string | undefined} */
let pandasVersion;
for (const { rows, ids } of CASES) {
  const customerIds = ids === 'number' ? log.customers : log.customers.map(textId);
  const columns = engineColumns(customerIds, log, rows, ZONE_OFFSET_MS);
  const engineTime = calls(() => engine.Engine.rfmTable(columns, AS_OF_DAY), RUNS);
  /** @type {EngineTable} */
  const table = engine.Engine.rfmTable(columns, AS_OF_DAY);
  const customers = table.keys.length;
  const [cellCustomers, dates, amounts, orders] = sheetCells(customerIds, log, rows);
  const addonTime = calls(
    () => addon.RFM_TABLE(cellCustomers, dates, amounts, AS_OF, orders),
    RUNS,
  );
  const csv = join(folder, `log-${rows}-${ids}.csv`);
  writeFileSync(csv, csvOf(customerIds, log, rows));
  const pandas = JSON.parse(
    execFileSync(python, [join(import.meta.dirname, 'pandas_peer.py'), csv, AS_OF, `${RUNS}`], {
      encoding: 'utf8',
    }),
  );
  pandasVersion = pandas.version;
  if (pandas.customers !== customers)
    throw new Error(`bench: pandas found ${pandas.customers} customers, the engine ${customers}`);
  await duckdb.load(csv, ids);
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
    ids,
    customers,
    engine: engineTime,
    addon: addonTime,
    pandas: { first: pandas.first * 1000, median: pandas.median * 1000, best: pandas.best * 1000 },
    duckdbOneThread: oneThread.timing,
    duckdbAllThreads: allThreads.timing,
  });
}
duckdb.close();
rmSync(folder, { recursive: true, force: true });

console.log(
  `each figure: median of ${RUNS} calls in a row (first call in brackets); pandas and DuckDB time their aggregate and score phases only`,
);
printTable(results, duckdb.defaultThreads);
const numbered = results.filter((result) => result.ids === 'number');
const first = /** @type {Result} */ (numbered[0]);
const last = /** @type {Result} */ (numbered.at(-1));
const allowed = (last.rows * Math.log(last.rows)) / (first.rows * Math.log(first.rows));
const engineGrowth = last.engine.median / first.engine.median;
const addonGrowth = last.addon.median / first.addon.median;
console.log(
  `growth ${first.rows.toLocaleString('en-US')} → ${last.rows.toLocaleString('en-US')} rows (number ids, medians): engine ${engineGrowth.toFixed(1)}×, RFM_TABLE ${addonGrowth.toFixed(1)}× (n log n: ${allowed.toFixed(1)}×)`,
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
const largest = results.filter((result) => result.rows === last.rows);
const targets = largest.flatMap((result) => [
  target(result, 'RFM_TABLE end to end', 'addon', 'pandas', 'pandas'),
  target(result, 'engine', 'engine', 'DuckDB 1 thread', 'duckdbOneThread'),
]);
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
  /** @param {Timing} timing */
  const shown = (timing) => `${ms(timing.median)} (${ms(timing.first)})`;
  /** @type {[heading: string, cell: (result: Result) => string][]} */
  const columns = [
    ['rows', (r) => r.rows.toLocaleString('en-US')],
    ['ids', (r) => r.ids],
    ['customers', (r) => r.customers.toLocaleString('en-US')],
    ['engine', (r) => shown(r.engine)],
    ['RFM_TABLE end to end', (r) => shown(r.addon)],
    ['pandas', (r) => shown(r.pandas)],
    ['DuckDB 1 thread', (r) => shown(r.duckdbOneThread)],
    [`DuckDB ${threads} threads`, (r) => shown(r.duckdbAllThreads)],
    ['pandas / engine', (r) => ratio(r.pandas.median, r.engine.median)],
    ['DuckDB 1 thread / engine', (r) => ratio(r.duckdbOneThread.median, r.engine.median)],
    ['pandas / RFM_TABLE', (r) => ratio(r.pandas.median, r.addon.median)],
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
 * Where ours is at least as fast as theirs and where it is slower, case by case, on medians.
 * @param {readonly Result[]} results
 * @param {Timed} ours
 * @param {Timed} theirs
 */
function comparison(results, ours, theirs) {
  const faster = results.filter((result) => result[ours].median <= result[theirs].median);
  const slower = results.filter((result) => result[ours].median > result[theirs].median);
  const cases = (/** @type {Result[]} */ some) => some.map(caseLabel);
  if (slower.length === 0) return 'at least as fast in every case';
  if (faster.length === 0) return 'slower in every case';
  return `at least as fast at ${cases(faster).join(', ')}; slower at ${cases(slower).join(', ')}`;
}

/**
 * Prints whether ours takes no longer than theirs, median against median, and returns it.
 * @param {Result} result
 * @param {string} oursName
 * @param {Timed} ours
 * @param {string} theirsName
 * @param {Timed} theirs
 */
function target(result, oursName, ours, theirsName, theirs) {
  const met = result[ours].median <= result[theirs].median;
  console.log(
    `target at ${caseLabel(result)}: ${oursName} ≤ ${theirsName}, medians: ${met ? 'met' : 'NOT met'} (${ms(result[ours].median)} ${met ? '≤' : '>'} ${ms(result[theirs].median)}; first calls ${ms(result[ours].first)} and ${ms(result[theirs].first)})`,
  );
  return met;
}

/**
 * Throws unless the peer scored and tiered every customer as the engine did.
 * @param {EngineTable} table
 * @param {Map<number | string, import('./duckdb-peer.mjs').PeerScores>} peer
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

/** @param {Result} result */
function caseLabel({ rows, ids }) {
  return `${rows >= 1_000_000 ? `${rows / 1_000_000}M` : `${rows / 1000}k`} ${ids} ids`;
}

/**
 * A whole-number id as text, the way many shops write customer ids.
 * @param {number} id
 */
function textId(id) {
  return `C${String(id).padStart(6, '0')}`;
}

/**
 * The log's first rows as CSV for the peers, with local times of the sheet's zone.
 * @param {readonly (number | string)[]} customerIds
 * @param {import('./generate-log.mjs').GeneratedLog} generated
 * @param {number} rows
 */
function csvOf(customerIds, { times, amounts, orders }, rows) {
  const lines = ['customer,date,amount,order'];
  for (let i = 0; i < rows; i++) {
    const local = new Date((times[i] ?? 0) + ZONE_OFFSET_MS)
      .toISOString()
      .slice(0, 19)
      .replace('T', ' ');
    lines.push(`${customerIds[i]},${local},${amounts[i]},${orders[i]}`);
  }
  return `${lines.join('\n')}\n`;
}

/** @param {number[]} values */
function median(values) {
  return /** @type {number} */ ([...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]);
}

/**
 * A Python with pandas: the one on the PATH (pip's), else Debian's, installed when missing and
 * the bench runs as root.
 */
function pythonWithPandas() {
  for (const python of ['python3', '/usr/bin/python3']) {
    try {
      execFileSync(python, ['-c', 'import pandas'], { stdio: 'ignore' });
      return python;
    } catch {
      // not there: try the next
    }
  }
  if (process.getuid?.() !== 0) {
    console.error(
      'bench: pandas is missing; install it with: pip install pandas (or sudo apt-get install -y python3-pandas)',
    );
    process.exit(1);
  }
  console.log('bench: installing Debian python3-pandas …');
  execFileSync('apt-get', ['install', '-y', 'python3-pandas'], { stdio: 'inherit' });
  return '/usr/bin/python3';
}
