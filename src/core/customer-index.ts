/**
 * This file defines how customers are numbered 0, 1, 2 … in order of first appearance. Customer
 * ids are usually whole numbers (17850) or short text (C000123). Whole numbers below a bound are
 * found in an array slot, several times faster than a Map; the array grows to the largest id
 * seen, so a log of small ids never pays for the whole bound. Text ids are found in a table of
 * their own (open addressing on a hash of the characters, each slot keeping the hash), which
 * compares a key with the one stored only when their hashes agree: a Map looks a million text
 * ids up several times slower. Any other key goes in a Map.
 */
import type { Key } from './key';

/** The array's first size; it doubles as larger ids come. */
const FIRST_WHOLE_ID_SLOTS = 1024;
/** The text table's first size, a power of two; it doubles when half full. */
const FIRST_TEXT_SLOTS = 1024;

export class CustomerIndex {
  readonly keys: Key[] = [];
  private readonly byKey = new Map<Key, number>();
  private readonly wholeIdBound: number;
  /** index + 1 per whole-number id below its length; 0 for an id not seen yet. */
  private byWholeId: Int32Array;
  /** index + 1 per slot of the text table; 0 for an empty slot. */
  private textSlots = new Int32Array(FIRST_TEXT_SLOTS);
  /** The hash of the text in each slot. */
  private textHashes = new Int32Array(FIRST_TEXT_SLOTS);
  private texts = 0;

  /**
   * @param wholeIdBound ids from 0 to this (exclusive) use the array; its memory is 4 bytes each
   * @param spare the `wholeIdMemory` of an index no longer used, taken (and emptied) when it fits
   */
  constructor(wholeIdBound: number, spare?: Int32Array) {
    this.wholeIdBound = Math.max(0, Math.floor(wholeIdBound));
    this.byWholeId =
      spare && spare.length <= this.wholeIdBound
        ? spare.fill(0)
        : new Int32Array(Math.min(this.wholeIdBound, FIRST_WHOLE_ID_SLOTS));
  }

  /**
   * The array of whole-number ids, to be handed to a later index once this one is no longer
   * used: grown to the largest id, it is fresh memory each time otherwise.
   */
  get wholeIdMemory(): Int32Array {
    return this.byWholeId;
  }

  /** The customer's number, or −1 for a key not seen yet. */
  find(key: Key): number {
    if (typeof key === 'string') return this.findText(key, textHash(key));
    if (!this.isWholeId(key)) return this.byKey.get(key) ?? -1;
    return key < this.byWholeId.length ? (this.byWholeId[key] as number) - 1 : -1;
  }

  /** Numbers a key not seen yet. */
  add(key: Key): number {
    const index = this.keys.length;
    this.keys.push(key);
    if (typeof key === 'string') this.addText(key, index);
    else if (!this.isWholeId(key)) this.byKey.set(key, index);
    else {
      if (key >= this.byWholeId.length) this.growTo(key);
      this.byWholeId[key] = index + 1;
    }
    return index;
  }

  private isWholeId(key: number): boolean {
    return key >= 0 && key < this.wholeIdBound && Number.isInteger(key);
  }

  /** Doubles the array until it holds the id. */
  private growTo(id: number): void {
    let size = Math.max(1, this.byWholeId.length);
    while (size <= id) size *= 2;
    const grown = new Int32Array(Math.min(size, this.wholeIdBound));
    grown.set(this.byWholeId);
    this.byWholeId = grown;
  }

  private findText(key: string, hash: number): number {
    const mask = this.textSlots.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const held = this.textSlots[slot] as number;
      if (held === 0) return -1;
      if (this.textHashes[slot] === hash && this.keys[held - 1] === key) return held - 1;
    }
  }

  private addText(key: string, index: number): void {
    if (2 * (this.texts + 1) > this.textSlots.length) this.growText();
    this.texts++;
    this.place(textHash(key), index + 1);
  }

  private place(hash: number, held: number): void {
    const mask = this.textSlots.length - 1;
    let slot = hash & mask;
    while (this.textSlots[slot] !== 0) slot = (slot + 1) & mask;
    this.textSlots[slot] = held;
    this.textHashes[slot] = hash;
  }

  /** Doubles the text table, placing each text again by the hash its slot kept. */
  private growText(): void {
    const slots = this.textSlots;
    const hashes = this.textHashes;
    this.textSlots = new Int32Array(2 * slots.length);
    this.textHashes = new Int32Array(2 * slots.length);
    for (let slot = 0; slot < slots.length; slot++) {
      const held = slots[slot] as number;
      if (held !== 0) this.place(hashes[slot] as number, held);
    }
  }
}

/** FNV-1a over the UTF-16 code units, with a final mix so that the low bits vary. */
function textHash(text: string): number {
  let h = 0x811c9dc5 | 0;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  h ^= h >>> 16;
  h = Math.imul(h, 0x45d9f3b);
  return h ^ (h >>> 16);
}

/**
 * An index for the customers of a log of so many rows.
 * @param spare see the CustomerIndex constructor
 */
export function customerIndexFor(rows: number, spare?: Int32Array): CustomerIndex {
  // ids up to four per row fit the fast array: 16 MB for a million rows
  return new CustomerIndex(Math.min(4 * rows, 1 << 22), spare);
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
  const index = customerIndexFor(rows);
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
