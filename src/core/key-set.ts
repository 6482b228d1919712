/**
 * This file defines a set of keys (strings or numbers) sized once for a known number of
 * insertions: open addressing in a typed array that holds, per slot, the row of the key's first
 * occurrence and a number kept with it (an order's first customer, say). It never grows or
 * rehashes, which makes it several times faster than a Set or Map filled with a million order
 * ids. Keys are equal as in a Set (SameValueZero): `NaN` is one key, and −0 and 0 are one.
 */
import type { Key } from './key';

/** The key of a row, read where the keys are (a column, or cells not copied). */
export type KeyOfRow = (row: number) => Key | null;

export class KeySet {
  /** Per slot, side by side: the row of the key's first occurrence + 1 (0: empty), its number. */
  private readonly slots: Int32Array;
  private readonly mask: number;
  private readonly keyOfRow: KeyOfRow;

  /**
   * @param keys the key of each row, as a column or read from where it is (a reader's cells, so
   *   that no column of keys is made); the set refers to keys by row
   * @param capacity the most insertions it will see
   * @param spare the memory of a set no longer used, taken (and emptied) when large enough
   */
  constructor(keys: readonly (Key | null)[] | KeyOfRow, capacity: number, spare?: Int32Array) {
    this.keyOfRow = typeof keys === 'function' ? keys : (row) => keys[row] as Key | null;
    let size = 16;
    while (size < capacity * 2) size *= 2;
    this.slots =
      spare && spare.length >= 2 * size
        ? spare.subarray(0, 2 * size).fill(0)
        : new Int32Array(2 * size);
    this.mask = size - 1;
  }

  /**
   * The set's memory, to be handed to a later set as its `spare` once this one is no longer
   * used: at a million rows it is 16 MB, whose fresh pages cost more than all the look-ups.
   */
  get memory(): Int32Array {
    return this.slots;
  }

  /** Adds the key of a row; true when it was not in the set yet. */
  add(row: number): boolean {
    return this.keep(row, 0) < 0;
  }

  /**
   * Adds the key of a row with a number, unless the key is in the set already.
   * @param value a number from 0 on, kept with the key when it is new
   * @param key the row's key, when the caller has it at hand
   * @returns −1 when the key was new, else the number kept with it
   */
  keep(row: number, value: number, key = this.keyOfRow(row) as Key): number {
    let slot = hash(key) & this.mask;
    for (;;) {
      const held = this.slots[2 * slot] as number;
      if (held === 0) {
        this.slots[2 * slot] = row + 1;
        this.slots[2 * slot + 1] = value;
        return -1;
      }
      const other = this.keyOfRow(held - 1);
      // biome-ignore lint/suspicious/noSelfCompare: NaN is the one key unequal to itself
      if (other === key || (other !== other && key !== key))
        return this.slots[2 * slot + 1] as number;
      slot = (slot + 1) & this.mask;
    }
  }
}

/**
 * A hash that keeps order ids in order: digits count as a decimal number (h·10 + digit), other
 * code units as a polynomial (h·31 + unit), and a number by its parts. Ids that follow one
 * another (INV1001, INV1002, or 1001, 1002) get hashes that follow one another, so the set fills
 * its slots in order, with one probe each and few cache misses; other keys spread as usual.
 */
function hash(key: Key): number {
  let h = 0;
  if (typeof key === 'string') {
    for (let i = 0; i < key.length; i++) {
      const unit = key.charCodeAt(i);
      h = unit >= 48 && unit <= 57 ? (h * 10 + unit - 48) | 0 : (h * 31 + unit) | 0;
    }
  } else {
    const whole = Math.floor(key);
    h = (((whole / 4294967296) | 0) * 31 + (whole | 0)) | 0;
    if (whole !== key) h = (h * 31 + (((key - whole) * 4294967296) | 0)) | 0;
  }
  return (h ^ (h >>> 15)) >>> 0;
}
