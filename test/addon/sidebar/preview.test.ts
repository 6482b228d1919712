/**
 * This file defines the tests of the sidebar's preview (`sidebarPreview`): each segment's
 * customers and share of revenue that Classify would give, equal to what Classify then shows, on
 * a customer table and an order log, for every segment model; computed without one change to the
 * spreadsheet (a whole-spreadsheet snapshot, and no call that writes); and its failures as data.
 */
import { describe, expect, it } from 'vitest';
import { resetCalls } from '../../../dev/spreadsheet-fake/fake-service';
import { snapshot } from '../../../dev/spreadsheet-fake/snapshot';
import type { ClassifySettings, ModelId } from '../../../src/addon/sidebar/api';
import * as endpoints from '../../../src/addon/sidebar/endpoints';
import { CUSTOMER_TABLE_TIERS, RETAIL_LOG_SEGMENTS } from '../../helpers/classify-settings';
import { activeTarget, sidebarClassify, unwrapped } from '../../helpers/sidebar-calls';
import { customerTableValues, retailLogValues } from '../../helpers/sidebar-sheets';
import { activeSpreadsheet, useWorkbooks } from '../../helpers/spreadsheet';

const open = useWorkbooks();
const preview = (settings: ClassifySettings) =>
  endpoints.sidebarPreview({ ...activeTarget(), settings });

/** Call names of the fake that change the spreadsheet (a metadata finder only reads). */
const WRITES =
  /\.(set|insert|delete|clear|add|remove|create(?!DeveloperMetadataFinder)|hide|show|update|copy|move)/;

describe('the preview', () => {
  const MODELS: ModelId[] = ['tiers', 'rfm-segments', 'value-classes', 'abc'];

  it.each(MODELS)('of %s on a customer table equals what Classify then shows', (model) => {
    open([{ name: 'Customers', values: customerTableValues(60) }]);
    const settings = { ...CUSTOMER_TABLE_TIERS, model };
    const previewed = unwrapped(preview(settings));
    const { customers, legend } = sidebarClassify(settings);
    expect(previewed).toEqual({ customers, legend });
    expect(customers).toBe(60);
  });

  it('of an order log equals what Classify then shows', () => {
    open([{ name: '订单', values: retailLogValues() }], 'zh_CN');
    const settings = RETAIL_LOG_SEGMENTS;
    const previewed = unwrapped(preview(settings));
    const { customers, legend } = sidebarClassify(settings);
    expect(previewed).toEqual({ customers, legend });
    expect(legend.length).toBeGreaterThan(3);
  });

  it('changes nothing in the spreadsheet, and makes no call that writes', () => {
    const workbook = open([{ name: 'Customers', values: customerTableValues(30) }]);
    const before = snapshot(activeSpreadsheet());
    const target = activeTarget();
    resetCalls(workbook.calls);
    unwrapped(endpoints.sidebarPreview({ ...target, settings: CUSTOMER_TABLE_TIERS }));
    expect(snapshot(activeSpreadsheet())).toEqual(before);
    const writes = Object.keys(workbook.calls).filter((name) => WRITES.test(name));
    expect(writes).toEqual([]);
  });

  it('fails as data, in the user’s terms, changing nothing', () => {
    open([{ name: 'Customers', values: [['Customer', 'Revenue', 'Last order', 'Orders']] }]);
    const before = snapshot(activeSpreadsheet());
    expect(preview(CUSTOMER_TABLE_TIERS)).toEqual({
      ok: false,
      message: 'There are no rows of data below the header row.',
      remap: false,
    });
    expect(snapshot(activeSpreadsheet())).toEqual(before);
  });
});
