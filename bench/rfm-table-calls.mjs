// This file defines a quick probe of RFM_TABLE alone on 1M generated rows (number or text ids):
// per call its wall time, CPU time and page faults (process.resourceUsage), which a shared
// machine disturbs less than wall time. `node bench/rfm-table-calls.mjs [number|text] [runs]`.
import { performance } from 'node:perf_hooks';
import vm from 'node:vm';
import { build } from '../scripts/build.mjs';
import { appsScriptGlobals } from './apps-script.mjs';
import { generateLog } from './generate-log.mjs';

const ids = process.argv[2] ?? 'number';
const runs = Number(process.argv[3] ?? 5);
const rows = 1_000_000;
const code = await build();
const addon = vm.createContext(appsScriptGlobals());
vm.runInContext(code, addon);
const log = generateLog(rows);
const customerIds =
  ids === 'number' ? log.customers : log.customers.map((id) => `C${String(id).padStart(6, '0')}`);
const [customers, dates, amounts, orders] = vm.runInContext(
  `(function (customerIds, log, rows) {
    var customers = [], dates = [], amounts = [], orders = [];
    for (var i = 0; i < rows; i++) {
      customers.push([customerIds[i]]); dates.push([new Date(log.times[i])]);
      amounts.push([log.amounts[i]]); orders.push([log.orders[i]]);
    }
    return [customers, dates, amounts, orders];
  })`,
  addon,
)(customerIds, log, rows);
/** @type {{ wall: number, cpu: number, faults: number }[]} */
const figures = [];
for (let i = 0; i < runs; i++) {
  const before = process.resourceUsage();
  const started = performance.now();
  addon.RFM_TABLE(customers, dates, amounts, '2025-01-01', orders);
  const wall = performance.now() - started;
  const after = process.resourceUsage();
  figures.push({
    wall,
    cpu:
      (after.userCPUTime + after.systemCPUTime - before.userCPUTime - before.systemCPUTime) / 1000,
    faults: after.minorPageFault - before.minorPageFault,
  });
}
/** @param {'wall' | 'cpu' | 'faults'} key */
const median = (key) =>
  figures.map((f) => f[key]).sort((a, b) => a - b)[Math.floor(runs / 2)] ?? Number.NaN;
for (const f of figures)
  console.log(`wall ${f.wall.toFixed(0)} ms, cpu ${f.cpu.toFixed(0)} ms, faults ${f.faults}`);
console.log(
  `${ids} ids, medians of ${runs}: wall ${median('wall').toFixed(0)} ms, cpu ${median('cpu').toFixed(0)} ms, faults ${median('faults')}`,
);
