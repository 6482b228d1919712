/**
 * The summary sheet, in the fake Spreadsheet service: its table equals the custom functions'
 * counts and sums on the demo sheets and the public data (the fixtures), it is known by its marker
 * (a user's copy is the user's), and Clear removes it leaving the user's sheets as they were. Its
 * chart and its playbook cells have their own tests (summary-chart, summary-playbook-edits).
 */
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import type { CellValue } from '../../../dev/spreadsheet-fake/cell-input';
import { snapshot } from '../../../dev/spreadsheet-fake/snapshot';
import { installSpreadsheetApp, type SheetSeed } from '../../../dev/spreadsheet-fake/workbook';
import { addCsvSheet } from '../../../scripts/sandbox/server/csv-sheet';
import { ABC_CLASS } from '../../../src/addon/custom-functions/abc-class';
import { CUSTOMER_TIER } from '../../../src/addon/custom-functions/customer-tier';
import { RFM_CLASS } from '../../../src/addon/custom-functions/rfm-class';
import { RFM_TABLE } from '../../../src/addon/custom-functions/rfm-table';
import type { ClassifySettings, ModelId } from '../../../src/addon/sidebar/api';
import { planSummarySheet } from '../../../src/addon/sidebar/summary-sheet';
import { DEFAULT_OPTIONS } from '../../../src/addon/sidebar/survey';
import type { Language } from '../../../src/core/labels';
import { CLASS_SCHEMES, MODELS } from '../../../src/core/models';
import { playbook } from '../../../src/core/playbook';
import { Segmentation } from '../../../src/core/segmentation';
import { CUSTOMER_TABLE_TIERS } from '../../helpers/classify-settings';
import { readFixtureRows } from '../../helpers/csv';
import { thrownMessage } from '../../helpers/ranges';
import {
  sidebarClassify,
  sidebarClear,
  sidebarResegment,
  sidebarSurvey,
} from '../../helpers/sidebar-calls';
import { customerTableValues } from '../../helpers/sidebar-sheets';
import { activeSpreadsheet } from '../../helpers/spreadsheet';
import { summaryOf, summaryTable } from '../../helpers/summary-sheets';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

let fake: ReturnType<typeof installSpreadsheetApp> | undefined;
afterEach(() => fake?.uninstall());

function open(sheets: SheetSeed[] = [{ name: 'Sheet1' }], locale = 'en_GB') {
  fake = installSpreadsheetApp({ locale, timeZone: 'Europe/London', sheets });
  return fake;
}

/** The sheets' names, a hidden one (the add-on's history) said so. */
const names = () =>
  activeSpreadsheet()
    .getSheets()
    .map((sheet) => (sheet.isSheetHidden() ? `${sheet.getName()} (hidden)` : sheet.getName()));

/** A demo sheet of the sandbox, imported as its CSV loader does, made the active sheet. */
function openDemo(file: string, name: string, locale: string): Sheet {
  open([{ name: 'Blank' }], locale);
  const csv = readFileSync(
    new URL(`../../../scripts/sandbox/demo/${file}`, import.meta.url),
    'utf8',
  );
  const sheet = addCsvSheet(activeSpreadsheet(), name, csv);
  activeSpreadsheet().deleteSheet(activeSpreadsheet().getSheetByName('Blank') as Sheet);
  activeSpreadsheet().setActiveSheet(sheet);
  return sheet;
}

/** Classifies the active sheet with the columns the survey detects. */
function classifyDetected(model: ModelId): ClassifySettings {
  const survey = sidebarSurvey();
  const settings: ClassifySettings = {
    headerRow: survey.headerRow,
    shape: survey.shape ?? 'transactions',
    roles: survey.columns.flatMap(({ index, role }) => (role ? [{ index, role }] : [])),
    model,
    options: DEFAULT_OPTIONS,
  };
  sidebarClassify(settings);
  return settings;
}

interface Customer {
  readonly label: string;
  readonly recency: number | null;
  readonly frequency: number;
  readonly monetary: number;
}

/** The table a plain recount of the customers gives, in the model's order. */
function recount(customers: readonly Customer[], model: ModelId, language: Language) {
  const all = customers.length;
  const revenueOf = (c: Customer) => Math.max(0, c.monetary);
  const revenue = customers.reduce((sum, c) => sum + revenueOf(c), 0);
  const mean = (values: number[]) =>
    values.length === 0 ? '' : values.reduce((sum, v) => sum + v, 0) / values.length;
  const scheme = CLASS_SCHEMES[model];
  return scheme.classes.map((id) => {
    const label = scheme.labels[id]?.[language] ?? id;
    const members = customers.filter((c) => c.label === label);
    const spent = members.reduce((sum, c) => sum + revenueOf(c), 0);
    return [
      label,
      members.length,
      members.length / all,
      spent,
      revenue > 0 ? spent / revenue : 0,
      mean(members.flatMap((c) => (c.recency === null ? [] : [c.recency]))),
      mean(members.map((c) => c.frequency)),
      mean(members.map((c) => c.monetary)),
      playbook(model, id)?.[language],
    ];
  });
}

function expectTable(actual: unknown[][], expected: unknown[][]): void {
  expect(actual.map((row) => row[0])).toEqual(expected.map((row) => row[0]));
  actual.forEach((row, r) => {
    row.forEach((cell, c) => {
      const want = expected[r]?.[c];
      if (typeof want === 'number')
        expect(cell, `row ${r + 1} column ${c + 1}`).toBeCloseTo(want, 6);
      else expect(cell, `row ${r + 1} column ${c + 1}`).toBe(want);
    });
  });
}

/** RFM_TABLE's customers with the labels of one of its columns (9 segment, 10 tier). */
function rfmTableCustomers(table: unknown[][], labelColumn: number): Customer[] {
  return table
    .slice(1)
    .filter((row) => typeof row[3] === 'number')
    .map((row) => ({
      label: String(row[labelColumn]),
      recency: typeof row[2] === 'number' ? row[2] : null,
      frequency: row[3] as number,
      monetary: row[4] as number,
    }));
}

describe('the summary table equals the custom functions’ counts and sums', () => {
  it('on the Online Retail demo log: tiers and RFM segments, as RFM_TABLE gives them', () => {
    const sheet = openDemo('online-retail.csv', 'Online Retail', 'en_GB');
    const values = sheet.getDataRange().getValues();
    const column = (index: number) => values.slice(1).map((row) => [row[index]]);
    const amounts = values.slice(1).map((row) => [(row[3] as number) * (row[5] as number)]);
    const table = RFM_TABLE(column(6), column(4), amounts, '', column(0), 'en');
    for (const [model, labelColumn] of [
      ['tiers', 10],
      ['rfm-segments', 9],
    ] as const) {
      classifyDetected(model);
      const expected = recount(rfmTableCustomers(table, labelColumn), model, 'en');
      expectTable(summaryTable('en').rows, expected);
    }
    expect(names()).toEqual([
      'Online Retail',
      'Online Retail · customer tiers',
      'Online Retail · summary',
      'Online Retail · history (hidden)',
    ]);
  });

  it('on the Chinese customer demo: tiers, value classes and ABC, as CUSTOMER_TIER, RFM_CLASS and ABC_CLASS give them', () => {
    const sheet = openDemo('customers-zh.csv', '客户名单', 'zh_CN');
    const values = sheet.getDataRange().getValues();
    const column = (index: number) => values.slice(1).map((row) => [row[index]]);
    const money = (cell: unknown) =>
      typeof cell === 'number' ? cell : Number(String(cell).replace(/[¥,]/g, ''));
    const labelsOf: Record<'tiers' | 'value-classes' | 'abc', () => unknown[][]> = {
      tiers: () => CUSTOMER_TIER(column(1), column(2), column(3)),
      'value-classes': () => RFM_CLASS(column(1), column(2), column(3)),
      abc: () => ABC_CLASS(column(3)),
    };
    for (const model of ['tiers', 'value-classes', 'abc'] as const) {
      classifyDetected(model);
      const labels = labelsOf[model]();
      const customers = values.slice(1).map((row, i) => ({
        label: String(labels[i]?.[0]),
        recency: null,
        frequency: row[2] as number,
        monetary: money(row[3]),
      }));
      const actual = summaryTable('zh', sheet).rows;
      // recency is counted in days to the latest purchase: checked on the logs against RFM_TABLE
      const withoutRecency = (rows: unknown[][]) =>
        rows.map((row) => [...row.slice(0, 5), ...row.slice(6)]);
      expectTable(withoutRecency(actual), withoutRecency(recount(customers, model, 'zh')));
    }
    expect(names()).toEqual(['客户名单', '客户名单 · 分层汇总', '客户名单 · 分层历史 (hidden)']);
  });

  it('on the R rfm package’s order log (the public data): tiers, as RFM_TABLE gives them', () => {
    const [, ...orders] = readFixtureRows('rfm-data-orders.csv');
    const log: CellValue[][] = [
      ['customer', 'order date', 'revenue'],
      ...orders.map(([customer = '', day = '', revenue = '']) => [
        customer,
        new Date(`${day}T00:00:00Z`),
        Number(revenue),
      ]),
    ];
    open([{ name: 'Orders', values: log }]);
    classifyDetected('tiers');
    const column = (index: number) => log.slice(1).map((row) => [row[index]]);
    const table = RFM_TABLE(column(0), column(1), column(2), '', undefined, 'en');
    expectTable(summaryTable('en').rows, recount(rfmTableCustomers(table, 10), 'tiers', 'en'));
  });
});

describe('the summary sheet', () => {
  it('states the run, and colours each segment as the model does', () => {
    open([{ name: 'Customers', values: customerTableValues(40) }]);
    sidebarClassify(CUSTOMER_TABLE_TIERS);
    const summary = summaryOf();
    expect(summary.getName()).toBe('Customers · summary');
    expect(
      summary
        .getRange('A3:B9')
        .getDisplayValues()
        .map(([label]) => label),
    ).toEqual(['Source sheet', 'Model', 'Options', 'As of', 'Ran at', 'Customers', 'Rows skipped']);
    expect(summary.getRange('B3:B4').getValues()).toEqual([['Customers'], ['Four tiers']]);
    expect(summary.getRange('B5').getValue()).toMatch(
      /^Churned after .*: 365; High-value .*: 20%$/,
    );
    expect(summary.getRange('B8:B9').getValues()).toEqual([[40], [0]]);
    const { headingRow, rows } = summaryTable('en');
    const backgrounds = summary.getRange(headingRow + 1, 1, rows.length, 1).getBackgrounds();
    expect(backgrounds.map(([colour]) => colour?.toUpperCase())).toEqual(
      MODELS.tiers.classes.map((c) => MODELS.tiers.colours[c]?.background),
    );
    // the user stays on the sheet they classified
    expect(SpreadsheetApp.getActiveSheet().getName()).toBe('Customers');
  });

  it('writes the options in Chinese with full-width colons', () => {
    open([{ name: 'Customers', values: customerTableValues(40) }]);
    sidebarClassify({ ...CUSTOMER_TABLE_TIERS, options: { ...DEFAULT_OPTIONS, language: 'zh' } });
    expect(summaryOf().getRange('B5').getValue()).toMatch(/^流失判定[^:]*：365；高价值[^:]*：20%$/);
  });

  it('is known by its marker: a user’s copy is never rewritten nor deleted', () => {
    open([{ name: 'Customers', values: customerTableValues(40) }]);
    sidebarClassify(CUSTOMER_TABLE_TIERS);
    activeSpreadsheet().setActiveSheet(summaryOf());
    const copy = activeSpreadsheet().duplicateActiveSheet();
    copy.getRange('A1').setValue('my copy');
    activeSpreadsheet().setActiveSheet(activeSpreadsheet().getSheetByName('Customers') as Sheet);
    const copied = snapshot(activeSpreadsheet()).sheets.find(
      (sheet) => sheet.name === copy.getName(),
    );
    sidebarResegment();
    // the summary and history sheets go; the copy of the summary stays
    expect(sidebarClear().removedSheets).toBe(2);
    expect(names()).toEqual(['Customers', 'Copy of Customers · summary']);
    expect(snapshot(activeSpreadsheet()).sheets[1]).toEqual(copied);
  });
});

describe('Clear and the summary sheet', () => {
  it('removes it; Clear then Classify, again and again, leaves the user’s sheets as they were', () => {
    const workbook = open([
      { name: 'Customers', values: customerTableValues(40) },
      { name: 'Notes', values: [['keep me']] },
    ]);
    const sheet = SpreadsheetApp.getActiveSheet();
    sheet.getRange('B2:B41').setNumberFormat('#,##0').setBackground('#fff2cc');
    const before = snapshot(workbook.SpreadsheetApp.getActiveSpreadsheet());
    for (let round = 0; round < 2; round++) {
      sidebarClassify(CUSTOMER_TABLE_TIERS);
      expect(names()).toEqual([
        'Customers',
        'Notes',
        'Customers · summary',
        'Customers · history (hidden)',
      ]);
      expect(sidebarClear()).toEqual({ removedColumns: 5, removedRules: 4, removedSheets: 2 });
      expect(snapshot(workbook.SpreadsheetApp.getActiveSpreadsheet())).toEqual(before);
    }
  });

  it('refuses, changing nothing, when another editor protected the summary sheet', () => {
    const workbook = open([{ name: 'Customers', values: customerTableValues(40) }]);
    sidebarClassify(CUSTOMER_TABLE_TIERS);
    workbook.protect(summaryOf().getRange('A1'));
    const classified = snapshot(activeSpreadsheet());
    expect(thrownMessage(() => sidebarClear())).toMatch(
      /^'Customers · summary'!A1 is protected, so Clear can't/,
    );
    expect(snapshot(activeSpreadsheet())).toEqual(classified);
    expect(thrownMessage(() => sidebarResegment())).toMatch(
      /^'Customers · summary'!A1 is protected/,
    );
    expect(snapshot(activeSpreadsheet())).toEqual(classified);
  });

  it('leaves no half-written summary sheet when Google’s service fails while writing it', () => {
    open([{ name: 'Customers', values: customerTableValues(4) }]);
    const real = activeSpreadsheet();
    const source = SpreadsheetApp.getActiveSheet();
    let inserted: Sheet | undefined;
    const failingChart = (sheet: Sheet) =>
      new Proxy(sheet, {
        get: (target, key) =>
          key === 'insertChart'
            ? () => {
                throw new Error('Service Spreadsheets failed while accessing document');
              }
            : Reflect.get(target, key),
      });
    const failing = new Proxy(real, {
      get: (target, key) => {
        if (key === 'insertSheet')
          return (...args: [string, number]) => {
            inserted = target.insertSheet(...args);
            return failingChart(inserted);
          };
        if (key === 'deleteSheet') return () => target.deleteSheet(inserted as Sheet);
        if (key === 'setActiveSheet') return () => target.setActiveSheet(source);
        return Reflect.get(target, key);
      },
    });
    const plan = planSummarySheet({
      source: new Proxy(source, {
        get: (target, key) => (key === 'getParent' ? () => failing : Reflect.get(target, key)),
      }),
      settings: CUSTOMER_TABLE_TIERS,
      language: 'en',
      ...runOf(
        new Segmentation({
          recencyDays: [1, 30],
          frequency: [3, 1],
          monetary: [90, 10],
        }),
      ),
      customers: 2,
      rowsSkipped: 0,
      breakdowns: [],
    });
    expect(() => plan.write()).toThrow('Service Spreadsheets failed');
    expect(names()).toEqual(['Customers']);
  });
});

/** A tiers run's classes and totals, as classify hands them to the summary. */
function runOf(segmentation: Segmentation) {
  return {
    scheme: MODELS.tiers,
    classes: segmentation.classes('tiers'),
    measures: segmentation.measures,
    totals: segmentation.totals('tiers'),
  };
}
