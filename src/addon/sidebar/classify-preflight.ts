/**
 * This file defines the check made before Classify writes anything: that it can also finish —
 * the sheet is writable (no filter, no protection), so is the add-on's customer sheet when one is
 * written, and the settings fit the 9 KB a document property holds — so that a run never leaves
 * results written and settings unsaved.
 */
import type { Language } from '../../core/labels';
import { assertCustomerSheetWritable } from './customer-sheet';
import { sidebarError } from './sidebar-messages';
import { utf8Length } from './utf8-length';
import { assertWritable } from './writable';

/** "Properties value size: 9 KB / val" (Apps Script quotas), in UTF-8 bytes. */
export const SETTINGS_LIMIT_BYTES = 9 * 1024;

/**
 * @param properties the document properties the run will save (its settings and outcome)
 * @throws {SidebarError} when a Classify of `sheet` could not write everything it has to
 */
export function assertClassifyCanFinish(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  customerSheetNeeded: boolean,
  properties: Readonly<Record<string, string>>,
  language: Language,
): void {
  for (const text of Object.values(properties)) {
    const bytes = utf8Length(text);
    if (bytes > SETTINGS_LIMIT_BYTES) {
      throw sidebarError(
        { kind: 'settings-too-large', bytes, limit: SETTINGS_LIMIT_BYTES },
        language,
      );
    }
  }
  assertWritable(sheet, language);
  if (customerSheetNeeded) assertCustomerSheetWritable(sheet.getParent(), sheet, language);
}
