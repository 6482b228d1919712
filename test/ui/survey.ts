/**
 * This file defines the surveys the sidebar's tests start from: an order log with a header row
 * (customer, order date, amount, a header cell that looks like markup, a region) and the Online
 * Retail sheet (eight columns, amounts as quantity times unit price), the four models as the
 * server offers them, settings saved by a run, and a result to show.
 */
import type {
  ClassifyResult,
  ClassifySettings,
  SheetSurvey,
  SurveyColumn,
} from '../../src/addon/sidebar/api';
import { DEFAULT_OPTIONS, MODEL_CHOICES } from '../../src/addon/sidebar/survey';
import { CUSTOMER_DATE_AMOUNT_TIERS } from '../helpers/classify-settings';

export { DEFAULT_OPTIONS };

/** A header cell that runs script if it were ever parsed as HTML. */
export const MARKUP_HEADER = '<img src=x onerror=alert(1)>';

export function orderLog(changes: Partial<SheetSurvey> = {}): SheetSurvey {
  return {
    sheetId: 101,
    sheetName: 'Orders',
    language: 'en',
    headerRow: 1,
    shape: 'transactions',
    columns: [
      {
        index: 0,
        letter: 'A',
        header: 'Customer',
        role: 'customer',
        source: 'header',
        confidence: 'high',
      },
      {
        index: 1,
        letter: 'B',
        header: 'Order date',
        role: 'order-date',
        source: 'header',
        confidence: 'high',
      },
      {
        index: 2,
        letter: 'C',
        header: 'Amount',
        role: 'amount',
        source: 'header',
        confidence: 'high',
      },
      {
        index: 3,
        letter: 'D',
        header: MARKUP_HEADER,
        role: null,
        source: 'none',
        confidence: 'low',
      },
      { index: 4, letter: 'E', header: 'Region', role: null, source: 'header', confidence: 'high' },
    ],
    missing: { transactions: [], customers: ['frequency'] },
    dataRows: 1234,
    models: MODEL_CHOICES,
    defaults: DEFAULT_OPTIONS,
    saved: null,
    classified: false,
    layout: '1234:abc',
    lastRun: null,
    customerSheet: { name: 'Orders · customer tiers', exists: false },
    summarySheet: { name: 'Orders · summary', exists: false },
    shownSegment: null,
    addonSheet: null,
    ...changes,
  };
}

/** The Online Retail sheet's eight columns as the survey reports them. */
export function onlineRetail(changes: Partial<SheetSurvey> = {}): SheetSurvey {
  const column = (index: number, header: string, role: SurveyColumn['role']): SurveyColumn => ({
    index,
    letter: String.fromCharCode(65 + index),
    header,
    role,
    source: role === null ? 'none' : 'header',
    confidence: role === null ? 'low' : 'high',
  });
  return orderLog({
    sheetName: 'Online Retail',
    columns: [
      column(0, 'InvoiceNo', 'order-id'),
      column(1, 'StockCode', null),
      column(2, 'Description of the item as the shop lists it', null),
      column(3, 'Quantity', 'quantity'),
      column(4, 'InvoiceDate', 'order-date'),
      column(5, 'UnitPrice', 'unit-price'),
      column(6, 'CustomerID', 'customer'),
      column(7, 'Country', null),
    ],
    missing: { transactions: [], customers: ['frequency', 'monetary'] },
    customerSheet: { name: 'Online Retail · customer tiers', exists: false },
    summarySheet: { name: 'Online Retail · summary', exists: false },
    shownSegment: null,
    addonSheet: null,
    ...changes,
  });
}

/** The settings of a run of the four tiers on `orderLog()` as detected. */
export const SAVED: ClassifySettings = CUSTOMER_DATE_AMOUNT_TIERS;

export const TIERS_RESULT: ClassifyResult = {
  model: 'tiers',
  customers: 1500,
  rows: 1234,
  legend: [
    {
      id: 'high-value',
      label: 'High value',
      background: '#b7e1cd',
      text: '#0d652d',
      customers: 300,
      revenueShare: 0.6123,
    },
    {
      id: 'regular',
      label: 'Regular',
      background: '#eeeeee',
      text: '#3c4043',
      customers: 1200,
      revenueShare: 0.3877,
    },
  ],
  note: '2 rows without a customer were skipped.',
};
