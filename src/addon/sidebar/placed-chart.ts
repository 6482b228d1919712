/**
 * This file defines how the summary sheet's charts are put in place: a chart the add-on made
 * before is updated where it stands (the user may have moved or resized it), a new one inserted.
 */
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type EmbeddedChart = GoogleAppsScript.Spreadsheet.EmbeddedChart;

/** Updates `before` with `chart`, or inserts `chart`; returns the placed chart's id. */
export function updateOrInsertChart(
  sheet: Sheet,
  chart: EmbeddedChart,
  before: EmbeddedChart | null,
) {
  if (before) {
    sheet.updateChart(chart);
    return before.getChartId();
  }
  sheet.insertChart(chart);
  const placed = sheet.getCharts();
  return placed[placed.length - 1]?.getChartId() ?? null;
}
