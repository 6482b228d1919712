/**
 * This file defines how a transaction log (one row per order line) becomes one summary per
 * customer (docs/domain.md §2): the last purchase, the number of orders and the money spent.
 * Frequency counts distinct order ids when there are ids, else rows with a positive amount;
 * negative amounts (returns) reduce monetary and are not orders. Money is summed with
 * compensation (see sum.ts), as everywhere in the add-on.
 */
import { customerIndexFor, numberCustomers } from './customer-index';
import type { Key } from './key';
import { type KeyOfRow, KeySet } from './key-set';
import { roundingError } from './sum';

export interface TransactionColumns {
  /** A key per row that is equal for the same customer; `null` skips the row. */
  readonly customerKeys: readonly (Key | null)[];
  /** Civil day of each row. */
  readonly days: ArrayLike<number>;
  readonly amounts: ArrayLike<number>;
  /**
   * An order id per row, or none: then each row with a positive amount is an order. A purchase
   * row whose id is `null` (blank) is an order of its own.
   */
  readonly orderIds?: readonly (Key | null)[];
}

export interface CustomerSummaries {
  readonly keys: Key[];
  /** Index of each customer's first row, to show the customer as the sheet wrote it. */
  readonly firstRows: number[];
  /** Civil day of the last purchase (positive amount); `null` for a customer with none. */
  readonly lastPurchaseDays: (number | null)[];
  readonly frequency: number[];
  readonly monetary: number[];
  /** Rows without a customer, skipped. */
  readonly skippedRows: number;
}

/**
 * Groups transactions by customer, in order of first appearance. On a million rows the time
 * goes to memory: each row's customer is found at a random place, and every megabyte allocated
 * costs. So the work is split into tight passes, as a column store would: one numbers each row's
 * customer (one 4-byte number per row), then one sums money and last purchases and one counts
 * orders, each into typed arrays of exactly one number per customer. A single pass doing all of
 * it per row was twice as slow: its random reads of a customer's figures waited one by one.
 *
 * Orders: a purchase line's order id is looked up in a set of the ids seen, which keeps each
 * id's first customer (lines of one order usually come together, so only the first line of each
 * is looked up). A new id is an order of the line's customer; an id first seen with another
 * customer is one more order of this customer, once (a Map of those few ids and their further
 * customers). Order ids are equal as keys are (SameValueZero: `NaN` is one id, −0 and 0 are one).
 *
 * @throws {RangeError} when the columns differ in length
 * @example summarizeTransactions({ customerKeys: ['a', 'a', null], days: [1, 5, 2], amounts: [10, -4, 9] }).monetary //=> [6]
 */
export function summarizeTransactions(transactions: TransactionColumns): CustomerSummaries {
  const { customerKeys, days, amounts, orderIds } = transactions;
  const rows = customerKeys.length;
  if (days.length !== rows || amounts.length !== rows || (orderIds && orderIds.length !== rows)) {
    throw new RangeError('summarizeTransactions requires columns of equal length');
  }
  const { keys, firstRows, customerOfRow, skippedRows } = numberCustomers(customerKeys);
  const customers = keys.length;
  const money = new Float64Array(customers);
  const correction = new Float64Array(customers);
  const lastDay = new Float64Array(customers).fill(Number.NEGATIVE_INFINITY);
  for (let row = 0; row < rows; row++) {
    const customer = customerOfRow[row] as number;
    if (customer < 0) continue;
    const amount = amounts[row] as number;
    const total = money[customer] as number;
    const next = total + amount;
    correction[customer] = (correction[customer] as number) + roundingError(total, amount, next);
    money[customer] = next;
    if (amount <= 0) continue;
    const day = days[row] as number;
    if (day > (lastDay[customer] as number)) lastDay[customer] = day;
  }
  const orders = orderIds
    ? countOrders(customerOfRow, amounts, orderIds, customers)
    : countPurchaseRows(customerOfRow, amounts, customers);
  const lastPurchaseDays = new Array<number | null>(customers);
  const frequency = new Array<number>(customers);
  const monetary = new Array<number>(customers);
  for (let customer = 0; customer < customers; customer++) {
    const last = lastDay[customer] as number;
    lastPurchaseDays[customer] = last === Number.NEGATIVE_INFINITY ? null : last;
    frequency[customer] = orders[customer] as number;
    monetary[customer] = (money[customer] as number) + (correction[customer] as number);
  }
  return { keys, firstRows, lastPurchaseDays, frequency, monetary, skippedRows };
}

/** Rows with an amount above 0 per customer (a NaN amount counts, as in the money pass). */
function countPurchaseRows(
  customerOfRow: Int32Array,
  amounts: ArrayLike<number>,
  customers: number,
): Float64Array {
  const counts = new Float64Array(customers);
  for (let row = 0; row < customerOfRow.length; row++) {
    const customer = customerOfRow[row] as number;
    if (customer >= 0 && !((amounts[row] as number) <= 0))
      counts[customer] = (counts[customer] as number) + 1;
  }
  return counts;
}

/** Distinct order ids among each customer's purchase lines; a line without one is an order. */
function countOrders(
  customerOfRow: Int32Array,
  amounts: ArrayLike<number>,
  orderIds: readonly (Key | null)[],
  customers: number,
): Float64Array {
  const counts = new Float64Array(customers);
  const seen = new KeySet(orderIds, customerOfRow.length);
  const furtherCustomers = new Map<Key, Set<number>>();
  let previousOrder: Key | null | undefined;
  let previousCustomer = -1;
  for (let row = 0; row < customerOfRow.length; row++) {
    const customer = customerOfRow[row] as number;
    if (customer < 0 || (amounts[row] as number) <= 0) continue;
    const orderId = orderIds[row];
    if (orderId === null || orderId === undefined) {
      counts[customer] = (counts[customer] as number) + 1;
      continue;
    }
    if (orderId === previousOrder && customer === previousCustomer) continue;
    previousOrder = orderId;
    previousCustomer = customer;
    const first = seen.keep(row, customer, orderId);
    if (first === customer) continue;
    if (first >= 0) {
      let further = furtherCustomers.get(orderId);
      if (further === undefined) {
        further = new Set();
        furtherCustomers.set(orderId, further);
      }
      if (further.has(customer)) continue;
      further.add(customer);
    }
    counts[customer] = (counts[customer] as number) + 1;
  }
  return counts;
}

/** The first number of customers a summary has room for; the room doubles as customers come. */
const FIRST_CUSTOMER_SLOTS = 1024;
/**
 * A customer's figures in a summary, side by side in one array (`FIGURES` numbers each): a row
 * then reads and writes one place in memory, where four arrays made it wait on four.
 */
const MONEY = 0;
const CORRECTION = 1;
const LAST_DAY = 2;
const ORDERS = 3;
const FIGURES = 4;

/**
 * The order set's memory of the last summary finished, for the next one: a million-row log's set
 * takes 16 MB, whose fresh pages cost a tenth of a second each call, and whose size in memory
 * outside the heap sets off full garbage collections of every cell the sheet handed over.
 */
let spareOrderSet: Int32Array | undefined;

/**
 * Summarizes a log line by line, as a reader meets the lines, without a column per row: the same
 * rules and the same sums, in the same order, as `summarizeTransactions`, whose result it equals
 * for the same lines. A million-row log then costs memory per customer, not per row: every
 * megabyte of fresh memory costs milliseconds of page faults, and per-row columns cost tens.
 *
 * @example const s = new TransactionSummary(2); s.add('a', 0, 5, 10, null); s.skip(); s.summaries().monetary //=> [10]
 * @example const ids = ['A1', 'A1']; const s = new TransactionSummary(2, (row) => ids[row] ?? null); s.add('a', 0, 5, 10, 'A1'); s.add('b', 1, 5, 10, 'A1'); s.summaries().frequency //=> [1, 1]
 */
export class TransactionSummary {
  private readonly index;
  private readonly firstRows: number[] = [];
  /** Per customer: money, its rounding correction, last purchase day, orders (see FIGURES). */
  private figures = new Float64Array(FIRST_CUSTOMER_SLOTS * FIGURES);
  private skippedRows = 0;
  private previousKey: Key | undefined;
  private previousCustomer = -1;
  /** The order ids seen, each by its first row, with the first customer of each (see countOrders). */
  private readonly seenOrders: KeySet | undefined;
  private readonly furtherCustomers = new Map<Key, Set<number>>();
  private previousOrder: Key | null | undefined;
  private previousOrderCustomer = -1;

  /**
   * @param rows the most lines it will be given
   * @param orderIdOfRow where the order id of a row given before is read again (the reader's
   *   cells: a column of the ids would be tens of megabytes of garbage per million rows); needed
   *   when lines come with order ids
   */
  constructor(rows: number, orderIdOfRow?: KeyOfRow) {
    this.index = customerIndexFor(rows);
    this.seenOrders = orderIdOfRow && new KeySet(orderIdOfRow, rows, spareOrderSet);
    // taken: a second summary alive at once makes its own
    if (this.seenOrders) spareOrderSet = undefined;
  }

  /** A line without a customer: skipped, and counted. */
  skip(): void {
    this.skippedRows++;
  }

  /**
   * One line of a customer.
   * @param row where the line is, kept for the customer's first line (`firstRows`)
   * @param orderId the line's order id; `undefined` when the log has none (each purchase line is
   *   then an order), `null` for a blank one (an order of its own)
   */
  add(customerKey: Key, row: number, day: number, amount: number, orderId?: Key | null): void {
    let customer =
      customerKey === this.previousKey ? this.previousCustomer : this.index.find(customerKey);
    if (customer < 0) customer = this.addCustomer(customerKey, row);
    this.previousKey = customerKey;
    this.previousCustomer = customer;
    const figures = this.figures;
    const at = customer * FIGURES;
    const total = figures[at + MONEY] as number;
    const next = total + amount;
    figures[at + CORRECTION] =
      (figures[at + CORRECTION] as number) + roundingError(total, amount, next);
    figures[at + MONEY] = next;
    if (amount <= 0) return;
    if (day > (figures[at + LAST_DAY] as number)) figures[at + LAST_DAY] = day;
    if (orderId === undefined || this.isNewOrder(orderId, customer, row))
      figures[at + ORDERS] = (figures[at + ORDERS] as number) + 1;
  }

  /** Numbers a customer not seen yet, with no money, orders nor purchase. */
  private addCustomer(customerKey: Key, row: number): number {
    const customer = this.index.add(customerKey);
    this.firstRows.push(row);
    if ((customer + 1) * FIGURES > this.figures.length) {
      const larger = new Float64Array(2 * this.figures.length);
      larger.set(this.figures);
      this.figures = larger;
    }
    this.figures[customer * FIGURES + LAST_DAY] = Number.NEGATIVE_INFINITY;
    return customer;
  }

  /** Whether a purchase line's order id is one more order of its customer (see countOrders). */
  private isNewOrder(orderId: Key | null, customer: number, row: number): boolean {
    if (orderId === null) return true;
    if (orderId === this.previousOrder && customer === this.previousOrderCustomer) return false;
    this.previousOrder = orderId;
    this.previousOrderCustomer = customer;
    if (this.seenOrders === undefined)
      throw new RangeError('TransactionSummary requires where order ids are to count orders');
    const first = this.seenOrders.keep(row, customer, orderId);
    if (first < 0) return true;
    if (first === customer) return false;
    let further = this.furtherCustomers.get(orderId);
    if (further === undefined) {
      further = new Set();
      this.furtherCustomers.set(orderId, further);
    }
    if (further.has(customer)) return false;
    further.add(customer);
    return true;
  }

  /** The customers' summaries, in order of first appearance; the summary takes no more lines. */
  summaries(): CustomerSummaries {
    if (this.seenOrders) spareOrderSet = this.seenOrders.memory;
    const customers = this.firstRows.length;
    const lastPurchaseDays = new Array<number | null>(customers);
    const frequency = new Array<number>(customers);
    const monetary = new Array<number>(customers);
    const figures = this.figures;
    for (let customer = 0; customer < customers; customer++) {
      const at = customer * FIGURES;
      const last = figures[at + LAST_DAY] as number;
      lastPurchaseDays[customer] = last === Number.NEGATIVE_INFINITY ? null : last;
      frequency[customer] = figures[at + ORDERS] as number;
      monetary[customer] = (figures[at + MONEY] as number) + (figures[at + CORRECTION] as number);
    }
    return {
      keys: this.index.keys,
      firstRows: this.firstRows,
      lastPurchaseDays,
      frequency,
      monetary,
      skippedRows: this.skippedRows,
    };
  }
}
