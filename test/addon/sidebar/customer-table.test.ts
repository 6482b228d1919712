/**
 * Classify on a customer table, in the fake Spreadsheet service: result columns to the right of
 * the user's data, rows coloured by rules, the same numbers as the custom functions, and Clear
 * giving back exactly the sheet the user had.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { conditionalFormatColours } from '../../../dev/spreadsheet-fake/conditional-format-colours';
import { snapshot } from '../../../dev/spreadsheet-fake/snapshot';
import { installSpreadsheetApp } from '../../../dev/spreadsheet-fake/workbook';
import { CUSTOMER_TIER } from '../../../src/addon/custom-functions/customer-tier';
import { CUSTOMER_TABLE_TIERS } from '../../helpers/classify-settings';
import { thrownMessage } from '../../helpers/ranges';
import {
  sidebarClassify,
  sidebarClear,
  sidebarResegment,
  sidebarSurvey,
} from '../../helpers/sidebar-calls';
import { customerTableValues } from '../../helpers/sidebar-sheets';

let fake: ReturnType<typeof installSpreadsheetApp> | undefined;
afterEach(() => fake?.uninstall());

function open(values = customerTableValues(40), locale = 'en_US') {
  fake = installSpreadsheetApp({
    locale,
    timeZone: 'Asia/Shanghai',
    sheets: [{ name: 'Customers', values }],
  });
  return fake;
}

const tiers = CUSTOMER_TABLE_TIERS;

const sheetOf = () => SpreadsheetApp.getActiveSheet();

describe('Classify on a customer table', () => {
  it('detects the columns and the shape', () => {
    open();
    const survey = sidebarSurvey();
    expect(survey.shape).toBe('customers');
    expect(survey.headerRow).toBe(1);
    expect(survey.columns.map((column) => column.role)).toEqual([
      'customer',
      'monetary',
      'last-purchase',
      'frequency',
    ]);
    expect(survey.classified).toBe(false);
  });

  it('writes R, F, M, the code and the tier to the right, as CUSTOMER_TIER gives them', () => {
    const values = customerTableValues(40);
    open(values);
    const result = sidebarClassify(tiers);
    const written = sheetOf().getRange(1, 5, 41, 5).getValues();
    expect(written[0]).toEqual(['R', 'F', 'M', 'RFM code', 'Tier']);
    const column = (index: number) => values.slice(1).map((row) => [row[index]]);
    const expected = CUSTOMER_TIER(column(2), column(3), column(1)).map(([tier]) => tier);
    expect(written.slice(1).map((row) => row[4])).toEqual(expected);
    expect(result.customers).toBe(40);
    const counted = Object.fromEntries(
      result.legend.map((entry) => [entry.label, entry.customers]),
    );
    for (const tier of new Set(expected)) {
      expect(counted[tier as string]).toBe(expected.filter((t) => t === tier).length);
    }
    expect(result.legend.reduce((share, entry) => share + entry.revenueShare, 0)).toBeCloseTo(1, 9);
  });

  it('colours every data row by its tier through rules the user can see', () => {
    open();
    const result = sidebarClassify(tiers);
    const colours = conditionalFormatColours(sheetOf());
    const tierColumn = sheetOf().getRange(2, 9, 40, 1).getValues();
    const backgroundOf = new Map(result.legend.map((entry) => [entry.label, entry.background]));
    tierColumn.forEach(([tier], i) => {
      for (let column = 0; column < 9; column++) {
        expect(colours.backgrounds[i + 1]?.[column]).toBe(backgroundOf.get(tier as string));
      }
    });
    expect(colours.backgrounds[0]?.[0]).toBe('#ffffff');
  });

  it('re-runs in place, and Clear gives back exactly the sheet the user had', () => {
    const workbook = open();
    const user = SpreadsheetApp.newConditionalFormatRule()
      .whenNumberGreaterThan(1000)
      .setBackground('#ff0000')
      .setRanges([sheetOf().getRange('B2:B41')])
      .build();
    sheetOf().setConditionalFormatRules([user]);
    const before = snapshot(workbook.SpreadsheetApp.getActiveSpreadsheet());
    sidebarClassify(tiers);
    const once = snapshot(workbook.SpreadsheetApp.getActiveSpreadsheet());
    sidebarClassify(tiers);
    expect(snapshot(workbook.SpreadsheetApp.getActiveSpreadsheet())).toEqual(once);
    expect(sheetOf().getConditionalFormatRules()).toHaveLength(1 + 4);
    expect(sidebarSurvey().classified).toBe(true);
    const cleared = sidebarClear();
    expect(cleared.removedRules).toBe(4);
    expect(snapshot(workbook.SpreadsheetApp.getActiveSpreadsheet())).toEqual(before);
  });

  it('never writes over a cell of the user: its columns go after the last one used', () => {
    const values = customerTableValues(10).map((row, i) => [...row, '', i === 5 ? 'note' : '']);
    open(values);
    sidebarClassify(tiers);
    expect(sheetOf().getRange(6, 6).getValue()).toBe('note');
    expect(sheetOf().getRange(1, 7, 1, 5).getValues()[0]).toEqual([
      'R',
      'F',
      'M',
      'RFM code',
      'Tier',
    ]);
  });

  it('names the sheet cell of bad input and writes nothing', () => {
    const values = customerTableValues(10);
    (values[4] as unknown[])[3] = 'many';
    const workbook = open(values);
    const before = snapshot(workbook.SpreadsheetApp.getActiveSpreadsheet());
    expect(thrownMessage(() => sidebarClassify(tiers))).toBe(
      'Customer Tiers: column "Orders" (D), cell D5: "many" is not a number.',
    );
    expect(snapshot(workbook.SpreadsheetApp.getActiveSpreadsheet())).toEqual(before);
  });

  it('tells a second run that one is running, and writes nothing', () => {
    const workbook = open();
    const before = snapshot(workbook.SpreadsheetApp.getActiveSpreadsheet());
    workbook.holdLockElsewhere();
    expect(thrownMessage(() => sidebarClassify(tiers))).toBe(
      'Another change by Customer Tiers is under way in this spreadsheet — try Classify again in a moment.',
    );
    expect(snapshot(workbook.SpreadsheetApp.getActiveSpreadsheet())).toEqual(before);
  });

  it('refuses a protected sheet or a filter before writing anything', () => {
    const workbook = open();
    workbook.protect(sheetOf());
    const before = snapshot(workbook.SpreadsheetApp.getActiveSpreadsheet());
    expect(thrownMessage(() => sidebarClassify(tiers))).toMatch(/^Customers is protected/);
    expect(snapshot(workbook.SpreadsheetApp.getActiveSpreadsheet())).toEqual(before);
    open();
    sheetOf().getRange('A1:D41').createFilter();
    const filtered = snapshot(SpreadsheetApp.getActiveSpreadsheet());
    expect(thrownMessage(() => sidebarClassify(tiers))).toMatch(/has a filter/);
    expect(snapshot(SpreadsheetApp.getActiveSpreadsheet())).toEqual(filtered);
  });

  it('re-segments with the saved settings, finding a moved column by its header', () => {
    open();
    sidebarClassify(tiers);
    sheetOf().insertColumnsBefore(1, 1);
    const result = sidebarResegment();
    expect(result.customers).toBe(40);
    expect(sheetOf().getRange(1, 6, 1, 5).getValues()[0]).toEqual([
      'R',
      'F',
      'M',
      'RFM code',
      'Tier',
    ]);
    sheetOf().getRange(1, 4).setValue('Last order');
    expect(thrownMessage(() => sidebarResegment())).toBe(
      '[remap] The column "Last purchase" is gone or renamed since the last run; check the columns and classify again.',
    );
  });

  it('makes as many service calls for 10,000 rows as for 1,000', () => {
    const callsFor = (rows: number) => {
      const workbook = open(customerTableValues(rows));
      workbook.resetCalls();
      sidebarClassify(tiers);
      return { ...workbook.calls };
    };
    expect(callsFor(10_000)).toEqual(callsFor(1_000));
  });

  it('speaks the sheet language', () => {
    open(customerTableValues(5), 'zh_CN');
    sidebarClassify(tiers);
    expect(sheetOf().getRange(1, 5, 1, 5).getValues()[0]).toEqual([
      'R',
      'F',
      'M',
      'RFM 代码',
      '客户层级',
    ]);
  });
});
