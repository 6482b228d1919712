import { afterEach, describe, expect, it } from 'vitest';
import { type CallCounts, fakeService } from '../../dev/spreadsheet-fake/fake-service';
import { installSpreadsheetApp } from '../../dev/spreadsheet-fake/workbook';
import { activeSheetSettings } from '../../src/addon/sheet-settings';
import { civilDayOfInstant, formatCivilDay } from '../../src/core/civil-day';

let uninstall: (() => void) | undefined;
afterEach(() => {
  uninstall?.();
  delete (globalThis as { Utilities?: unknown }).Utilities;
});

describe('activeSheetSettings', () => {
  it('reads language and date order from the locale, lazily', () => {
    const fake = installSpreadsheetApp({ locale: 'en_GB', timeZone: 'Europe/London' });
    uninstall = fake.uninstall;
    const settings = activeSheetSettings();
    expect(fake.calls).toEqual({});
    expect([settings.language, settings.dayFirst]).toEqual(['en', true]);
    expect(fake.calls['Spreadsheet.getSpreadsheetLocale']).toBe(1);
  });

  it('falls back to Utilities.formatDate for a zone the runtime does not know', () => {
    const fake = installSpreadsheetApp({ timeZone: 'Not/AZone' });
    uninstall = fake.uninstall;
    const calls: CallCounts = {};
    (globalThis as { Utilities?: GoogleAppsScript.Utilities.Utilities }).Utilities =
      fakeService<GoogleAppsScript.Utilities.Utilities>(
        'Utilities',
        {
          formatDate: (_date: GoogleAppsScript.Base.Date, _zone: string, format: string) =>
            format === 'Z' ? '-0930' : '',
        },
        calls,
      );
    const { zoneOffset, formatDate } = activeSheetSettings();
    const instant = Date.parse('2024-03-05T08:00:00Z'); // 22:30 the day before at −09:30
    expect(zoneOffset(instant)).toBe(-9.5 * 3_600_000);
    expect(formatCivilDay(civilDayOfInstant(instant, zoneOffset))).toBe('2024-03-04');
    expect(formatDate(new Date(instant))).toBe('3/4/2024');
    expect(calls['Utilities.formatDate']).toBeLessThanOrEqual(4);
  });
});
