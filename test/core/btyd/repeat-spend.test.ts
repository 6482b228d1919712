import { describe, expect, it } from 'vitest';
import { repeatSpend } from '../../../src/core/btyd/repeat-spend';

describe('repeatSpend', () => {
  it('keeps the repeat buyers in order and checks every customer', () => {
    const history = {
      frequency: new Float64Array([0, 3, 0, 1]),
      monetary: [Number.MAX_VALUE, 4, -2, 0.5],
    };
    expect(repeatSpend(history, 'f')).toEqual({ frequency: [3, 1], monetary: [4, 0.5] });
    expect(() => repeatSpend({ frequency: [0], monetary: [Number.NaN] }, 'f')).toThrow(
      'f requires finite mean spend (customer 0)',
    );
  });
});
