/**
 * This file defines the tests of reading the sidebar's column mapping: the column mapped to a
 * role, or to its alternative, or a message asking for one that reopens the mapping, in the
 * sheet's language.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { snapshot } from '../../../dev/spreadsheet-fake/snapshot';
import { installSpreadsheetApp } from '../../../dev/spreadsheet-fake/workbook';
import type { ClassifySettings } from '../../../src/addon/sidebar/api';
import { mappedColumn, requiredColumn } from '../../../src/addon/sidebar/mapping';
import { SidebarError } from '../../../src/addon/sidebar/sidebar-messages';
import { CUSTOMER_DATE_AMOUNT_TIERS, CUSTOMER_TABLE_TIERS } from '../../helpers/classify-settings';
import { thrownMessage } from '../../helpers/ranges';
import { sidebarClassify } from '../../helpers/sidebar-calls';

let fake: ReturnType<typeof installSpreadsheetApp> | undefined;
afterEach(() => fake?.uninstall());

const log = CUSTOMER_DATE_AMOUNT_TIERS;
const daysTable: ClassifySettings = {
  ...CUSTOMER_TABLE_TIERS,
  roles: [
    { index: 0, role: 'customer' },
    { index: 4, role: 'recency-days' },
  ],
};

describe('mappedColumn', () => {
  it('is the column mapped to a role, or none', () => {
    expect(mappedColumn(log, 'amount')).toBe(2);
    expect(mappedColumn(log, 'order-id')).toBeUndefined();
  });
});

describe('requiredColumn', () => {
  it('takes the role’s column, else its alternative’s', () => {
    expect(requiredColumn(CUSTOMER_TABLE_TIERS, 'en', 'last-purchase', 'recency-days')).toBe(2);
    expect(requiredColumn(daysTable, 'en', 'last-purchase', 'recency-days')).toBe(4);
  });

  it('asks for a column for the role, by its name, and reopens the mapping', () => {
    const ask = (language: 'en' | 'zh') => {
      try {
        requiredColumn(daysTable, language, 'monetary');
      } catch (error) {
        if (error instanceof SidebarError) return [error.message, error.remap];
        throw error;
      }
      throw new Error('nothing asked');
    };
    expect(ask('en')).toEqual(['Choose a column for "Money spent".', true]);
    expect(ask('zh')).toEqual(['请为“消费金额”选择一列。', true]);
  });

  it('is what a Classify with a role left unmapped says, writing nothing', () => {
    fake = installSpreadsheetApp({
      sheets: [
        {
          name: 'Orders',
          values: [
            ['Customer', 'Date', 'Amount'],
            ['ann', '2024-03-05', 12],
          ],
        },
      ],
    });
    const before = snapshot(SpreadsheetApp.getActiveSpreadsheet());
    const settings = { ...log, roles: log.roles.filter(({ role }) => role !== 'amount') };
    expect(thrownMessage(() => sidebarClassify(settings))).toBe(
      '[remap] Choose a column for "Amount".',
    );
    expect(snapshot(SpreadsheetApp.getActiveSpreadsheet())).toEqual(before);
  });
});
