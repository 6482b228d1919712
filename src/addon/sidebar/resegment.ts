/**
 * This file defines Re-segment: the last run's settings, with each mapped column found again by
 * its header text (columns may have moved); a column that is gone or renamed is said, and the
 * sidebar reopens the mapping rather than guess.
 */
import type { Language } from '../../core/labels';
import type { ClassifySettings } from './api';
import { loadSettings } from './saved-settings';
import { headerText, type SheetTable } from './sheet-table';
import { sidebarError } from './sidebar-messages';

/** The saved settings of a sheet, with the columns where they are now. */
export function savedSettingsNow(table: SheetTable, language: Language): ClassifySettings {
  const saved = loadSettings(table.sheet.getSheetId());
  if (!saved) throw sidebarError({ kind: 'not-saved' }, language);
  if (saved.headerRow === null) return saved;
  const roles = saved.roles.map((mapping, i) => {
    const header = saved.headers[i] ?? '';
    if (header === '') return mapping;
    const index = table.userColumns.find(
      (column) => headerText(table, saved.headerRow, column) === header,
    );
    if (index === undefined) throw sidebarError({ kind: 'column-gone', header }, language);
    return { ...mapping, index };
  });
  return { ...saved, roles };
}
