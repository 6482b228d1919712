/**
 * Lifecycle stages in the sidebar, in the fake Spreadsheet service: on the sandbox's demo log,
 * every line gets its customer's stage as LIFECYCLE_STAGE(BTYD_SUMMARY(…)) gives it; on a
 * customer table with first purchase dates, the stage LIFECYCLE_STAGE gives on its columns.
 */
import { describe, expect, it } from 'vitest';
import { BTYD_SUMMARY } from '../../../src/addon/custom-functions/btyd-summary';
import { LIFECYCLE_STAGE } from '../../../src/addon/custom-functions/lifecycle-stage';
import { DEFAULT_OPTIONS } from '../../../src/addon/sidebar/survey';
import {
  amounts,
  byCustomer,
  customers,
  DATED,
  datedTable,
  dates,
  expectPerLine,
  LATER,
  log,
  useDemoLog,
  written,
} from '../../helpers/prediction-sheets';
import { sidebarClassify } from '../../helpers/sidebar-calls';

const { open, classify } = useDemoLog();

describe('lifecycle stages in the sidebar', () => {
  it('writes each line its customer’s stage, as LIFECYCLE_STAGE(BTYD_SUMMARY(…)) gives it', () => {
    // as of the log's last day, every customer of its three weeks is new
    classify('lifecycle');
    expect(new Set(written(1).slice(1).flat())).toEqual(new Set(['New', 'Prospects', '']));

    const result = classify('lifecycle', { asOf: LATER });
    const rows = written(1);
    expect(rows[0]).toEqual(['Lifecycle stage']);
    const summary = BTYD_SUMMARY(customers, dates, amounts, LATER);
    const stage = byCustomer(summary, LIFECYCLE_STAGE(summary, LATER));
    // left out of the summary: a customer whose first purchase is on the log's last day is new,
    // one with only returns a prospect
    const buyers = new Set<unknown>(
      log.flatMap((line) => ((line[2] as number) > 0 ? [line[0]] : [])),
    );
    expectPerLine(rows, (customer) => [
      stage.get(customer) ?? (buyers.has(customer) ? 'New' : 'Prospects'),
    ]);
    expect(new Set(stage.values()).size).toBeGreaterThan(1);
    expect(result.customers).toBe(102);
  });
});

describe('lifecycle stages of a customer table', () => {
  it('with first purchase dates gets the stage LIFECYCLE_STAGE gives', () => {
    const values = datedTable(200);
    open([{ name: 'Customers', values }], 'zh_CN');
    sidebarClassify({
      ...DATED,
      model: 'lifecycle',
      options: { ...DEFAULT_OPTIONS, churnDays: 400 },
    });
    const stages = SpreadsheetApp.getActiveSheet().getRange(1, 6, 201, 1).getValues();
    const cells = (index: number) => values.map((row) => [row[index]]);
    expect(stages).toEqual(LIFECYCLE_STAGE(cells(4), cells(2), cells(3), '', 400, 'zh'));
    expect(new Set(stages.flat()).size).toBeGreaterThan(3);
  });
});
