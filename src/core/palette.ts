/**
 * This file defines the colours rows are painted in: light backgrounds from Paul Tol's schemes
 * for readers with colour-vision deficiency ("light" first, then three of "pale" for models with
 * more classes), under one dark text colour that every background keeps readable (a WCAG AA
 * contrast of 4.5 or more, checked by a test). Each model picks its tints in models.ts.
 */

/** A row's look: background and text as `#rrggbb`. */
export interface RowColours {
  readonly background: string;
  readonly text: string;
}

const TINTS = {
  blue: '#77AADD',
  cyan: '#99DDFF',
  mint: '#44BB99',
  pear: '#BBCC33',
  olive: '#AAAA00',
  yellow: '#EEDD88',
  orange: '#EE8866',
  pink: '#FFAABB',
  grey: '#DDDDDD',
  'pale-blue': '#BBCCEE',
  'pale-green': '#CCDDAA',
  'pale-red': '#FFCCCC',
} as const;
export type Tint = keyof typeof TINTS;

const TEXT = '#202124';

/** The row colours of a tint. */
export function rowColours(tint: Tint): RowColours {
  return { background: TINTS[tint], text: TEXT };
}
