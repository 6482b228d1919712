/**
 * This file defines the summary of a transaction log made line by line, as a reader meets the
 * lines, without a column per row: the same rules and sums as `summarizeTransactions`
 * (transactions.ts), for logs read straight from a million cells.
 */
import { customerIndexFor } from './customer-index';
import type { Key } from './key';
import { type KeyOfRow, KeySet } from './key-set';
import { roundingError } from './sum';
import type { CustomerSummaries } from './transactions';

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
 * Likewise the customers' figures and the whole-number id array (8 MB and 1 MB for 130,000
 * customers), which would otherwise grow afresh, copied at each doubling, every call.
 */
let spareFigures: Float64Array | undefined;
let spareWholeIds: Int32Array | undefined;

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
  private figures: Float64Array;
  private skippedRows = 0;
  private previousKey: Key | undefined;
  private previousCustomer = -1;
  /** The order ids seen, each by its first row, with the first customer of each (see countOrders in transactions.ts). */
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
    this.index = customerIndexFor(rows, spareWholeIds);
    // each customer's figures are all written when the customer is added: no need to empty them
    this.figures = spareFigures ?? new Float64Array(FIRST_CUSTOMER_SLOTS * FIGURES);
    this.seenOrders = orderIdOfRow && new KeySet(orderIdOfRow, rows, spareOrderSet);
    // taken: a second summary alive at once makes its own
    spareWholeIds = undefined;
    spareFigures = undefined;
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
    const at = customer * FIGURES;
    this.figures[at + MONEY] = 0;
    this.figures[at + CORRECTION] = 0;
    this.figures[at + LAST_DAY] = Number.NEGATIVE_INFINITY;
    this.figures[at + ORDERS] = 0;
    return customer;
  }

  /** Whether a purchase line's order id is one more order of its customer (see countOrders in transactions.ts). */
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
    spareFigures = this.figures;
    spareWholeIds = this.index.wholeIdMemory;
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
