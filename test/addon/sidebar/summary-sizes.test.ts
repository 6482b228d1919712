/**
 * The rewrite of the summary sheet's sizes over the runs that Build history makes
 * (history-backfill.test.ts runs it end to end), on the fake Spreadsheet service: a shorter table
 * (runs pruned) leaves no old row behind, the chart follows it and goes at one run; a summary of another model, or
 * none, is left alone.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { type FakeWorkbook, installSpreadsheetApp } from '../../../dev/spreadsheet-fake/workbook';
import { recordedRuns } from '../../../src/addon/sidebar/history';
import { planSummarySizes } from '../../../src/addon/sidebar/summary-sizes';
import { HISTORY_LABELS } from '../../../src/core/history-labels';
import { CLASS_SCHEMES } from '../../../src/core/models';
import { failOnCall } from '../../helpers/failing-call';
import { ABC, FIRST_RUN, SECOND_RUN } from '../../helpers/migration-runs';
import { sidebarClassify, sidebarResegment } from '../../helpers/sidebar-calls';
import { activeSpreadsheet } from '../../helpers/spreadsheet';
import { summaryOf } from '../../helpers/summary-sheets';

let fake: ReturnType<typeof installSpreadsheetApp> | undefined;
afterEach(() => fake?.uninstall());

/** Two ABC runs of the customer table: the summary lists both in its sizes. */
function twoRuns(): GoogleAppsScript.Spreadsheet.Sheet {
  fake = installSpreadsheetApp({
    locale: 'en_GB',
    timeZone: 'Europe/London',
    sheets: [{ name: 'Customers', values: FIRST_RUN }],
  });
  sidebarClassify(ABC);
  const source = activeSpreadsheet().getSheetByName('Customers');
  source?.getRange(1, 1, SECOND_RUN.length, 4).setValues(SECOND_RUN);
  sidebarResegment();
  return source as GoogleAppsScript.Spreadsheet.Sheet;
}

/** The summary's rows from the sizes' title down, trailing blanks cut. */
function sizesRows(): unknown[][] {
  const values = summaryOf().getDataRange().getValues();
  const at = values.findIndex((row) => row[0] === HISTORY_LABELS.sizesTitle.en);
  return values.slice(at).map((row) => {
    const cells = [...row];
    while (cells.length > 0 && cells[cells.length - 1] === '') cells.pop();
    return cells;
  });
}

describe('planSummarySizes', () => {
  it('rewrites a shorter table whole; one run left draws no line, two draw it again', () => {
    const source = twoRuns();
    expect(sizesRows()).toHaveLength(4);
    const runs = recordedRuns(source);
    const [oldest] = runs;
    planSummarySizes(source, 'abc', 'en')?.write(oldest ? [oldest] : [], CLASS_SCHEMES.abc);
    expect(sizesRows()).toEqual([
      ['Customers per segment over the recorded runs'],
      ['Run (as of)', 'A', 'B', 'C'],
      ['2024-03-05', 3, 1, 2],
    ]);
    expect(summaryOf().getCharts()).toHaveLength(1);
    planSummarySizes(source, 'abc', 'en')?.write(runs, CLASS_SCHEMES.abc);
    const [, sizes, ...more] = summaryOf().getCharts();
    expect(more).toEqual([]);
    expect(sizes?.getRanges()[0]?.getValues()).toEqual([
      ['Run (as of)', 'A', 'B', 'C'],
      ['2024-03-05', 3, 1, 2],
      ['2024-03-09', 2, 2, 2],
    ]);
  });

  it('leaves a summary of another model alone, and has nothing to do without one', () => {
    const source = twoRuns();
    expect(planSummarySizes(source, 'tiers', 'en')).toBeNull();
    activeSpreadsheet().deleteSheet(summaryOf(source));
    expect(planSummarySizes(source, 'abc', 'en')).toBeNull();
  });

  it('is found again after a rewrite the service broke off half way, and the next one repairs it', () => {
    const source = twoRuns();
    const before = sizesRows();
    const runs = recordedRuns(source);
    const restore = failOnCall(fake as FakeWorkbook, 'Range.setValues', 1);
    expect(() => planSummarySizes(source, 'abc', 'en')?.write(runs, CLASS_SCHEMES.abc)).toThrow();
    restore();
    const again = planSummarySizes(source, 'abc', 'en');
    expect(again).not.toBeNull();
    again?.write(runs, CLASS_SCHEMES.abc);
    expect(sizesRows()).toEqual(before);
  });
});
