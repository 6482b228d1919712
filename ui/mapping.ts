/**
 * This file defines the column mapping the user edits: the shape and each column's role, where
 * they start (the saved settings, else what the server detected), how a change of shape or role
 * carries the others along, and what the shape still needs.
 */

import type { ClassifySettings, ColumnRole, Shape, SheetSurvey } from '../src/addon/sidebar/api';
import { isSharedRole, missingRoles, rolesInShape } from '../src/core/column-roles';

export interface Mapping {
  readonly shape: Shape;
  /** The role of each of the survey's columns, in the survey's order. */
  readonly roles: readonly (ColumnRole | null)[];
}

/** The roles each shape's dropdowns offer. */
export const SHAPE_ROLES: Readonly<Record<Shape, readonly ColumnRole[]>> = {
  transactions: [
    'customer',
    'order-date',
    'amount',
    'order-id',
    'quantity',
    'unit-price',
    'group',
    'email',
    'name',
  ],
  customers: [
    'customer',
    'last-purchase',
    'recency-days',
    'frequency',
    'monetary',
    'first-purchase',
    'group',
    'email',
    'name',
  ],
};

/** The saved mapping when there is one and `useSaved`, else the detected one. */
export function initialMapping(survey: SheetSurvey, useSaved: boolean): Mapping {
  const { saved } = survey;
  if (saved && useSaved) {
    const savedRoles = new Map(saved.roles.map(({ index, role }) => [index, role]));
    return mappingIn(
      saved.shape,
      survey.columns.map(({ index }) => savedRoles.get(index) ?? null),
    );
  }
  return mappingIn(
    detectedShape(survey),
    survey.columns.map(({ role }) => role),
  );
}

/** The detected shape, or when neither is complete, the one that needs fewer roles. */
function detectedShape(survey: SheetSurvey): Shape {
  if (survey.shape) return survey.shape;
  const { transactions, customers } = survey.missing;
  return customers.length < transactions.length ? 'customers' : 'transactions';
}

/** Roles read as `shape`: they become their counterparts, and roles it has no use for none. */
export function mappingIn(shape: Shape, roles: readonly (ColumnRole | null)[]): Mapping {
  const offered = new Set(SHAPE_ROLES[shape]);
  return {
    shape,
    roles: rolesInShape(shape, roles).map((role) =>
      role !== null && offered.has(role) ? role : null,
    ),
  };
}

/**
 * The mapping with `role` on column `position`: a role belongs to one column, so it moves; a
 * shared role (group by) stays on the other columns that have it.
 */
export function withRole(mapping: Mapping, position: number, role: ColumnRole | null): Mapping {
  const roles = mapping.roles.map((current, at) =>
    at === position ? role : current === role && !isSharedRole(role) ? null : current,
  );
  return { ...mapping, roles };
}

/** The roles the mapping still needs (an order number never is). */
export function missingOf(_survey: SheetSurvey, mapping: Mapping): ColumnRole[] {
  return missingRoles(mapping.shape, new Set(mapping.roles));
}

/** The mapping as the settings carry it: the role of each column that has one, by sheet index. */
export function settingsRoles(survey: SheetSurvey, mapping: Mapping): ClassifySettings['roles'] {
  return survey.columns.flatMap(({ index }, position) => {
    const role = mapping.roles[position];
    return role ? [{ index, role }] : [];
  });
}
