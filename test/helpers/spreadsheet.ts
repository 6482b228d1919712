/**
 * This file defines the per-test Spreadsheet fake for edge tests: installed before each test,
 * removed after, and switchable to another locale within a test.
 */
import { afterEach, beforeEach } from 'vitest';
import { installSpreadsheetApp, type SheetSeed } from '../../dev/spreadsheet-fake/workbook';

export interface SpreadsheetFixture {
  current: ReturnType<typeof installSpreadsheetApp>;
  /** Replaces the fake with one of another locale. */
  use(locale: string): void;
}

export function useFakeSpreadsheet(
  locale = 'en_US',
  timeZone = 'Asia/Shanghai',
): SpreadsheetFixture {
  const fixture = {
    current: undefined as unknown as ReturnType<typeof installSpreadsheetApp>,
    use(next: string) {
      fixture.current?.uninstall();
      fixture.current = installSpreadsheetApp({ locale: next, timeZone });
    },
  };
  beforeEach(() => fixture.use(locale));
  afterEach(() => fixture.current.uninstall());
  return fixture;
}

/**
 * Opens a workbook of given sheets in the fake, per test, and removes it after each test.
 *
 * @returns `open(sheets, locale)`, which installs the fake and returns it
 */
export function useWorkbooks(): (
  sheets: SheetSeed[],
  locale?: string,
) => ReturnType<typeof installSpreadsheetApp> {
  let fake: ReturnType<typeof installSpreadsheetApp> | undefined;
  afterEach(() => fake?.uninstall());
  return (sheets, locale = 'en_US') => {
    fake = installSpreadsheetApp({ locale, timeZone: 'Asia/Shanghai', sheets });
    return fake;
  };
}

/** The fake's active spreadsheet. */
export const activeSpreadsheet = (): GoogleAppsScript.Spreadsheet.Spreadsheet =>
  SpreadsheetApp.getActiveSpreadsheet();

/** A sheet of the active spreadsheet by name; the test fails at once if there is none. */
export function sheetNamed(name: string): GoogleAppsScript.Spreadsheet.Sheet {
  const sheet = activeSpreadsheet().getSheetByName(name);
  if (!sheet) throw new Error(`no sheet named "${name}"`);
  return sheet;
}
