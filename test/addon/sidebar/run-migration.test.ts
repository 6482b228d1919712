/**
 * Who moved where, through Classify and Re-segment on the fake Spreadsheet service: two runs of
 * ABC on a hand-made customer table, with hand-made changes between them (money moved, a
 * customer gone, one new, the rows sorted), give the matrix, the new and gone customers and the
 * churn alerts computed by hand below; an unchanged re-run keeps everyone on the diagonal; a
 * failed or concurrent run leaves the history, the columns and the colours as they were.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { CellValue } from '../../../dev/spreadsheet-fake/cell-input';
import { snapshot } from '../../../dev/spreadsheet-fake/snapshot';
import { installSpreadsheetApp } from '../../../dev/spreadsheet-fake/workbook';
import * as endpoints from '../../../src/addon/sidebar/endpoints';
import { ABC, FIRST_RUN, SECOND_RUN } from '../../helpers/migration-runs';
import { thrownMessage } from '../../helpers/ranges';
import { activeTarget, sidebarClassify, sidebarResegment } from '../../helpers/sidebar-calls';
import { activeSpreadsheet } from '../../helpers/spreadsheet';

let fake: ReturnType<typeof installSpreadsheetApp> | undefined;
afterEach(() => fake?.uninstall());

function open(values: CellValue[][]) {
  fake = installSpreadsheetApp({
    locale: 'en_GB',
    timeZone: 'Europe/London',
    sheets: [{ name: 'Customers', values }],
  });
  return fake;
}

const sheet = () =>
  activeSpreadsheet().getSheetByName('Customers') as GoogleAppsScript.Spreadsheet.Sheet;
const history = () => activeSpreadsheet().getSheetByName('Customers · history');

function replaceData(values: CellValue[][]) {
  sheet().getRange(1, 1, values.length, 4).setValues(values);
}

describe('who moved where between two runs', () => {
  it('gives no matrix on the first run, then the hand-computed one and its alerts', () => {
    open(FIRST_RUN);
    expect(sidebarClassify(ABC).migration).toBeUndefined();
    replaceData(SECOND_RUN);
    const { migration } = sidebarResegment();
    expect(migration).toEqual({
      since: '2024-03-05',
      segments: ['A', 'B', 'C'],
      counts: [
        [1, 1, 1],
        [1, 0, 0],
        [0, 0, 1],
      ],
      newCustomers: 1,
      goneCustomers: 1,
      alerts: 2,
      topAlerts: [
        { customer: 'b', from: 'A', to: 'B', moneyAtRisk: 90, lastPurchase: '2024-03-02' },
        { customer: 'c', from: 'A', to: 'C', moneyAtRisk: 20, lastPurchase: '2024-03-03' },
      ],
    });
    expect(history()?.getLastRow()).toBe(1 + 6 + 6);
    expect(history()?.getRange(8, 1, 1, 7).getValues()[0]).toEqual([
      '2024-03-09',
      expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      'abc',
      'g',
      'B',
      100,
      '2024-03-08',
    ]);
  });

  it('keeps everyone on the diagonal with no alerts when nothing changed', () => {
    open(FIRST_RUN);
    sidebarClassify(ABC);
    const { migration } = sidebarResegment();
    expect(migration?.counts).toEqual([
      [3, 0, 0],
      [0, 1, 0],
      [0, 0, 2],
    ]);
    expect([migration?.newCustomers, migration?.goneCustomers, migration?.alerts]).toEqual([
      0, 0, 0,
    ]);
  });

  it('compares with the previous run of the same model only', () => {
    open(FIRST_RUN);
    sidebarClassify(ABC);
    expect(sidebarClassify({ ...ABC, model: 'value-classes' }).migration).toBeUndefined();
    replaceData(SECOND_RUN);
    expect(sidebarClassify(ABC).migration?.alerts).toBe(2);
  });

  it('leaves the history, columns and colours as they were after a failed or concurrent run', () => {
    const workbook = open(FIRST_RUN);
    sidebarClassify(ABC);
    const before = snapshot(activeSpreadsheet());
    // a failed run: bad money in a cell
    sheet().getRange('B3').setValue('lots');
    const failed = snapshot(activeSpreadsheet());
    expect(thrownMessage(() => sidebarResegment())).toMatch(/B3/);
    expect(snapshot(activeSpreadsheet())).toEqual(failed);
    sheet().getRange('B3').setValue(500);
    expect(snapshot(activeSpreadsheet())).toEqual(before);
    // a run while another holds the lock
    // (held for longer than a run waits: the next run, later, gets it)
    workbook.holdLockElsewhere(2_500);
    const busy = endpoints.sidebarResegment(activeTarget());
    expect(busy.ok).toBe(false);
    expect(snapshot(activeSpreadsheet())).toEqual(before);
    // a protected history stops the run before it writes anything
    const historySheet = history();
    if (!historySheet) throw new Error('no history');
    workbook.protect(historySheet);
    replaceData(SECOND_RUN);
    const edited = snapshot(activeSpreadsheet());
    expect(thrownMessage(() => sidebarResegment())).toMatch(/history' is protected/);
    expect(snapshot(activeSpreadsheet())).toEqual(edited);
  });

  it('keeps no history for a customer table without a customer column', () => {
    open(FIRST_RUN);
    const withoutIds = { ...ABC, roles: ABC.roles.filter(({ role }) => role !== 'customer') };
    sidebarClassify(withoutIds);
    expect(sidebarResegment().migration).toBeUndefined();
    expect(history()).toBeNull();
  });
});
