/**
 * This file defines the tests of the survey the sidebar opens with: its defaults are the option
 * registry's (and follow it), an empty sheet gives nothing to map, a sheet without a header row is
 * detected from its values, a title row above the header row is skipped, the add-on's own columns
 * are left out, and the models are offered with their classes and the columns Classify writes.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CellValue } from '../../../dev/spreadsheet-fake/cell-input';
import { installSpreadsheetApp } from '../../../dev/spreadsheet-fake/workbook';
import type * as Survey from '../../../src/addon/sidebar/survey';
import { DEFAULT_OPTIONS, MODEL_CHOICES } from '../../../src/addon/sidebar/survey';
import { SIDEBAR_MODEL_IDS as MODEL_IDS } from '../../../src/core/model-ids';
import type * as Registry from '../../../src/core/option-registry';
import { OPTION_IDS, OPTIONS } from '../../../src/core/option-registry';
import { CUSTOMER_DATE_AMOUNT_TIERS } from '../../helpers/classify-settings';
import { MOVED_NUMBER_OPTIONS, movedRegistry } from '../../helpers/option-ranges';
import { sidebarClassify, sidebarSurvey } from '../../helpers/sidebar-calls';

let fake: ReturnType<typeof installSpreadsheetApp> | undefined;
afterEach(() => fake?.uninstall());

const log = CUSTOMER_DATE_AMOUNT_TIERS;

describe('the survey’s defaults', () => {
  it('are the option registry’s, one for every option', () => {
    expect(Object.keys(DEFAULT_OPTIONS)).toEqual(OPTION_IDS);
    for (const id of OPTION_IDS)
      expect([id, DEFAULT_OPTIONS[id]]).toEqual([id, OPTIONS[id].default]);
  });

  it('follow the registry when its defaults move', async () => {
    vi.resetModules();
    vi.doMock('../../../src/core/option-registry', async (importOriginal) =>
      movedRegistry(await importOriginal<typeof Registry>()),
    );
    try {
      const moved: typeof Survey = await import('../../../src/addon/sidebar/survey');
      expect(moved.DEFAULT_OPTIONS).toEqual({
        ...Object.fromEntries(
          Object.entries(MOVED_NUMBER_OPTIONS).map(([id, spec]) => [id, spec.default]),
        ),
        asOf: null,
        language: null,
      });
    } finally {
      vi.doUnmock('../../../src/core/option-registry');
      vi.resetModules();
    }
  });

  it('come with every survey', () => {
    fake = installSpreadsheetApp({ sheets: [{ name: 'Empty' }] });
    expect(sidebarSurvey().defaults).toEqual(DEFAULT_OPTIONS);
  });
});

describe('the models offered', () => {
  it('are every model, with its classes and the columns Classify writes by shape', () => {
    expect(MODEL_CHOICES.map((choice) => choice.id)).toEqual([...MODEL_IDS]);
    const tiers = MODEL_CHOICES.find((choice) => choice.id === 'tiers');
    expect(tiers?.classes.map((c) => c.label.en)).toEqual([
      'High value',
      'Potential',
      'Regular',
      'Churned',
    ]);
    expect(tiers?.columns.transactions.map((heading) => heading.en)).toEqual(['Tier']);
    expect(tiers?.columns.customers.map((heading) => heading.en)).toEqual([
      'R',
      'F',
      'M',
      'RFM code',
      'Tier',
    ]);
  });
});

describe('a survey of an empty sheet', () => {
  it('finds nothing, and says what each shape needs', () => {
    fake = installSpreadsheetApp({ sheets: [{ name: 'Empty' }] });
    const survey = sidebarSurvey();
    expect([survey.headerRow, survey.shape, survey.columns, survey.dataRows]).toEqual([
      null,
      null,
      [],
      0,
    ]);
    expect(survey.missing.customers).toContain('customer');
    expect([survey.classified, survey.saved, survey.lastRun]).toEqual([false, null, null]);
  });
});

describe('sheets without a header row', () => {
  it('are detected from their values and classified from the first row', () => {
    const values: CellValue[][] = [
      ['ann', new Date('2024-03-04T16:00:00Z'), 12.5],
      ['bob', new Date('2024-03-05T16:00:00Z'), 30.25],
      ['ann', new Date('2024-03-06T16:00:00Z'), 7.75],
    ];
    fake = installSpreadsheetApp({
      timeZone: 'Asia/Shanghai',
      sheets: [{ name: 'Orders', values }],
    });
    const survey = sidebarSurvey();
    expect(survey.headerRow).toBeNull();
    expect(survey.columns.map((column) => column.role)).toEqual([
      'customer',
      'order-date',
      'amount',
    ]);
    const result = sidebarClassify({ ...log, headerRow: null });
    expect(result.customers).toBe(2);
    expect(SpreadsheetApp.getActiveSheet().getRange('D1:D3').getValues().flat()).toEqual([
      'Regular',
      'High value',
      'Regular',
    ]);
  });

  it('skip a title row above the header row', () => {
    const values: CellValue[][] = [
      ['2024年客户订单明细', '', ''],
      ['', '', ''],
      ['客户名称', '下单时间', '金额（元）'],
      ['张三', '2024-03-05', '¥1,200'],
      ['李四', '2024-03-06', '¥300'],
    ];
    fake = installSpreadsheetApp({ locale: 'zh_CN', sheets: [{ name: '订单', values }] });
    const survey = sidebarSurvey();
    expect(survey.headerRow).toBe(3);
    expect(survey.dataRows).toBe(2);
    sidebarClassify({ ...log, headerRow: 3 });
    expect(SpreadsheetApp.getActiveSheet().getRange('D1:D5').getValues().flat()).toEqual([
      '',
      '',
      '客户层级',
      '高价值客户',
      '普通客户',
    ]);
  });
});

describe('a classified sheet', () => {
  it('is surveyed without the add-on’s columns, with its saved settings', () => {
    const values: CellValue[][] = [
      ['Customer', 'Date', 'Amount'],
      ['ann', '2024-03-01', 12],
      ['bob', '2024-03-02', 30],
    ];
    fake = installSpreadsheetApp({ sheets: [{ name: 'Orders', values }] });
    const before = sidebarSurvey();
    sidebarClassify(log);
    const after = sidebarSurvey();
    expect(SpreadsheetApp.getActiveSheet().getRange('D1').getValue()).toBe('Tier');
    expect(after.columns).toEqual(before.columns);
    expect(after.layout).toBe(before.layout);
    expect([after.classified, after.saved]).toEqual([
      true,
      {
        headerRow: log.headerRow,
        shape: log.shape,
        roles: log.roles,
        model: log.model,
        options: log.options,
      },
    ]);
  });
});
