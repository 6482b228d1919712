/**
 * A run's customer ids as the history records them, on the fake Spreadsheet service: as the
 * sheet shows them, so the alerts and the history name a customer as the user knows them. A
 * customer cell Sheets turned into a date (an id typed as 2024-01-05) is that day, not its
 * milliseconds or a time-zone dependent text; ids like 007 stay as written.
 */
import { describe, expect, it } from 'vitest';
import type { CellValue } from '../../../dev/spreadsheet-fake/cell-input';
import { recordedRuns } from '../../../src/addon/sidebar/history';
import { CUSTOMER_DATE_AMOUNT_TIERS, CUSTOMER_TABLE_TIERS } from '../../helpers/classify-settings';
import { sidebarClassify } from '../../helpers/sidebar-calls';
import { sheetNamed, useWorkbooks } from '../../helpers/spreadsheet';

const open = useWorkbooks();
// Sheets hands a date cell as its midnight in the spreadsheet’s zone (Asia/Shanghai here)
const day = (text: string) => new Date(`${text}T00:00:00+08:00`);

/** The ids of the latest recorded run of a sheet, sorted. */
const idsRecorded = (name: string) =>
  (
    recordedRuns(sheetNamed(name))
      .at(-1)
      ?.entries.map((entry) => entry.customer) ?? []
  ).sort();

describe('the customers a run records', () => {
  it('are a log’s customers as its cells show them: a date id as its day, 007 as written', () => {
    const values: CellValue[][] = [
      ['Customer', 'Date', 'Amount'],
      [day('2024-01-05'), '2024-03-01', 10],
      ['007', '2024-03-02', 20],
      [7, '2024-03-03', 30],
      [day('2024-01-05'), '2024-03-04', 40],
    ];
    open([{ name: 'Orders', values }]);
    sidebarClassify(CUSTOMER_DATE_AMOUNT_TIERS);
    expect(idsRecorded('Orders')).toEqual(['007', '2024-01-05', '7']);
  });

  it('are a customer table’s ids as its cells show them, a date id as its day', () => {
    const values: CellValue[][] = [
      ['Customer', 'Revenue', 'Last purchase', 'Orders'],
      [day('2024-01-05'), 100, day('2024-03-01'), 2],
      ['007', 50, day('2024-02-01'), 1],
    ];
    open([{ name: 'Customers', values }]);
    sidebarClassify(CUSTOMER_TABLE_TIERS);
    expect(idsRecorded('Customers')).toEqual(['007', '2024-01-05']);
  });
});
