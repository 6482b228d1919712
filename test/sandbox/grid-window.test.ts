/**
 * What the sandbox grid is told of a sheet: the runs of rows its filter hides, and its charts as
 * categories and series read from the chart's ranges (without the hidden rows).
 */
import { describe, expect, it } from 'vitest';
import { fakeWorkbook } from '../../dev/spreadsheet-fake/workbook';
import { sheetTab } from '../../scripts/sandbox/server/grid-window';

function summary() {
  const fake = fakeWorkbook({
    sheets: [
      {
        name: 'Summary',
        values: [
          ['Segment', 'Customers', 'Revenue'],
          ['A', 0.2, 0.8],
          ['B', 0.3, 0.15],
          ['C', 0.5, 0.05],
          ['B', 0.1, 0.1],
        ],
      },
    ],
  });
  return { app: fake.SpreadsheetApp, sheet: fake.SpreadsheetApp.getActiveSheet() };
}

describe('sheetTab', () => {
  it('gives the runs of rows a filter hides, none without one', () => {
    const { app, sheet } = summary();
    expect(sheetTab(sheet).hiddenRows).toEqual([]);
    const filter = sheet.getRange('A1:C5').createFilter();
    filter.setColumnFilterCriteria(1, app.newFilterCriteria().setVisibleValues(['A']).build());
    expect(sheetTab(sheet).hiddenRows).toEqual([[3, 5]]);
    filter.setColumnFilterCriteria(1, app.newFilterCriteria().setHiddenValues(['B']).build());
    expect(sheetTab(sheet).hiddenRows).toEqual([
      [3, 3],
      [5, 5],
    ]);
  });

  it('gives each chart its title, categories and series, named by their header row', () => {
    const { sheet } = summary();
    sheet.insertChart(
      sheet
        .newChart()
        .asColumnChart()
        .addRange(sheet.getRange('A1:A4'))
        .addRange(sheet.getRange('B1:B4'))
        .addRange(sheet.getRange('C1:C4'))
        .setNumHeaders(1)
        .setOption('title', 'Shares')
        .setOption('vAxis.format', 'percent')
        .setOption('colors', ['#111111', '#222222'])
        .build(),
    );
    expect(sheetTab(sheet).charts).toEqual([
      {
        id: 1,
        kind: 'COLUMN',
        title: 'Shares',
        percent: true,
        categories: ['A', 'B', 'C'],
        series: [
          { name: 'Customers', values: [0.2, 0.3, 0.5], colour: '#111111' },
          { name: 'Revenue', values: [0.8, 0.15, 0.05], colour: '#222222' },
        ],
      },
    ]);
  });
});
