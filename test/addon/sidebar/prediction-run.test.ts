/**
 * The prediction models in the sidebar, by what the sheet holds: a customer table without first
 * purchase dates is refused for the models that need them, saying what is missing, and one whose
 * last purchase is before the first is refused naming the cell. Each model's results have their
 * own tests (churn-risk-run, lifecycle-run, cluster-run).
 */
import { describe, expect, it } from 'vitest';
import type { CellValue } from '../../../dev/spreadsheet-fake/cell-input';
import { CUSTOMER_TABLE_TIERS } from '../../helpers/classify-settings';
import { DATED, datedTable } from '../../helpers/prediction-sheets';
import { sidebarClassify } from '../../helpers/sidebar-calls';
import { customerTableValues } from '../../helpers/sidebar-sheets';
import { useWorkbooks } from '../../helpers/spreadsheet';

const open = useWorkbooks();

describe('a customer table', () => {
  it.each([
    [
      'churn-risk',
      'en_US',
      '[remap] Churn risk (BG/NBD) needs to know when each customer first and last bought: choose a column for "First purchase date", or open the order log',
    ],
    [
      'lifecycle',
      'zh_CN',
      '[remap] “客户生命周期”需要知道每位客户首次和最近一次购买的时间：请为“首次购买日期”选择列',
    ],
  ] as const)(
    'without a first purchase date is refused for %s, saying what is missing',
    (model, locale, message) => {
      open([{ name: 'Customers', values: customerTableValues(20) }], locale);
      expect(() => sidebarClassify({ ...CUSTOMER_TABLE_TIERS, model })).toThrow(message);
    },
  );

  it('refuses a last purchase before the first, naming the cell', () => {
    const values = datedTable(5);
    const row = values[3] as CellValue[];
    row[4] = new Date((row[2] as Date).getTime() + 86_400_000);
    open([{ name: 'Customers', values }]);
    expect(() => sidebarClassify({ ...DATED, model: 'lifecycle' })).toThrow(/C4/);
  });
});
