// This file defines what the RFM_TABLE probes share (rfm-table-ab.mjs, rfm-table-profile.mjs): a
// bundle loaded in node:vm as Apps Script runs it, the generated 1M-row log as the cells a sheet
// hands over (rows of one cell, Date cells, made in the bundle's realm), and calls of RFM_TABLE.
import { performance } from 'node:perf_hooks';
import vm from 'node:vm';
import { appsScriptGlobals } from './apps-script.mjs';
import { generateLog } from './generate-log.mjs';

export const ROWS = 1_000_000;
export const AS_OF = '2025-01-01';

/**
 * A maker, in `context`'s realm, of the log's first rows as a sheet hands them: rows of one cell,
 * Date cells; it takes the customer ids, the generated log and the number of rows.
 * @param {vm.Context} context
 * @returns {(customerIds: unknown[], log: unknown, rows: number) => unknown[][][]}
 */
export function sheetCellsIn(context) {
  return vm.runInContext(
    `(function (customerIds, log, rows) {
      var customers = [], dates = [], amounts = [], orders = [];
      for (var i = 0; i < rows; i++) {
        customers.push([customerIds[i]]); dates.push([new Date(log.times[i])]);
        amounts.push([log.amounts[i]]); orders.push([log.orders[i]]);
      }
      return [customers, dates, amounts, orders];
    })`,
    context,
  );
}

/**
 * A bundle loaded in a fresh context, and the log's cells made in it.
 * @param {string} code the text of a built Code.js
 * @param {'number' | 'text'} ids whole-number customer ids (123) or text ids (C000123)
 * @returns {{ context: vm.Context, cells: unknown[][][] }}
 */
export function loadWithCells(code, ids, rows = ROWS) {
  const context = vm.createContext(appsScriptGlobals());
  vm.runInContext(code, context);
  const log = generateLog(rows);
  const customerIds =
    ids === 'number' ? log.customers : log.customers.map((id) => `C${String(id).padStart(6, '0')}`);
  const cells = sheetCellsIn(context)(customerIds, log, rows);
  return { context, cells };
}

/**
 * One call of RFM_TABLE on the cells.
 * @param {vm.Context} context
 * @param {unknown[][][]} cells
 * @returns {unknown[][]}
 */
export function callRfmTable(context, [customers, dates, amounts, orders]) {
  return context.RFM_TABLE(customers, dates, amounts, AS_OF, orders);
}

/**
 * The wall and CPU times of several calls in a row, in milliseconds: on a shared machine the CPU
 * time (this process's, garbage collector's threads included) is disturbed less.
 * @param {string} code
 * @param {'number' | 'text'} ids
 * @param {number} calls
 * @returns {{ wall: number, cpu: number }[]}
 */
export function rfmTableCallTimes(code, ids, calls) {
  const { context, cells } = loadWithCells(code, ids);
  const times = [];
  for (let i = 0; i < calls; i++) {
    const before = process.cpuUsage();
    const started = performance.now();
    callRfmTable(context, cells);
    const wall = performance.now() - started;
    const { user, system } = process.cpuUsage(before);
    times.push({ wall, cpu: (user + system) / 1000 });
  }
  return times;
}

/**
 * The table one call makes, as text (dates by their instant), to compare two bundles.
 * @param {string} code
 * @param {'number' | 'text'} ids
 */
export function rfmTableOf(code, ids) {
  const { context, cells } = loadWithCells(code, ids);
  const table = callRfmTable(context, cells);
  return JSON.stringify(table, function (key, value) {
    const cell = this[key];
    return Object.prototype.toString.call(cell) === '[object Date]'
      ? `Date ${cell.getTime()}`
      : value;
  });
}
