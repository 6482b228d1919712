/**
 * This file defines the tests of the as-of date: by default the latest purchase; before it, an
 * error placed at that purchase's cell — in a formula the argument and the cell (or the row of its
 * range), in the sidebar the sheet column's header and letter and the sheet cell, never an
 * argument's name — and where recency holds day counts, no as-of date at all. In both languages.
 */
import { describe, expect, it } from 'vitest';
import type { CellValue } from '../../dev/spreadsheet-fake/cell-input';
import { snapshot } from '../../dev/spreadsheet-fake/snapshot';
import { asOfDay, assertNoAsOfForDayCounts } from '../../src/addon/as-of';
import { CellColumn } from '../../src/addon/columns';
import { InputError } from '../../src/addon/input-error';
import type { SheetSettings } from '../../src/addon/sheet-settings';
import type { ClassifySettings } from '../../src/addon/sidebar/api';
import { civilDayFromDate } from '../../src/core/civil-day';
import { CUSTOMER_TABLE_TIERS } from '../helpers/classify-settings';
import { thrownMessage } from '../helpers/ranges';
import { sidebarClassify } from '../helpers/sidebar-calls';
import { shanghaiDay } from '../helpers/sidebar-sheets';
import { useWorkbooks } from '../helpers/spreadsheet';

const sheet = { zoneOffset: () => 0, dayFirst: false } as unknown as SheetSettings;
const day = (iso: string) => {
  const [year, month, date] = iso.split('-').map(Number) as [number, number, number];
  return civilDayFromDate(year, month, date) as number;
};

function thrown(run: () => unknown): InputError {
  try {
    run();
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error('nothing thrown');
}

describe('asOfDay', () => {
  const latest = { day: day('2024-05-20'), argument: 'recency', row: 2 };

  it('is the latest purchase when left out, and the date given otherwise', () => {
    expect(asOfDay('', latest, sheet)).toBe(day('2024-05-20'));
    expect(asOfDay('2024-06-01', latest, sheet)).toBe(day('2024-06-01'));
    expect(asOfDay('2024-05-20', latest, sheet)).toBe(day('2024-05-20'));
  });

  it('before the latest purchase, places the error at its row of the argument', () => {
    const error = thrown(() => asOfDay('2024-05-01', latest, sheet));
    expect(error.problem).toEqual({
      kind: 'as-of-before-purchase',
      asOfDay: day('2024-05-01'),
      purchaseDay: day('2024-05-20'),
    });
    // the 0-based row 2 is the range's third row
    expect(error.place).toEqual({ argument: 'recency', row: 3 });
  });

  it('in a sheet column, at its sheet cell', () => {
    const rows = [['Last purchase'], ['x'], ['x'], ['x']];
    const place = { header: 'Last purchase', column: 2, firstRow: 2 };
    const column = CellColumn.inSheet('recency', rows, place);
    const error = thrown(() => asOfDay('2024-05-01', { ...latest, column }, sheet));
    expect(error.place).toEqual({ argument: 'recency', sheetColumn: place, row: 3 });
  });
});

describe('assertNoAsOfForDayCounts', () => {
  it('lets a blank as-of pass, and names as_of in a formula', () => {
    const days = CellColumn.of({ argument: 'recency', value: [[3], [5]] });
    expect(() => assertNoAsOfForDayCounts('', days)).not.toThrow();
    expect(thrown(() => assertNoAsOfForDayCounts('2024-05-01', days)).place).toEqual({
      argument: 'as_of',
      value: '2024-05-01',
    });
  });

  it('names the day-count column in the sidebar', () => {
    const place = { header: 'Days since', column: 2, firstRow: 2 };
    const days = CellColumn.inSheet('recency', [['Days since'], [3]], place);
    expect(thrown(() => assertNoAsOfForDayCounts('2024-05-01', days)).place).toEqual({
      argument: 'recency',
      sheetColumn: place,
    });
  });
});

describe('in the sidebar, an as-of date before a purchase', () => {
  const open = useWorkbooks();
  const customers: CellValue[][] = [
    ['Customer', 'Revenue', 'Last purchase', 'Orders'],
    ['ann', 10, shanghaiDay('2024-03-01'), 2],
    ['bob', 20, shanghaiDay('2024-05-20'), 1],
    ['cy', 5, shanghaiDay('2024-04-01'), 3],
  ];
  const asOf = (date: string): ClassifySettings => ({
    ...CUSTOMER_TABLE_TIERS,
    options: { ...CUSTOMER_TABLE_TIERS.options, asOf: date },
  });

  it('names the column by its header and letter and the latest purchase’s cell, writing nothing', () => {
    open([{ name: 'Customers', values: customers }]);
    const before = snapshot(SpreadsheetApp.getActiveSpreadsheet());
    expect(thrownMessage(() => sidebarClassify(asOf('2024-05-01')))).toBe(
      'Customer Tiers: column "Last purchase" (C), cell C3: this purchase, on 5/20/2024, is after the As of date 5/1/2024; choose an As of date on or after the latest purchase, or leave it blank.',
    );
    expect(snapshot(SpreadsheetApp.getActiveSpreadsheet())).toEqual(before);
  });

  it('says so in Chinese, with the form’s word for the date', () => {
    const chinese = customers.map((row, i) =>
      i === 0 ? ['客户', '金额', '最近购买', '订单数'] : row,
    );
    open([{ name: '客户', values: chinese }], 'zh_CN');
    expect(thrownMessage(() => sidebarClassify(asOf('2024-05-01')))).toBe(
      'Customer Tiers：“最近购买”列（C）单元格 C3：此次购买（2024-05-20）晚于截至日期 2024-05-01；请选择不早于最近一次购买的截至日期，或留空。',
    );
  });

  it('classifies as of the latest purchase or later', () => {
    open([{ name: 'Customers', values: customers }]);
    expect(sidebarClassify(asOf('2024-05-20')).customers).toBe(3);
  });

  it('names the column of day counts when there is no date to count from', () => {
    const days = customers.map((row, i) => [
      row[0],
      row[1],
      i === 0 ? 'Days since' : [80, 0, 49][i - 1],
      row[3],
    ]) as CellValue[][];
    open([{ name: 'Customers', values: days }]);
    const settings: ClassifySettings = {
      ...asOf('2024-05-01'),
      roles: CUSTOMER_TABLE_TIERS.roles.map((mapping) =>
        mapping.role === 'last-purchase' ? { ...mapping, role: 'recency-days' } : mapping,
      ),
    };
    expect(thrownMessage(() => sidebarClassify(settings))).toBe(
      'Customer Tiers: column "Days since" (C): the column holds days since the last purchase, not dates, so there is no date to count to the As of date from; leave As of blank, or choose a column of last purchase dates.',
    );
  });
});
