/**
 * This file defines how customers are numbered 0, 1, 2 … in order of first appearance. Customer
 * ids are usually whole numbers (17850); those below a bound are found in an array slot, several
 * times faster than a Map, and any other key in a Map. The array grows to the largest id seen,
 * so a log of small ids never pays for the whole bound.
 */
import type { Key } from './key';

/** The array's first size; it doubles as larger ids come. */
const FIRST_WHOLE_ID_SLOTS = 1024;

export class CustomerIndex {
  readonly keys: Key[] = [];
  private readonly byKey = new Map<Key, number>();
  private readonly wholeIdBound: number;
  /** index + 1 per whole-number id below its length; 0 for an id not seen yet. */
  private byWholeId: Int32Array;

  /** @param wholeIdBound ids from 0 to this (exclusive) use the array; its memory is 4 bytes each */
  constructor(wholeIdBound: number) {
    this.wholeIdBound = Math.max(0, Math.floor(wholeIdBound));
    this.byWholeId = new Int32Array(Math.min(this.wholeIdBound, FIRST_WHOLE_ID_SLOTS));
  }

  /** The customer's number, or −1 for a key not seen yet. */
  find(key: Key): number {
    if (!this.isWholeId(key)) return this.byKey.get(key) ?? -1;
    return key < this.byWholeId.length ? (this.byWholeId[key] as number) - 1 : -1;
  }

  /** Numbers a key not seen yet. */
  add(key: Key): number {
    const index = this.keys.length;
    this.keys.push(key);
    if (!this.isWholeId(key)) this.byKey.set(key, index);
    else {
      if (key >= this.byWholeId.length) this.growTo(key);
      this.byWholeId[key] = index + 1;
    }
    return index;
  }

  private isWholeId(key: Key): key is number {
    return typeof key === 'number' && key >= 0 && key < this.wholeIdBound && Number.isInteger(key);
  }

  /** Doubles the array until it holds the id. */
  private growTo(id: number): void {
    let size = Math.max(1, this.byWholeId.length);
    while (size <= id) size *= 2;
    const grown = new Int32Array(Math.min(size, this.wholeIdBound));
    grown.set(this.byWholeId);
    this.byWholeId = grown;
  }
}

/** Each row's customer, numbered in order of first appearance. */
export interface CustomerRows {
  readonly keys: Key[];
  /** Index of each customer's first row. */
  readonly firstRows: number[];
  /** The customer of each row; −1 for a row without one. */
  readonly customerOfRow: Int32Array;
  /** Rows without a customer. */
  readonly skippedRows: number;
}

/**
 * Numbers the customers of a column of keys; a `null` key is a row without a customer.
 *
 * @example Array.from(numberCustomers(['a', 'b', null, 'a']).customerOfRow) //=> [0, 1, -1, 0]
 */
export function numberCustomers(customerKeys: readonly (Key | null)[]): CustomerRows {
  const rows = customerKeys.length;
  // ids up to four per row fit the fast array: 16 MB for a million rows
  const index = new CustomerIndex(Math.min(4 * rows, 1 << 22));
  const firstRows: number[] = [];
  const customerOfRow = new Int32Array(rows);
  let skippedRows = 0;
  // lines of one order usually come together: the previous row's customer spares a look-up
  let previousKey: Key | undefined;
  let previousCustomer = -1;
  for (let row = 0; row < rows; row++) {
    const key = customerKeys[row];
    if (key === null || key === undefined) {
      customerOfRow[row] = -1;
      skippedRows++;
      continue;
    }
    let customer = key === previousKey ? previousCustomer : index.find(key);
    if (customer < 0) {
      customer = index.add(key);
      firstRows.push(row);
    }
    previousKey = key;
    previousCustomer = customer;
    customerOfRow[row] = customer;
  }
  return { keys: index.keys, firstRows, customerOfRow, skippedRows };
}
