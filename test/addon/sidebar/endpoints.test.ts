/**
 * The endpoints as a stale sidebar calls them: each request names the sheet the sidebar showed
 * and the layout its survey saw, so a switch of sheets, a deleted column or a deleted sheet never
 * makes the server classify the wrong sheet or read the wrong column; failures come back as data
 * (`{ ok: false, message, remap }`), and the last run's counts come back with the next survey.
 */
import { describe, expect, it } from 'vitest';
import type { CellValue } from '../../../dev/spreadsheet-fake/cell-input';
import { snapshot } from '../../../dev/spreadsheet-fake/snapshot';
import type { SheetTarget } from '../../../src/addon/sidebar/api';
import {
  sidebarClassify,
  sidebarClear,
  sidebarResegment,
  sidebarSurvey,
} from '../../../src/addon/sidebar/endpoints';
import { CUSTOMER_DATE_AMOUNT_TIERS, CUSTOMER_TABLE_TIERS } from '../../helpers/classify-settings';
import { customerTableValues } from '../../helpers/sidebar-sheets';
import { useWorkbooks } from '../../helpers/spreadsheet';

const open = useWorkbooks();

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
const spreadsheet = () => SpreadsheetApp.getActiveSpreadsheet();
const sheetNamed = (name: string) => spreadsheet().getSheetByName(name) as Sheet;

const orderLog: CellValue[][] = [
  ['Customer', 'Date', 'Amount'],
  ['ann', '2024-03-01', 12],
  ['bob', '2024-03-02', 30],
  ['ann', '2024-03-05', 8],
];

/** What the sidebar keeps of its survey of the active sheet. */
function surveyedTarget(): SheetTarget {
  const survey = sidebarSurvey();
  if (!survey.ok) throw new Error(survey.message);
  return { sheetId: survey.value.sheetId, layout: survey.value.layout };
}

describe('a request names its sheet', () => {
  it('classifies the sheet the sidebar showed, not the one the user switched to since', () => {
    open([
      { name: 'Customers', values: customerTableValues(20) },
      { name: 'Orders', values: orderLog },
    ]);
    const target = surveyedTarget();
    spreadsheet().setActiveSheet(sheetNamed('Orders'));
    const ordersBefore = snapshot(spreadsheet()).sheets.find((s) => s.name === 'Orders');

    const outcome = sidebarClassify({ ...target, settings: CUSTOMER_TABLE_TIERS });

    expect(outcome).toMatchObject({ ok: true, value: { customers: 20 } });
    expect(sheetNamed('Customers').getRange('E1:I1').getValues()[0]).toEqual([
      'R',
      'F',
      'M',
      'RFM code',
      'Tier',
    ]);
    expect(snapshot(spreadsheet()).sheets.find((s) => s.name === 'Orders')).toEqual(ordersBefore);
  });

  it('refuses, changing nothing, when a column was deleted since the survey', () => {
    const workbook = open([{ name: 'Customers', values: customerTableValues(20) }]);
    const target = surveyedTarget();
    sheetNamed('Customers').deleteColumn(2); // Revenue: money would be read from the dates
    const before = snapshot(spreadsheet());

    const outcome = sidebarClassify({ ...target, settings: CUSTOMER_TABLE_TIERS });

    expect(outcome).toEqual({
      ok: false,
      message:
        'The columns of Customers changed since the sidebar read them; check the columns and try again. Nothing was changed.',
      remap: true,
    });
    expect(snapshot(spreadsheet())).toEqual(before);
    expect(workbook.properties.document.size).toBe(0);
  });

  it('refuses a header renamed since the survey, in Chinese too', () => {
    open([{ name: '客户', values: customerTableValues(20) }], 'zh_CN');
    const target = surveyedTarget();
    sheetNamed('客户').getRange('B1').setValue('Orders');
    expect(sidebarClassify({ ...target, settings: CUSTOMER_TABLE_TIERS })).toEqual({
      ok: false,
      message: '侧边栏读取之后，工作表“客户”的列已有变动；请检查各列后重试。未做任何更改。',
      remap: true,
    });
  });

  it('says the sheet is gone when it was deleted, for every action', () => {
    open([
      { name: 'Customers', values: customerTableValues(20) },
      { name: 'Other', values: orderLog },
    ]);
    const target = surveyedTarget();
    spreadsheet().deleteSheet(sheetNamed('Customers'));
    const gone = {
      ok: false,
      message: 'The sheet this sidebar showed is gone; it now shows the active sheet.',
      remap: true,
    };
    expect(sidebarClassify({ ...target, settings: CUSTOMER_TABLE_TIERS })).toEqual(gone);
    expect(sidebarResegment(target)).toEqual(gone);
    expect(sidebarClear(target)).toEqual(gone);
  });

  it('reads a changed value below the header row: only the columns are fingerprinted', () => {
    open([{ name: 'Orders', values: orderLog }]);
    const target = surveyedTarget();
    sheetNamed('Orders').getRange('C3').setValue(300);
    const outcome = sidebarClassify({ ...target, settings: CUSTOMER_DATE_AMOUNT_TIERS });
    expect(outcome.ok && outcome.value.legend.map((entry) => entry.customers)).toEqual([
      1, 0, 1, 0,
    ]);
  });
});

describe('failures come back as data', () => {
  it('gives bad input in the user’s terms, without a remap', () => {
    const log = orderLog.map((row) => [...row]);
    (log[2] as CellValue[])[2] = 'thirty';
    open([{ name: 'Orders', values: log }]);
    expect(sidebarClassify({ ...surveyedTarget(), settings: CUSTOMER_DATE_AMOUNT_TIERS })).toEqual({
      ok: false,
      message: 'Customer Tiers: column "Amount" (C), cell C3: "thirty" is not a number.',
      remap: false,
    });
  });

  it('refuses a malformed request as the sidebar’s fault, not the user’s', () => {
    open([{ name: 'Orders', values: orderLog }]);
    const outcome = sidebarClassify({ sheetId: 'x' } as unknown as Parameters<
      typeof sidebarClassify
    >[0]);
    expect(outcome.ok).toBe(false);
    expect(!outcome.ok && outcome.message).toMatch(
      /^Customer Tiers stopped on an unexpected error \(invalid request: .*\)\. Please report it/s,
    );
  });
});

describe('the last run is shown again', () => {
  it('comes back with the survey after reopening, and goes with Clear', () => {
    open([{ name: 'Orders', values: orderLog }]);
    const target = surveyedTarget();
    const classified = sidebarClassify({ ...target, settings: CUSTOMER_DATE_AMOUNT_TIERS });
    if (!classified.ok) throw new Error(classified.message);

    const reopened = sidebarSurvey();
    const { layout, ...summary } = classified.value;
    expect(reopened.ok && reopened.value.lastRun).toEqual(summary);
    expect(layout).toBe(target.layout); // appended result columns leave the user's layout as it was
    expect(reopened.ok && reopened.value.customerSheet).toEqual({
      name: 'Orders · customer tiers',
      exists: true,
    });

    expect(sidebarClear(surveyedTarget()).ok).toBe(true);
    const cleared = sidebarSurvey();
    expect(cleared.ok && cleared.value.lastRun).toBeNull();
  });

  it('is not shown from a corrupted property', () => {
    const workbook = open([{ name: 'Orders', values: orderLog }]);
    sidebarClassify({ ...surveyedTarget(), settings: CUSTOMER_DATE_AMOUNT_TIERS });
    const id = sheetNamed('Orders').getSheetId();
    workbook.properties.document.set(`customer-tiers.last-run.${id}`, '{"model":"tiers"');
    const survey = sidebarSurvey();
    expect(survey.ok && survey.value.classified).toBe(true);
    expect(survey.ok && survey.value.lastRun).toBeNull();
  });
});

describe('Re-segment finds the columns again, or says why not', () => {
  it('says the settings are unreadable, not "not classified yet", when they were corrupted', () => {
    const workbook = open([{ name: 'Orders', values: orderLog }]);
    sidebarClassify({ ...surveyedTarget(), settings: CUSTOMER_DATE_AMOUNT_TIERS });
    const id = sheetNamed('Orders').getSheetId();
    workbook.properties.document.set(`customer-tiers.settings.${id}`, '{"shape":"pie"}');
    expect(sidebarResegment(surveyedTarget())).toEqual({
      ok: false,
      message:
        "This sheet's saved settings can't be read (changed by hand or by another version); check the columns and classify again.",
      remap: true,
    });
  });

  it('refuses when two columns now share the saved header and neither is at its place', () => {
    const values = orderLog.map((row) => [...row, row === orderLog[0] ? 'Amount' : 1]);
    open([{ name: 'Orders', values }]);
    sidebarClassify({ ...surveyedTarget(), settings: CUSTOMER_DATE_AMOUNT_TIERS });
    sheetNamed('Orders').insertColumnsBefore(1, 1);
    expect(sidebarResegment(surveyedTarget())).toEqual({
      ok: false,
      message: 'Several columns are named "Amount" now; check which one to use and classify again.',
      remap: true,
    });
  });

  it('keeps the column at its saved place when another column has the same header', () => {
    const values = orderLog.map((row) => [...row, row === orderLog[0] ? 'Amount' : 1]);
    open([{ name: 'Orders', values }]);
    const first = sidebarClassify({ ...surveyedTarget(), settings: CUSTOMER_DATE_AMOUNT_TIERS });
    const again = sidebarResegment(surveyedTarget());
    expect(again).toEqual(first);
  });

  it('refuses on a sheet without headers when a column was deleted since the last run', () => {
    const body = orderLog.slice(1).map((row) => [...row, 'note']);
    open([{ name: 'Orders', values: body }]);
    const settings = { ...CUSTOMER_DATE_AMOUNT_TIERS, headerRow: null };
    expect(sidebarClassify({ ...surveyedTarget(), settings }).ok).toBe(true);
    sheetNamed('Orders').deleteColumn(1);
    const before = snapshot(spreadsheet());
    expect(sidebarResegment(surveyedTarget())).toEqual({
      ok: false,
      message:
        'Columns were inserted or deleted since the last run, and this sheet has no header row to find them by; check the columns and classify again.',
      remap: true,
    });
    expect(snapshot(spreadsheet())).toEqual(before);
  });
});
