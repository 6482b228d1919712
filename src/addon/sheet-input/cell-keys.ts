/**
 * This file defines how a cell names a customer or an order: the key the engine groups by, and
 * the customer as a table shows it.
 */
import { isDateObject } from '../../core/cell-value';
import type { Key } from '../../core/key';

/**
 * Equal for cells that name the same customer or order: 17850 and "17850" alike, "00123" and
 * 123 not; `null` for a blank cell. Numbers stay numbers, which a Map looks up fastest.
 */
export function keyOf(cell: unknown): Key | null {
  if (typeof cell === 'number') return cell;
  if (typeof cell === 'string') {
    const text = cell.trim();
    if (text === '') return null;
    if (!mayBeNumberText(text)) return text;
    const number = Number(text);
    return String(number) === text ? number : text;
  }
  if (cell === null || cell === undefined) return null;
  if (isDateObject(cell)) return cell.getTime();
  return String(cell);
}

/**
 * Whether text can be a number as JavaScript writes it: it starts with a digit or a minus, or is
 * Infinity or NaN. Ids such as INV1001 are told apart here, without parsing them as numbers,
 * which takes several times longer.
 */
function mayBeNumberText(text: string): boolean {
  const first = text.charCodeAt(0);
  return (first >= 48 && first <= 57) || first === 45 || text === 'Infinity' || text === 'NaN';
}

/** A customer cell as the table shows it: text without the spaces around it. */
export function shownCustomer(cell: unknown): unknown {
  return typeof cell === 'string' ? cell.trim() : cell;
}
