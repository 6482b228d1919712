import { describe, expect, it } from 'vitest';
import { chartSpecs } from '../../../dev/spreadsheet-fake/chart';
import { snapshot } from '../../../dev/spreadsheet-fake/snapshot';
import { fakeWorkbook } from '../../../dev/spreadsheet-fake/workbook';

function summarySheet() {
  const fake = fakeWorkbook({
    sheets: [
      {
        name: 'Summary',
        values: [
          ['Segment', 'Customers', 'Revenue'],
          ['A', 0.2, 0.8],
          ['B', 0.3, 0.15],
          ['C', 0.5, 0.05],
        ],
      },
    ],
  });
  const sheet = fake.SpreadsheetApp.getActiveSheet();
  return { fake, sheet };
}

describe('embedded charts', () => {
  it('are built on ranges, inserted with an id, read back and removed', () => {
    const { sheet } = summarySheet();
    const chart = sheet
      .newChart()
      .asColumnChart()
      .addRange(sheet.getRange('A1:A4'))
      .addRange(sheet.getRange('B1:C4'))
      .setNumHeaders(1)
      .setPosition(2, 6, 0, 0)
      .setOption('title', 'Share per segment')
      .build();
    expect(chart.getChartId()).toBeNull();
    sheet.insertChart(chart);
    const [inserted] = sheet.getCharts();
    expect(inserted?.getChartId()).toBe(1);
    expect(inserted?.getRanges().map((range) => range.getA1Notation())).toEqual(['A1:A4', 'B1:C4']);
    expect(inserted?.getOptions().get('title')).toBe('Share per segment');
    expect(inserted?.getContainerInfo().getAnchorColumn()).toBe(6);
    expect(() => sheet.insertChart(chart)).toThrow('already on a sheet');
    if (inserted) sheet.removeChart(inserted);
    expect(sheet.getCharts()).toEqual([]);
  });

  it('move their ranges with inserted rows, and are updated through modify', () => {
    const { fake, sheet } = summarySheet();
    sheet.insertChart(sheet.newChart().addRange(sheet.getRange('A1:C4')).build());
    sheet.insertRowsBefore(1, 2);
    const [chart] = sheet.getCharts();
    expect(chart?.getRanges()[0]?.getA1Notation()).toBe('A3:C6');
    if (chart) sheet.updateChart(chart.modify().setOption('title', 'New').build());
    expect(sheet.getCharts()[0]?.getOptions().get('title')).toBe('New');
    expect(snapshot(fake.SpreadsheetApp.getActiveSpreadsheet()).sheets[0]?.charts).toEqual([
      expect.objectContaining({ kind: 'COLUMN', ranges: ['Summary!A3:C6'] }),
    ]);
  });

  it('show the data without the rows a filter hides', () => {
    const { fake, sheet } = summarySheet();
    sheet.insertChart(sheet.newChart().addRange(sheet.getRange('A1:B4')).build());
    sheet.getRange('A1:C4').createFilter();
    const hideB = fake.SpreadsheetApp.newFilterCriteria().setHiddenValues(['B']).build();
    sheet.getFilter()?.setColumnFilterCriteria(1, hideB);
    expect(chartSpecs(sheet)[0]?.ranges[0]).toEqual([
      ['Segment', 'Customers'],
      ['A', 0.2],
      ['C', 0.5],
    ]);
  });
});

describe('a basic filter’s criteria', () => {
  it('hide the rows whose cell they do not keep, never the header row', () => {
    const { fake, sheet } = summarySheet();
    const filter = sheet.getRange('A1:C4').createFilter();
    const onlyA = fake.SpreadsheetApp.newFilterCriteria().setVisibleValues(['A']).build();
    filter.setColumnFilterCriteria(1, onlyA);
    expect([1, 2, 3, 4, 5].map((row) => sheet.isRowHiddenByFilter(row))).toEqual([
      false,
      false,
      true,
      true,
      false,
    ]);
    expect(filter.getColumnFilterCriteria(1)?.getVisibleValues()).toEqual(['A']);
    filter.setColumnFilterCriteria(
      1,
      fake.SpreadsheetApp.newFilterCriteria().whenTextEqualTo('B').build(),
    );
    expect(sheet.isRowHiddenByFilter(3)).toBe(false);
    expect(sheet.isRowHiddenByFilter(2)).toBe(true);
    filter.removeColumnFilterCriteria(1);
    expect(sheet.isRowHiddenByFilter(2)).toBe(false);
    expect(() => filter.setColumnFilterCriteria(5, onlyA)).toThrow('out of the range');
  });

  it('move with inserted columns and go with the filter', () => {
    const { fake, sheet } = summarySheet();
    const filter = sheet.getRange('A1:C4').createFilter();
    filter.setColumnFilterCriteria(
      1,
      fake.SpreadsheetApp.newFilterCriteria().setHiddenValues(['C']).build(),
    );
    sheet.insertColumnsBefore(1, 1);
    expect(sheet.getFilter()?.getColumnFilterCriteria(2)?.getHiddenValues()).toEqual(['C']);
    expect(sheet.isRowHiddenByFilter(4)).toBe(true);
    sheet.getFilter()?.remove();
    expect(sheet.isRowHiddenByFilter(4)).toBe(false);
  });
});
