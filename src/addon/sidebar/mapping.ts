/**
 * This file defines how the sidebar's column mapping is read: the column chosen for a role, or
 * a message asking the user to choose one.
 */
import { type ColumnRole, ROLE_LABELS } from '../../core/column-roles';
import type { Language } from '../../core/labels';
import type { ClassifySettings } from './api';
import { sidebarError } from './sidebar-messages';

/** The 0-based column mapped to a role, if any. */
export function mappedColumn(settings: ClassifySettings, role: ColumnRole): number | undefined {
  return settings.roles.find((mapping) => mapping.role === role)?.index;
}

/**
 * The column mapped to a role (or to its alternative, e.g. days since instead of a date).
 * @throws {SidebarError} asking to map the role
 */
export function requiredColumn(
  settings: ClassifySettings,
  language: Language,
  role: ColumnRole,
  alternative?: ColumnRole,
): number {
  const column =
    mappedColumn(settings, role) ?? (alternative && mappedColumn(settings, alternative));
  if (column === undefined)
    throw sidebarError({ kind: 'role-unmapped', role: ROLE_LABELS[role][language] }, language);
  return column;
}
