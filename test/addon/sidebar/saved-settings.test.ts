/**
 * This file defines the tests of the saved settings: the request schema takes each number option
 * exactly as its range in the option registry says (and follows the registry when its ranges
 * move), settings are read back as saved, or said unreadable when corrupted or foreign, and a run
 * whose settings cannot be saved leaves the earlier ones as they were.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as z from 'zod/mini';
import type { CellValue } from '../../../dev/spreadsheet-fake/cell-input';
import { snapshot } from '../../../dev/spreadsheet-fake/snapshot';
import type { ClassifySettings } from '../../../src/addon/sidebar/api';
import type * as SavedSettings from '../../../src/addon/sidebar/saved-settings';
import {
  classifySettingsSchema,
  forgetSettings,
  loadSettings,
  runProperties,
  runPropertyKind,
  saveRunProperties,
} from '../../../src/addon/sidebar/saved-settings';
import { DEFAULT_OPTIONS } from '../../../src/addon/sidebar/survey';
import type * as Registry from '../../../src/core/option-registry';
import {
  inRange,
  type NumberOptionId,
  OPTION_IDS,
  OPTIONS,
  rangeOf,
} from '../../../src/core/option-registry';
import { CUSTOMER_DATE_AMOUNT_TIERS } from '../../helpers/classify-settings';
import {
  MOVED_NUMBER_OPTIONS,
  MOVED_RANGES,
  movedRegistry,
  probesOf,
} from '../../helpers/option-ranges';
import { thrownMessage } from '../../helpers/ranges';
import { sidebarClassify } from '../../helpers/sidebar-calls';
import { useWorkbooks } from '../../helpers/spreadsheet';

const NUMBER_OPTIONS = OPTION_IDS.filter((id): id is NumberOptionId => 'range' in OPTIONS[id]);

/** Whether a schema takes the settings with one option set to a value. */
function schemaTakes(
  schema: typeof classifySettingsSchema,
  id: NumberOptionId,
  value: number,
  others: object = CUSTOMER_DATE_AMOUNT_TIERS.options,
): boolean {
  const settings = {
    ...CUSTOMER_DATE_AMOUNT_TIERS,
    options: { ...CUSTOMER_DATE_AMOUNT_TIERS.options, ...others, [id]: value },
  };
  return z.safeParse(schema, settings).success;
}

describe('classifySettingsSchema', () => {
  it.each(NUMBER_OPTIONS)('takes %s exactly as its registry range allows', (id) => {
    for (const value of probesOf(rangeOf(id)))
      expect([value, schemaTakes(classifySettingsSchema, id, value)]).toEqual([
        value,
        inRange(rangeOf(id), value),
      ]);
  });

  it('takes an as-of day in ISO form only, and a known language or none', () => {
    const withOption = (options: object) => ({
      ...CUSTOMER_DATE_AMOUNT_TIERS,
      options: { ...CUSTOMER_DATE_AMOUNT_TIERS.options, ...options },
    });
    const takes = (options: object) =>
      z.safeParse(classifySettingsSchema, withOption(options)).success;
    expect([takes({ asOf: '2024-12-31' }), takes({ asOf: null })]).toEqual([true, true]);
    expect([takes({ asOf: '31/12/2024' }), takes({ language: 'fr' })]).toEqual([false, false]);
  });

  describe('with the registry’s ranges moved', () => {
    afterEach(() => {
      vi.doUnmock('../../../src/core/option-registry');
      vi.resetModules();
    });

    it.each(NUMBER_OPTIONS)('takes %s as the moved range allows', async (id) => {
      vi.resetModules();
      vi.doMock('../../../src/core/option-registry', async (importOriginal) =>
        movedRegistry(await importOriginal<typeof Registry>()),
      );
      const moved: typeof SavedSettings = await import('../../../src/addon/sidebar/saved-settings');
      const range = MOVED_RANGES[OPTIONS[id].range];
      // the other options at their moved defaults, which the moved ranges take
      const others = Object.fromEntries(
        Object.entries(MOVED_NUMBER_OPTIONS).map(([other, spec]) => [other, spec.default]),
      );
      for (const value of [...probesOf(range), ...probesOf(rangeOf(id))])
        expect([value, schemaTakes(moved.classifySettingsSchema, id, value, others)]).toEqual([
          value,
          inRange(range, value),
        ]);
    });
  });
});

const open = useWorkbooks();
const orderLog: CellValue[][] = [
  ['Customer', 'Date', 'Amount'],
  ['ann', '2024-03-01', 12],
  ['bob', '2024-03-02', 30],
];
const result = { model: 'tiers' as const, customers: 2, rows: 2, legend: [], note: null };
const sheetId = () => SpreadsheetApp.getActiveSheet().getSheetId();

describe('loadSettings', () => {
  it('reads back what a run saved: the settings, the header of each column, the user’s columns', () => {
    open([{ name: 'Orders', values: orderLog }]);
    const headers = ['Customer', 'Date', 'Amount'];
    saveRunProperties(runProperties(sheetId(), CUSTOMER_DATE_AMOUNT_TIERS, headers, 3, result));
    expect(loadSettings(sheetId())).toEqual({
      kind: 'read',
      settings: { ...CUSTOMER_DATE_AMOUNT_TIERS, headers, userColumns: 3 },
    });
  });

  it('reads settings saved without the prediction options, with their defaults', () => {
    open([{ name: 'Orders', values: orderLog }]);
    const { horizon, activeFrom, atRiskFrom, clusterCount, ...before } = DEFAULT_OPTIONS;
    const saved = { ...CUSTOMER_DATE_AMOUNT_TIERS, options: before, headers: ['a', 'b', 'c'] };
    PropertiesService.getDocumentProperties().setProperty(
      `customer-tiers.settings.${sheetId()}`,
      JSON.stringify(saved),
    );
    const loaded = loadSettings(sheetId());
    expect(loaded.kind).toBe('read');
    if (loaded.kind === 'read') expect(loaded.settings.options).toEqual(DEFAULT_OPTIONS);
    expect({ horizon, activeFrom, atRiskFrom, clusterCount }).toEqual({
      horizon: 12,
      activeFrom: 0.5,
      atRiskFrom: 0.2,
      clusterCount: 4,
    });
  });

  it('refuses a prediction option out of its range', () => {
    open([{ name: 'Orders', values: orderLog }]);
    const saved = {
      ...CUSTOMER_DATE_AMOUNT_TIERS,
      model: 'churn-risk',
      options: { ...DEFAULT_OPTIONS, activeFrom: 1.5 },
      headers: ['a', 'b', 'c'],
    };
    PropertiesService.getDocumentProperties().setProperty(
      `customer-tiers.settings.${sheetId()}`,
      JSON.stringify(saved),
    );
    expect(loadSettings(sheetId()).kind).toBe('unreadable');
  });

  it('says none for a sheet never classified, and after forgetSettings', () => {
    const workbook = open([{ name: 'Orders', values: orderLog }]);
    expect(loadSettings(sheetId())).toEqual({ kind: 'none' });
    saveRunProperties(runProperties(sheetId(), CUSTOMER_DATE_AMOUNT_TIERS, [], 3, result));
    forgetSettings(sheetId());
    expect(loadSettings(sheetId())).toEqual({ kind: 'none' });
    expect(workbook.properties.document.size).toBe(0);
  });

  it.each([
    ['not JSON', '{"headerRow":1'],
    ['another shape', '{"shape":"pie"}'],
    [
      'bins outside the registry’s range',
      JSON.stringify({
        ...CUSTOMER_DATE_AMOUNT_TIERS,
        options: { ...CUSTOMER_DATE_AMOUNT_TIERS.options, bins: rangeOf('bins').max + 1 },
        headers: [],
      }),
    ],
  ])('says unreadable, never none, for %s', (_, text) => {
    const workbook = open([{ name: 'Orders', values: orderLog }]);
    workbook.properties.document.set(`customer-tiers.settings.${sheetId()}`, text);
    expect(loadSettings(sheetId())).toEqual({ kind: 'unreadable' });
  });
});

describe('runProperties', () => {
  it('keys the settings and the outcome by the sheet, and knows its own keys only', () => {
    const properties = runProperties(7, CUSTOMER_DATE_AMOUNT_TIERS, [], 3, result);
    expect(Object.keys(properties).map((key) => runPropertyKind(key, 7))).toEqual([
      'settings',
      'last-run',
    ]);
    expect(Object.keys(properties).map((key) => runPropertyKind(key, 70))).toEqual([null, null]);
    expect(runPropertyKind('customer-tiers.settings.7', 7)).toBe('settings');
  });

  it('are refused before anything is written, keeping the settings saved before', () => {
    const workbook = open([{ name: 'Orders', values: orderLog }]);
    sidebarClassify(CUSTOMER_DATE_AMOUNT_TIERS);
    const saved = [...workbook.properties.document.entries()];
    // a header long enough that the settings holding it pass the 9 KB of a property
    SpreadsheetApp.getActiveSheet().getRange('A1').setValue('客户'.repeat(1600));
    const before = snapshot(SpreadsheetApp.getActiveSpreadsheet());
    const settings: ClassifySettings = { ...CUSTOMER_DATE_AMOUNT_TIERS, model: 'abc' };
    expect(thrownMessage(() => sidebarClassify(settings))).toMatch(
      /^This sheet's settings are too long to save \(9\.\d KB; Sheets keeps 9\.0 KB\)/,
    );
    expect([...workbook.properties.document.entries()]).toEqual(saved);
    expect(snapshot(SpreadsheetApp.getActiveSpreadsheet())).toEqual(before);
  });
});
