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
import type { ClassifySettings } from '../../../src/addon/sidebar/api';
import * as endpoints from '../../../src/addon/sidebar/endpoints';
import { CUSTOMER_TABLE_TIERS } from '../../helpers/classify-settings';
import { thrownMessage } from '../../helpers/ranges';
import { activeTarget, sidebarClassify, sidebarResegment } from '../../helpers/sidebar-calls';
import { activeSpreadsheet } from '../../helpers/spreadsheet';

let fake: ReturnType<typeof installSpreadsheetApp> | undefined;
afterEach(() => fake?.uninstall());

const abc: ClassifySettings = { ...CUSTOMER_TABLE_TIERS, model: 'abc' };
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** customer, revenue, last purchase, orders. */
function table(rows: [string, number, string][]): CellValue[][] {
  return [
    ['Customer', 'Revenue', 'Last purchase', 'Orders'],
    ...rows.map(([id, revenue, last]) => [id, revenue, day(last), 2]),
  ];
}

/*
 * Run 1, total 2,000: a 1,000 (share before 0: A), b 500 (.5: A), c 300 (.75: A), d 100 (.9: B),
 * e 60 (.95: C), f 40 (.98: C).
 */
const FIRST = table([
  ['a', 1000, '2024-03-01'],
  ['b', 500, '2024-03-02'],
  ['c', 300, '2024-03-03'],
  ['d', 100, '2024-03-04'],
  ['e', 60, '2024-03-05'],
  ['f', 40, '2024-03-05'],
]);

/*
 * Run 2, f gone, g new, rows in another order; total 1,670: a 1,000 (0: A), d 400 (.599: A),
 * g 100 (.838: B), b 90 (.898: B), e 60 (.952: C), c 20 (.988: C). So a A→A, b A→B, c A→C,
 * d B→A, e C→C: rows A [1, 1, 1], B [1, 0, 0], C [0, 0, 1]; alerts (A → B or C) b then c, by
 * money at risk (their monetary now: 90, 20).
 */
const SECOND = table([
  ['g', 100, '2024-03-08'],
  ['e', 60, '2024-03-05'],
  ['d', 400, '2024-03-09'],
  ['c', 20, '2024-03-03'],
  ['b', 90, '2024-03-02'],
  ['a', 1000, '2024-03-09'],
]);

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
    open(FIRST);
    expect(sidebarClassify(abc).migration).toBeUndefined();
    replaceData(SECOND);
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
    open(FIRST);
    sidebarClassify(abc);
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
    open(FIRST);
    sidebarClassify(abc);
    expect(sidebarClassify({ ...abc, model: 'value-classes' }).migration).toBeUndefined();
    replaceData(SECOND);
    expect(sidebarClassify(abc).migration?.alerts).toBe(2);
  });

  it('leaves the history, columns and colours as they were after a failed or concurrent run', () => {
    const workbook = open(FIRST);
    sidebarClassify(abc);
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
    replaceData(SECOND);
    const edited = snapshot(activeSpreadsheet());
    expect(thrownMessage(() => sidebarResegment())).toMatch(/history' is protected/);
    expect(snapshot(activeSpreadsheet())).toEqual(edited);
  });

  it('keeps no history for a customer table without a customer column', () => {
    open(FIRST);
    const withoutIds = { ...abc, roles: abc.roles.filter(({ role }) => role !== 'customer') };
    sidebarClassify(withoutIds);
    expect(sidebarResegment().migration).toBeUndefined();
    expect(history()).toBeNull();
  });
});
