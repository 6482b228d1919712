/**
 * This file defines the sidebar's check of the column mapped as money (a log's amount, a
 * customer table's monetary value) before a run: a column that holds the customer column's own
 * values, or whose header names customers, orders or quantities, is refused (summed as money it
 * would give tiers that look right and mean nothing); one whose values alone look like ids or
 * quantities is classified, with a warning in the status line.
 */
import type { Shape } from '../../core/column-roles';
import type { Language } from '../../core/labels';
import { moneyColumnDoubt } from '../../core/money-column-check';
import { columnLetters } from '../formula-cells';
import type { SheetColumns } from './sheet-columns';
import { moneyDoubtWarning, sidebarError } from './sidebar-messages';
import type { MoneyDoubtPlace } from './sidebar-problems';

/** Rows looked at: enough to tell ids or quantities from money, cheap on a million rows. */
const SAMPLE_ROWS = 2_000;

/**
 * @returns a warning for the status line when the values alone make the money column doubtful
 * @throws {SidebarError} asking to map another column when it is customer ids or quantities
 */
export function checkMoneyColumn(
  columns: SheetColumns,
  shape: Shape,
  language: Language,
): string | null {
  const moneyIndex = columns.indexOf(shape === 'customers' ? 'monetary' : 'amount');
  if (moneyIndex === undefined) return null; // quantity × unit price, or a role still missing
  const money = columns.at('money', moneyIndex);
  const customerIndex = columns.indexOf('customer');
  const customer = customerIndex === undefined ? undefined : columns.at('customer', customerIndex);
  const rows = Math.min(SAMPLE_ROWS, columns.rowCount);
  const sampled = (column: { at(row: number): unknown }) =>
    Array.from({ length: rows }, (_, row) => column.at(row));
  const place = columns.place(moneyIndex);
  const doubt = moneyColumnDoubt({
    header: place.header,
    values: sampled(money),
    ...(customer ? { customers: sampled(customer) } : {}),
  });
  if (doubt === null) return null;
  const shown: MoneyDoubtPlace = {
    header: place.header,
    letter: columnLetters(moneyIndex),
    looksLike: doubt.looksLike,
  };
  if (doubt.evidence === 'values') return moneyDoubtWarning(shown, language);
  throw sidebarError({ kind: 'not-money', ...shown }, language);
}
