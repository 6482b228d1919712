import { describe, expect, it } from 'vitest';
import { argumentRangeStarts, cellName } from '../../src/addon/formula-cells';

const starts = (formula: string, name = 'RFM_SCORE') => argumentRangeStarts(formula, name);

describe('argumentRangeStarts', () => {
  it('reads plain A1 ranges, with or without a sheet and dollar signs', () => {
    expect(starts("=rfm_score(B2:B, 'Q1 orders'!$C$5:C, D:D, AA10)")).toEqual([
      { sheetPrefix: '', column: 1, row: 2 },
      { sheetPrefix: "'Q1 orders'!", column: 2, row: 5 },
      { sheetPrefix: '', column: 3, row: 1 },
      { sheetPrefix: '', column: 26, row: 10 },
    ]);
  });

  it('leaves other arguments unknown: calls, literals, named ranges', () => {
    expect(starts('=RFM_SCORE(FILTER(B2:B, B2:B<>""), "a,b", Sales, 5, C2:C)')).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      { sheetPrefix: '', column: 2, row: 2 },
    ]);
  });

  it('finds the call inside other calls, and splits at semicolons in such locales', () => {
    expect(starts('=RFM_SEGMENT(RFM_SCORE(B2:B; C2:C; D2:D; 0,5))')?.[2]).toEqual({
      sheetPrefix: '',
      column: 3,
      row: 2,
    });
  });

  it('gives up where the function is called twice, or not at all', () => {
    expect(starts('=RFM_SCORE(B2:B, C2:C, D2:D) & RFM_SCORE(B2:B, C2:C, D2:D)')).toBeUndefined();
    expect(starts('=SUM(B2:B)')).toBeUndefined();
    expect(starts('=MY_RFM_SCORE(B2:B)')).toBeUndefined();
  });
});

describe('cellName', () => {
  it('names the cell of a row and column of the range', () => {
    expect(cellName({ sheetPrefix: '', column: 1, row: 2 }, 7)).toBe('B8');
    expect(cellName({ sheetPrefix: 'Data!', column: 25, row: 1 }, 3, 2)).toBe('Data!AB3');
  });
});
