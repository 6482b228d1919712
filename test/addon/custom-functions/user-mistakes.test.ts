/**
 * The mistakes a new user makes in a sheet, each answered by an error a user can act on: the
 * wrong column, numbers past the largest, a range where one value belongs, a language the
 * add-on does not speak, a date it cannot read — named by the cell where the formula shows it.
 */
import { describe, expect, it } from 'vitest';
import { ABC_CLASS } from '../../../src/addon/custom-functions/abc-class';
import { CLV } from '../../../src/addon/custom-functions/clv';
import { CUSTOMER_TIER } from '../../../src/addon/custom-functions/customer-tier';
import { RFM_CLASS } from '../../../src/addon/custom-functions/rfm-class';
import { RFM_SCORE } from '../../../src/addon/custom-functions/rfm-score';
import { RFM_SEGMENT } from '../../../src/addon/custom-functions/rfm-segment';
import { RFM_TABLE } from '../../../src/addon/custom-functions/rfm-table';
import { column, firstCells, thrownMessage } from '../../helpers/ranges';
import { useFakeSpreadsheet } from '../../helpers/spreadsheet';

const sheet = useFakeSpreadsheet('en_US', 'Asia/Shanghai');
const shanghaiDate = (iso: string) => new Date(`${iso}T00:00:00+08:00`);

describe('numbers past the largest', () => {
  it('reads text beyond ±1.8e308 as too large, never as Infinity', () => {
    expect(thrownMessage(() => ABC_CLASS(column(5, '1e400')))).toBe(
      'ABC_CLASS: monetary, row 2: "1e400" is too large a number.',
    );
    expect(thrownMessage(() => RFM_SCORE(column(1), column(1), column('-1e400')))).toBe(
      'RFM_SCORE: monetary, row 1: "-1e400" is too large a number.',
    );
  });

  it('reports a sum that overflows at the row it belongs to', () => {
    expect(thrownMessage(() => CLV([[1e308, 1e308]], [[0, 0]], 0))).toBe(
      'CLV: revenues, row 1: the result for this row is too large a number to show (beyond ±1.8e308).',
    );
    expect(
      thrownMessage(() =>
        RFM_TABLE(column('a', 'b', 'b'), column(45300, 45300, 45301), column(1, 1e308, 1e308)),
      ),
    ).toBe(
      'RFM_TABLE: amounts, row 2: the result for this row is too large a number to show (beyond ±1.8e308).',
    );
  });
});

describe('the wrong column', () => {
  it('rejects a quantity column passed as dates', () => {
    expect(thrownMessage(() => RFM_TABLE(column('a', 'b'), column(6, 12), column(10, 20)))).toBe(
      'RFM_TABLE: dates, row 1: 6 looks like a number, not a date: is this the right column?',
    );
    // every value after 1900-03-01, yet all before 1950: a column of counts
    expect(thrownMessage(() => RFM_TABLE(column('a', 'b'), column(80, 500), column(10, 20)))).toBe(
      'RFM_TABLE: dates, row 1: the column holds only numbers that as dates would fall before 1950, such as 80; it looks like a column of numbers (a quantity?), not dates.',
    );
    expect(RFM_TABLE(column('a', 'b'), column(45300, 45301), column(10, 20))).toHaveLength(3);
  });

  it('rejects a frequency written as money or as a percentage', () => {
    expect(thrownMessage(() => RFM_SCORE(column(1, 2), column(3, '¥1,200'), column(5, 9)))).toBe(
      'RFM_SCORE: frequency, row 2: "¥1,200" looks like money, not a number of orders: is this the right column?',
    );
    expect(thrownMessage(() => CUSTOMER_TIER(column(1, 2), column('20%', 1), column(5, 9)))).toBe(
      'CUSTOMER_TIER: frequency, row 1: "20%" is a percentage, not a number of orders: is this the right column?',
    );
    expect(firstCells(RFM_SCORE(column(1, 2), column('3', 1), column('¥1,200', 9)))).toEqual([
      555, 111,
    ]);
  });
});

describe('dates it cannot read', () => {
  it('calls unreadable text in the first recency cell not a date, with the forms it reads', () => {
    expect(thrownMessage(() => RFM_SCORE(column('Mar 5, 2024'), column(1), column(1)))).toBe(
      'RFM_SCORE: recency, row 1: "Mar 5, 2024" is not a date. Use a date cell, or text such as 2024-03-05, 2024/3/5, 2024年3月5日 or 3/5/2024 (read as month/day/year, as this spreadsheet\'s locale writes dates).',
    );
    sheet.use('en_GB');
    expect(thrownMessage(() => RFM_TABLE(column('a'), column('2024年3月'), column(1)))).toBe(
      'RFM_TABLE: dates, row 1: "2024年3月" is not a date. Use a date cell, or text such as 2024-03-05, 2024/3/5, 2024年3月5日 or 5/3/2024 (read as day/month/year, as this spreadsheet\'s locale writes dates).',
    );
    sheet.use('zh_CN');
    expect(thrownMessage(() => RFM_CLASS(column('2024年3月'), column(1), column(1)))).toBe(
      'RFM_CLASS：参数 recency 第 1 行：“2024年3月” 不是日期。请使用日期单元格，或 2024-03-05、2024/3/5、2024年3月5日、3/5/2024 这样的文本（按本表格的区域设置读作月/日/年）。',
    );
  });

  it('shows an as_of range as the sheet shows its dates, in its language', () => {
    const asOf = column(shanghaiDate('2024-12-30'), shanghaiDate('2024-12-31'));
    const args = [column(shanghaiDate('2024-12-01')), column(1), column(1), '', asOf] as const;
    expect(thrownMessage(() => RFM_SCORE(...args))).toBe(
      'RFM_SCORE: as_of: 12/30/2024, 12/31/2024 is a range of several cells; give a single value.',
    );
    sheet.use('zh_CN');
    expect(thrownMessage(() => RFM_SCORE(...args))).toBe(
      'RFM_SCORE：参数 as_of：2024-12-30, 2024-12-31 是包含多个单元格的区域，请只给一个值。',
    );
  });
});

describe('the language argument', () => {
  it('is taken last by every function, and a code it does not know is named as a language', () => {
    expect(thrownMessage(() => RFM_SEGMENT(555, 'fr'))).toBe(
      'RFM_SEGMENT: language: "fr" is not a language; use "en" or "zh".',
    );
    expect(RFM_SCORE(column('recency', 1), column('orders', 2), column('spent', 3), 'zh')).toEqual([
      ['RFM 代码'],
      [333],
    ]);
    expect(firstCells(ABC_CLASS(column('spent', 5), 'zh'))).toEqual(['ABC 分类', 'A']);
    expect(firstCells(CLV([['y1'], [10]], [['y1'], [1]], 0, 'zh'))).toEqual(['客户终身价值', 9]);
  });
});

describe('the cell at fault', () => {
  it('is named where the argument is a plain range of the formula', () => {
    sheet.current.activeCell.formula = '=RFM_SCORE(B2:B, Orders!C2:C, D:D)';
    const args = [column(1, 2, 3), column(1, 'x', 2), column(1, 2, 'y')] as const;
    expect(thrownMessage(() => RFM_SCORE(...args))).toBe(
      'RFM_SCORE: frequency, cell Orders!C3: "x" is not a number.',
    );
    expect(thrownMessage(() => RFM_SCORE(args[0], column(1, 2, 3), args[2]))).toBe(
      'RFM_SCORE: monetary, cell D3: "y" is not a number.',
    );
  });

  it('names the cell of a period in a range of several columns', () => {
    sheet.current.activeCell.formula = '=CLV(B2:D, E2:G, 10%)';
    expect(
      thrownMessage(() =>
        CLV(
          [
            [1, 2, 3],
            [4, 'x', 6],
          ],
          [
            [0, 0, 0],
            [0, 0, 0],
          ],
          0.1,
        ),
      ),
    ).toBe('CLV: revenues, cell C3: "x" is not a number.');
  });

  it('falls back to the row of the range where the argument is no plain range', () => {
    sheet.current.activeCell.formula = '=RFM_SCORE(FILTER(B2:B, B2:B<>""), C2:C, D2:D)';
    expect(thrownMessage(() => RFM_SCORE(column(1, 'x'), column(1, 2), column(1, 2)))).toBe(
      'RFM_SCORE: recency, row 2: "x" is not a number.',
    );
  });
});
