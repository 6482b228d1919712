// This file defines an A/B probe of RFM_TABLE on 1M generated rows: the bundle built from the
// working tree against a saved baseline bundle (say, main's), in the same run. On a shared
// machine absolute times drift from minute to minute, so the two are timed in alternate child
// processes (A B, B A, A B …, each its own heap), and compared by the median of all their calls.
// Before timing, both bundles run once on the same cells and their tables must be identical.
//
//   node bench/rfm-table-ab.mjs --baseline FILE [--ids number|text] [--rounds 4] [--calls 5]
//
// A baseline is saved with: node -e "import('./scripts/build.mjs').then(async (m) =>
//   require('fs').writeFileSync('/tmp/base.js', (await m.bundleAddon()).code))"
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { bundleAddon } from '../scripts/build.mjs';
import { loadAverage, ms, timingOf } from './report.mjs';
import { rfmTableCallTimes, rfmTableOf } from './rfm-table-probe.mjs';

const { values } = parseArgs({
  options: {
    baseline: { type: 'string' },
    ids: { type: 'string', default: 'number' },
    rounds: { type: 'string', default: '4' },
    calls: { type: 'string', default: '5' },
    // internal: time one bundle in this process and print the call times as JSON
    child: { type: 'string' },
  },
});
const ids = values.ids === 'text' ? 'text' : 'number';
const calls = Number(values.calls);

if (values.child) {
  console.log(JSON.stringify(rfmTableCallTimes(readFileSync(values.child, 'utf8'), ids, calls)));
} else {
  if (!values.baseline) throw new Error('rfm-table-ab: --baseline FILE is required');
  const baseline = values.baseline;
  const current = join(tmpdir(), `rfm-table-ab-${process.pid}.js`);
  writeFileSync(current, (await bundleAddon()).code);
  const ours = rfmTableOf(readFileSync(current, 'utf8'), ids);
  const theirs = rfmTableOf(readFileSync(baseline, 'utf8'), ids);
  if (ours !== theirs) throw new Error('rfm-table-ab: the two bundles made different tables');
  console.log(`tables identical (${ids} ids, ${ours.length.toLocaleString('en-US')} characters)`);
  /** @type {Record<'baseline' | 'current', { wall: number, cpu: number }[]>} */
  const times = { baseline: [], current: [] };
  const loadAtStart = loadAverage();
  for (let round = 0; round < Number(values.rounds); round++) {
    const order = round % 2 === 0 ? ['baseline', 'current'] : ['current', 'baseline'];
    for (const side of /** @type {('baseline' | 'current')[]} */ (order)) {
      const file = side === 'baseline' ? baseline : current;
      const args = [import.meta.filename, '--child', file, '--ids', ids, '--calls', `${calls}`];
      const found = JSON.parse(execFileSync(process.execPath, args, { encoding: 'utf8' }));
      times[side].push(...found);
      const shown = found.map(
        (/** @type {{ wall: number, cpu: number }} */ t) => `${ms(t.wall)} (cpu ${ms(t.cpu)})`,
      );
      console.log(`round ${round + 1} ${side}: ${shown.join(', ')}`);
    }
  }
  for (const measure of /** @type {const} */ (['wall', 'cpu'])) {
    const base = timingOf(times.baseline.map((t) => t[measure])).median;
    const now = timingOf(times.current.map((t) => t[measure])).median;
    console.log(
      `${ids} ids, ${measure} time, medians of ${times.current.length} calls: current ${ms(now)}, baseline ${ms(base)} (current / baseline ${(now / base).toFixed(2)})`,
    );
  }
  console.log(`load average ${loadAtStart} at start, ${loadAverage()} at end`);
}
