import { describe, expect, it } from 'vitest';
import { RFM_SEGMENT } from '../../../src/addon/custom-functions/rfm-segment';
import { classLabels } from '../../../src/core/models';
import { segmentsOfScores } from '../../../src/core/rfm-segment';
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

  it('reads codes made with other score levels (bins) as the sidebar does, on the 1..5 table', () => {
    // 333 on three levels is every measure at its best: Champions, not "Others"
    expect(firstCells(RFM_SEGMENT(column(333, 111, 0), undefined, undefined, 3))).toEqual([
      'Champions',
      'Lost',
      'Prospects',
    ]);
    expect(firstCells(RFM_SEGMENT(column(3), column(3), column(3), 3))).toEqual(['Champions']);
    for (let bins = 2; bins <= 9; bins++) {
      const codes: number[] = [];
      for (let r = 1; r <= bins; r++)
        for (let f = 1; f <= bins; f++)
          for (let m = 1; m <= bins; m++) codes.push(100 * r + 10 * f + m);
      const digit = (place: number) => codes.map((code) => Math.floor(code / place) % 10);
      const sidebar = segmentsOfScores(
        { recency: digit(100), frequency: digit(10), monetary: digit(1), codes },
        bins,
      );
      expect(
        firstCells(RFM_SEGMENT(column(...codes), undefined, undefined, bins)),
        `bins ${bins}`,
      ).toEqual(classLabels('rfm-segments', sidebar, 'en'));
    }
    expect(thrownMessage(() => RFM_SEGMENT(column(333, 545), undefined, undefined, 3))).toBe(
      'RFM_SEGMENT: codes_or_r, row 2: 545 is not an RFM code such as 323 (three scores from 1 to 3); score raw data with RFM_SCORE first.',
    );
    expect(thrownMessage(() => RFM_SEGMENT(column(333), undefined, undefined, 10))).toMatch(
      /^RFM_SEGMENT: bins: 10 is not allowed; use a whole number from 2 to 9/,
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
