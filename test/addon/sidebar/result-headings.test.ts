/**
 * The columns Classify adds, by model and shape, as the survey tells the sidebar and Classify
 * writes them: the R, F and M scores only beside the models they explain (never beside the value
 * classes, which compare each measure with its mean), and the customer sheet the survey names.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { installSpreadsheetApp } from '../../../dev/spreadsheet-fake/workbook';
import { resultHeadings } from '../../../src/addon/sidebar/result-headings';
import { CUSTOMER_DATE_AMOUNT_TIERS, CUSTOMER_TABLE_TIERS } from '../../helpers/classify-settings';
import { sidebarClassify, sidebarSurvey } from '../../helpers/sidebar-calls';
import { customerTableValues } from '../../helpers/sidebar-sheets';

let fake: ReturnType<typeof installSpreadsheetApp> | undefined;
afterEach(() => fake?.uninstall());

const english =
  (shape: 'customers' | 'transactions') => (model: Parameters<typeof resultHeadings>[0]) =>
    resultHeadings(model, shape).map(({ en }) => en);

describe('resultHeadings', () => {
  it('gives a customer table the scores beside the tiers and segments only', () => {
    const headings = english('customers');
    expect(headings('tiers')).toEqual(['R', 'F', 'M', 'RFM code', 'Tier']);
    expect(headings('rfm-segments')).toEqual(['R', 'F', 'M', 'RFM code', 'Segment']);
    expect(headings('value-classes')).toEqual(['Value class']);
    expect(headings('abc')).toEqual(['ABC class']);
  });

  it('gives a log its model’s one column', () => {
    expect(english('transactions')('value-classes')).toEqual(['Value class']);
    expect(english('transactions')('tiers')).toEqual(['Tier']);
  });
});

describe('Classify and the survey', () => {
  it('write the value classes of a customer table without scores, as the survey says', () => {
    fake = installSpreadsheetApp({
      locale: 'en_US',
      timeZone: 'Asia/Shanghai',
      sheets: [{ name: 'Customers', values: customerTableValues(20) }],
    });
    const survey = sidebarSurvey();
    const valueClasses = survey.models.find(({ id }) => id === 'value-classes');
    expect(valueClasses?.columns.customers.map(({ en }) => en)).toEqual(['Value class']);
    expect(survey.customerSheet).toEqual({ name: 'Customers · customer tiers', exists: false });
    sidebarClassify({ ...CUSTOMER_TABLE_TIERS, model: 'value-classes' });
    const sheet = SpreadsheetApp.getActiveSheet();
    expect(sheet.getLastColumn()).toBe(5);
    expect(sheet.getRange(1, 5).getValue()).toBe('Value class');
  });

  it('name the customer sheet of a log: the one Classify made, which Clear deletes', () => {
    const values = [
      ['Customer', 'Order date', 'Amount'],
      ['Ada', new Date('2024-03-01T00:00:00Z'), 10],
      ['Bo', new Date('2024-03-02T00:00:00Z'), 20],
      ['Ada', new Date('2024-03-03T00:00:00Z'), 30],
    ];
    fake = installSpreadsheetApp({
      locale: 'en_US',
      timeZone: 'Asia/Shanghai',
      sheets: [
        { name: 'Orders', values },
        { name: 'Orders · customer tiers', values: [['mine']] },
      ],
    });
    expect(sidebarSurvey().customerSheet).toEqual({
      name: 'Orders · customer tiers (2)',
      exists: false,
    });
    sidebarClassify(CUSTOMER_DATE_AMOUNT_TIERS);
    expect(sidebarSurvey().customerSheet).toEqual({
      name: 'Orders · customer tiers (2)',
      exists: true,
    });
  });
});
