import { describe, expect, it } from 'vitest';
import { RFM_TABLE } from '../../../src/addon/custom-functions/rfm-table';
import { NOT_A_DATE_MDY } from '../../helpers/messages';
import { column, thrownMessage } from '../../helpers/ranges';
import { useFakeSpreadsheet } from '../../helpers/spreadsheet';

const sheet = useFakeSpreadsheet();

describe('RFM_TABLE', () => {
  const customers = column('ann', 'bob', ' ann ', '', 'ann', '', '');
  const dates = column(
    '2024-03-01',
    '2024-02-01',
    '2024-03-05',
    '2024-03-06',
    '2024-03-09',
    '',
    '',
  );
  const amounts = column('¥100', 50, 30, 9, -40, '', '');

  it('summarizes each customer under a header, skipping rows without one into a note', () => {
    const table = RFM_TABLE(customers, dates, amounts, '2024-03-10', '', 'en');
    expect(table).toHaveLength(4);
    expect(table[1]?.filter((_, i) => i !== 1)).toEqual([
      'ann',
      5,
      2,
      90,
      5,
      5,
      5,
      555,
      'Champions',
      'High value',
    ]);
    expect(table[2]?.filter((_, i) => i !== 1)).toEqual([
      'bob',
      38,
      1,
      50,
      1,
      1,
      1,
      111,
      'Lost',
      'Regular',
    ]);
    expect(table[3]?.[0]).toBe('Note: 1 row without a customer skipped.');
  });

  it('heads every column: the header, each customer and the note are equally wide', () => {
    const table = RFM_TABLE(customers, dates, amounts, '2024-03-10', '', 'en');
    const header = table[0] ?? [];
    expect(header.every((heading) => typeof heading === 'string' && heading !== '')).toBe(true);
    for (const row of table) expect(row).toHaveLength(header.length);
  });

  it('defaults as_of to the latest purchase', () => {
    const table = RFM_TABLE(customers, dates, amounts);
    expect(table[1]?.[2]).toBe(0);
  });

  it('writes the header and note in Chinese for a Chinese spreadsheet', () => {
    sheet.use('zh_CN');
    const table = RFM_TABLE(customers, dates, amounts);
    expect(table[0]?.slice(0, 3)).toEqual(['客户', '最近购买日期', '最近一次消费（天）']);
    expect(table[1]?.slice(9)).toEqual(['冠军客户', '高价值客户']);
    expect(table[3]?.[0]).toBe('注：已跳过 1 行没有客户的记录。');
  });

  it('reads date serial numbers and Chinese dates', () => {
    const table = RFM_TABLE(
      column('a', 'a'),
      column(45352, '2024年3月5日'),
      column(1, 1),
      '2024-03-10',
    );
    expect(table[1]?.slice(2, 4)).toEqual([5, 2]);
  });

  it('counts a paying line with a blank order id as an order of its own', () => {
    const table = RFM_TABLE(
      column('张三', '李四', '张三', '王五'),
      column('2024-03-01', '2024-03-05', '2024-04-01', '2024-04-02'),
      column(100, 200, -50, 300),
      '2024-04-02',
      column('A1', '', 'A3', 'A4'),
      'zh',
    );
    const lisi = table.find((row) => row[0] === '李四');
    expect(lisi?.slice(2, 5)).toEqual([28, 1, 200]);
    expect(lisi?.[10]).not.toBe('潜在客户');
    expect(table.find((row) => row[0] === '张三')?.slice(3, 5)).toEqual([1, 50]);
  });

  it('classifies as of a past day by leaving the later order lines out, and says so', () => {
    const table = RFM_TABLE(customers, dates, amounts, '2024-03-04', '', 'en');
    // ann's purchases of 3/5 and 3/9 and her return are later: she is as she was on 3/4
    expect(table.map((row) => row.filter((_, i) => i !== 1))).toEqual([
      expect.any(Array),
      ['ann', 3, 1, 100, 5, 3, 5, 535, 'Loyal Customers', 'High value'],
      ['bob', 32, 1, 50, 1, 3, 1, 131, 'Others', 'Regular'],
      ['Note: 1 row without a customer skipped.', ...Array(9).fill('')],
      [
        'Note: 2 order lines after the as-of date 3/4/2024 left out: customers as they were on that day.',
        ...Array(9).fill(''),
      ],
    ]);
    expect(RFM_TABLE(customers, dates, amounts, '2024-03-04', '', 'zh').at(-1)?.[0]).toBe(
      '注：已略去 2 行晚于截止日期 3/4/2024 的订单记录，客户按当日的情况分层。',
    );
  });

  it('leaves out a customer whose first order is after the as-of day', () => {
    const table = RFM_TABLE(
      column('a', 'b'),
      column('2024-01-01', '2024-02-01'),
      column(1, 1),
      '2024-01-15',
      '',
      'en',
    );
    expect(table.slice(1, -1).map((row) => row[0])).toEqual(['a']);
    expect(table.at(-1)?.[0]).toBe(
      'Note: 1 order line after the as-of date 1/15/2024 left out: customers as they were on that day.',
    );
  });

  it('gives a header alone for an empty log', () => {
    expect(RFM_TABLE(column('', ''), column('', ''), column('', ''))).toHaveLength(1);
  });

  it.each([
    [[column('a'), column(''), column(1)], 'RFM_TABLE: dates, row 1: this value is required.'],
    [
      [column('a'), column('soon'), column(1)],
      `RFM_TABLE: dates, row 1: "soon" is not a date.${NOT_A_DATE_MDY}`,
    ],
    [
      [column('a'), column('2024-01-01'), column('#N/A')],
      'RFM_TABLE: amounts, row 1: the cell holds the error "#N/A"; fix it or leave the cell blank.',
    ],
    [
      [
        column('a', 'b', 'c', 'd'),
        column(...Array(4).fill('2024-01-01')),
        column(32, '€36', '¥116', '£99'),
      ],
      'RFM_TABLE: amounts, row 3: "¥116" is in a different currency from "€36" in row 2; amounts in different currencies cannot be added up. Convert them to one currency first (plain numbers beside one currency are fine).',
    ],
    [
      [column('a', 'b'), column('2024-01-01'), column(1, 1)],
      'RFM_TABLE: customers, row 2: "b" lies past the 1 row of dates; make the ranges the same size.',
    ],
  ])('%#: %s', (args, message) => {
    expect(thrownMessage(() => RFM_TABLE(...args))).toBe(message);
  });

  it('shows the same date cell for customers whose last purchase was on the same day', () => {
    // one Date per day, not per customer: a million-row log has 130,000 customers and a few
    // hundred days
    const table = RFM_TABLE(
      column('ann', 'bob', 'cy'),
      column('2024-03-01', '2024-03-01', '2024-03-02'),
      column(10, 20, 30),
      '2024-03-10',
      '',
      'en',
    );
    const [ann, bob, cy] = [table[1]?.[1], table[2]?.[1], table[3]?.[1]];
    expect(ann).toBeInstanceOf(Date);
    expect(bob).toBe(ann);
    expect(cy).not.toBe(ann);
    expect((cy as Date).getTime() - (ann as Date).getTime()).toBe(86_400_000);
  });
});

describe("RFM_TABLE at the user's own breaks", () => {
  const customers = column('ann', 'bob', 'ann');
  const dates = column('2024-03-01', '2024-02-01', '2024-03-09');
  const amounts = column(40, 50, 50);

  it('scores by the breaks, and finds segments on each measure by its own levels', () => {
    const table = RFM_TABLE(
      customers,
      dates,
      amounts,
      '2024-03-10',
      '',
      [[30, 90, 180, 365]],
      [[1]],
      [[60, 100]],
      'en',
    );
    // ann: 1 day, 2 orders, 90; bob: 38 days, 1 order, 50
    expect(table[1]?.slice(2, 9)).toEqual([1, 2, 90, 5, 2, 2, 522]);
    expect(table[2]?.slice(2, 9)).toEqual([38, 1, 50, 4, 1, 1, 411]);
    // F 2 of 2 levels reads as 4, M 2 of 3 as 3: Loyal; bob (4, 2, 1) is a Potential Loyalist
    expect(table[1]?.[9]).toBe('Loyal Customers');
    expect(table[2]?.[9]).toBe('Potential Loyalist');
  });

  it('refuses breaks out of order, naming the argument and place', () => {
    expect(thrownMessage(() => RFM_TABLE(customers, dates, amounts, '', '', '', [[4, 2]]))).toBe(
      'RFM_TABLE: frequency_breaks, value 2: 2 is not above the break before it, 4; give the breaks from lowest to highest, each once (recency in days, too: 30, 90, 180, 365).',
    );
  });
});
