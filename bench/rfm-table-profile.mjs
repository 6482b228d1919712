// This file defines a CPU profile of RFM_TABLE on the generated 1M-row log: the add-on bundled
// without minifying (so functions keep their names), called several times under V8's sampling
// profiler (node:inspector), then the functions with the most time of their own, summed over
// the calls after the first, and the garbage collector's share.
//
//   node bench/rfm-table-profile.mjs [number|text] [calls, 4] [functions shown, 25]
import { Session } from 'node:inspector/promises';
import { join } from 'node:path';
import * as esbuild from 'esbuild';
import { callRfmTable, loadWithCells } from './rfm-table-probe.mjs';

const ids = process.argv[2] === 'text' ? 'text' : 'number';
const calls = Number(process.argv[3] ?? 4);
const shown = Number(process.argv[4] ?? 25);
const root = join(import.meta.dirname, '..');
const bundled = await esbuild.build({
  absWorkingDir: root,
  entryPoints: ['src/addon/index.ts'],
  bundle: true,
  format: 'iife',
  globalName: 'CustomerTiers',
  platform: 'neutral',
  target: 'es2020',
  inject: ['scripts/bundle-globals.mjs'],
  write: false,
});
// the stub Apps Script would call
const code = `${bundled.outputFiles[0]?.text}\nfunction RFM_TABLE() { return CustomerTiers.RFM_TABLE.apply(this, arguments); }`;
const { context, cells } = loadWithCells(code, ids);
callRfmTable(context, cells);
const session = new Session();
session.connect();
await session.post('Profiler.enable');
await session.post('Profiler.setSamplingInterval', { interval: 200 });
await session.post('Profiler.start');
for (let i = 1; i < calls; i++) callRfmTable(context, cells);
const { profile } = await session.post('Profiler.stop');
session.disconnect();

/** @type {Map<string, number>} self time in microseconds by function and line */
const selfTime = new Map();
/** @type {Map<number, string>} */
const names = new Map();
for (const node of profile.nodes) {
  const { functionName, lineNumber } = node.callFrame;
  names.set(node.id, `${functionName || '(anonymous)'}:${lineNumber + 1}`);
}
const total = profile.endTime - profile.startTime;
const counts = new Map();
const samples = profile.samples ?? [];
for (const id of samples) counts.set(id, (counts.get(id) ?? 0) + 1);
const perSample = total / samples.length;
for (const [id, count] of counts) {
  const name = names.get(id) ?? '?';
  selfTime.set(name, (selfTime.get(name) ?? 0) + count * perSample);
}
const perCall = (/** @type {number} */ us) => `${(us / 1000 / (calls - 1)).toFixed(1)} ms`;
console.log(`${ids} ids: ${perCall(total)} per call over ${calls - 1} calls; self time per call:`);
for (const [name, us] of [...selfTime].sort((a, b) => b[1] - a[1]).slice(0, shown))
  console.log(`${perCall(us).padStart(10)}  ${name}`);

// with a function's name as fourth argument: its self time line by line
const detail = process.argv[5];
if (detail) {
  /** @type {Map<number, number>} */
  const lines = new Map();
  for (const node of profile.nodes) {
    if (node.callFrame.functionName !== detail) continue;
    for (const { line, ticks } of node.positionTicks ?? [])
      lines.set(line, (lines.get(line) ?? 0) + ticks);
  }
  const source = code.split('\n');
  for (const [line, ticks] of [...lines].sort((a, b) => a[0] - b[0]))
    console.log(`${perCall(ticks * perSample).padStart(10)}  ${line}: ${source[line - 1]?.trim()}`);
}

// and the time spent in (and under) the phases of a call
/** @type {Map<number, number>} */
const parentOf = new Map();
for (const node of profile.nodes)
  for (const child of node.children ?? []) parentOf.set(child, node.id);
const byId = new Map(profile.nodes.map((node) => [node.id, node]));
const phases = ['readLogRows', 'summaries', 'rfmTableOfSummaries', 'rfmTableRows', 'tableOfCells'];
/** @type {Map<string, number>} */
const inclusive = new Map();
for (const [id, count] of counts) {
  const seen = new Set();
  for (let at = id; at !== undefined; at = parentOf.get(at)) {
    const name = byId.get(at)?.callFrame.functionName;
    if (name && phases.includes(name) && !seen.has(name)) {
      seen.add(name);
      inclusive.set(name, (inclusive.get(name) ?? 0) + count * perSample);
    }
  }
}
console.log('phases, time per call with what they call:');
for (const name of phases)
  console.log(`${perCall(inclusive.get(name) ?? 0).padStart(10)}  ${name}`);

// with a phase's name as fifth argument: the functions under it, by self time
const phase = process.argv[6];
if (phase) {
  /** @type {Map<string, number>} */
  const under = new Map();
  for (const [id, count] of counts) {
    let inPhase = false;
    for (let at = parentOf.get(id); at !== undefined && !inPhase; at = parentOf.get(at))
      inPhase = byId.get(at)?.callFrame.functionName === phase;
    if (!inPhase && byId.get(id)?.callFrame.functionName !== phase) continue;
    const name = names.get(id) ?? '?';
    under.set(name, (under.get(name) ?? 0) + count * perSample);
  }
  console.log(`under ${phase}:`);
  for (const [name, us] of [...under].sort((a, b) => b[1] - a[1]).slice(0, 20))
    console.log(`${perCall(us).padStart(10)}  ${name}`);
}
