import { describe, expect, it } from 'vitest';
import { ABC_CLASS } from '../../../src/addon/custom-functions/abc-class';
import { column, firstCells, thrownMessage } from '../../helpers/ranges';
import { useFakeSpreadsheet } from '../../helpers/spreadsheet';

useFakeSpreadsheet();

describe('ABC_CLASS', () => {
  it('classes customers by their share of revenue, blank rows blank', () => {
    expect(firstCells(ABC_CLASS(column(500, '¥300', '', 100, 60, '40')))).toEqual([
      'A',
      'A',
      '',
      'B',
      'B',
      'C',
    ]);
  });

  it('takes shares as numbers or percentages', () => {
    expect(ABC_CLASS(column(500, 300, 100, 60, 40), '50%', 0.9)).toEqual(
      ABC_CLASS(column(500, 300, 100, 60, 40), 0.5, '90%'),
    );
    expect(firstCells(ABC_CLASS(column(500, 300, 100, 60, 40), 0.5, 0.9))).toEqual([
      'A',
      'B',
      'B',
      'C',
      'C',
    ]);
  });

  it.each([
    [
      [column(1), 0.9, 0.8],
      'ABC_CLASS: b_share: 0.8 is below a_share; b_share must be at least a_share.',
    ],
    [
      [column(1), 80],
      'ABC_CLASS: a_share: 80 is not allowed; use a share above 0 and at most 1, such as 0.2 or 20%.',
    ],
    [[column(1, 'many')], 'ABC_CLASS: monetary, row 2: "many" is not a number.'],
  ])('%#: %s', (args, message) => {
    expect(thrownMessage(() => ABC_CLASS(...args))).toBe(message);
  });
});

describe('ABC_CLASS on a date too far out for the calendar', () => {
  it('still says what is wrong', () => {
    expect(thrownMessage(() => ABC_CLASS([[new Date(8.64e15)]]))).toMatch(
      /^ABC_CLASS: monetary, row 1: .* is not a number\.$/,
    );
  });
});
