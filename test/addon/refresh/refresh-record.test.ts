/**
 * This file defines the tests of the refresh's line on the summary sheet: written below the
 * summary, then rewritten in place (never a second line), in the labels' language, found again
 * in either; nothing when the sheet has no summary sheet.
 */
import { describe, expect, it } from 'vitest';
import type { CellValue } from '../../../dev/spreadsheet-fake/cell-input';
import {
  outcomeText,
  REFRESH_WORDS,
  recordRefresh,
} from '../../../src/addon/refresh/refresh-record';
import { sidebarClassify } from '../../../src/addon/sidebar/endpoints';
import { CUSTOMER_DATE_AMOUNT_TIERS } from '../../helpers/classify-settings';
import { activeTarget, unwrapped } from '../../helpers/sidebar-calls';
import { sheetNamed, useWorkbooks } from '../../helpers/spreadsheet';

const open = useWorkbooks();

const orderLog: CellValue[][] = [
  ['Customer', 'Date', 'Amount'],
  ['ann', '2024-03-01', 12],
  ['bob', '2024-03-02', 30],
];

const at = new Date('2026-12-06T02:30:00Z');

/** The summary's rows whose first cell is a refresh label, in either language. */
function lines(summaryName: string): unknown[][] {
  const labels: unknown[] = Object.values(REFRESH_WORDS.label);
  return sheetNamed(summaryName)
    .getDataRange()
    .getValues()
    .filter(([first]) => labels.includes(first));
}

describe('the refresh line on the summary sheet', () => {
  it('is written two rows below the summary, then rewritten in place', () => {
    open([{ name: 'Orders', values: orderLog }]);
    unwrapped(sidebarClassify({ ...activeTarget(), settings: CUSTOMER_DATE_AMOUNT_TIERS }));
    const summary = sheetNamed('Orders · summary');
    const last = summary.getLastRow();
    expect(recordRefresh(sheetNamed('Orders'), { kind: 'done' }, 'en', at)).toBe(true);
    expect(summary.getLastRow()).toBe(last + 2);
    expect(summary.getRange(last + 1, 1).getValue()).toBe('');
    expect(recordRefresh(sheetNamed('Orders'), { kind: 'busy' }, 'en', at)).toBe(true);
    expect(lines('Orders · summary')).toEqual([
      ['Last automatic refresh', at, REFRESH_WORDS.busy.en, '', '', '', '', '', ''],
    ]);
    expect(summary.getRange(last + 2, 2).getNumberFormat()).toBe('yyyy-mm-dd hh:mm');
  });

  it('is in the labels’ language, and a Chinese line is found again from English', () => {
    open([{ name: 'Orders', values: orderLog }]);
    unwrapped(sidebarClassify({ ...activeTarget(), settings: CUSTOMER_DATE_AMOUNT_TIERS }));
    const failed = { kind: 'failed', message: '“Amount”列已被删除' } as const;
    recordRefresh(sheetNamed('Orders'), failed, 'zh', at);
    expect(lines('Orders · summary').map((row) => row.slice(0, 3))).toEqual([
      ['上次自动重新分层', at, '失败，之前的结果保持不变：“Amount”列已被删除'],
    ]);
    recordRefresh(sheetNamed('Orders'), { kind: 'done' }, 'en', at);
    expect(lines('Orders · summary')).toHaveLength(1);
  });

  it('says each outcome in both languages', () => {
    expect(outcomeText({ kind: 'done' }, 'zh')).toBe('完成：已按新数据重新分层');
    expect(outcomeText({ kind: 'failed', message: 'Why.' }, 'en')).toBe(
      'Failed, the previous results are kept: Why.',
    );
  });

  it('is not written when the sheet has no summary sheet', () => {
    open([{ name: 'Orders', values: orderLog }]);
    expect(recordRefresh(sheetNamed('Orders'), { kind: 'done' }, 'en', at)).toBe(false);
    expect(sheetNamed('Orders').getLastRow()).toBe(3);
  });
});
