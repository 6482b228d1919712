/**
 * This file defines the tests of Re-segment: it runs the last run's settings with each column
 * found again by its header, keeps a column at its saved place when two share a header, and
 * otherwise says why it cannot (never classified, settings unreadable, a column gone, ambiguous,
 * or on a sheet without headers moved), asking the sidebar to reopen the mapping.
 */
import { describe, expect, it } from 'vitest';
import type { CellValue } from '../../../dev/spreadsheet-fake/cell-input';
import { snapshot } from '../../../dev/spreadsheet-fake/snapshot';
import { sidebarClassify, sidebarResegment } from '../../../src/addon/sidebar/endpoints';
import { CUSTOMER_DATE_AMOUNT_TIERS } from '../../helpers/classify-settings';
import { activeTarget } from '../../helpers/sidebar-calls';
import { activeSpreadsheet, sheetNamed, useWorkbooks } from '../../helpers/spreadsheet';

const open = useWorkbooks();

const orderLog: CellValue[][] = [
  ['Customer', 'Date', 'Amount'],
  ['ann', '2024-03-01', 12],
  ['bob', '2024-03-02', 30],
  ['ann', '2024-03-05', 8],
];

describe('Re-segment finds the columns again, or says why not', () => {
  it('says a sheet never classified has no settings, and reopens nothing', () => {
    open([{ name: 'Orders', values: orderLog }]);
    expect(sidebarResegment(activeTarget())).toEqual({
      ok: false,
      message: 'This sheet has not been classified yet: choose the columns and press Classify.',
      remap: false,
    });
  });

  it('finds a column moved since the last run by its header, and gives the same result', () => {
    open([{ name: 'Orders', values: orderLog }]);
    const first = sidebarClassify({ ...activeTarget(), settings: CUSTOMER_DATE_AMOUNT_TIERS });
    sheetNamed('Orders').insertColumnsBefore(1, 1);
    const again = sidebarResegment(activeTarget());
    expect(again.ok && again.value.legend).toEqual(first.ok && first.value.legend);
    expect(sheetNamed('Orders').getRange('E1').getValue()).toBe('Tier');
  });

  it('says the settings are unreadable, not "not classified yet", when they were corrupted', () => {
    const workbook = open([{ name: 'Orders', values: orderLog }]);
    sidebarClassify({ ...activeTarget(), settings: CUSTOMER_DATE_AMOUNT_TIERS });
    const id = sheetNamed('Orders').getSheetId();
    workbook.properties.document.set(`customer-tiers.settings.${id}`, '{"shape":"pie"}');
    expect(sidebarResegment(activeTarget())).toEqual({
      ok: false,
      message:
        "This sheet's saved settings can't be read (changed by hand or by another version); check the columns and classify again.",
      remap: true,
    });
  });

  it('says a column renamed since the last run is gone, in Chinese too', () => {
    open([{ name: 'Orders', values: orderLog }], 'zh_CN');
    sidebarClassify({ ...activeTarget(), settings: CUSTOMER_DATE_AMOUNT_TIERS });
    sheetNamed('Orders').getRange('C1').setValue('Total');
    expect(sidebarResegment(activeTarget())).toEqual({
      ok: false,
      message: '自上次运行以来，“Amount”列已被删除或改名；请检查列设置后重新分层。',
      remap: true,
    });
  });

  it('refuses when two columns now share the saved header and neither is at its place', () => {
    const values = orderLog.map((row) => [...row, row === orderLog[0] ? 'Amount' : 1]);
    open([{ name: 'Orders', values }]);
    sidebarClassify({ ...activeTarget(), settings: CUSTOMER_DATE_AMOUNT_TIERS });
    sheetNamed('Orders').insertColumnsBefore(1, 1);
    expect(sidebarResegment(activeTarget())).toEqual({
      ok: false,
      message: 'Several columns are named "Amount" now; check which one to use and classify again.',
      remap: true,
    });
  });

  it('keeps the column at its saved place when another column has the same header', () => {
    const values = orderLog.map((row) => [...row, row === orderLog[0] ? 'Amount' : 1]);
    open([{ name: 'Orders', values }]);
    const first = sidebarClassify({ ...activeTarget(), settings: CUSTOMER_DATE_AMOUNT_TIERS });
    const again = sidebarResegment(activeTarget());
    if (!again.ok) throw new Error(again.message);
    // the same result, and every customer where they were (the matrix's diagonal)
    const { migration, ...result } = again.value;
    expect({ ok: true, value: result }).toEqual(first);
    const cells = migration?.counts.flatMap((row, from) => row.map((n, to) => ({ n, from, to })));
    const off = cells?.filter(({ from, to }) => from !== to).reduce((sum, { n }) => sum + n, 0);
    const on = cells?.filter(({ from, to }) => from === to).reduce((sum, { n }) => sum + n, 0);
    expect([on, off, migration?.alerts]).toEqual([first.ok && first.value.customers, 0, 0]);
  });

  it('refuses on a sheet without headers when a column was deleted since the last run', () => {
    const body = orderLog.slice(1).map((row) => [...row, 'note']);
    open([{ name: 'Orders', values: body }]);
    const settings = { ...CUSTOMER_DATE_AMOUNT_TIERS, headerRow: null };
    expect(sidebarClassify({ ...activeTarget(), settings }).ok).toBe(true);
    sheetNamed('Orders').deleteColumn(1);
    const before = snapshot(activeSpreadsheet());
    expect(sidebarResegment(activeTarget())).toEqual({
      ok: false,
      message:
        'Columns were inserted or deleted since the last run, and this sheet has no header row to find them by; check the columns and classify again.',
      remap: true,
    });
    expect(snapshot(activeSpreadsheet())).toEqual(before);
  });
});
