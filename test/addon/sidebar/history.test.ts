/**
 * The history sheet, in the fake Spreadsheet service: made hidden and marked as the add-on's on
 * the first run, one block per run appended in one call, read back into runs by customer id (a
 * user's sort of the history changes nothing), pruned to the newest runs kept, and protected
 * against the user stops a run before it writes.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { type FakeWorkbook, installSpreadsheetApp } from '../../../dev/spreadsheet-fake/workbook';
import { historySheetName, historyToClear, planHistory } from '../../../src/addon/sidebar/history';
import { ownedSheet } from '../../../src/addon/sidebar/owned';
import type { HistoryRun } from '../../../src/core/run-history';
import { failOnCall } from '../../helpers/failing-call';
import { activeSpreadsheet } from '../../helpers/spreadsheet';

let fake: ReturnType<typeof installSpreadsheetApp> | undefined;
afterEach(() => fake?.uninstall());

function source() {
  fake = installSpreadsheetApp({
    locale: 'en_GB',
    timeZone: 'Europe/London',
    sheets: [{ name: 'Orders', values: [['id'], [1]] }],
  });
  return activeSpreadsheet().getSheetByName('Orders') as GoogleAppsScript.Spreadsheet.Sheet;
}

/** A run of `ids` in `segments` on day `n` of January. */
function run(n: number, ids: string[], segments: string[], model = 'tiers'): HistoryRun {
  const day = `2024-01-${String(n).padStart(2, '0')}`;
  return {
    asOf: day,
    ranAt: `${day}T10:00:00.000Z`,
    model,
    entries: ids.map((customer, i) => ({
      customer,
      segment: segments[i] as string,
      money: 10 * (i + 1),
      lastPurchase: '2023-12-01',
    })),
  };
}

describe('the history sheet', () => {
  it('is made hidden on the first run, marked as the add-on’s, one row per customer', () => {
    const sheet = source();
    planHistory(sheet, 'en').record(run(1, ['007', 'b'], ['regular', 'churned']));
    const history = ownedSheet(activeSpreadsheet(), sheet.getSheetId(), 'history')?.sheet;
    expect(history?.getName()).toBe('Orders · history');
    expect(history?.isSheetHidden()).toBe(true);
    expect(history?.getDataRange().getValues()).toEqual([
      ['As of', 'Ran at', 'Model', 'Customer', 'Segment id', 'Money at risk', 'Last purchase'],
      ['2024-01-01', '2024-01-01T10:00:00.000Z', 'tiers', '007', 'regular', 10, '2023-12-01'],
      ['2024-01-01', '2024-01-01T10:00:00.000Z', 'tiers', 'b', 'churned', 20, '2023-12-01'],
    ]);
    // the source stays the active sheet
    expect(activeSpreadsheet().getActiveSheet().getName()).toBe('Orders');
    expect(historySheetName('订单', 'zh')).toBe('订单 · 分层历史');
  });

  it('reads runs back by id: the previous run of each model, after a sort of its rows', () => {
    const sheet = source();
    planHistory(sheet, 'en').record(run(1, ['a', 'b'], ['regular', 'churned']));
    planHistory(sheet, 'en').record(run(2, ['a'], ['A'], 'abc'));
    planHistory(sheet, 'en').record(run(3, ['b', 'a'], ['potential', 'high-value']));
    const history = ownedSheet(activeSpreadsheet(), sheet.getSheetId(), 'history')?.sheet;
    history?.sort(4, false);
    const plan = planHistory(sheet, 'en');
    expect(plan.runs.map((r) => [r.asOf, r.model, r.entries.length])).toEqual([
      ['2024-01-01', 'tiers', 2],
      ['2024-01-02', 'abc', 1],
      ['2024-01-03', 'tiers', 2],
    ]);
    const tiers = plan.previous('tiers');
    const classOf = new Map(tiers?.entries.map((e) => [e.customer, e.segment]));
    expect(classOf).toEqual(
      new Map([
        ['a', 'high-value'],
        ['b', 'potential'],
      ]),
    );
    expect(plan.previous('abc')?.entries).toEqual([
      { customer: 'a', segment: 'A', money: 10, lastPurchase: '2023-12-01' },
    ]);
    expect(plan.previous('lifecycle')).toBeNull();
  });

  it('keeps only the newest runs: 3 kept of 5 recorded', () => {
    const sheet = source();
    for (let n = 1; n <= 5; n++)
      planHistory(sheet, 'en').record(
        run(n, ['a', 'b', 'c'], ['regular', 'regular', 'regular']),
        3,
      );
    const plan = planHistory(sheet, 'en');
    expect(plan.runs.map((r) => r.asOf)).toEqual(['2024-01-03', '2024-01-04', '2024-01-05']);
    const history = ownedSheet(activeSpreadsheet(), sheet.getSheetId(), 'history')?.sheet;
    expect(history?.getLastRow()).toBe(1 + 3 * 3);
  });

  it('prunes runs whose rows a sort scattered, keeping the others whole', () => {
    const sheet = source();
    planHistory(sheet, 'en').record(run(1, ['a', 'b'], ['regular', 'churned']));
    planHistory(sheet, 'en').record(run(2, ['a', 'b'], ['potential', 'churned']));
    const history = ownedSheet(activeSpreadsheet(), sheet.getSheetId(), 'history')?.sheet;
    history?.sort(4, true);
    planHistory(sheet, 'en').record(run(3, ['a'], ['high-value']), 2);
    expect(planHistory(sheet, 'en').runs.map((r) => [r.asOf, r.entries.length])).toEqual([
      ['2024-01-02', 2],
      ['2024-01-03', 1],
    ]);
    expect(history?.getLastRow()).toBe(1 + 3);
  });

  it('is removed by Clear, and a protected one stops a run before anything is written', () => {
    const sheet = source();
    planHistory(sheet, 'en').record(run(1, ['a'], ['regular']));
    const history = ownedSheet(activeSpreadsheet(), sheet.getSheetId(), 'history')?.sheet;
    if (!history || !fake) throw new Error('no history sheet');
    fake.protect(history);
    expect(() => planHistory(sheet, 'en')).toThrow(/'Orders · history' is protected/);
    expect(() => historyToClear(sheet, 'en')).toThrow(/is protected, so Clear can't/);
    fake.unprotect(history);
    const clear = historyToClear(sheet, 'en');
    expect(clear.exists).toBe(true);
    expect(clear.remove()).toBe(1);
    expect(
      activeSpreadsheet()
        .getSheets()
        .map((s) => s.getName()),
    ).toEqual(['Orders']);
    expect(historyToClear(sheet, 'en').remove()).toBe(0);
  });

  it('ignores rows whose run time the user overwrote: the next run compares with the real run', () => {
    const sheet = source();
    planHistory(sheet, 'en').record(run(1, ['a', 'b', 'c'], ['regular', 'churned', 'regular']));
    const history = ownedSheet(activeSpreadsheet(), sheet.getSheetId(), 'history')?.sheet;
    // text typed over a run time, and a note typed far below (it sorts after every ISO time)
    history?.getRange(2, 2).setValue('checked');
    history?.getRange(40, 1, 1, 5).setValues([['note', 'todo', 'tiers', 'x', 'regular']]);
    const plan = planHistory(sheet, 'en');
    expect(plan.runs.map((r) => [r.ranAt, r.entries.map((e) => e.customer)])).toEqual([
      ['2024-01-01T10:00:00.000Z', ['b', 'c']],
    ]);
    plan.record({ ...run(2, ['a'], ['regular']), ranAt: '2024-01-02T10:00:00.000Z' });
    expect(planHistory(sheet, 'en').previous('tiers')?.asOf).toBe('2024-01-02');
  });

  it('keeps every run when the service breaks off a prune of scattered rows', () => {
    const sheet = source();
    planHistory(sheet, 'en').record(run(1, ['a', 'b'], ['regular', 'churned']));
    planHistory(sheet, 'en').record(run(2, ['a', 'b'], ['potential', 'churned']));
    const history = ownedSheet(activeSpreadsheet(), sheet.getSheetId(), 'history')?.sheet;
    history?.sort(4, true);
    // the run's own block is written; the rewrite of the kept rows fails
    const restore = failOnCall(fake as FakeWorkbook, 'Range.setValues', 2);
    expect(() => planHistory(sheet, 'en').record(run(3, ['a'], ['high-value']), 2)).toThrow();
    restore();
    expect(planHistory(sheet, 'en').runs.map((r) => [r.asOf, r.entries.length])).toEqual([
      ['2024-01-01', 2],
      ['2024-01-02', 2],
      ['2024-01-03', 1],
    ]);
  });
});
