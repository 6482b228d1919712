/**
 * This file defines Re-segment: the last run's settings, with each mapped column found again by
 * its header text (columns may have moved). The column at the saved place keeps its role while
 * its header is the same, so two columns of one header are never swapped; a column that is
 * gone, renamed or ambiguous is said, and the sidebar reopens the mapping rather than guess; so
 * is, on a sheet without headers, a column inserted or deleted since.
 */
import type { Language } from '../../core/labels';
import type { ClassifySettings } from './api';
import { loadSettings } from './saved-settings';
import { headerText, type SheetTable } from './sheet-table';
import { sidebarError } from './sidebar-messages';

/** The saved settings of a sheet, with the columns where they are now. */
export function savedSettingsNow(table: SheetTable, language: Language): ClassifySettings {
  const loaded = loadSettings(table.sheet.getSheetId());
  if (loaded.kind === 'none') throw sidebarError({ kind: 'not-saved' }, language);
  if (loaded.kind === 'unreadable') throw sidebarError({ kind: 'settings-unreadable' }, language);
  const { headers, userColumns, ...saved } = loaded.settings;
  if (saved.headerRow === null) {
    // without headers a column is known by its place alone: any column inserted or deleted
    // since the last run would shift the roles onto the wrong data
    const moved =
      (userColumns !== undefined && userColumns !== table.userColumns.length) ||
      saved.roles.some(({ index }) => !table.userColumns.includes(index));
    if (moved) throw sidebarError({ kind: 'columns-moved' }, language);
    return saved;
  }
  const headerOf = (column: number) => headerText(table, saved.headerRow, column);
  const roles = saved.roles.map((mapping, i) => {
    const header = headers[i] ?? '';
    if (header === '') return mapping;
    if (table.userColumns.includes(mapping.index) && headerOf(mapping.index) === header)
      return mapping;
    const named = table.userColumns.filter((column) => headerOf(column) === header);
    if (named.length === 0) throw sidebarError({ kind: 'column-gone', header }, language);
    if (named.length > 1) throw sidebarError({ kind: 'column-ambiguous', header }, language);
    return { ...mapping, index: named[0] as number };
  });
  return { ...saved, roles };
}
