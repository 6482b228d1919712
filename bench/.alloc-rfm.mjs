import vm from 'node:vm';
import { Session } from 'node:inspector/promises';
import { build } from '../scripts/build.mjs';
import { appsScriptGlobals } from './apps-script.mjs';
import { generateLog } from './generate-log.mjs';
const code = await build();
const addon = vm.createContext(appsScriptGlobals());
vm.runInContext(code, addon);
const sheetCells = vm.runInContext(
  `(function (customerIds, log, rows) {
    var customers = [], dates = [], amounts = [], orders = [];
    for (var i = 0; i < rows; i++) {
      customers.push([customerIds[i]]); dates.push([new Date(log.times[i])]);
      amounts.push([log.amounts[i]]); orders.push([log.orders[i]]);
    }
    return [customers, dates, amounts, orders];
  })`, addon);
const rows = 1_000_000;
const log = generateLog(rows);
const [c, d, a, o] = sheetCells(log.customers, log, rows);
addon.RFM_TABLE(c, d, a, '2025-01-01', o);
const s = new Session(); s.connect();
await s.post('HeapProfiler.startSampling', { samplingInterval: 4096, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true });
const out = addon.RFM_TABLE(c, d, a, '2025-01-01', o);
console.log('customers', out.length);
const { profile } = await s.post('HeapProfiler.stopSampling');
const self = new Map();
(function walk(n, stack) { const k = n.callFrame.functionName + ':' + n.callFrame.lineNumber; self.set(k, (self.get(k) || 0) + n.selfSize); (n.children || []).forEach((ch) => walk(ch)); })(profile.head);
let total = 0; for (const v of self.values()) total += v;
console.log('total MB', (total / 1e6).toFixed(1));
[...self].sort((x, y) => y[1] - x[1]).slice(0, 20).forEach(([k, t]) => console.log((t / 1e6).toFixed(1).padStart(7), 'MB', k));
