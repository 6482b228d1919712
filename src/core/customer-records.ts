/**
 * This file defines the running figures of each customer while a log is summarized: money (with
 * its rounding correction, see sum.ts), the last purchase day and the order count, side by side
 * in one record so that a line touches one place in memory. Records live in chunks of fixed
 * size that are never copied: a table doubled as customers come would copy and allocate twice
 * the memory, and on a million rows allocating memory is a large part of the time.
 */
import { roundingError } from './sum';

/** Doubles per record: money, its correction, last purchase day, orders. */
const STRIDE = 4;
const MONEY = 0;
const CORRECTION = 1;
const LAST_DAY = 2;
const ORDERS = 3;
/** Records per chunk, a power of two: 8,192 records of 32 bytes, 256 KB. */
const CHUNK_BITS = 13;
const CHUNK_MASK = (1 << CHUNK_BITS) - 1;

export class CustomerRecords {
  private readonly chunks: Float64Array[] = [];
  private count = 0;

  /** Adds the next customer's record: no money, no purchase, no order. */
  add(): void {
    const slot = this.count & CHUNK_MASK;
    if (slot === 0) this.chunks.push(new Float64Array(STRIDE << CHUNK_BITS));
    (this.chunks[this.count >>> CHUNK_BITS] as Float64Array)[slot * STRIDE + LAST_DAY] =
      Number.NEGATIVE_INFINITY;
    this.count++;
  }

  /**
   * Adds a line's amount to a customer's money and, for a purchase (an amount above 0), its
   * day to their last purchase.
   * @returns whether the line is a purchase
   */
  addLine(customer: number, amount: number, day: number): boolean {
    const record = this.chunks[customer >>> CHUNK_BITS] as Float64Array;
    const at = (customer & CHUNK_MASK) * STRIDE;
    const total = record[at + MONEY] as number;
    const next = total + amount;
    record[at + CORRECTION] =
      (record[at + CORRECTION] as number) + roundingError(total, amount, next);
    record[at + MONEY] = next;
    if (amount <= 0) return false;
    if (day > (record[at + LAST_DAY] as number)) record[at + LAST_DAY] = day;
    return true;
  }

  addOrder(customer: number): void {
    const record = this.chunks[customer >>> CHUNK_BITS] as Float64Array;
    const at = (customer & CHUNK_MASK) * STRIDE + ORDERS;
    record[at] = (record[at] as number) + 1;
  }

  /** Every customer's figures, in customer order. */
  columns(): { lastPurchaseDays: (number | null)[]; frequency: number[]; monetary: number[] } {
    const lastPurchaseDays = new Array<number | null>(this.count);
    const frequency = new Array<number>(this.count);
    const monetary = new Array<number>(this.count);
    for (let customer = 0; customer < this.count; customer++) {
      const record = this.chunks[customer >>> CHUNK_BITS] as Float64Array;
      const at = (customer & CHUNK_MASK) * STRIDE;
      const last = record[at + LAST_DAY] as number;
      lastPurchaseDays[customer] = last === Number.NEGATIVE_INFINITY ? null : last;
      frequency[customer] = record[at + ORDERS] as number;
      monetary[customer] = (record[at + MONEY] as number) + (record[at + CORRECTION] as number);
    }
    return { lastPurchaseDays, frequency, monetary };
  }
}
