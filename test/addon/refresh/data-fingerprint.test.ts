/**
 * This file defines the tests of the input fingerprint and of the survey's `stale`: a change to
 * a mapped column's value, kind or length shows; a change elsewhere does not; Re-segment makes
 * the sheet current again.
 */
import { describe, expect, it } from 'vitest';
import type { CellValue } from '../../../dev/spreadsheet-fake/cell-input';
import { inputFingerprint } from '../../../src/addon/refresh/data-fingerprint';
import type { ClassifySettings } from '../../../src/addon/sidebar/api';
import { sidebarClassify, sidebarResegment } from '../../../src/addon/sidebar/endpoints';
import { readSheetTable } from '../../../src/addon/sidebar/sheet-table';
import { CUSTOMER_DATE_AMOUNT_TIERS } from '../../helpers/classify-settings';
import { activeTarget, sidebarSurvey, unwrapped } from '../../helpers/sidebar-calls';
import { sheetNamed, useWorkbooks } from '../../helpers/spreadsheet';

const open = useWorkbooks();

const orderLog = (): CellValue[][] => [
  ['Customer', 'Date', 'Amount', 'Note'],
  ['ann', new Date('2024-03-01T00:00:00+08:00'), 12, ''],
  ['bob', new Date('2024-03-02T00:00:00+08:00'), 30, ''],
];

const settings: ClassifySettings = CUSTOMER_DATE_AMOUNT_TIERS;
const fingerprintOf = (values: CellValue[][]) => {
  open([{ name: 'Orders', values }]);
  return inputFingerprint(readSheetTable(sheetNamed('Orders')), settings);
};

describe('the input fingerprint', () => {
  const original = fingerprintOf(orderLog());

  it('is this version’s mark and 16 hex digits, and the same for the same data', () => {
    expect(original).toMatch(/^w[0-9a-f]{16}$/);
    expect(fingerprintOf(orderLog())).toBe(original);
  });

  it.each([
    ['an amount', (v: CellValue[][]) => v[1]?.splice(2, 1, 13)],
    ['a date by a day', (v: CellValue[][]) => v[2]?.splice(1, 1, new Date('2024-03-03'))],
    ['a customer', (v: CellValue[][]) => v[2]?.splice(0, 1, 'cal')],
    ['an amount typed as text', (v: CellValue[][]) => v[1]?.splice(2, 1, '12')],
    ['a row added', (v: CellValue[][]) => v.push(['cal', new Date('2024-03-04'), 5, ''])],
  ])('changes with %s', (_, change) => {
    const values = orderLog();
    change(values);
    expect(fingerprintOf(values)).not.toBe(original);
  });

  it('stays the same when only a column of no role changes', () => {
    const values = orderLog();
    values[1]?.splice(3, 1, 'called back');
    expect(fingerprintOf(values)).toBe(original);
  });

  it('stays the same when a note is typed below the data, in a column of no role', () => {
    const values: CellValue[][] = [...orderLog(), ['', '', '', ''], ['', '', '', 'checked']];
    expect(fingerprintOf(values)).toBe(original);
  });
});

describe("the survey's stale", () => {
  it('is false after a run, true once a mapped cell changes, false again after Re-segment', () => {
    open([{ name: 'Orders', values: orderLog() }]);
    expect(sidebarSurvey().stale).toBe(false);
    unwrapped(sidebarClassify({ ...activeTarget(), settings }));
    expect(sidebarSurvey().stale).toBe(false);
    sheetNamed('Orders').getRange('D2').setValue('a note');
    expect(sidebarSurvey().stale).toBe(false);
    sheetNamed('Orders').getRange('C2').setValue(99);
    expect(sidebarSurvey().stale).toBe(true);
    unwrapped(sidebarResegment(activeTarget()));
    expect(sidebarSurvey().stale).toBe(false);
  });

  it('is false after the spreadsheet’s time zone changed, which keeps what every date shows', () => {
    open([{ name: 'Orders', values: orderLog() }]);
    unwrapped(sidebarClassify({ ...activeTarget(), settings }));
    SpreadsheetApp.getActiveSpreadsheet().setSpreadsheetTimeZone('America/New_York');
    expect(sidebarSurvey().stale).toBe(false);
    sheetNamed('Orders').getRange('B2').setValue(new Date('2024-02-29T12:00:00-05:00'));
    expect(sidebarSurvey().stale).toBe(true);
  });

  it('reads a fingerprint saved by the version before (the instants hashed) as it was made', () => {
    open([{ name: 'Orders', values: orderLog() }]);
    unwrapped(sidebarClassify({ ...activeTarget(), settings }));
    const key = `customer-tiers.settings.${sheetNamed('Orders').getSheetId()}`;
    const properties = PropertiesService.getDocumentProperties();
    const saved = JSON.parse(properties.getProperty(key) ?? '{}');
    // the instants plus no offset: what the version before hashed, without this version's mark
    const table = readSheetTable(sheetNamed('Orders'));
    saved.fingerprint = inputFingerprint(table, settings, () => 0).slice(1);
    properties.setProperty(key, JSON.stringify(saved));
    expect(sidebarSurvey().stale).toBe(false);
    sheetNamed('Orders').getRange('C2').setValue(99);
    expect(sidebarSurvey().stale).toBe(true);
  });

  it('is true when a mapped column was renamed, as Re-segment would refuse', () => {
    open([{ name: 'Orders', values: orderLog() }]);
    unwrapped(sidebarClassify({ ...activeTarget(), settings }));
    sheetNamed('Orders').getRange('C1').setValue('Total');
    expect(sidebarSurvey().stale).toBe(true);
  });
});
