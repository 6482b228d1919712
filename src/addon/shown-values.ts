/**
 * This file defines how a message shows the value it is about: as the sheet shows it (dates in its
 * zone and day/month order), text quoted and cut short, a range by its first few cells.
 */
import { isDateObject } from '../core/cell-value';
import type { Phrases } from './message-phrases';
import type { DateView } from './messages';

const SHOWN_RANGE_CELLS = 3;
const SHOWN_TEXT_CHARACTERS = 40;

/**
 * Text cut to `most` code points, never inside one (an emoji is two UTF-16 units), nor right
 * after a zero-width joiner, which would leave half of a joined emoji dangling.
 *
 * @example cutText('ab😀c', 3) //=> 'ab😀…'
 */
export function cutText(text: string, most: number): string {
  const characters = Array.from(text);
  if (characters.length <= most) return text;
  return `${characters
    .slice(0, most)
    .join('')
    .replace(/\u200d+$/u, '')}…`;
}

export function showValue(value: unknown, phrases: Phrases, view: DateView): string {
  if (Array.isArray(value)) {
    const cells: unknown[] = value.flat();
    const shown = cells.slice(0, SHOWN_RANGE_CELLS).map((cell) => showCell(cell, phrases, view));
    return `${shown.join(', ')}${cells.length > SHOWN_RANGE_CELLS ? ', …' : ''}`;
  }
  return showCell(value, phrases, view);
}

function showCell(value: unknown, phrases: Phrases, view: DateView): string {
  if (value === undefined || value === null || value === '') return phrases.blank;
  if (isDateObject(value)) return showDate(value, view);
  if (typeof value === 'string') return phrases.quote(cutText(value, SHOWN_TEXT_CHARACTERS));
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return String(value);
}

/** A date as the sheet shows it; one too far out for the calendar as the runtime writes it. */
function showDate(date: Date, view: DateView): string {
  try {
    return view.formatDate(date);
  } catch {
    return String(date);
  }
}
