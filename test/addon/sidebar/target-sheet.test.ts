/**
 * This file defines the tests of how a request finds its sheet: by the id the sidebar showed,
 * never the active sheet, and only while its columns are as the sidebar's survey saw them; a
 * sheet deleted or changed since is refused, changing nothing, and the sidebar asked to look again.
 */
import { describe, expect, it } from 'vitest';
import type { CellValue } from '../../../dev/spreadsheet-fake/cell-input';
import { snapshot } from '../../../dev/spreadsheet-fake/snapshot';
import {
  sidebarClassify,
  sidebarClear,
  sidebarResegment,
} from '../../../src/addon/sidebar/endpoints';
import { SidebarError } from '../../../src/addon/sidebar/sidebar-messages';
import { targetSheet } from '../../../src/addon/sidebar/target-sheet';
import { CUSTOMER_TABLE_TIERS } from '../../helpers/classify-settings';
import { activeTarget } from '../../helpers/sidebar-calls';
import { customerTableValues } from '../../helpers/sidebar-sheets';
import { activeSpreadsheet, sheetNamed, useWorkbooks } from '../../helpers/spreadsheet';

const open = useWorkbooks();

const orderLog: CellValue[][] = [
  ['Customer', 'Date', 'Amount'],
  ['ann', '2024-03-01', 12],
  ['bob', '2024-03-02', 30],
];

/** The SidebarError a call throws. */
function refusal(run: () => unknown): SidebarError {
  try {
    run();
  } catch (error) {
    if (error instanceof SidebarError) return error;
    throw error;
  }
  throw new Error('nothing thrown');
}

describe('targetSheet', () => {
  it('finds the sheet by its id, whichever sheet is active', () => {
    open([
      { name: 'Customers', values: customerTableValues(3) },
      { name: 'Orders', values: orderLog },
    ]);
    const target = activeTarget();
    activeSpreadsheet().setActiveSheet(sheetNamed('Orders'));
    expect(targetSheet(target, 'en').getName()).toBe('Customers');
    // Clear names no layout: its sheet is found by id alone
    sheetNamed('Customers').deleteColumn(2);
    expect(targetSheet({ sheetId: target.sheetId }, 'en').getName()).toBe('Customers');
  });

  it('says the sheet is gone, and asks the sidebar to look again', () => {
    open([{ name: 'Orders', values: orderLog }]);
    const error = refusal(() => targetSheet({ sheetId: 424242, layout: '1:x' }, 'zh'));
    expect([error.message, error.remap]).toEqual([
      '侧边栏显示的工作表已不存在；现在显示当前工作表。',
      true,
    ]);
  });

  it('says the columns changed, quoting the sheet name as Sheets does', () => {
    open([{ name: "Bob's orders", values: orderLog }]);
    const target = activeTarget();
    SpreadsheetApp.getActiveSheet().getRange('C1').setValue('Total');
    const error = refusal(() => targetSheet(target, 'en'));
    expect([error.message, error.remap]).toEqual([
      "The columns of 'Bob''s orders' changed since the sidebar read them; check the columns and try again. Nothing was changed.",
      true,
    ]);
  });
});

describe('a request for a sheet changed since the survey', () => {
  it('is refused, changing nothing, when a column was deleted', () => {
    const workbook = open([{ name: 'Customers', values: customerTableValues(20) }]);
    const target = activeTarget();
    sheetNamed('Customers').deleteColumn(2); // Revenue: money would be read from the dates
    const before = snapshot(activeSpreadsheet());

    const outcome = sidebarClassify({ ...target, settings: CUSTOMER_TABLE_TIERS });

    expect(outcome).toEqual({
      ok: false,
      message:
        'The columns of Customers changed since the sidebar read them; check the columns and try again. Nothing was changed.',
      remap: true,
    });
    expect(snapshot(activeSpreadsheet())).toEqual(before);
    expect(workbook.properties.document.size).toBe(0);
  });

  it('is refused when a header was renamed, in Chinese too', () => {
    open([{ name: '客户', values: customerTableValues(20) }], 'zh_CN');
    const target = activeTarget();
    sheetNamed('客户').getRange('B1').setValue('Orders');
    expect(sidebarClassify({ ...target, settings: CUSTOMER_TABLE_TIERS })).toEqual({
      ok: false,
      message: '侧边栏读取之后，工作表“客户”的列已有变动；请检查各列后重试。未做任何更改。',
      remap: true,
    });
  });

  it('says the sheet is gone when it was deleted, for every action', () => {
    open([
      { name: 'Customers', values: customerTableValues(20) },
      { name: 'Other', values: orderLog },
    ]);
    const target = activeTarget();
    activeSpreadsheet().deleteSheet(sheetNamed('Customers'));
    const gone = {
      ok: false,
      message: 'The sheet this sidebar showed is gone; it now shows the active sheet.',
      remap: true,
    };
    expect(sidebarClassify({ ...target, settings: CUSTOMER_TABLE_TIERS })).toEqual(gone);
    expect(sidebarResegment(target)).toEqual(gone);
    expect(sidebarClear(target)).toEqual(gone);
  });
});
