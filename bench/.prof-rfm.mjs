import vm from 'node:vm';
import { performance } from 'node:perf_hooks';
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
const times = [];
for (let i = 0; i < 7; i++) { const t = performance.now(); addon.RFM_TABLE(c, d, a, '2025-01-01', o); times.push(performance.now() - t); }
console.log(times.map((t) => t.toFixed(0)).join(' '), 'median', [...times].sort((x, y) => x - y)[3].toFixed(0));
