/**
 * The summary sheet's blocks of who moved where, through Classify and Re-segment on the fake
 * Spreadsheet service: after two ABC runs with hand-made changes (as in run-migration.test.ts)
 * the sheet holds the matrix, the alerts sorted by money at risk with their previous and current
 * segments and last purchase, and the sizes over the runs with one line chart on them once there
 * are two runs to draw (never duplicated); the sidebar's button takes the user to the alerts.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { installSpreadsheetApp } from '../../../dev/spreadsheet-fake/workbook';
import * as endpoints from '../../../src/addon/sidebar/endpoints';
import { ABC, FIRST_RUN, SECOND_RUN } from '../../helpers/migration-runs';
import {
  activeTarget,
  sidebarClassify,
  sidebarClear,
  sidebarResegment,
} from '../../helpers/sidebar-calls';
import { activeSpreadsheet } from '../../helpers/spreadsheet';

let fake: ReturnType<typeof installSpreadsheetApp> | undefined;
afterEach(() => fake?.uninstall());

const summary = () =>
  activeSpreadsheet().getSheetByName('Customers · summary') as GoogleAppsScript.Spreadsheet.Sheet;

/** The summary's rows from the one whose first cell starts with `title`, `count` of them. */
function rowsFrom(title: string, count: number): unknown[][] {
  const values = summary().getDataRange().getValues();
  const at = values.findIndex((row) => String(row[0]).startsWith(title));
  expect(at).toBeGreaterThanOrEqual(0);
  return values.slice(at, at + count).map((row) => {
    const cells = [...row];
    while (cells.length > 0 && cells[cells.length - 1] === '') cells.pop();
    return cells;
  });
}

describe('the summary sheet after two runs', () => {
  it('holds the matrix, the alerts by money at risk, and the sizes over the runs charted', () => {
    fake = installSpreadsheetApp({
      locale: 'en_GB',
      timeZone: 'Europe/London',
      sheets: [{ name: 'Customers', values: FIRST_RUN }],
    });
    sidebarClassify(ABC);
    expect(rowsFrom('Customers per segment', 3)).toEqual([
      ['Customers per segment over the recorded runs'],
      ['Run (as of)', 'A', 'B', 'C'],
      ['2024-03-05', 3, 1, 2],
    ]);
    // one run is no line: only the shares chart, until a second run gives the sizes two points
    expect(summary().getCharts()).toHaveLength(1);
    activeSpreadsheet()
      .getSheetByName('Customers')
      ?.getRange(1, 1, SECOND_RUN.length, 4)
      .setValues(SECOND_RUN);
    sidebarResegment();
    expect(rowsFrom('Who moved where', 7)).toEqual([
      ['Who moved where since the run of 2024-03-05'],
      ['From ↓ / to →', 'A', 'B', 'C'],
      ['A', 1, 1, 1],
      ['B', 1, 0, 0],
      ['C', 0, 0, 1],
      ['New customers', 1],
      ['Customers gone', 1],
    ]);
    expect(rowsFrom('Churn alerts', 4)).toEqual([
      ['Churn alerts: customers who moved down (2)'],
      ['Customer', 'Previous segment', 'Current segment', 'Last purchase', 'Money at risk'],
      ['b', 'A', 'B', '2024-03-02', 90],
      ['c', 'A', 'C', '2024-03-03', 20],
    ]);
    expect(rowsFrom('Customers per segment', 4)).toEqual([
      ['Customers per segment over the recorded runs'],
      ['Run (as of)', 'A', 'B', 'C'],
      ['2024-03-05', 3, 1, 2],
      ['2024-03-09', 2, 2, 2],
    ]);
    // the sizes chart, drawn now, on the grown table
    const charts = summary().getCharts();
    expect(charts).toHaveLength(2);
    const sizes = charts[1]?.getRanges()[0];
    expect([sizes?.getNumRows(), sizes?.getNumColumns()]).toEqual([3, 4]);
    expect(sizes?.getValues()[2]).toEqual(['2024-03-09', 2, 2, 2]);

    // the sidebar's button: the summary sheet, at the alerts
    expect(endpoints.sidebarShowAlerts(activeTarget())).toEqual({ ok: true, value: null });
    expect(activeSpreadsheet().getActiveSheet().getName()).toBe('Customers · summary');
    expect(String(activeSpreadsheet().getActiveRange()?.getValue())).toMatch(/^Churn alerts/);
  });

  it('says so when the alerts are asked for and the summary sheet is gone, or the sheet cleared', () => {
    fake = installSpreadsheetApp({
      locale: 'en_GB',
      timeZone: 'Europe/London',
      sheets: [{ name: 'Customers', values: FIRST_RUN }],
    });
    sidebarClassify(ABC);
    activeSpreadsheet().deleteSheet(summary());
    expect(endpoints.sidebarShowAlerts(activeTarget())).toEqual({
      ok: false,
      message:
        "The summary sheet of 'Customers', which lists the alerts, is gone: press Re-segment to write it again.",
      remap: false,
    });
    sidebarClear();
    expect(endpoints.sidebarShowAlerts(activeTarget())).toMatchObject({
      ok: false,
      message: expect.stringMatching(/no results/),
    });
  });
});
