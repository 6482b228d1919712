/**
 * This file defines the tests of a sheet's layout fingerprint: it covers the user's columns down
 * to the header row (the first row without one), so a renamed header, an inserted or deleted
 * column changes it, while the add-on's own columns and the values below the header row do not.
 */
import { describe, expect, it } from 'vitest';
import type { CellValue } from '../../../dev/spreadsheet-fake/cell-input';
import { sidebarClassify } from '../../../src/addon/sidebar/endpoints';
import { currentLayout, layoutOf } from '../../../src/addon/sidebar/sheet-layout';
import { readSheetTable } from '../../../src/addon/sidebar/sheet-table';
import { CUSTOMER_DATE_AMOUNT_TIERS } from '../../helpers/classify-settings';
import { activeTarget } from '../../helpers/sidebar-calls';
import { useWorkbooks } from '../../helpers/spreadsheet';

const open = useWorkbooks();
const sheet = () => SpreadsheetApp.getActiveSheet();

const orderLog: CellValue[][] = [
  ['Customer', 'Date', 'Amount'],
  ['ann', '2024-03-01', 12],
  ['bob', '2024-03-02', 30],
  ['ann', '2024-03-05', 8],
];

/** The layout of the active sheet's first rows, as a survey with that header row makes it. */
const layoutNow = (rows = 1) => layoutOf(readSheetTable(sheet(), rows), rows);

describe('layoutOf', () => {
  it('names the rows it covers, and is the same for the same sheet', () => {
    open([{ name: 'Orders', values: orderLog }]);
    expect(layoutNow()).toMatch(/^1:[0-9a-f]{16}$/);
    expect(layoutNow(3)).toMatch(/^3:/);
    expect(layoutNow()).toBe(layoutNow());
  });

  it('changes when a header is renamed, a column inserted or one deleted', () => {
    open([{ name: 'Orders', values: orderLog }]);
    const layouts = new Set([layoutNow()]);
    sheet().getRange('C1').setValue('Total');
    layouts.add(layoutNow());
    sheet().insertColumnsBefore(1, 1);
    layouts.add(layoutNow());
    sheet().deleteColumn(3);
    layouts.add(layoutNow());
    expect(layouts.size).toBe(4);
  });

  it('tells a date header from its text, and a blank from a missing cell', () => {
    open([{ name: 'Orders', values: [['Customer', new Date('2024-03-01T00:00:00Z'), '']] }]);
    const withDate = layoutNow();
    sheet()
      .getRange('B1')
      .setValue(String(new Date('2024-03-01T00:00:00Z')));
    expect(layoutNow()).not.toBe(withDate);
  });

  it('leaves out the add-on’s columns: Classify appending its own keeps the user’s layout', () => {
    open([{ name: 'Orders', values: orderLog }]);
    const before = layoutNow();
    const outcome = sidebarClassify({ ...activeTarget(), settings: CUSTOMER_DATE_AMOUNT_TIERS });
    expect(outcome.ok).toBe(true);
    expect(sheet().getRange('D1').getValue()).toBe('Tier');
    expect(layoutNow()).toBe(before);
    expect(outcome.ok && outcome.value.layout).toBe(before);
  });

  it('covers the first row of a sheet without headers: a changed value there changes it', () => {
    open([{ name: 'Orders', values: orderLog.slice(1) }]);
    const before = layoutNow();
    sheet().getRange('C1').setValue(13);
    expect(layoutNow()).not.toBe(before);
  });
});

describe('currentLayout', () => {
  it('reads as many rows as the layout covers', () => {
    open([{ name: 'Orders', values: [['Orders of March', '', ''], ...orderLog] }]);
    const twoRows = layoutNow(2);
    expect(currentLayout(sheet(), twoRows)).toBe(twoRows);
    // a value in row 3, below the header row of row 2, is not covered
    sheet().getRange('C3').setValue(300);
    expect(currentLayout(sheet(), twoRows)).toBe(twoRows);
    sheet().getRange('A2').setValue('Client');
    expect(currentLayout(sheet(), twoRows)).not.toBe(twoRows);
  });

  it('lets a request through after a changed value below the header row', () => {
    open([{ name: 'Orders', values: orderLog }]);
    const target = activeTarget();
    sheet().getRange('C3').setValue(300);
    const outcome = sidebarClassify({ ...target, settings: CUSTOMER_DATE_AMOUNT_TIERS });
    expect(outcome.ok && outcome.value.legend.map((entry) => entry.customers)).toEqual([
      1, 0, 1, 0,
    ]);
  });
});
