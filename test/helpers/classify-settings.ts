/**
 * This file defines the Classify settings the sidebar tests share: the four tiers of an order log
 * (customer, order date, amount) and of the customer table of `customerTableValues` (customer,
 * revenue, last purchase, orders), each in that column order under a header row.
 */
import type { ClassifySettings } from '../../src/addon/sidebar/api';
import { DEFAULT_OPTIONS } from '../../src/addon/sidebar/survey';

export const CUSTOMER_DATE_AMOUNT_TIERS: ClassifySettings = {
  headerRow: 1,
  shape: 'transactions',
  roles: [
    { index: 0, role: 'customer' },
    { index: 1, role: 'order-date' },
    { index: 2, role: 'amount' },
  ],
  model: 'tiers',
  options: DEFAULT_OPTIONS,
};

export const CUSTOMER_TABLE_TIERS: ClassifySettings = {
  headerRow: 1,
  shape: 'customers',
  roles: [
    { index: 0, role: 'customer' },
    { index: 1, role: 'monetary' },
    { index: 2, role: 'last-purchase' },
    { index: 3, role: 'frequency' },
  ],
  model: 'tiers',
  options: DEFAULT_OPTIONS,
};

/** RFM segments of `retailLogValues` (order id, quantity, date, unit price, customer). */
export const RETAIL_LOG_SEGMENTS: ClassifySettings = {
  headerRow: 1,
  shape: 'transactions',
  roles: [
    { index: 0, role: 'order-id' },
    { index: 1, role: 'quantity' },
    { index: 2, role: 'order-date' },
    { index: 3, role: 'unit-price' },
    { index: 4, role: 'customer' },
  ],
  model: 'rfm-segments',
  options: DEFAULT_OPTIONS,
};
