/**
 * The customer sheet the add-on makes beside a transaction log: named after its source in the
 * spreadsheet's language, its note kept out of the customers a sort moves, and only the sheet the
 * add-on made is its own — a user's duplicate (which carries the copied marker) is never
 * overwritten by Classify nor deleted by Clear.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { CellValue } from '../../../dev/spreadsheet-fake/cell-input';
import { snapshot } from '../../../dev/spreadsheet-fake/snapshot';
import { installSpreadsheetApp, type SheetSeed } from '../../../dev/spreadsheet-fake/workbook';
import { customerSheetName } from '../../../src/addon/sidebar/customer-sheet';
import * as endpoints from '../../../src/addon/sidebar/endpoints';
import { CUSTOMER_DATE_AMOUNT_TIERS } from '../../helpers/classify-settings';
import {
  activeTarget,
  sidebarClassify,
  sidebarClear,
  unwrapped,
} from '../../helpers/sidebar-calls';
import { activeSpreadsheet, sheetNamed } from '../../helpers/spreadsheet';

let fake: ReturnType<typeof installSpreadsheetApp> | undefined;
afterEach(() => fake?.uninstall());

function open(sheets: SheetSeed[], locale = 'en_US') {
  fake = installSpreadsheetApp({ locale, timeZone: 'Asia/Shanghai', sheets });
  return fake;
}

/** Three customers, and one line without a customer (skipped, with a note). */
const orderLog: CellValue[][] = [
  ['Customer', 'Date', 'Amount'],
  ['ann', '2024-03-01', 12],
  ['bob', '2024-03-02', 30],
  ['cat', '2024-03-05', 8],
  ['', '2024-03-06', 5],
];

/** The sheets' names, a hidden one (the add-on's history) said so. */
const names = () =>
  activeSpreadsheet()
    .getSheets()
    .map((sheet) => (sheet.isSheetHidden() ? `${sheet.getName()} (hidden)` : sheet.getName()));

describe('the customer sheet', () => {
  it("is named after its source, in the spreadsheet's language, numbered when taken", () => {
    open([{ name: 'Orders', values: orderLog }, { name: 'Orders · customer tiers' }]);
    sidebarClassify(CUSTOMER_DATE_AMOUNT_TIERS);
    expect(names()).toEqual([
      'Orders',
      'Orders · customer tiers',
      'Orders · customer tiers (2)',
      'Orders · summary',
      'Orders · history (hidden)',
    ]);
    open([{ name: '订单', values: orderLog }], 'zh_CN');
    sidebarClassify(CUSTOMER_DATE_AMOUNT_TIERS);
    expect(names()).toEqual([
      '订单',
      '订单 · 客户分层',
      '订单 · 分层汇总',
      '订单 · 分层历史 (hidden)',
    ]);
  });

  it('leaves the user on the sheet they moved to while the sidebar still showed the log', () => {
    open([{ name: 'Orders', values: orderLog }, { name: 'Other' }]);
    const target = activeTarget();
    activeSpreadsheet().setActiveSheet(sheetNamed('Other'));
    unwrapped(endpoints.sidebarClassify({ ...target, settings: CUSTOMER_DATE_AMOUNT_TIERS }));
    expect(names()).toEqual([
      'Orders',
      'Other',
      'Orders · customer tiers',
      'Orders · summary',
      'Orders · history (hidden)',
    ]);
    expect(activeSpreadsheet().getActiveSheet().getName()).toBe('Other');
  });

  it('cuts a long source name without breaking an emoji', () => {
    const long = `${'x'.repeat(58)}😀😀😀`;
    expect(customerSheetName(long, 'en')).toBe(`${'x'.repeat(58)}😀… · customer tiers`);
  });

  it('keeps the note beside the header, so sorting the customers leaves it alone', () => {
    open([{ name: 'Orders', values: orderLog }]);
    sidebarClassify(CUSTOMER_DATE_AMOUNT_TIERS);
    const customers = sheetNamed('Orders · customer tiers');
    customers.sort(1, false);
    const rows = customers.getDataRange().getValues();
    expect(rows.map((row) => row[0])).toEqual(['Customer', 'cat', 'bob', 'ann']);
    expect(rows[0]?.slice(-2)).toEqual(['', 'Note: 1 row without a customer skipped.']);
  });

  it('keeps both notes beside the header when rows were skipped and an as-of left lines out', () => {
    open([{ name: 'Orders', values: orderLog }]);
    const pastAsOf = {
      ...CUSTOMER_DATE_AMOUNT_TIERS,
      options: { ...CUSTOMER_DATE_AMOUNT_TIERS.options, asOf: '2024-03-03' },
    };
    const result = sidebarClassify(pastAsOf);
    const customers = sheetNamed('Orders · customer tiers');
    const rows = customers.getDataRange().getValues();
    // cat bought after the as-of date: as of that day there were two customers
    expect(rows.map((row) => row[0])).toEqual(['Customer', 'ann', 'bob']);
    const note =
      'Note: 1 row without a customer skipped. Note: 1 order line after the as-of date 3/3/2024 left out: customers as they were on that day.';
    expect(rows[0]?.slice(-1)).toEqual([note]);
    // the status line says the same
    expect(result.note).toBe(note);
  });
});

describe('a user’s duplicate of the customer sheet', () => {
  /** Classifies, duplicates the customer sheet as a user would, and deletes the original. */
  function duplicateThenDeleteOriginal() {
    const workbook = open([{ name: 'Orders', values: orderLog }]);
    sidebarClassify(CUSTOMER_DATE_AMOUNT_TIERS);
    activeSpreadsheet().setActiveSheet(sheetNamed('Orders · customer tiers'));
    const copy = activeSpreadsheet().duplicateActiveSheet();
    copy.getRange('A2').setValue('my own note');
    activeSpreadsheet().deleteSheet(sheetNamed('Orders · customer tiers'));
    activeSpreadsheet().setActiveSheet(sheetNamed('Orders'));
    return workbook;
  }

  it('is not overwritten by Classify: the add-on makes its own sheet again', () => {
    duplicateThenDeleteOriginal();
    const copy = snapshot(activeSpreadsheet()).sheets[1];
    sidebarClassify(CUSTOMER_DATE_AMOUNT_TIERS);
    expect(names()).toEqual([
      'Orders',
      'Copy of Orders · customer tiers',
      'Orders · summary',
      'Orders · history (hidden)',
      'Orders · customer tiers',
    ]);
    expect(snapshot(activeSpreadsheet()).sheets[1]).toEqual(copy);
  });

  it('is not deleted by Clear', () => {
    duplicateThenDeleteOriginal();
    const before = snapshot(activeSpreadsheet());
    // the summary and history sheets go; the copy of the customer sheet stays
    expect(sidebarClear().removedSheets).toBe(2);
    expect(snapshot(activeSpreadsheet()).sheets[1]).toEqual(before.sheets[1]);
    expect(names()).toEqual(['Orders', 'Copy of Orders · customer tiers']);
  });

  it('beside the original leaves Classify and Clear to the original alone', () => {
    open([{ name: 'Orders', values: orderLog }]);
    sidebarClassify(CUSTOMER_DATE_AMOUNT_TIERS);
    activeSpreadsheet().setActiveSheet(sheetNamed('Orders · customer tiers'));
    activeSpreadsheet().duplicateActiveSheet();
    activeSpreadsheet().setActiveSheet(sheetNamed('Orders'));
    expect(sidebarClear().removedSheets).toBe(3);
    expect(names()).toEqual(['Orders', 'Copy of Orders · customer tiers']);
  });
});

describe('a customer sheet marked by the release before (source id only)', () => {
  /** A sheet marked the old way, and the log it was made for. */
  function legacy(copies: number) {
    open([{ name: 'Orders', values: orderLog }]);
    const made = activeSpreadsheet().insertSheet('Customer tiers · 客户分层');
    made.getRange('A1').setValue('old');
    made.addDeveloperMetadata(
      'customer-tiers.sheet',
      String(sheetNamed('Orders').getSheetId()),
      SpreadsheetApp.DeveloperMetadataVisibility.PROJECT,
    );
    for (let i = 0; i < copies; i++) activeSpreadsheet().duplicateActiveSheet();
    activeSpreadsheet().setActiveSheet(sheetNamed('Orders'));
  }

  it('is still the add-on’s when it is the only one so marked, and gets the new marker', () => {
    legacy(0);
    sidebarClassify(CUSTOMER_DATE_AMOUNT_TIERS);
    expect(names()).toEqual([
      'Orders',
      'Customer tiers · 客户分层',
      'Orders · summary',
      'Orders · history (hidden)',
    ]);
    expect(sheetNamed('Customer tiers · 客户分层').getRange('A1').getValue()).toBe('Customer');
    const [marker] = sheetNamed('Customer tiers · 客户分层').getDeveloperMetadata();
    expect(JSON.parse(marker?.getValue() ?? '')).toEqual({
      source: sheetNamed('Orders').getSheetId(),
      sheet: sheetNamed('Customer tiers · 客户分层').getSheetId(),
    });
  });

  it('is left alone when a copy makes two so marked: neither can be told to be the add-on’s', () => {
    legacy(1);
    sidebarClassify(CUSTOMER_DATE_AMOUNT_TIERS);
    expect(names()).toEqual([
      'Orders',
      'Customer tiers · 客户分层',
      'Copy of Customer tiers · 客户分层',
      'Orders · customer tiers',
      'Orders · summary',
      'Orders · history (hidden)',
    ]);
    expect(sheetNamed('Customer tiers · 客户分层').getRange('A1').getValue()).toBe('old');
  });
});
