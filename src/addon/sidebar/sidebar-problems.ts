/**
 * This file defines what can go wrong in a sidebar request, as data: each problem with the facts
 * its message names (sidebar-messages.ts says it in the user's language).
 */

/** What the user asked for, named in messages about it. */
export type SidebarAction = 'classify' | 'resegment' | 'clear' | 'filter' | 'history';

/** A column mapped as money that looks like something else, as messages name it. */
export interface MoneyDoubtPlace {
  readonly header: string;
  readonly letter: string;
  readonly looksLike: 'customer-ids' | 'quantities';
}

export type SidebarProblem =
  | { readonly kind: 'busy'; readonly action?: SidebarAction }
  | { readonly kind: 'sheet-gone' }
  | { readonly kind: 'sheet-changed'; readonly sheet: string }
  | { readonly kind: 'unexpected'; readonly detail: string }
  | { readonly kind: 'empty-sheet' }
  | { readonly kind: 'no-data-rows' }
  | { readonly kind: 'role-unmapped'; readonly role: string }
  | { readonly kind: 'column-gone'; readonly header: string }
  | ({ readonly kind: 'not-money' } & MoneyDoubtPlace)
  | { readonly kind: 'column-ambiguous'; readonly header: string }
  | { readonly kind: 'columns-moved' }
  | { readonly kind: 'settings-unreadable' }
  | { readonly kind: 'not-saved' }
  | { readonly kind: 'backfill-needs-log' }
  | { readonly kind: 'filtered' }
  | { readonly kind: 'not-classified' }
  | { readonly kind: 'summary-gone'; readonly sheet: string }
  | { readonly kind: 'filter-needs-header-row' }
  | { readonly kind: 'segment-not-in-sheet'; readonly label: string }
  | { readonly kind: 'filter-misses-labels'; readonly range: string; readonly column: string }
  | { readonly kind: 'filter-has-label-criteria'; readonly column: string }
  | { readonly kind: 'protected'; readonly where: string; readonly action?: SidebarAction }
  | { readonly kind: 'settings-too-large'; readonly bytes: number; readonly limit: number }
  | { readonly kind: 'orphan-only-sheet'; readonly where: string }
  | {
      readonly kind: 'addon-sheet';
      readonly sheet: string;
      readonly source: string;
      readonly sheetKind: 'customers' | 'summary' | 'history';
    }
  | {
      readonly kind: 'model-needs-purchase-days';
      readonly model: string;
      /** The columns a customer table lacks for it, named as the mapping names them. */
      readonly roles: readonly string[];
    };
