/**
 * This file defines the summary sheet's native column chart (summary-sheet.ts): each segment's
 * share of customers and of revenue, built on the segment table's own cells, right of the table.
 */
import { SUMMARY_LABELS } from '../../core/summary-labels';
import { updateOrInsertChart } from './placed-chart';
import { COLUMNS, type SummaryContent, WIDTH } from './summary-content';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Where the chart goes: right of the table, from the first row. */
const CHART_COLUMN = WIDTH + 2;

/**
 * The column chart of the shares, on the table's cells: the add-on's chart of the last run
 * updated in place (where the user may have moved it), else a new one right of the table; its id.
 */
export function placeSharesChart(
  sheet: Sheet,
  content: SummaryContent,
  before: GoogleAppsScript.Spreadsheet.EmbeddedChart | null,
): number | null {
  const rows = content.segments.length + 1;
  const column = (index: number) => sheet.getRange(content.tableRow, index + 1, rows, 1);
  const builder = before
    ? before.modify().clearRanges()
    : sheet.newChart().setPosition(1, CHART_COLUMN, 0, 0);
  const chart = builder
    .asColumnChart()
    .addRange(column(COLUMNS.segment))
    .addRange(column(COLUMNS.customerShare))
    .addRange(column(COLUMNS.revenueShare))
    .setNumHeaders(1)
    .setOption('title', SUMMARY_LABELS.chartTitle[content.language])
    .setOption('vAxis.format', 'percent')
    .setOption('colors', ['#4477AA', '#EE7733'])
    .build();
  return updateOrInsertChart(sheet, chart, before);
}
