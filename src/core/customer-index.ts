/**
 * This file defines how customers are numbered 0, 1, 2 … in order of first appearance. Customer
 * ids are usually whole numbers (17850); those below a bound are found in an array slot, several
 * times faster than a Map, and any other key in a Map.
 */
import type { Key } from './key';

export class CustomerIndex {
  readonly keys: Key[] = [];
  private readonly byKey = new Map<Key, number>();
  /** index + 1 per whole-number id below its length; 0 for an id not seen yet. */
  private readonly byWholeId: Int32Array;

  /** @param wholeIdBound ids from 0 to this (exclusive) use the array; its memory is 4 bytes each */
  constructor(wholeIdBound: number) {
    this.byWholeId = new Int32Array(Math.max(0, Math.floor(wholeIdBound)));
  }

  /** The customer's number, or −1 for a key not seen yet. */
  find(key: Key): number {
    if (
      typeof key === 'number' &&
      key >= 0 &&
      key < this.byWholeId.length &&
      Number.isInteger(key)
    ) {
      return (this.byWholeId[key] as number) - 1;
    }
    return this.byKey.get(key) ?? -1;
  }

  /** Numbers a key not seen yet. */
  add(key: Key): number {
    const index = this.keys.length;
    this.keys.push(key);
    if (
      typeof key === 'number' &&
      key >= 0 &&
      key < this.byWholeId.length &&
      Number.isInteger(key)
    ) {
      this.byWholeId[key] = index + 1;
    } else this.byKey.set(key, index);
    return index;
  }
}
