import { describe, expect, it } from 'vitest';
import { fakeWorkbook } from '../../../dev/spreadsheet-fake/workbook';

function workbook() {
  const fake = fakeWorkbook({ sheets: [{ name: 'Orders' }, { name: 'Summary' }] });
  const app = fake.SpreadsheetApp;
  const spreadsheet = app.getActiveSpreadsheet();
  const [orders, summary] = spreadsheet.getSheets() as [
    GoogleAppsScript.Spreadsheet.Sheet,
    GoogleAppsScript.Spreadsheet.Sheet,
  ];
  return { app, spreadsheet, orders, summary };
}

const describeAll = (list: GoogleAppsScript.Spreadsheet.DeveloperMetadata[]) =>
  list.map(
    (metadata) =>
      `${metadata.getKey()}=${metadata.getValue()} ${metadata.getLocation().getLocationType()}`,
  );

describe('developer metadata', () => {
  it('marks whole columns, with Apps Script’s overloads for value and visibility', () => {
    const { app, orders } = workbook();
    const { PROJECT } = app.DeveloperMetadataVisibility;
    orders.getRange('K:K').addDeveloperMetadata('segment');
    orders.getRange('L:L').addDeveloperMetadata('tier', PROJECT);
    orders.getRange('M:M').addDeveloperMetadata('code', 'DOCUMENT');
    orders.getRange('N:N').addDeveloperMetadata('score', 'r', PROJECT);
    const found = orders.createDeveloperMetadataFinder().find();
    expect(
      found.map((metadata) => [
        metadata.getKey(),
        metadata.getValue(),
        String(metadata.getVisibility()),
      ]),
    ).toEqual([
      ['segment', null, 'DOCUMENT'],
      ['tier', null, 'PROJECT'],
      ['code', 'DOCUMENT', 'DOCUMENT'],
      ['score', 'r', 'PROJECT'],
    ]);
    const location = found[0]?.getLocation();
    expect(location?.getLocationType()).toBe(app.DeveloperMetadataLocationType.COLUMN);
    expect(location?.getColumn()?.getA1Notation()).toBe('K:K');
    expect(location?.getColumn()?.getNumRows()).toBe(1000);
    expect(location?.getRow()).toBeNull();
    expect(location?.getSheet()).toBeNull();
  });

  it('refuses ranges that are not whole rows or columns, with Apps Script’s message', () => {
    const { orders } = workbook();
    expect(() => orders.getRange('K2:K100').addDeveloperMetadata('segment')).toThrow(
      'Adding developer metadata to arbitrary ranges is not currently supported. Developer metadata may only be added to the top-level spreadsheet, an individual sheet, or an entire row or column.',
    );
  });

  it('is found by key, value, location type, visibility and id, scoped to its place', () => {
    const { app, spreadsheet, orders, summary } = workbook();
    spreadsheet.addDeveloperMetadata('settings', '{"v":1}');
    orders.addDeveloperMetadata('classified');
    orders.getRange('K:K').addDeveloperMetadata('customer-tiers', 'segment');
    orders.getRange('L:L').addDeveloperMetadata('customer-tiers', 'tier');
    summary.getRange('B:B').addDeveloperMetadata('customer-tiers', 'segment');
    const finder = () => spreadsheet.createDeveloperMetadataFinder();
    expect(describeAll(finder().withKey('customer-tiers').withValue('segment').find())).toEqual([
      'customer-tiers=segment COLUMN',
      'customer-tiers=segment COLUMN',
    ]);
    expect(
      describeAll(orders.createDeveloperMetadataFinder().withKey('customer-tiers').find()),
    ).toHaveLength(2);
    expect(
      describeAll(finder().withLocationType(app.DeveloperMetadataLocationType.SHEET).find()),
    ).toEqual(['classified=null SHEET']);
    expect(describeAll(spreadsheet.getDeveloperMetadata())).toEqual([
      'settings={"v":1} SPREADSHEET',
    ]);
    expect(describeAll(orders.getDeveloperMetadata())).toEqual(['classified=null SHEET']);
    expect(
      describeAll(finder().withVisibility(app.DeveloperMetadataVisibility.PROJECT).find()),
    ).toEqual([]);
    const [first] = finder().find();
    expect(
      describeAll(
        finder()
          .withId(first?.getId() ?? -1)
          .find(),
      ),
    ).toEqual(['settings={"v":1} SPREADSHEET']);
  });

  it('finds in a range what lies wholly inside it, or with onIntersectingLocations what touches it', () => {
    const { orders } = workbook();
    orders.getRange('K:L').addDeveloperMetadata('two-columns');
    orders.getRange('M:M').addDeveloperMetadata('one-column');
    const keys = (finder: GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder) =>
      finder.find().map((m) => m.getKey());
    expect(keys(orders.getRange('L:M').createDeveloperMetadataFinder())).toEqual(['one-column']);
    expect(
      keys(orders.getRange('L:M').createDeveloperMetadataFinder().onIntersectingLocations()),
    ).toEqual(['two-columns', 'one-column']);
    expect(keys(orders.getRange('M2').createDeveloperMetadataFinder())).toEqual([]);
    expect(
      orders
        .getRange('M:M')
        .getDeveloperMetadata()
        .map((m) => m.getKey()),
    ).toEqual(['one-column']);
    expect(orders.getRange('K:K').getDeveloperMetadata()).toEqual([]);
  });

  it('changes and goes when the add-on says so', () => {
    const { spreadsheet, orders } = workbook();
    orders.getRange('K:K').addDeveloperMetadata('segment', 'v1');
    const [metadata] = spreadsheet.createDeveloperMetadataFinder().find();
    metadata?.setValue('v2');
    expect(describeAll(spreadsheet.createDeveloperMetadataFinder().find())).toEqual([
      'segment=v2 COLUMN',
    ]);
    metadata?.remove();
    expect(spreadsheet.createDeveloperMetadataFinder().find()).toEqual([]);
  });

  it('goes with its sheet', () => {
    const { spreadsheet, summary } = workbook();
    summary.getRange('B:B').addDeveloperMetadata('segment');
    spreadsheet.deleteSheet(summary);
    expect(spreadsheet.createDeveloperMetadataFinder().find()).toEqual([]);
  });
});
