import { describe, expect, it } from 'vitest';
import { CustomerIndex } from '../../src/core/customer-index';

describe('CustomerIndex', () => {
  it('numbers keys in order of first appearance, whole ids and other keys alike', () => {
    const index = new CustomerIndex(100);
    for (const key of [17, 'ann', 99, 100, 2.5, -1, 0]) {
      expect(index.find(key)).toBe(-1);
      index.add(key);
    }
    expect([17, 'ann', 99, 100, 2.5, -1, 0].map((key) => index.find(key))).toEqual([
      0, 1, 2, 3, 4, 5, 6,
    ]);
    expect(index.keys).toEqual([17, 'ann', 99, 100, 2.5, -1, 0]);
    expect(index.find('17')).toBe(-1);
  });

  it('finds whole ids far past the array it starts with, up to the bound', () => {
    const ids = [3, 70_000, 1_500, 999_999, 1_000_000, 2 ** 31];
    const index = new CustomerIndex(1_000_000);
    for (const id of ids) index.add(id);
    expect(ids.map((id) => index.find(id))).toEqual([0, 1, 2, 3, 4, 5]);
    expect([4, 69_999, 500_000].map((id) => index.find(id))).toEqual([-1, -1, -1]);
  });

  it('finds many text ids, as the table grows past its first size', () => {
    const ids = Array.from({ length: 5000 }, (_, i) => `C${String(i).padStart(6, '0')}`);
    const index = new CustomerIndex(1_000);
    for (const id of ids) index.add(id);
    expect(ids.map((id) => index.find(`${id}`))).toEqual(ids.map((_, i) => i));
    expect(['C', 'C005000', 'c000001', ''].map((id) => index.find(id))).toEqual([-1, -1, -1, -1]);
    expect(index.find(1)).toBe(-1);
  });
});
