/**
 * This file defines the tests of the last run kept beside a sheet's settings: it comes back with
 * the survey after reopening the sidebar and goes with Clear; a corrupted or foreign value is
 * never shown, whatever is wrong in it.
 */
import { describe, expect, it } from 'vitest';
import type { CellValue } from '../../../dev/spreadsheet-fake/cell-input';
import type { ClassifyResult } from '../../../src/addon/sidebar/api';
import { sidebarClassify, sidebarClear, sidebarSurvey } from '../../../src/addon/sidebar/endpoints';
import { forgetLastRun, lastRunKey, loadLastRun } from '../../../src/addon/sidebar/last-run';
import { PREDICTION_MODEL_IDS } from '../../../src/core/model-ids';
import { CUSTOMER_DATE_AMOUNT_TIERS } from '../../helpers/classify-settings';
import { activeTarget } from '../../helpers/sidebar-calls';
import { useWorkbooks } from '../../helpers/spreadsheet';

const open = useWorkbooks();
const sheetId = () => SpreadsheetApp.getActiveSheet().getSheetId();

const orderLog: CellValue[][] = [
  ['Customer', 'Date', 'Amount'],
  ['ann', '2024-03-01', 12],
  ['bob', '2024-03-02', 30],
  ['ann', '2024-03-05', 8],
];

const RESULT: ClassifyResult = {
  model: 'tiers',
  customers: 2,
  rows: 3,
  legend: [
    {
      id: 'high-value',
      label: 'High value',
      background: '#fff',
      text: '#000',
      customers: 1,
      revenueShare: 0.6,
    },
  ],
  note: null,
};

describe('the last run is shown again', () => {
  it('comes back with the survey after reopening, and goes with Clear', () => {
    open([{ name: 'Orders', values: orderLog }]);
    const target = activeTarget();
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

    expect(sidebarClear(activeTarget()).ok).toBe(true);
    const cleared = sidebarSurvey();
    expect(cleared.ok && cleared.value.lastRun).toBeNull();
  });

  /** Twelve customers buying every 9, 10 … 20 days through 2024: enough for the models' fits. */
  const longLog: CellValue[][] = [['Customer', 'Date', 'Amount']];
  for (let customer = 0; customer < 12; customer++)
    for (let day = customer; day < 360; day += 9 + customer)
      longLog.push([`c${customer}`, new Date(Date.UTC(2024, 0, 1 + day)), 10 + customer * day]);

  it.each(PREDICTION_MODEL_IDS)('comes back after a run of the prediction model %s', (model) => {
    open([{ name: 'Orders', values: longLog }]);
    const classified = sidebarClassify({
      ...activeTarget(),
      settings: { ...CUSTOMER_DATE_AMOUNT_TIERS, model },
    });
    if (!classified.ok) throw new Error(classified.message);
    const reopened = sidebarSurvey();
    const { layout, ...summary } = classified.value;
    expect(reopened.ok && reopened.value.lastRun).toEqual(summary);
  });

  it('is not shown from a corrupted property', () => {
    const workbook = open([{ name: 'Orders', values: orderLog }]);
    sidebarClassify({ ...activeTarget(), settings: CUSTOMER_DATE_AMOUNT_TIERS });
    workbook.properties.document.set(`customer-tiers.last-run.${sheetId()}`, '{"model":"tiers"');
    const survey = sidebarSurvey();
    expect(survey.ok && survey.value.classified).toBe(true);
    expect(survey.ok && survey.value.lastRun).toBeNull();
  });
});

describe('the breakdowns of the last run', () => {
  /** The order log with a region per order, the regions named by `regionOf`. */
  const withRegions = (regionOf: (row: number) => string): CellValue[][] =>
    orderLog.map((row, i) => [...row, i === 0 ? 'Region' : regionOf(i)]);
  const settings = {
    ...CUSTOMER_DATE_AMOUNT_TIERS,
    roles: [...CUSTOMER_DATE_AMOUNT_TIERS.roles, { index: 3, role: 'group' as const }],
  };

  it('come back with the survey after reopening', () => {
    open([{ name: 'Orders', values: withRegions((row) => (row === 2 ? 'South' : 'North')) }]);
    const classified = sidebarClassify({ ...activeTarget(), settings });
    if (!classified.ok) throw new Error(classified.message);
    expect(classified.value.breakdowns?.[0]?.groups).toEqual(['North', 'South']);
    const reopened = sidebarSurvey();
    expect(reopened.ok && reopened.value.lastRun?.breakdowns).toEqual(classified.value.breakdowns);
  });

  it('are left out of what is kept when their names are too long, and the run still saves', () => {
    // three customers, each in a region named by 5,000 characters: over the 9 KB a property holds
    open([{ name: 'Orders', values: withRegions((row) => String(row).repeat(5000)) }]);
    const classified = sidebarClassify({ ...activeTarget(), settings });
    if (!classified.ok) throw new Error(classified.message);
    expect(classified.value.breakdowns?.[0]?.groups).toHaveLength(2);
    const reopened = sidebarSurvey();
    if (!reopened.ok) throw new Error(reopened.message);
    const { layout, breakdowns, ...shown } = classified.value;
    expect(reopened.value.lastRun).toEqual(shown);
  });
});

describe('loadLastRun', () => {
  it('reads back a result as it was kept, under the sheet’s own key', () => {
    const workbook = open([{ name: 'Orders', values: orderLog }]);
    workbook.properties.document.set(lastRunKey(sheetId()), JSON.stringify(RESULT));
    expect(loadLastRun(sheetId())).toEqual(RESULT);
    expect(loadLastRun(sheetId() + 1)).toBeNull();
    forgetLastRun(sheetId());
    expect(loadLastRun(sheetId())).toBeNull();
  });

  const entry = RESULT.legend[0] as ClassifyResult['legend'][number];
  it.each([
    ['a model that does not exist', { ...RESULT, model: 'horoscope' }],
    ['a negative count of customers', { ...RESULT, customers: -1 }],
    ['a fraction of a row', { ...RESULT, rows: 2.5 }],
    ['a revenue share above 1', { ...RESULT, legend: [{ ...entry, revenueShare: 1.2 }] }],
    ['a segment without a label', { ...RESULT, legend: [{ ...entry, label: undefined }] }],
    ['no note at all', { ...RESULT, note: undefined }],
    ['a list', [RESULT]],
    ['a number', 7],
  ])('ignores %s', (_, value) => {
    const workbook = open([{ name: 'Orders', values: orderLog }]);
    workbook.properties.document.set(lastRunKey(sheetId()), JSON.stringify(value));
    expect(loadLastRun(sheetId())).toBeNull();
  });
});
