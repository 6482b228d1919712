/**
 * This file defines the tests of "one segment at a time": the sheet's basic filter shows exactly
 * one segment's rows (checked against the label column), Show all gives back the sheet as it was
 * (no filter, or the user's own filter with its criteria exactly), a user's filter is never
 * changed where it can't take the label column's criteria, Classify, Re-segment and Clear take
 * the add-on's filter away, and a user's copy of the sheet is the user's.
 */
import { describe, expect, it } from 'vitest';
import { snapshot } from '../../../dev/spreadsheet-fake/snapshot';
import * as endpoints from '../../../src/addon/sidebar/endpoints';
import { CUSTOMER_TABLE_TIERS } from '../../helpers/classify-settings';
import {
  activeTarget,
  sidebarClassify,
  sidebarClear,
  unwrapped,
} from '../../helpers/sidebar-calls';
import { customerTableValues } from '../../helpers/sidebar-sheets';
import { activeSpreadsheet, sheetNamed, useWorkbooks } from '../../helpers/spreadsheet';

const open = useWorkbooks();
const ROWS = 40;
/** The customer table's columns A–D, then R, F, M and the RFM code in E–H, and the tier in I. */
const LABEL_COLUMN = 9;

const showSegment = (label: string) => endpoints.sidebarShowSegment({ ...activeTarget(), label });
const showAll = () => unwrapped(endpoints.sidebarShowAll(activeTarget()));

/** Opens the customer table and classifies it into tiers; returns the snapshot before. */
function classified(): ReturnType<typeof snapshot> {
  open([{ name: 'Customers', values: customerTableValues(ROWS) }]);
  const before = snapshot(activeSpreadsheet());
  sidebarClassify(CUSTOMER_TABLE_TIERS);
  return before;
}

/** Each data row's label, and whether the filter hides it. */
function rowsSeen(): { label: string; hidden: boolean }[] {
  const sheet = sheetNamed('Customers');
  const labels = sheet.getRange(2, LABEL_COLUMN, ROWS, 1).getDisplayValues();
  return labels.map(([label], i) => ({
    label: label ?? '',
    hidden: sheet.isRowHiddenByFilter(i + 2),
  }));
}

/** The labels of the rows shown. */
const shownLabels = () =>
  new Set(rowsSeen().flatMap(({ label, hidden }) => (hidden ? [] : [label])));

describe('one segment at a time, on a sheet without a filter', () => {
  it("shows exactly the segment's rows, and counts them", () => {
    classified();
    const labels = rowsSeen().map(({ label }) => label);
    const regular = labels.filter((label) => label === 'Regular').length;
    expect(regular).toBeGreaterThan(0);

    expect(unwrapped(showSegment('Regular'))).toEqual({ label: 'Regular', rows: regular });

    for (const { label, hidden } of rowsSeen()) expect(hidden).toBe(label !== 'Regular');
    expect(sheetNamed('Customers').isRowHiddenByFilter(1)).toBe(false);
    expect(unwrapped(endpoints.sidebarSurvey()).shownSegment).toBe('Regular');
  });

  it('moves to another segment, and Show all gives back the sheet as Classify left it', () => {
    classified();
    const afterClassify = snapshot(activeSpreadsheet());
    unwrapped(showSegment('Regular'));
    unwrapped(showSegment('Churned'));
    expect(shownLabels()).toEqual(new Set(['Churned']));

    showAll();

    expect(sheetNamed('Customers').getFilter()).toBeNull();
    expect(snapshot(activeSpreadsheet())).toEqual(afterClassify);
    expect(unwrapped(endpoints.sidebarSurvey()).shownSegment).toBeNull();
  });

  it('Clear takes the filter away too: the sheet exactly as before Classify', () => {
    const before = classified();
    unwrapped(showSegment('Regular'));
    sidebarClear();
    expect(snapshot(activeSpreadsheet())).toEqual(before);
  });

  it('Classify again shows every row, coloured by the new labels', () => {
    classified();
    unwrapped(showSegment('Regular'));
    sidebarClassify({ ...CUSTOMER_TABLE_TIERS, model: 'abc' });
    expect(sheetNamed('Customers').getFilter()).toBeNull();
    expect(rowsSeen().every(({ hidden }) => !hidden)).toBe(true);
    expect(unwrapped(endpoints.sidebarResegment(activeTarget()))).toMatchObject({
      customers: ROWS,
    });
  });

  it('says so when no row has the label any more, changing nothing', () => {
    classified();
    const before = snapshot(activeSpreadsheet());
    expect(showSegment('Champions')).toEqual({
      ok: false,
      message:
        'No row of the sheet is labelled "Champions" now; press Re-segment to bring the labels up to date.',
      remap: false,
    });
    expect(snapshot(activeSpreadsheet())).toEqual(before);
  });

  it('refuses a sheet never classified', () => {
    open([{ name: 'Customers', values: customerTableValues(5) }]);
    expect(showSegment('Regular')).toMatchObject({
      ok: false,
      message: 'This sheet holds no results of Customer Tiers now: press Classify first.',
    });
  });
});

describe("one segment at a time, under the user's own filter", () => {
  /** The user's filter over A1:I41 hiding one customer by name in column A. */
  function userFilter(columns = LABEL_COLUMN): GoogleAppsScript.Spreadsheet.Filter {
    const sheet = sheetNamed('Customers');
    const filter = sheet.getRange(1, 1, ROWS + 1, columns).createFilter();
    const first = String(sheet.getRange('A2').getValue());
    filter.setColumnFilterCriteria(
      1,
      SpreadsheetApp.newFilterCriteria().setHiddenValues([first]).build(),
    );
    return filter;
  }

  it("adds criteria on the label column only, and Show all gives back the user's exactly", () => {
    classified();
    userFilter();
    const withUsersFilter = snapshot(activeSpreadsheet());

    unwrapped(showSegment('Regular'));
    const seen = rowsSeen();
    // the user's criterion still hides row 2; of the rest only Regular shows
    expect(seen[0]?.hidden).toBe(true);
    for (const { label, hidden } of seen.slice(1)) expect(hidden).toBe(label !== 'Regular');
    expect(
      sheetNamed('Customers').getFilter()?.getColumnFilterCriteria(1)?.getHiddenValues(),
    ).toHaveLength(1);

    showAll();
    expect(snapshot(activeSpreadsheet())).toEqual(withUsersFilter);
  });

  it('refuses a filter that does not reach the label column, leaving it as it was', () => {
    classified();
    userFilter(8);
    const before = snapshot(activeSpreadsheet());
    expect(showSegment('Regular')).toMatchObject({
      ok: false,
      message:
        "Your filter on A1:H41 does not reach the add-on's label column I: widen it to include column I, or turn it off, then try again. Your filter was not changed.",
    });
    expect(snapshot(activeSpreadsheet())).toEqual(before);
  });

  it('refuses a filter that already filters the label column by the user', () => {
    classified();
    userFilter().setColumnFilterCriteria(
      LABEL_COLUMN,
      SpreadsheetApp.newFilterCriteria().setHiddenValues(['Churned']).build(),
    );
    const before = snapshot(activeSpreadsheet());
    expect(showSegment('Regular')).toMatchObject({
      ok: false,
      message:
        "Your filter already filters the label column I: remove that column's filter, then try again. Your filter was not changed.",
    });
    expect(snapshot(activeSpreadsheet())).toEqual(before);
  });

  it("leaves Re-segment refusing the user's filter, as without a segment shown", () => {
    classified();
    userFilter();
    unwrapped(showSegment('Regular'));
    expect(endpoints.sidebarResegment(activeTarget())).toMatchObject({
      ok: false,
      message:
        'The sheet has a filter: turn it off so that every row can be classified, then try again.',
    });
  });
});

describe("a user's copy of a sheet showing one segment", () => {
  it("is the user's: its filter is no longer the add-on's to remove", () => {
    classified();
    unwrapped(showSegment('Regular'));
    activeSpreadsheet().setActiveSheet(sheetNamed('Customers'));
    const copy = activeSpreadsheet().duplicateActiveSheet();
    activeSpreadsheet().setActiveSheet(copy);
    expect(copy.getFilter()).not.toBeNull();
    expect(unwrapped(endpoints.sidebarSurvey()).shownSegment).toBeNull();
  });
});

describe('a sheet without a header row', () => {
  it('is refused: a filter never hides its first row', () => {
    open([{ name: 'Customers', values: customerTableValues(ROWS).slice(1) }]);
    sidebarClassify({ ...CUSTOMER_TABLE_TIERS, headerRow: null });
    const before = snapshot(activeSpreadsheet());
    expect(showSegment('Regular')).toMatchObject({
      ok: false,
      message:
        'Showing one segment needs a header row above the data (a filter never hides its first row): add one, classify again, then try again.',
    });
    expect(snapshot(activeSpreadsheet())).toEqual(before);
  });
});
