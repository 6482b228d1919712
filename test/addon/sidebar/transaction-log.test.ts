/**
 * Classify on a transaction log, in the fake Spreadsheet service: every line gets its customer's
 * label, the add-on's customer sheet holds the RFM_TABLE columns (the same numbers), ids stay
 * text, and Clear removes the customer sheet too.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { CellValue } from '../../../dev/spreadsheet-fake/cell-input';
import { snapshot } from '../../../dev/spreadsheet-fake/snapshot';
import { installSpreadsheetApp } from '../../../dev/spreadsheet-fake/workbook';
import { RFM_TABLE } from '../../../src/addon/custom-functions/rfm-table';
import type { ClassifySettings } from '../../../src/addon/sidebar/api';
import { DEFAULT_OPTIONS } from '../../../src/addon/sidebar/survey';
import { CUSTOMER_DATE_AMOUNT_TIERS, RETAIL_LOG_SEGMENTS } from '../../helpers/classify-settings';
import { sidebarClassify, sidebarClear, sidebarSurvey } from '../../helpers/sidebar-calls';
import { retailLogValues } from '../../helpers/sidebar-sheets';

let fake: ReturnType<typeof installSpreadsheetApp> | undefined;
afterEach(() => fake?.uninstall());

function open(values: CellValue[][], locale = 'zh_CN') {
  fake = installSpreadsheetApp({
    locale,
    timeZone: 'Europe/London',
    sheets: [{ name: '订单', values }],
  });
  return fake;
}

const segments: ClassifySettings = {
  ...RETAIL_LOG_SEGMENTS,
  options: { ...DEFAULT_OPTIONS, asOf: '2010-12-24' },
};

const customerSheet = () => SpreadsheetApp.getActiveSpreadsheet().getSheets()[1];

describe('Classify on a transaction log', () => {
  const values = retailLogValues();

  it('detects a log with Chinese headers: quantity × unit price, invoice ids', () => {
    open(values);
    const survey = sidebarSurvey();
    expect(survey.shape).toBe('transactions');
    expect(survey.columns.map((column) => column.role)).toEqual(segments.roles.map((r) => r.role));
    expect(survey.language).toBe('zh');
  });

  it('labels every line with its customer segment, as RFM_TABLE segments them', () => {
    open(values);
    const result = sidebarClassify(segments);
    const sheet = SpreadsheetApp.getActiveSheet();
    const labels = sheet.getRange(1, 6, values.length, 1).getValues();
    expect(labels[0]).toEqual(['客户细分']);
    const column = (index: number) => values.slice(1).map((row) => [row[index]]);
    const amounts = values.slice(1).map((row) => [(row[1] as number) * (row[3] as number)]);
    const table = RFM_TABLE(column(4), column(2), amounts, '2010-12-24', column(0), 'zh');
    const segmentOf = new Map(table.slice(1, -1).map((row) => [row[0], row[9]]));
    values.slice(1).forEach((row, i) => {
      expect(labels[i + 1]?.[0]).toBe(row[4] === '' ? '' : segmentOf.get(row[4]));
    });
    expect(result.customers).toBe(948);
    expect(result.note).toBe('注：已跳过 15,631 行没有客户的记录。');
    expect(customerSheet()?.getName()).toBe('订单 · 客户分层');
    // the customers under their header; RFM_TABLE's note beside the header, after a blank column
    const customers = table.slice(0, -1);
    expect(customerSheet()?.getRange(1, 1, customers.length, 11).getValues()).toEqual(customers);
    expect(customerSheet()?.getDataRange().getValues()[0]?.slice(11)).toEqual([
      '',
      table.at(-1)?.[0],
    ]);
  });

  it('runs its Chinese notes together without a space after each 。', () => {
    open(values);
    // as of the 10th: lines after it are left out, beside the rows without a customer
    const result = sidebarClassify({
      ...segments,
      options: { ...DEFAULT_OPTIONS, asOf: '2010-12-10' },
    });
    expect(result.note).toMatch(/^注：已跳过 [\d,]+ 行没有客户的记录。注：已略去 /);
    expect(result.note).not.toContain('。 ');
  });

  it('writes customer ids as text, never as a formula or a number', () => {
    const risky = ['=IMPORTXML("http://x", "//a")', '+86 138 0000 0000', '-12', '00123'];
    const log: CellValue[][] = [
      ['Customer', 'Date', 'Amount'],
      ...risky.map((id, i): CellValue[] => [id, `2024-03-0${i + 1}`, 10 + i]),
    ];
    open(log, 'en_US');
    sidebarClassify(CUSTOMER_DATE_AMOUNT_TIERS);
    const ids = customerSheet()?.getRange(2, 1, risky.length, 1);
    expect(ids?.getValues().map(([id]) => id)).toEqual(risky);
    expect(ids?.getFormulas().every(([formula]) => formula === '')).toBe(true);
  });

  it('grows its customer sheet past the 1,000 rows a new sheet has', () => {
    const log: CellValue[][] = [['Customer', 'Date', 'Amount']];
    for (let i = 0; i < 1_500; i++) log.push([`c${i}`, '2024-03-05', 10]);
    open(log, 'en_US');
    sidebarClassify(CUSTOMER_DATE_AMOUNT_TIERS);
    expect(customerSheet()?.getLastRow()).toBe(1_501);
  });

  it('Clear removes the customer sheet, the label column and the rules, and nothing else', () => {
    const workbook = open(values);
    const before = snapshot(workbook.SpreadsheetApp.getActiveSpreadsheet());
    sidebarClassify(segments);
    sidebarClassify({ ...segments, model: 'tiers' });
    // the log, its customer and summary sheets, and its hidden history
    expect(SpreadsheetApp.getActiveSpreadsheet().getSheets()).toHaveLength(4);
    expect(sidebarClear()).toEqual({ removedColumns: 1, removedRules: 4, removedSheets: 3 });
    expect(snapshot(workbook.SpreadsheetApp.getActiveSpreadsheet())).toEqual(before);
  });
});

describe('Classify on a log without order numbers whose customers each bought once', () => {
  it('takes it as a log, needing nothing more, and classifies it', () => {
    const values: CellValue[][] = [
      ['Customer', 'Date', 'Amount'],
      ...Array.from({ length: 250 }, (_, i): CellValue[] => [`C${i}`, '2024-03-05', 10 + i]),
    ];
    open(values, 'en_US');
    const survey = sidebarSurvey();
    expect(survey.shape).toBe('transactions');
    expect(survey.missing.transactions).toEqual([]);
    expect(sidebarClassify(CUSTOMER_DATE_AMOUNT_TIERS).customers).toBe(250);
  });
});

describe('Classify a log as of a past day', () => {
  it('classifies the customers as they were then, leaving the later orders out', () => {
    const values: CellValue[][] = [
      ['Customer', 'Date', 'Amount'],
      ['ann', '2024-03-01', 10],
      ['bob', '2024-03-02', 20],
      ['ann', '2024-03-09', 30],
      ['cy', '2024-03-10', 40],
    ];
    open(values, 'en_US');
    const settings = {
      ...CUSTOMER_DATE_AMOUNT_TIERS,
      options: { ...CUSTOMER_DATE_AMOUNT_TIERS.options, asOf: '2024-03-05' },
    };
    const result = sidebarClassify(settings);
    // cy's first order is after the day: not a customer yet
    expect(result.customers).toBe(2);
    const customers = customerSheet()?.getDataRange().getValues() ?? [];
    expect(customers.slice(1, 3).map((row) => [row[0], row[2], row[3], row[4]])).toEqual([
      ['ann', 4, 1, 10],
      ['bob', 3, 1, 20],
    ]);
  });
});

describe("Classify on a transaction log at the user's own breaks", () => {
  it('writes the customer sheet RFM_TABLE gives with the same breaks', () => {
    const values = retailLogValues();
    open(values);
    const breaks = { recency: [7, 14, 21], frequency: [1, 2, 4, 8], monetary: null };
    sidebarClassify({ ...segments, options: { ...segments.options, breaks } });
    const column = (index: number) => values.slice(1).map((row) => [row[index]]);
    const amounts = values.slice(1).map((row) => [(row[1] as number) * (row[3] as number)]);
    const table = RFM_TABLE(
      column(4),
      column(2),
      amounts,
      '2010-12-24',
      column(0),
      [breaks.recency],
      [breaks.frequency],
      '',
      'zh',
    );
    const customers = table.slice(0, -1);
    expect(customerSheet()?.getRange(1, 1, customers.length, 11).getValues()).toEqual(customers);
    // R on four levels: all four occur among the buyers (prospects score 0)
    expect(new Set(customers.slice(1).map((row) => row[5]))).toEqual(new Set([0, 1, 2, 3, 4]));
  });
});
