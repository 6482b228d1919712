/**
 * A customer table's first and last purchase dates as the lifecycle and churn-risk runs read
 * them: a buyer's blank first purchase is refused naming its cell, a customer without an order
 * needs none, and an as-of date before the latest purchase is refused.
 */
import { describe, expect, it } from 'vitest';
import type { CellValue } from '../../../dev/spreadsheet-fake/cell-input';
import type { ClassifySettings } from '../../../src/addon/sidebar/api';
import { DEFAULT_OPTIONS } from '../../../src/addon/sidebar/survey';
import { sidebarClassify } from '../../helpers/sidebar-calls';
import { shanghaiDay } from '../../helpers/sidebar-sheets';
import { useWorkbooks } from '../../helpers/spreadsheet';

const open = useWorkbooks();

const LIFECYCLE: ClassifySettings = {
  headerRow: 1,
  shape: 'customers',
  roles: [
    { index: 0, role: 'customer' },
    { index: 1, role: 'first-purchase' },
    { index: 2, role: 'last-purchase' },
    { index: 3, role: 'frequency' },
    { index: 4, role: 'monetary' },
  ],
  model: 'lifecycle',
  options: DEFAULT_OPTIONS,
};

const table = (second: CellValue[]): CellValue[][] => [
  ['Customer', 'First order', 'Last order', 'Orders', 'Spent'],
  ['Ann', shanghaiDay('2024-01-05'), shanghaiDay('2024-06-01'), 4, 120],
  second,
];

const stages = () =>
  SpreadsheetApp.getActiveSheet()
    .getRange(2, 6, 2, 1)
    .getValues()
    .map(([stage]) => stage);

describe('readPurchaseDates', () => {
  it('refuses a buyer’s blank first purchase, naming the cell', () => {
    open([{ name: 'Customers', values: table(['Bo', '', shanghaiDay('2024-05-01'), 2, 40]) }]);
    expect(() => sidebarClassify(LIFECYCLE)).toThrow(/"First order" \(B\), cell B3/);
  });

  it('needs no dates of a customer without an order: a prospect', () => {
    open([{ name: 'Customers', values: table(['Bo', '', '', 0, 0]) }]);
    sidebarClassify(LIFECYCLE);
    expect(stages()).toEqual(['Active', 'Prospects']);
  });

  it('refuses an as-of date before the latest purchase', () => {
    open([{ name: 'Customers', values: table(['Bo', '', '', 0, 0]) }]);
    const earlier = { ...LIFECYCLE, options: { ...DEFAULT_OPTIONS, asOf: '2024-05-01' } };
    expect(() => sidebarClassify(earlier)).toThrow(
      /column "Last order" \(C\), cell C2: .* after the As of date 5\/1\/2024/,
    );
  });
});
