import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KeySet } from '../../src/core/key-set';

describe('KeySet', () => {
  it('tells new keys from seen ones, strings and numbers kept apart', () => {
    const keys = ['INV1', 'INV2', 'INV1', 1, '1', 1, 2.5, 2.5, -3, 2 ** 40, 2 ** 40 + 1, 2 ** 40];
    const set = new KeySet(keys, keys.length);
    expect(keys.map((_, row) => set.add(row))).toEqual([
      true,
      true,
      false,
      true,
      true,
      false,
      true,
      false,
      true,
      true,
      true,
      false,
    ]);
  });

  it('agrees with a Set on any keys', () => {
    const key = fc.oneof(
      fc.string({ maxLength: 4 }),
      fc.integer({ min: -50, max: 50 }),
      fc.double({ noNaN: true }),
    );
    fc.assert(
      fc.property(fc.array(key, { maxLength: 200 }), (keys) => {
        const set = new KeySet(keys, keys.length);
        const reference = new Set<unknown>();
        keys.forEach((value, row) => {
          const isNew = !reference.has(value);
          reference.add(value);
          expect(set.add(row)).toBe(isNew);
        });
      }),
    );
  });

  it('keeps a number with each new key and gives it back when the key comes again', () => {
    const keys = ['INV1', 'INV2', 'INV1', Number.NaN, Number.NaN, -0, 0];
    const set = new KeySet(keys, keys.length);
    expect(keys.map((_, row) => set.keep(row, 10 + row))).toEqual([-1, -1, 10, -1, 13, -1, 15]);
  });
});
