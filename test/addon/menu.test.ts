import { afterEach, describe, expect, it } from 'vitest';
import { installSpreadsheetApp } from '../../dev/spreadsheet-fake/workbook';
import { onInstall, onOpen, showFunctionHelp } from '../../src/addon/menu';

let fake: ReturnType<typeof installSpreadsheetApp> | undefined;
afterEach(() => fake?.uninstall());

const MENU_ITEMS = [
  { caption: 'Open sidebar · 打开侧边栏', functionName: 'showSidebar' },
  { caption: 'Function help · 函数帮助', functionName: 'showFunctionHelp' },
];

describe('the add-on menu', () => {
  it('adds the sidebar and help items on open and on install, reading no document data', () => {
    fake = installSpreadsheetApp();
    onOpen();
    onInstall({} as GoogleAppsScript.Events.AddonOnInstall);
    expect(fake.menus).toEqual([{ items: MENU_ITEMS }, { items: MENU_ITEMS }]);
    expect(fake.calls['Spreadsheet.getSpreadsheetLocale']).toBeUndefined();
  });

  it('shows every function with its example, in the spreadsheet language', () => {
    fake = installSpreadsheetApp({ locale: 'zh_CN' });
    showFunctionHelp();
    const [dialog] = fake.dialogs;
    expect(dialog?.title).toBe('Customer Tiers 函数');
    expect(dialog?.html).toContain(
      'RFM_SCORE(recency, frequency, monetary, [bins], [as_of], [recency_breaks], [frequency_breaks], [monetary_breaks], [language])',
    );
    expect(dialog?.html).toContain('=CUSTOMER_TIER(B2:B, C2:C, D2:D, 180, 0.2)');
    expect(dialog?.html).toContain('购买次数');
    expect(dialog?.html).not.toContain('<script');
  });
});
