/**
 * The result columns: written as values only, so the formats of the cells they go into stay the
 * user's; moved to new columns when a run needs another number of them, taking their rules along
 * (none left testing the old label column); and inserted past the sheet's last column when it is
 * full, then deleted by Clear.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { snapshot } from '../../../dev/spreadsheet-fake/snapshot';
import { installSpreadsheetApp } from '../../../dev/spreadsheet-fake/workbook';
import { CUSTOMER_TABLE_TIERS } from '../../helpers/classify-settings';
import { sidebarClassify, sidebarClear } from '../../helpers/sidebar-calls';
import { customerTableValues } from '../../helpers/sidebar-sheets';

let fake: ReturnType<typeof installSpreadsheetApp> | undefined;
afterEach(() => fake?.uninstall());

function open(values = customerTableValues(30)) {
  fake = installSpreadsheetApp({
    locale: 'en_US',
    timeZone: 'Asia/Shanghai',
    sheets: [{ name: 'Customers', values }],
  });
  return fake;
}

const sheetOf = () => SpreadsheetApp.getActiveSheet();
const spreadsheetNow = () => snapshot(SpreadsheetApp.getActiveSpreadsheet());
const formulas = () =>
  sheetOf()
    .getConditionalFormatRules()
    .map((rule) => rule.getBooleanCondition()?.getCriteriaValues()[0]);

describe('result columns', () => {
  it('move to as many new columns as a run needs, keeping formats and leaving no rule behind', () => {
    open();
    sheetOf().getRange('A1:Z1').setBackground('#cfe2f3');
    sheetOf().getRange('E2:E31').setFontColor('#990000');
    const before = spreadsheetNow();
    sidebarClassify({ ...CUSTOMER_TABLE_TIERS, model: 'abc' });
    expect(formulas()).toEqual(['=$E2="A"', '=$E2="B"', '=$E2="C"']);
    sidebarClassify(CUSTOMER_TABLE_TIERS);
    expect(sheetOf().getRange('E1:I1').getValues()[0]).toEqual(['R', 'F', 'M', 'RFM code', 'Tier']);
    expect(formulas().every((formula) => String(formula).startsWith('=$I2='))).toBe(true);
    expect(formulas()).toHaveLength(4);
    sidebarClear();
    expect(spreadsheetNow()).toEqual(before);
  });

  it('are inserted past the last column of a full sheet, and Clear deletes them', () => {
    const wide = customerTableValues(10).map((row) => [...row, ...new Array(22).fill('x')]);
    open(wide);
    const before = spreadsheetNow();
    sidebarClassify(CUSTOMER_TABLE_TIERS);
    expect(sheetOf().getMaxColumns()).toBe(31);
    expect(sidebarClear().removedColumns).toBe(5);
    expect(spreadsheetNow()).toEqual(before);
  });
});
