import { describe, expect, it } from 'vitest';
import { RFM_SEGMENT } from '../../../src/addon/custom-functions/rfm-segment';
import { column, firstCells, thrownMessage } from '../../helpers/ranges';
import { useFakeSpreadsheet } from '../../helpers/spreadsheet';

const sheet = useFakeSpreadsheet();

describe('RFM_SEGMENT', () => {
  it('names the segment of each RFM code, blank rows blank', () => {
    expect(firstCells(RFM_SEGMENT(column(555, '145', '', 311, 451, 511, 322)))).toEqual([
      'Champions',
      "Can't Lose Them",
      '',
      'Promising',
      'Others',
      'New Customers',
      'Potential Loyalist',
    ]);
  });

  it('names a prospect (code 0, or scores 0, 0, 0 from RFM_SCORE) Prospects', () => {
    expect(firstCells(RFM_SEGMENT(column(0, 555)))).toEqual(['Prospects', 'Champions']);
    expect(firstCells(RFM_SEGMENT(column(0), column(0), column(0), 'zh'))).toEqual(['潜在客户']);
    expect(thrownMessage(() => RFM_SEGMENT(column(5), column(0), column(3)))).toBe(
      'RFM_SEGMENT: f, row 1: 0 is not a score from 1 to 5; score raw data with RFM_SCORE first.',
    );
  });

  it('takes three columns of scores as well', () => {
    expect(RFM_SEGMENT(column(5, 1), column(5, 4), column(5, 4))).toEqual(
      RFM_SEGMENT(column(555, 144)),
    );
  });

  it('speaks Chinese in a Chinese spreadsheet, or when asked', () => {
    expect(firstCells(RFM_SEGMENT(column(555), 'zh'))).toEqual(['冠军客户']);
    sheet.use('zh_CN');
    expect(firstCells(RFM_SEGMENT(column(555, 111)))).toEqual(['冠军客户', '已流失客户']);
  });

  it.each([
    [
      [column(555, 565)],
      'RFM_SEGMENT: codes_or_r, row 2: 565 is not an RFM code such as 545 (three scores from 1 to 5); score raw data with RFM_SCORE first.',
    ],
    [
      [column(55)],
      'RFM_SEGMENT: codes_or_r, row 1: 55 is not an RFM code such as 545 (three scores from 1 to 5); score raw data with RFM_SCORE first.',
    ],
    [
      [column(5), column(6), column(1)],
      'RFM_SEGMENT: f, row 1: 6 is not a score from 1 to 5; score raw data with RFM_SCORE first.',
    ],
    [
      [column(5), column(5)],
      'RFM_SEGMENT: m: give either one column of RFM codes, or three columns of R, F and M scores.',
    ],
    [[column(555, 'abc')], 'RFM_SEGMENT: codes_or_r, row 2: "abc" is not a number.'],
  ])('%#: %s', (args, message) => {
    expect(thrownMessage(() => RFM_SEGMENT(...args))).toBe(message);
  });
});
