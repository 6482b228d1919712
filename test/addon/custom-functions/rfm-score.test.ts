import { describe, expect, it } from 'vitest';
import { RFM_SCORE } from '../../../src/addon/custom-functions/rfm-score';
import { NOT_A_DATE_MDY } from '../../helpers/messages';
import { column, firstCells, thrownMessage } from '../../helpers/ranges';
import { useFakeSpreadsheet } from '../../helpers/spreadsheet';

const sheet = useFakeSpreadsheet('en_US', 'Asia/Shanghai');

/** Midnight of a date in Shanghai, as Sheets hands a date cell of a sheet in that zone. */
const shanghaiDate = (iso: string) => new Date(`${iso}T00:00:00+08:00`);

describe('RFM_SCORE', () => {
  it('returns one code per row', () => {
    const codes = RFM_SCORE(
      column(1, 10, 100, 1000),
      column(9, 5, 2, 1),
      column(900, 300, 50, 10),
      4,
    );
    expect(codes).toEqual([[444], [333], [222], [111]]);
  });

  it('scores a 1×1 range handed over as a bare value, with the middle score: no spread', () => {
    expect(RFM_SCORE(5, 3, 100)).toEqual([[333]]);
  });

  it('never calls a single customer who bought today the worst', () => {
    expect(RFM_SCORE(column(0), column(1), column(50))).toEqual([[333]]);
    expect(RFM_SCORE(column(0, 0), column(4, 4), column(9, 9), 4)).toEqual([[333], [333]]);
  });

  it('gives blank rows, in the middle and at the end of open ranges, blank output', () => {
    const codes = RFM_SCORE(
      column(1, '', 100, '', ''),
      column(9, '', 2, '', ''),
      column(900, '', 50, '', ''),
      2,
    );
    expect(firstCells(codes)).toEqual([222, '', 111, '', '']);
  });

  it('lines up open ranges of different heights when the extra rows are blank', () => {
    expect(
      firstCells(RFM_SCORE(column(1, 100, ''), column(9, 2), column(900, 50, '', ''), 2)),
    ).toEqual([222, 111, '', '']);
  });

  it('reads text numbers with currency signs and thousands separators', () => {
    const typed = RFM_SCORE(column(1, 100), column('9', '2'), column('¥1,900', '50元'), 2);
    expect(typed).toEqual(RFM_SCORE(column(1, 100), column(9, 2), column(1900, 50), 2));
  });

  it('counts days from last-purchase dates to as_of, in the sheet time zone', () => {
    const dates = column(
      shanghaiDate('2006-12-30'),
      shanghaiDate('2006-06-01'),
      shanghaiDate('2005-01-01'),
    );
    const days = column(2, 214, 730);
    const frequency = column(5, 3, 1);
    const monetary = column(500, 300, 100);
    const asOf = shanghaiDate('2007-01-01');
    expect(RFM_SCORE(dates, frequency, monetary, 3, asOf)).toEqual(
      RFM_SCORE(days, frequency, monetary, 3),
    );
    expect(RFM_SCORE(dates, frequency, monetary, 3, '2007-01-01')).toEqual(
      RFM_SCORE(days, frequency, monetary, 3),
    );
  });

  it('defaults as_of to the latest purchase date', () => {
    const dates = column('2024-03-05', '2024-03-01', '2024-01-05');
    expect(RFM_SCORE(dates, column(1, 1, 1), column(1, 2, 3), 3)).toEqual(
      RFM_SCORE(column(0, 4, 60), column(1, 1, 1), column(1, 2, 3), 3),
    );
  });

  it('gives a prospect (no orders) code 0 and leaves them out of the breaks', () => {
    expect(
      firstCells(RFM_SCORE(column(1, 50, 100, ''), column(4, 3, 1, 0), column(80, 50, 20, 0), 2)),
    ).toEqual([222, 111, 111, 0]);
    expect(firstCells(RFM_SCORE(column(1, 50, 3), column(4, 3, ''), column(80, 50, '')))).toEqual([
      555, 111, 0,
    ]);
  });

  it('gives ties equal codes', () => {
    const codes = firstCells(RFM_SCORE(column(5, 5, 5, 9), column(3, 3, 3, 1), column(7, 7, 7, 1)));
    expect(new Set(codes.slice(0, 3)).size).toBe(1);
  });

  it('makes no Spreadsheet service call for day counts, and reads the zone only once for dates', () => {
    RFM_SCORE(column(1, 2), column(1, 2), column(1, 2));
    expect(sheet.current.calls).toEqual({});
    RFM_SCORE(
      column(shanghaiDate('2024-03-05'), shanghaiDate('2024-03-01')),
      column(1, 2),
      column(1, 2),
    );
    expect(sheet.current.calls['Spreadsheet.getSpreadsheetTimeZone']).toBe(1);
  });

  describe('bad input', () => {
    it.each([
      [
        [column(1, 2), column(1, 'abc'), column(1, 2)],
        'RFM_SCORE: frequency, row 2: "abc" is not a number.',
      ],
      [
        [column(1, 2), column(1, -3), column(1, 2)],
        'RFM_SCORE: frequency, row 2: -3 is negative; it must be 0 or more.',
      ],
      [
        [column(1, -2), column(1, 3), column(1, 2)],
        'RFM_SCORE: recency, row 2: -2 is negative; it must be 0 or more.',
      ],
      [
        [column(1, 2, 3), column(1, 2), column(1, 2, 3)],
        'RFM_SCORE: recency, row 3: 3 lies past the 2 rows of frequency; make the ranges the same size.',
      ],
      [
        [column(1, 2), column(1, 2), column(1, '#N/A')],
        'RFM_SCORE: monetary, row 2: the cell holds the error "#N/A"; fix it or leave the cell blank.',
      ],
      [
        [column(1), column(1), column(1), 10],
        'RFM_SCORE: bins: 10 is not allowed; use a whole number from 2 to 9.',
      ],
      [
        [column(1), column(1), column(1), 1],
        'RFM_SCORE: bins: 1 is not allowed; use a whole number from 2 to 9.',
      ],
      [
        [column(1), column(1), column(1), 2.5],
        'RFM_SCORE: bins: 2.5 is not allowed; use a whole number from 2 to 9.',
      ],
      [[column(1), column(1), column(1), 'five'], 'RFM_SCORE: bins: "five" is not a number.'],
      [
        [column(1), column(1), column(1), 5, '2007-01-01'],
        'RFM_SCORE: as_of: recency holds day counts, so there is no date to count from; leave as_of out or give recency as purchase dates.',
      ],
      [
        [column('2006-12-30', 2), column(1, 1), column(1, 1)],
        'RFM_SCORE: recency, row 2: 2 is not a date, but the first value of recency is; use dates in the whole column.',
      ],
      [
        [column(2, '2006-12-30'), column(1, 1), column(1, 1)],
        'RFM_SCORE: recency, row 2: "2006-12-30" is a date, but the first value of recency is a day count; use one kind in the whole column.',
      ],
      [
        [column('2006-12-30', '2006-13-01'), column(1, 1), column(1, 1)],
        `RFM_SCORE: recency, row 2: "2006-13-01" is not a date.${NOT_A_DATE_MDY}`,
      ],
      [
        [column('', 3), column(2, 1), column(1, 1)],
        'RFM_SCORE: recency, row 1: recency is blank, but frequency shows purchases; give the last purchase.',
      ],
      [
        [[[1, 2]], column(1), column(1)],
        'RFM_SCORE: recency: the range has 2 columns; pass a single column.',
      ],
      [[column(1), column(1)], 'RFM_SCORE: monetary: this argument is required.'],
      [
        [1, 1, 1, 5, '', '', '', '', 'en', 'x'],
        'RFM_SCORE: too many arguments; it takes at most 9.',
      ],
    ])('%#: %s', (args, message) => {
      expect(thrownMessage(() => RFM_SCORE(...args))).toBe(message);
    });

    it('names the latest purchase, by its cell, when as_of comes before it', () => {
      const dates = column(shanghaiDate('2006-05-01'), shanghaiDate('2006-12-30'));
      const early = () =>
        RFM_SCORE(dates, column(1, 1), column(1, 1), 5, shanghaiDate('2006-12-01'));
      // without the formula's text, the row within recency's range
      expect(thrownMessage(early)).toBe(
        'RFM_SCORE: recency, row 2: this purchase, on 12/30/2006, is after as_of (12/1/2006); give an as_of date on or after the latest purchase, or leave it out.',
      );
      // with it, the sheet cell: the range starts on row 2, so its second row is row 3
      sheet.current.activeCell.formula = '=RFM_SCORE(B2:B3, C2:C3, D2:D3, 5, DATE(2006, 12, 1))';
      expect(thrownMessage(early)).toBe(
        'RFM_SCORE: recency, cell B3: this purchase, on 12/30/2006, is after as_of (12/1/2006); give an as_of date on or after the latest purchase, or leave it out.',
      );
      expect(
        thrownMessage(() =>
          RFM_SCORE(dates, column(1, 1), column(1, 1), 5, shanghaiDate('2006-12-01'), 'zh'),
        ),
      ).toBe(
        'RFM_SCORE：参数 recency 单元格 B3：此次购买（12/30/2006）晚于 as_of（12/1/2006）；请让 as_of 不早于最近一次购买，或省略 as_of。',
      );
    });

    it('names as_of when recency holds day counts, and there is no date to count from', () => {
      expect(
        thrownMessage(() => RFM_SCORE(column(3, 5), column(1, 1), column(1, 1), 5, '2006-12-01')),
      ).toBe(
        'RFM_SCORE: as_of: recency holds day counts, so there is no date to count from; leave as_of out or give recency as purchase dates.',
      );
    });

    it('speaks Chinese in a Chinese spreadsheet', () => {
      sheet.use('zh_CN');
      expect(thrownMessage(() => RFM_SCORE(column(1, 2), column(1, 'abc'), column(1, 2)))).toBe(
        'RFM_SCORE：参数 frequency 第 2 行：“abc” 不是数字。',
      );
      expect(thrownMessage(() => RFM_SCORE(column(1), column(1), column(1), 12))).toBe(
        'RFM_SCORE：参数 bins：12 无效，请使用2 到 9 之间的整数。',
      );
    });
  });
});

describe('RFM_SCORE on money in more than one currency', () => {
  const recency = column('days', 1, 2, 3, 4);
  const frequency = column('orders', 1, 1, 1, 1);

  it('accepts plain numbers beside one currency', () => {
    expect(RFM_SCORE(recency, frequency, column('spent', 32, '¥36', '116元', 99))).toHaveLength(5);
  });

  it('refuses a second currency, naming both cells and their values', () => {
    sheet.current.activeCell.formula = '=RFM_SCORE(B1:B5, C1:C5, D1:D5)';
    const monetary = column('spent', 32, '€36', '¥116', '£99');
    expect(thrownMessage(() => RFM_SCORE(recency, frequency, monetary))).toBe(
      'RFM_SCORE: monetary, cell D4: "¥116" is in a different currency from "€36" in cell D3; amounts in different currencies cannot be added up. Convert them to one currency first (plain numbers beside one currency are fine).',
    );
    expect(thrownMessage(() => RFM_SCORE(recency, frequency, monetary, 5, '', 'zh'))).toBe(
      'RFM_SCORE：参数 monetary 单元格 D4：“¥116” 与 “€36”（单元格 D3）币种不同；不同币种的金额不能相加。请先换算成同一币种（不带货币符号的数字与一种货币并存没有问题）。',
    );
  });
});

describe("RFM_SCORE at the user's own breaks", () => {
  const recency = column(5, 30, 31, 90, 200, 365, 400, 0, 1000);
  const frequency = column(1, 2, 3, 4, 5, 8, 9, 16, 17);
  const monetary = column(50, 100, 100.5, 1000, 5000, 0, '¥20', 999.99, '1,000.01');

  it('scores each measure by its breaks, given as array literals, as a hand count does', () => {
    const codes = RFM_SCORE(
      recency,
      frequency,
      monetary,
      '',
      '',
      [[30, 90, 180, 365]],
      [[2, 4, 8, 16]],
      [[100, 1000]],
    );
    expect(firstCells(codes)).toEqual([511, 411, 422, 322, 233, 131, 141, 542, 153]);
  });

  it('reads breaks from a range, skipping blank cells, and cuts the other measures at quantiles', () => {
    const byRange = RFM_SCORE(
      recency,
      frequency,
      monetary,
      3,
      '',
      column(30, 90, '', 180, '365', ''),
    );
    const byLiteral = RFM_SCORE(recency, frequency, monetary, 3, '', [[30, 90, 180, 365]]);
    expect(byRange).toEqual(byLiteral);
    expect(firstCells(byRange).map((code) => Math.floor((code as number) / 100))).toEqual([
      5, 4, 4, 3, 2, 1, 1, 5, 1,
    ]);
    // F and M on three quantile levels
    expect(firstCells(byRange).map((code) => (code as number) % 100)).toEqual(
      firstCells(RFM_SCORE(recency, frequency, monetary, 3)).map((code) => (code as number) % 100),
    );
  });

  it('takes a trailing language after the breaks', () => {
    expect(RFM_SCORE(recency, frequency, monetary, '', '', [[30]], '', '', 'zh')).toEqual(
      RFM_SCORE(recency, frequency, monetary, '', '', [[30]]),
    );
  });

  it('refuses breaks out of order or repeated, naming the cell of a range', () => {
    sheet.current.activeCell.formula = '=RFM_SCORE(B2:B10, C2:C10, D2:D10, , , G2:G5)';
    const breaks = column(30, 90, 60, 365);
    expect(thrownMessage(() => RFM_SCORE(recency, frequency, monetary, '', '', breaks))).toBe(
      'RFM_SCORE: recency_breaks, cell G4: 60 is not above the break before it, 90; give the breaks from lowest to highest, each once (recency in days, too: 30, 90, 180, 365).',
    );
    expect(
      thrownMessage(() => RFM_SCORE(recency, frequency, monetary, '', '', breaks, '', '', 'zh')),
    ).toBe(
      'RFM_SCORE：参数 recency_breaks 单元格 G4：60 不大于前一个分界点 90；请从小到大给出分界点，每个只给一次（recency 也按天数从小到大，如 30、90、180、365）。',
    );
  });

  it('names the place in an array literal, where there is no cell', () => {
    sheet.current.activeCell.formula = '=RFM_SCORE(B2:B10, C2:C10, D2:D10, , , , {2, 4, 4, 8})';
    expect(
      thrownMessage(() => RFM_SCORE(recency, frequency, monetary, '', '', '', [[2, 4, 4, 8]])),
    ).toBe(
      'RFM_SCORE: frequency_breaks, value 3: 4 is not above the break before it, 4; give the breaks from lowest to highest, each once (recency in days, too: 30, 90, 180, 365).',
    );
    expect(
      thrownMessage(() =>
        RFM_SCORE(recency, frequency, monetary, '', '', '', [[2, 'many']], '', 'zh'),
      ),
    ).toBe('RFM_SCORE：参数 frequency_breaks 第 2 个值：“many” 不是数字。');
  });

  it('refuses a break that is not a number, and more breaks than the bins allow, at the cell', () => {
    sheet.current.activeCell.formula = '=RFM_SCORE(B2:B10, C2:C10, D2:D10, , , , , H1:P1)';
    expect(
      thrownMessage(() => RFM_SCORE(recency, frequency, monetary, '', '', '', '', [[100, '#N/A']])),
    ).toBe(
      'RFM_SCORE: monetary_breaks, cell I1: the cell holds the error "#N/A"; fix it or leave the cell blank.',
    );
    const nine = [[1, 2, 3, 4, 5, 6, 7, 8, 9]];
    expect(thrownMessage(() => RFM_SCORE(recency, frequency, monetary, '', '', '', '', nine))).toBe(
      'RFM_SCORE: monetary_breaks, cell P1: 9 is break 9 of 9; a measure takes at most 8 breaks, which make 9 score levels (2 to 9, as bins).',
    );
    expect(
      thrownMessage(() => RFM_SCORE(recency, frequency, monetary, '', '', '', '', nine, 'zh')),
    ).toBe(
      'RFM_SCORE：参数 monetary_breaks 单元格 P1：9 是第 9 个分界点（共 9 个）；每项最多 8 个分界点，即 9 个评分等级（与 bins 一样为 2 到 9）。',
    );
  });
});
