// This file defines a quick probe of RFM_TABLE alone on 1M generated rows (number or text ids):
// per call its wall time, CPU time and page faults (process.resourceUsage), which a shared
// machine disturbs less than wall time. `node bench/rfm-table-calls.mjs [number|text] [runs]`.
import { performance } from 'node:perf_hooks';
import { build } from '../scripts/build.mjs';
import { loadWithCells } from './rfm-table-probe.mjs';

const ids = process.argv[2] === 'text' ? 'text' : 'number';
const runs = Number(process.argv[3] ?? 5);
const rows = 1_000_000;
const { context: addon, cells } = loadWithCells(await build(), ids, rows);
const [customers, dates, amounts, orders] = cells;
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
