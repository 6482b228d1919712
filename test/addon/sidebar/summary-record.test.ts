/**
 * The record the add-on keeps on its summary sheet, in the fake Spreadsheet service: it reads
 * back what was written, one record stays however many a copy brought, and a record that is not
 * the sheet's own (a duplicate's) or is unreadable is no record.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { installSpreadsheetApp } from '../../../dev/spreadsheet-fake/workbook';
import {
  fingerprint,
  readSummaryRecord,
  type SummaryRecord,
  summaryRecordsOn,
  writeSummaryRecord,
} from '../../../src/addon/sidebar/summary-record';
import { activeSpreadsheet } from '../../helpers/spreadsheet';

let fake: ReturnType<typeof installSpreadsheetApp> | undefined;
afterEach(() => fake?.uninstall());

function summarySheet(): GoogleAppsScript.Spreadsheet.Sheet {
  fake = installSpreadsheetApp({
    locale: 'en_GB',
    timeZone: 'Europe/London',
    sheets: [{ name: 'Orders · summary' }],
  });
  return activeSpreadsheet().getSheets()[0] as GoogleAppsScript.Spreadsheet.Sheet;
}

const recordOf = (sheet: GoogleAppsScript.Spreadsheet.Sheet): SummaryRecord => ({
  sheet: sheet.getSheetId(),
  model: 'tiers',
  language: 'en',
  playbook: { churned: fingerprint('Win them back') },
  chart: 7,
  sizesChart: 8,
});

describe('the summary record', () => {
  it('reads back what was written, and rewrites it in place', () => {
    const sheet = summarySheet();
    expect(readSummaryRecord(sheet)).toBeNull();
    writeSummaryRecord(sheet, recordOf(sheet), null);
    expect(readSummaryRecord(sheet)).toEqual(recordOf(sheet));
    const changed = { ...recordOf(sheet), language: 'zh' as const, sizesChart: null };
    writeSummaryRecord(sheet, changed, summaryRecordsOn(sheet));
    expect(readSummaryRecord(sheet)).toEqual(changed);
    expect(summaryRecordsOn(sheet)).toHaveLength(1);
  });

  it('keeps one record where there were more', () => {
    const sheet = summarySheet();
    writeSummaryRecord(sheet, recordOf(sheet), null);
    writeSummaryRecord(sheet, recordOf(sheet), null);
    expect(summaryRecordsOn(sheet)).toHaveLength(2);
    writeSummaryRecord(sheet, recordOf(sheet), summaryRecordsOn(sheet));
    expect(summaryRecordsOn(sheet)).toHaveLength(1);
  });

  it('is no record on another sheet (a duplicate), nor when unreadable', () => {
    const sheet = summarySheet();
    writeSummaryRecord(sheet, { ...recordOf(sheet), sheet: sheet.getSheetId() + 1 }, null);
    expect(readSummaryRecord(sheet)).toBeNull();
    for (const broken of ['{', '{"model":"kmeans"}', 'null']) {
      const [record] = summaryRecordsOn(sheet);
      record?.setValue(broken);
      expect(readSummaryRecord(sheet)).toBeNull();
    }
  });
});

describe('fingerprint', () => {
  it('is 8 hex digits, the same for the same text and different for an edit', () => {
    expect(fingerprint('Win them back')).toMatch(/^[0-9a-f]{8}$/);
    expect(fingerprint('Win them back')).toBe(fingerprint('Win them back'));
    expect(fingerprint('Win them back!')).not.toBe(fingerprint('Win them back'));
    // FNV-1a's offset basis for no text
    expect(fingerprint('')).toBe('811c9dc5');
  });
});
