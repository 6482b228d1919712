// This file defines `npm run bench`: on 100k, 300k and 1M generated transactions it times
// - the engine's aggregate and score phases (src/core/rfm-table.ts, bundled by esbuild and run in
//   node:vm) against pandas' groupby + quantile scoring on the same data, and
// - RFM_TABLE end to end through the built dist/Code.js in node:vm, as Apps Script runs it:
//   reading a million cells, the engine, and writing the table.
// It prints the timings, their ratios, the growth with size, the bundle's size and load time.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import vm from 'node:vm';
import * as esbuild from 'esbuild';
import { build } from '../scripts/build.mjs';
import { generateLog, ZONE_OFFSET_MS } from './generate-log.mjs';

const SIZES = [100_000, 300_000, 1_000_000];
const AS_OF = '2025-01-01';
const AS_OF_DAY = Date.UTC(2025, 0, 1) / 86_400_000;
const PYTHON = '/usr/bin/python3';
const RUNS = 3;

ensurePandas();
const code = await build();
const spreadsheet = {
  getSpreadsheetLocale: () => 'en_US',
  getSpreadsheetTimeZone: () => 'Asia/Shanghai',
};
const appsScriptGlobals = () => ({ SpreadsheetApp: { getActiveSpreadsheet: () => spreadsheet } });

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
/** @type {{ rows: number, engine: number, pandas: number, addon: number }[]} */
const results = [];
console.log(
  'rows       customers | engine aggregate+score | pandas aggregate+score | pandas/engine | RFM_TABLE end to end',
);
for (const rows of SIZES) {
  const columns = engineColumns(log, rows, ZONE_OFFSET_MS);
  const engineTime = best(() => engine.Engine.rfmTable(columns, AS_OF_DAY));
  const customers = engine.Engine.rfmTable(columns, AS_OF_DAY).keys.length;
  const [cellCustomers, dates, amounts, orders] = sheetCells(log, rows);
  const addonTime = best(() => addon.RFM_TABLE(cellCustomers, dates, amounts, AS_OF, orders));
  const csv = join(folder, `log-${rows}.csv`);
  writeFileSync(csv, csvOf(log, rows));
  const peer = JSON.parse(
    execFileSync(PYTHON, [join(import.meta.dirname, 'pandas_peer.py'), csv, AS_OF], {
      encoding: 'utf8',
    }),
  );
  if (peer.customers !== customers)
    throw new Error(`bench: pandas found ${peer.customers} customers, the engine ${customers}`);
  const pandasTime = (peer.aggregate + peer.score) * 1000;
  results.push({ rows, engine: engineTime, pandas: pandasTime, addon: addonTime });
  console.log(
    `${rows.toLocaleString('en-US').padEnd(10)} ${customers.toLocaleString('en-US').padStart(9)} | ${ms(engineTime).padStart(22)} | ${ms(pandasTime).padStart(22)} | ${`${(pandasTime / engineTime).toFixed(2)}×`.padStart(13)} | ${ms(addonTime).padStart(20)}`,
  );
}

const first = /** @type {(typeof results)[number]} */ (results[0]);
const last = /** @type {(typeof results)[number]} */ (results.at(-1));
const allowed = (last.rows * Math.log(last.rows)) / (first.rows * Math.log(first.rows));
const engineGrowth = last.engine / first.engine;
const addonGrowth = last.addon / first.addon;
console.log(
  `growth ${first.rows.toLocaleString('en-US')} → ${last.rows.toLocaleString('en-US')} rows: engine ${engineGrowth.toFixed(1)}×, RFM_TABLE ${addonGrowth.toFixed(1)}× (n log n: ${allowed.toFixed(1)}×)`,
);
const asFast = results.every((result) => result.engine <= result.pandas);
const scales = Math.max(engineGrowth, addonGrowth) <= allowed;
console.log(
  `verdict: engine ${asFast ? 'at least as fast as' : 'SLOWER than'} pandas at every size; ${scales ? 'no worse than' : 'WORSE than'} n log n`,
);
process.exitCode = asFast && scales ? 0 : 1;

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
 * The fastest of a few runs, in milliseconds.
 * @param {() => unknown} run
 */
function best(run) {
  let fastest = Number.POSITIVE_INFINITY;
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    run();
    fastest = Math.min(fastest, performance.now() - started);
  }
  return fastest;
}

/** @param {number} milliseconds */
function ms(milliseconds) {
  return `${milliseconds.toFixed(0)} ms`;
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
