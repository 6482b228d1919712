import { describe, expect, it } from 'vitest';
import { RFM_CLASS } from '../../../src/addon/custom-functions/rfm-class';
import { column, firstCells, thrownMessage } from '../../helpers/ranges';
import { useFakeSpreadsheet } from '../../helpers/spreadsheet';

const sheet = useFakeSpreadsheet();

describe('RFM_CLASS', () => {
  const recency = column(10, 90, '', 10);
  const frequency = column(9, 1, '', 1);
  const monetary = column(900, 100, '', 100);

  it('gives each customer its value class, blank rows blank', () => {
    // means: 36.7 days, 3.7 orders, 366.7 money
    expect(firstCells(RFM_CLASS(recency, frequency, monetary))).toEqual([
      'Important value',
      'General recovery',
      '',
      'General development',
    ]);
  });

  it('labels in Chinese for a Chinese spreadsheet', () => {
    sheet.use('zh_TW');
    expect(firstCells(RFM_CLASS(recency, frequency, monetary))).toEqual([
      '重要价值客户',
      '一般挽留客户',
      '',
      '一般发展客户',
    ]);
  });

  it('reads dates and as_of like RFM_SCORE', () => {
    const dates = column('2024-03-01', '2023-12-03', '', '2024-03-01');
    expect(RFM_CLASS(dates, frequency, monetary, '2024-03-11')).toEqual(
      RFM_CLASS(recency, frequency, monetary),
    );
  });

  it('reports bad input by argument and row', () => {
    expect(thrownMessage(() => RFM_CLASS(recency, frequency, column(900, '#REF!', '', 1)))).toBe(
      'RFM_CLASS: monetary, row 2: the cell holds the error "#REF!"; fix it or leave the cell blank.',
    );
  });
});
