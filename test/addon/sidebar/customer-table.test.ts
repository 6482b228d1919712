/**
 * Classify on a customer table, in the fake Spreadsheet service: result columns to the right of
 * the user's data, rows coloured by rules, the same numbers as the custom functions, and Clear
 * giving back exactly the sheet the user had.
 */
import { afterEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import { conditionalFormatColours } from '../../../dev/spreadsheet-fake/conditional-format-colours';
import { snapshot } from '../../../dev/spreadsheet-fake/snapshot';
import { installSpreadsheetApp } from '../../../dev/spreadsheet-fake/workbook';
import { CUSTOMER_TIER } from '../../../src/addon/custom-functions/customer-tier';
import { RFM_SCORE } from '../../../src/addon/custom-functions/rfm-score';
import { RFM_SEGMENT } from '../../../src/addon/custom-functions/rfm-segment';
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
    // the summary sheet says when it ran: the same moment, for the re-run to be the same
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2025-01-02T03:04:05Z') });
    onTestFinished(() => {
      vi.useRealTimers();
    });
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
    const again = sidebarClassify(tiers);
    // the classified sheet is the same; the summary now says who moved (nobody), and the hidden
    // history holds the two runs
    const twice = snapshot(workbook.SpreadsheetApp.getActiveSpreadsheet());
    expect(twice.sheets[0]).toEqual(once.sheets[0]);
    expect(twice.sheets.map((sheet) => sheet.name)).toEqual(once.sheets.map((sheet) => sheet.name));
    expect(again.migration?.alerts).toBe(0);
    const history = SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Customers · history');
    expect(history?.getLastRow()).toBe(1 + 2 * 40);
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

describe("Classify on a customer table at the user's own breaks", () => {
  const breaks = { recency: [30, 90, 180, 365], frequency: [2, 4, 8, 16], monetary: null };
  const settings = {
    ...tiers,
    model: 'rfm-segments' as const,
    options: { ...tiers.options, breaks },
  };

  it('writes the scores RFM_SCORE gives with the same breaks, and keeps them for Re-segment', () => {
    const values = customerTableValues(40);
    open(values);
    sidebarClassify(settings);
    const column = (index: number) => values.slice(1).map((row) => [row[index]]);
    const codes = RFM_SCORE(
      column(2),
      column(3),
      column(1),
      '',
      '',
      [breaks.recency],
      [breaks.frequency],
    );
    const written = () => sheetOf().getRange(2, 5, 40, 5).getValues();
    expect(written().map((row) => [row[3]])).toEqual(codes);
    expect(codes).not.toEqual(RFM_SCORE(column(2), column(3), column(1)));
    // R and F on five levels each, M at quintiles: the segment is the code's on the 1–5 table
    expect(written().map((row) => row[4])).toEqual(RFM_SEGMENT(codes).map(([segment]) => segment));
    sidebarResegment();
    expect(written().map((row) => [row[3]])).toEqual(codes);
  });

  it('refuses breaks against the rule before writing anything', () => {
    open();
    const before = snapshot(SpreadsheetApp.getActiveSpreadsheet());
    const outOfOrder = {
      ...settings,
      options: { ...tiers.options, breaks: { recency: [90, 30] } },
    };
    expect(thrownMessage(() => sidebarClassify(outOfOrder))).toMatch(/invalid request/);
    expect(snapshot(SpreadsheetApp.getActiveSpreadsheet())).toEqual(before);
  });

  it("puts High value at the user's own money line, as CUSTOMER_TIER does", () => {
    const values = customerTableValues(40);
    open(values);
    sidebarClassify({ ...tiers, options: { ...tiers.options, highValueFrom: 1000 } });
    const column = (index: number) => values.slice(1).map((row) => [row[index]]);
    const expected = CUSTOMER_TIER(column(2), column(3), column(1), '', '', '', 1000);
    expect(expected).not.toEqual(CUSTOMER_TIER(column(2), column(3), column(1)));
    expect(sheetOf().getRange(2, 9, 40, 1).getValues()).toEqual(expected);
  });
});
