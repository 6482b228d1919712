/**
 * This file defines how a problem's place in an argument's range becomes the name of a sheet
 * cell (`C8`) that a user can click: from the calling formula's text, where that argument is a
 * plain A1 range such as `B2:B`, `Orders!C2:C100` or `D:D`.
 */

/** The top-left corner of an A1 range argument. */
export interface RangeStart {
  /** The sheet name as written, with its quotes, or '' for the formula's own sheet. */
  readonly sheetPrefix: string;
  /** 0-based column index: A is 0. */
  readonly column: number;
  /** 1-based sheet row of the range's first row. */
  readonly row: number;
}

const A1_RANGE =
  /^((?:'(?:[^']|'')+'|[A-Za-z_][\w.]*)!)?\$?([A-Za-z]{1,3})\$?(\d*)(?::\$?([A-Za-z]{1,3})\$?(\d*))?$/;

/**
 * The start of each argument of the one call of `functionName` in a formula: a RangeStart for a
 * plain A1 range, `undefined` for anything else (a literal, a nested call, a named range). The
 * whole answer is `undefined` when the function is not called exactly once.
 *
 * @example argumentRangeStarts('=RFM_SCORE(B2:B, C2:C, 3)', 'RFM_SCORE')?.[1] //=> { sheetPrefix: '', column: 2, row: 2 }
 */
export function argumentRangeStarts(
  formula: string,
  functionName: string,
): (RangeStart | undefined)[] | undefined {
  const call = new RegExp(`(?<![\\w.])${functionName}\\s*\\(`, 'gi');
  const calls = [...formula.matchAll(call)];
  if (calls.length !== 1) return undefined;
  const [found] = calls as [RegExpMatchArray];
  const texts = callArguments(formula, (found.index ?? 0) + found[0].length);
  return texts?.map(rangeStart);
}

/** The A1 name of the cell at a 1-based row and 0-based column of a range. */
export function cellName(start: RangeStart, row: number, column = 0): string {
  return `${start.sheetPrefix}${columnLetters(start.column + column)}${start.row + row - 1}`;
}

/**
 * The texts of the arguments of a call whose `(` ends just before `from`, split at the commas
 * (or, in locales that write `0,5` for a half, semicolons) outside brackets and quotes.
 */
function callArguments(formula: string, from: number): string[] | undefined {
  const pieces: { text: string; separator: string }[] = [];
  let depth = 0;
  let start = from;
  for (let i = from; i < formula.length; i++) {
    const char = formula[i] as string;
    if (char === '"' || char === "'") {
      const close = formula.indexOf(char, i + 1);
      if (close < 0) return undefined;
      i = close;
    } else if (char === '(' || char === '{') depth++;
    else if ((char === ')' || char === '}') && depth > 0) depth--;
    else if (char === ')') {
      pieces.push({ text: formula.slice(start, i), separator: '' });
      return splitPieces(pieces);
    } else if ((char === ',' || char === ';') && depth === 0) {
      pieces.push({ text: formula.slice(start, i), separator: char });
      start = i + 1;
    }
  }
  return undefined;
}

function splitPieces(pieces: readonly { text: string; separator: string }[]): string[] {
  const separator = pieces.some((piece) => piece.separator === ';') ? ';' : ',';
  const texts: string[] = [''];
  for (const piece of pieces) {
    texts[texts.length - 1] += piece.text;
    if (piece.separator === separator) texts.push('');
    else if (piece.separator) texts[texts.length - 1] += piece.separator;
  }
  return texts.map((text) => text.trim());
}

function rangeStart(text: string): RangeStart | undefined {
  const match = A1_RANGE.exec(text);
  if (!match) return undefined;
  const [, sheetPrefix = '', startColumn = '', startRow = '', endColumn] = match;
  // letters alone (`Sales`) name a named range, not a column
  if (!startRow && !endColumn) return undefined;
  return { sheetPrefix, column: columnIndex(startColumn), row: startRow ? Number(startRow) : 1 };
}

function columnIndex(letters: string): number {
  let index = 0;
  for (const letter of letters.toUpperCase()) index = index * 26 + (letter.charCodeAt(0) - 64);
  return index - 1;
}

/** The letters of a 0-based column index: 0 is A, 26 is AA. */
export function columnLetters(index: number): string {
  let letters = '';
  for (let rest = index + 1; rest > 0; rest = Math.floor((rest - 1) / 26)) {
    letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  }
  return letters;
}
