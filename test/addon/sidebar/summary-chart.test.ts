/**
 * The summary sheet's chart of the shares, in the fake Spreadsheet service: built on the segment
 * table's own cells, updated in place by Re-segment, and a chart of the user's left alone.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { installSpreadsheetApp, type SheetSeed } from '../../../dev/spreadsheet-fake/workbook';
import { CUSTOMER_TABLE_TIERS } from '../../helpers/classify-settings';
import { sidebarClassify, sidebarResegment } from '../../helpers/sidebar-calls';
import { customerTableValues } from '../../helpers/sidebar-sheets';
import { summaryOf, summaryTable } from '../../helpers/summary-sheets';

let fake: ReturnType<typeof installSpreadsheetApp> | undefined;
afterEach(() => fake?.uninstall());

function open(sheets: SheetSeed[]) {
  fake = installSpreadsheetApp({ locale: 'en_GB', timeZone: 'Europe/London', sheets });
}

describe('the summary sheet’s chart', () => {
  it('charts the shares of customers and revenue, on the table’s own cells', () => {
    open([{ name: 'Customers', values: customerTableValues(40) }]);
    sidebarClassify(CUSTOMER_TABLE_TIERS);
    const summary = summaryOf();
    const { headingRow, rows } = summaryTable('en');
    const last = headingRow + rows.length;
    // the shares' chart alone: the sizes over the runs are charted from the second run on
    const [chart, ...others] = summary.getCharts();
    expect(others).toEqual([]);
    expect(chart?.getRanges().map((range) => range.getA1Notation())).toEqual([
      `A${headingRow}:A${last}`,
      `C${headingRow}:C${last}`,
      `E${headingRow}:E${last}`,
    ]);
    expect(summary.getRange(headingRow, 3).getValue()).toBe('Share of customers');
    expect(summary.getRange(headingRow, 5).getValue()).toBe('Share of revenue');
    expect(chart?.getNumHeaders()).toBe(1);
    // Re-segment updates that chart in place, and leaves a chart of the user's alone
    const own = summary.newChart().addRange(summary.getRange('B3:B9')).build();
    summary.insertChart(own);
    sidebarResegment();
    const [updated, kept, sizes, ...more] = summary.getCharts();
    expect([updated?.getChartId(), kept?.getChartId()]).toEqual([
      chart?.getChartId(),
      own.getChartId(),
    ]);
    expect(sizes?.getRanges()[0]?.getNumRows()).toBe(3);
    expect(more).toEqual([]);
  });
});
