/**
 * Whole columns (`B:B`) bring their headings along: every function answers a first row of
 * headings with the heading of its result, in the sheet's language, and reads the rest.
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

const sheet = useFakeSpreadsheet();

const recency = column('最近购买', '2024-03-01', '2023-01-05', '');
const frequency = column('orders', 5, 1, '');
const monetary = column('金额', '¥8,600', 300, '');

describe('a first row of headings', () => {
  it('gets the heading of each result and leaves the data as without it', () => {
    expect(firstCells(RFM_SCORE(recency, frequency, monetary))).toEqual([
      'RFM code',
      ...firstCells(RFM_SCORE(recency.slice(1), frequency.slice(1), monetary.slice(1))),
    ]);
    expect(firstCells(CUSTOMER_TIER(recency, frequency, monetary))[0]).toBe('Tier');
    expect(firstCells(RFM_CLASS(recency, frequency, monetary))[0]).toBe('Value class');
    expect(firstCells(RFM_SEGMENT(column('RFM', 555)))).toEqual(['Segment', 'Champions']);
    expect(firstCells(ABC_CLASS(monetary))).toEqual(['ABC class', 'A', 'C', '']);
    expect(
      firstCells(
        CLV(
          [
            ['Year 1', 'Year 2'],
            [100, 100],
          ],
          [
            ['Cost 1', 'Cost 2'],
            [0, 0],
          ],
          0,
        ),
      ),
    ).toEqual(['CLV', 200]);
  });

  it('is answered in the sheet language', () => {
    sheet.use('zh_CN');
    expect(firstCells(CUSTOMER_TIER(recency, frequency, monetary))[0]).toBe('客户层级');
  });

  it('is no transaction for RFM_TABLE', () => {
    const table = RFM_TABLE(
      column('客户', 'ann'),
      column('日期', '2024-03-01'),
      column('金额', 10),
    );
    expect(table).toHaveLength(2);
    expect(table[1]?.[0]).toBe('ann');
  });

  it('is only the first row: a later text cell is still an error', () => {
    expect(thrownMessage(() => RFM_SCORE(column(1, 'x'), column(1, 'y'), column(1, 'z')))).toBe(
      'RFM_SCORE: frequency, row 2: "y" is not a number.',
    );
  });

  it('needs headings in every range: a number among them means data', () => {
    expect(thrownMessage(() => RFM_SCORE(column('abc', 2), column(1, 2), column(1, 2)))).toMatch(
      /^RFM_SCORE: recency, row 1: "abc" is not a date\./,
    );
  });
});
