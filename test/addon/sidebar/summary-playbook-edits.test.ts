/**
 * The summary sheet's playbook cells, in the fake Spreadsheet service: a user's edit survives
 * Re-segment and a change of label language, while the cells the add-on wrote are rewritten.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { installSpreadsheetApp, type SheetSeed } from '../../../dev/spreadsheet-fake/workbook';
import { DEFAULT_OPTIONS } from '../../../src/addon/sidebar/survey';
import { MODELS } from '../../../src/core/models';
import { playbook } from '../../../src/core/playbook';
import { CUSTOMER_TABLE_TIERS } from '../../helpers/classify-settings';
import { sidebarClassify, sidebarResegment } from '../../helpers/sidebar-calls';
import { customerTableValues } from '../../helpers/sidebar-sheets';
import { summaryOf, summaryTable } from '../../helpers/summary-sheets';

let fake: ReturnType<typeof installSpreadsheetApp> | undefined;
afterEach(() => fake?.uninstall());

function open(sheets: SheetSeed[]) {
  fake = installSpreadsheetApp({ locale: 'en_GB', timeZone: 'Europe/London', sheets });
}

describe('the summary sheet’s playbook', () => {
  it('keeps a user’s playbook edit through Re-segment, and rewrites the cells it wrote', () => {
    open([{ name: 'Customers', values: customerTableValues(40) }]);
    sidebarClassify(CUSTOMER_TABLE_TIERS);
    const summary = summaryOf();
    const { headingRow } = summaryTable('en');
    const churnedRow = headingRow + 1 + MODELS.tiers.classes.indexOf('churned');
    const regularRow = headingRow + 1 + MODELS.tiers.classes.indexOf('regular');
    summary.getRange(churnedRow, 9).setValue('Call each one by Friday — Ann');
    sidebarResegment();
    expect(summary.getRange(churnedRow, 9).getValue()).toBe('Call each one by Friday — Ann');
    expect(summary.getRange(regularRow, 9).getValue()).toBe(playbook('tiers', 'regular')?.en);
    // in Chinese labels, the cells the add-on wrote change language; the user's stays
    sidebarClassify({
      ...CUSTOMER_TABLE_TIERS,
      options: { ...DEFAULT_OPTIONS, language: 'zh' },
    });
    expect(summary.getRange(churnedRow, 9).getValue()).toBe('Call each one by Friday — Ann');
    expect(summary.getRange(regularRow, 9).getValue()).toBe(playbook('tiers', 'regular')?.zh);
  });
});
