// This file defines the bench's transaction log: deterministic (seeded), 1 to 3 lines per order,
// 130,000 customers over two years, 5 % of lines returns, as a spreadsheet holds it.

/**
 * A seeded generator of numbers in [0, 1) (mulberry32).
 * @param {number} seed
 */
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const CUSTOMERS = 130_000;
/** The sheet's zone is Asia/Shanghai, UTC+8 all year. */
export const ZONE_OFFSET_MS = 8 * 3_600_000;
const START_MS = Date.UTC(2023, 0, 1) - ZONE_OFFSET_MS;
const DAYS = 730;

/**
 * @typedef {object} GeneratedLog
 * @property {number[]} customers customer ids
 * @property {Float64Array} times epoch milliseconds of each line
 * @property {Float64Array} amounts money, negative for returns
 * @property {string[]} orders order ids
 */

/**
 * The log as plain columns (times as epoch milliseconds), to be made into cells in any realm.
 * @param {number} rows
 * @returns {GeneratedLog}
 */
export function generateLog(rows) {
  const next = random(20261125);
  /** @type {number[]} */
  const customers = [];
  const times = new Float64Array(rows);
  const amounts = new Float64Array(rows);
  /** @type {string[]} */
  const orders = [];
  let order = 100000;
  while (customers.length < rows) {
    const customer = 10000 + Math.floor(next() * CUSTOMERS);
    const time =
      START_MS + Math.floor(next() * DAYS) * 86_400_000 + Math.floor(next() * 86_400) * 1000;
    const lines = 1 + Math.floor(next() * next() * 3);
    order++;
    for (let line = 0; line < lines && customers.length < rows; line++) {
      const row = customers.length;
      const price = Math.round(Math.exp(2 + next() * 3) * 100) / 100;
      customers.push(customer);
      times[row] = time;
      amounts[row] = next() < 0.05 ? -price : price;
      orders.push(`INV${order}`);
    }
  }
  return { customers, times, amounts, orders };
}
