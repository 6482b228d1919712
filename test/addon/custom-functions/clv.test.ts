import { describe, expect, it } from 'vitest';
import { CLV } from '../../../src/addon/custom-functions/clv';
import { firstCells, thrownMessage } from '../../helpers/ranges';
import { useFakeSpreadsheet } from '../../helpers/spreadsheet';

useFakeSpreadsheet();

describe('CLV', () => {
  const revenues = [
    [100, 100, 100],
    ['', '', ''],
    ['¥50', 60, ''],
  ];
  const costs = [
    [20, 20, 20],
    ['', '', ''],
    [10, 10, 10],
  ];

  it('discounts each row’s margins, blank cells 0, blank rows blank', () => {
    const [first, blank, third] = firstCells(CLV(revenues, costs, 0.1)) as [number, string, number];
    expect(first).toBeCloseTo(80 + 80 / 1.1 + 80 / 1.21, 10);
    expect(blank).toBe('');
    expect(third).toBeCloseTo(40 + 50 / 1.1 - 10 / 1.21, 10);
  });

  it('takes the rate as a percentage and one period as a bare value', () => {
    expect(CLV(revenues, costs, '10%')).toEqual(CLV(revenues, costs, 0.1));
    expect(CLV(90, 30, 0.2)).toEqual([[60]]);
  });

  it.each([
    [
      [revenues, costs, -1],
      'CLV: discount_rate: -1 is not a discount rate; use a rate above -100%, such as 0.1 or 10%.',
    ],
    [[revenues, costs, ''], 'CLV: discount_rate: this value is required.'],
    [
      [revenues, [[1, 2]], 0.1],
      'CLV: costs: the range has 2 columns of periods but revenues has 3; give both the same periods.',
    ],
    [
      [revenues, [[1, 2, 3]], 0.1],
      'CLV: revenues, row 3: "¥50" lies past the 1 row of costs; make the ranges the same size.',
    ],
    [[[[1, 'x', 3]], [[1, 2, 3]], 0.1], 'CLV: revenues, row 1: "x" is not a number.'],
  ])('%#: %s', (args, message) => {
    expect(thrownMessage(() => CLV(...args))).toBe(message);
  });
});
