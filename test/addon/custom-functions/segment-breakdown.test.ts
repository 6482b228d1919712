/**
 * =SEGMENT_BREAKDOWN as a user types it: the table with totals, a revenue block under it, the
 * header of the segments column kept, Chinese totals, and bad amounts refused by cell.
 */
import { describe, expect, it } from 'vitest';
import { CUSTOMER_TIER } from '../../../src/addon/custom-functions/customer-tier';
import { SEGMENT_BREAKDOWN } from '../../../src/addon/custom-functions/segment-breakdown';
import { column, thrownMessage } from '../../helpers/ranges';
import { useFakeSpreadsheet } from '../../helpers/spreadsheet';

const sheet = useFakeSpreadsheet();

describe('SEGMENT_BREAKDOWN', () => {
  it('gives customers per segment and group with totals, then revenue', () => {
    const tiers = column('Tier', 'Regular', 'High value', 'Regular', '', 'Churned');
    const regions = column('Region', 'North', 'South', '', 'North', 'South');
    const amounts = column('Amount', 10, '¥500', 7.5, '', 3);
    expect(SEGMENT_BREAKDOWN(tiers, regions, amounts)).toEqual([
      ['Tier', 'North', 'South', '(blank)', 'Total'],
      ['High value', 0, 1, 0, 1],
      ['Regular', 1, 0, 1, 2],
      ['Churned', 0, 1, 0, 1],
      ['Total', 1, 2, 1, 4],
      ['', '', '', '', ''],
      ['Revenue', 'North', 'South', '(blank)', 'Total'],
      ['High value', 0, 500, 0, 500],
      ['Regular', 10, 0, 7.5, 17.5],
      ['Churned', 0, 3, 0, 3],
      ['Total', 10, 503, 7.5, 520.5],
    ]);
  });

  it('counts the labels CUSTOMER_TIER gives, in Chinese in a Chinese spreadsheet', () => {
    sheet.use('zh_CN');
    const tiers = CUSTOMER_TIER(
      column(5, 40, 400, 3),
      column(9, 2, 1, 12),
      column(900, 80, 20, 1500),
    );
    const regions = column('华东', '华北', '华东', '华北');
    const table = SEGMENT_BREAKDOWN(tiers, regions);
    expect(table[0]).toEqual(['客户细分', '华北', '华东', '合计']);
    expect(table.at(-1)).toEqual(['合计', 2, 2, 4]);
    const counted = table.slice(1, -1).map((row) => row[0]);
    expect(new Set(counted)).toEqual(new Set(tiers.map((row) => row[0])));
  });

  it('tells a header row from a first customer by the labels under it', () => {
    expect(SEGMENT_BREAKDOWN(column('Regular', 'Churned'), column('N', 'S'))[0]).toEqual([
      'Segment',
      'N',
      'S',
      'Total',
    ]);
    expect(SEGMENT_BREAKDOWN(column('Tier', 'Churned'), column('Region', 'S'))).toEqual([
      ['Tier', 'S', 'Total'],
      ['Churned', 1, 1],
      ['Total', 1, 1],
    ]);
  });

  it('shows date groups as days that sort in time, and numbers as numbers sort', () => {
    const months = column(new Date('2024-11-01T00:00:00Z'), new Date('2024-02-01T00:00:00Z'), 10);
    expect(SEGMENT_BREAKDOWN(column('Lost', 'Lost', 'Lost'), months)[0]).toEqual([
      'Segment',
      '10',
      '2024-02-01',
      '2024-11-01',
      'Total',
    ]);
  });

  it('refuses amounts it cannot add, naming the cell', () => {
    expect(
      thrownMessage(() => SEGMENT_BREAKDOWN(column('A', 'B'), column('x', 'y'), column(5, 'abc'))),
    ).toBe('SEGMENT_BREAKDOWN: amounts, row 2: "abc" is not a number.');
    expect(
      thrownMessage(() => SEGMENT_BREAKDOWN(column('A', 'B'), column('x', 'y'), column(5, ''))),
    ).toMatch(/^SEGMENT_BREAKDOWN: amounts, row 2: /);
    expect(
      thrownMessage(() =>
        SEGMENT_BREAKDOWN(column('A', 'B'), column('x', 'y'), column('€36', '¥116')),
      ),
    ).toMatch(/^SEGMENT_BREAKDOWN: amounts, row 2: "¥116" is in a different currency/);
  });
});
