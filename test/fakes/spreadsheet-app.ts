/**
 * This file defines an in-memory fake of the Spreadsheet service, the subset the add-on uses,
 * typed against @types/google-apps-script.
 */
import { type CallCounts, fakeService } from './fake-service';

export interface FakeSpreadsheetOptions {
  /** e.g. `en_US`, `zh_CN`. */
  readonly locale?: string;
  /** IANA zone, e.g. `Asia/Shanghai`. */
  readonly timeZone?: string;
}

export interface FakeSpreadsheetApp {
  readonly SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  readonly calls: CallCounts;
}

export function fakeSpreadsheetApp(options: FakeSpreadsheetOptions = {}): FakeSpreadsheetApp {
  const calls: CallCounts = {};
  const spreadsheet = fakeService<GoogleAppsScript.Spreadsheet.Spreadsheet>(
    'Spreadsheet',
    {
      getSpreadsheetLocale: () => options.locale ?? 'en_US',
      getSpreadsheetTimeZone: () => options.timeZone ?? 'Etc/UTC',
    },
    calls,
  );
  const SpreadsheetApp = fakeService<GoogleAppsScript.Spreadsheet.SpreadsheetApp>(
    'SpreadsheetApp',
    { getActiveSpreadsheet: () => spreadsheet, getActive: () => spreadsheet },
    calls,
  );
  return { SpreadsheetApp, calls };
}

/** Installs the fake as the global `SpreadsheetApp`; the returned function removes it. */
export function installSpreadsheetApp(
  options: FakeSpreadsheetOptions = {},
): FakeSpreadsheetApp & { uninstall(): void } {
  const fake = fakeSpreadsheetApp(options);
  const scope = globalThis as { SpreadsheetApp?: GoogleAppsScript.Spreadsheet.SpreadsheetApp };
  scope.SpreadsheetApp = fake.SpreadsheetApp;
  return {
    ...fake,
    uninstall: () => {
      delete scope.SpreadsheetApp;
    },
  };
}
