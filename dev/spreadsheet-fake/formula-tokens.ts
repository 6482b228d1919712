/**
 * This file defines how the fakes read a formula's tokens, and how Sheets rewrites a formula's
 * cell references when rows or columns are inserted or deleted (`=$K2` becomes `=$L2` after a
 * column is inserted before K; a reference to a deleted column becomes `#REF!`).
 */
import { columnLetters, columnNumber } from './a1-notation';
import { type Shift, shiftSpan } from './grid-range';

export interface CellReference {
  readonly column: number;
  readonly row: number;
  readonly absoluteColumn: boolean;
  readonly absoluteRow: boolean;
  /** Whether a sheet name precedes it (`Orders!C2`): such references stay as they are. */
  readonly qualified: boolean;
}

export type Token =
  | { readonly kind: 'reference'; readonly text: string; readonly reference: CellReference }
  | { readonly kind: 'string'; readonly text: string; readonly value: string }
  | { readonly kind: 'number'; readonly text: string; readonly value: number }
  | { readonly kind: 'name' | 'operator' | 'space'; readonly text: string };

const PATTERNS: readonly [Token['kind'], RegExp][] = [
  ['space', /\s+/y],
  ['string', /"(?:[^"]|"")*"/y],
  ['number', /(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?/iy],
  ['reference', /\$?[A-Z]{1,3}\$?\d+(?![\w(.])/iy],
  ['name', /[A-Z_][\w.]*/iy],
  ['operator', /<>|<=|>=|[-+*/^&=<>(),:;!%{}]/y],
];
const REFERENCE_PARTS = /^(\$?)([A-Z]{1,3})(\$?)(\d+)$/i;

/** The tokens of a formula; throws on a character no formula has. */
export function tokenize(formula: string): Token[] {
  const tokens: Token[] = [];
  for (let at = 0; at < formula.length; ) {
    const token = tokenAt(formula, at, tokens[tokens.length - 1]);
    tokens.push(token);
    at += token.text.length;
  }
  return tokens;
}

function tokenAt(formula: string, at: number, previous: Token | undefined): Token {
  for (const [kind, pattern] of PATTERNS) {
    pattern.lastIndex = at;
    const text = pattern.exec(formula)?.[0];
    if (text === undefined) continue;
    if (kind === 'string') return { kind, text, value: text.slice(1, -1).replaceAll('""', '"') };
    if (kind === 'number') return { kind, text, value: Number(text) };
    if (kind !== 'reference') return { kind, text };
    const [, columnDollar, letters = '', rowDollar, row] = REFERENCE_PARTS.exec(text) ?? [];
    const reference = {
      column: columnNumber(letters),
      row: Number(row),
      absoluteColumn: columnDollar === '$',
      absoluteRow: rowDollar === '$',
      qualified: previous?.text === '!',
    };
    return { kind, text, reference };
  }
  throw new SyntaxError(`unexpected ${formula[at]} in ${formula}`);
}

/** A formula with its own-sheet cell references moved by a row or column insertion or deletion. */
export function shiftFormulaReferences(formula: string, shift: Shift): string {
  return tokenize(formula)
    .map((token) =>
      token.kind === 'reference' && !token.reference.qualified
        ? shiftedReference(token.reference, shift)
        : token.text,
    )
    .join('');
}

function shiftedReference(reference: CellReference, shift: Shift): string {
  const byRows = shift.dimension === 'ROWS';
  const moved = shiftSpan({ start: byRows ? reference.row : reference.column, length: 1 }, shift);
  if (moved === null) return '#REF!';
  const column = byRows ? reference.column : moved.start;
  const row = byRows ? moved.start : reference.row;
  return `${reference.absoluteColumn ? '$' : ''}${columnLetters(column)}${reference.absoluteRow ? '$' : ''}${row}`;
}
