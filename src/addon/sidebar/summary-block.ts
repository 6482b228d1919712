/**
 * This file defines a block of rows below the summary sheet's segment table (the breakdowns, the
 * moves): its cells, padded to one width, written in one call, its titles and headings bold.
 */
export interface SummaryBlock {
  readonly values: unknown[][];
  readonly width: number;
  /** Rows shown bold. */
  readonly headings: readonly number[];
}

/** Writes the block from sheet row `firstRow`, its titles and headings bold. */
export function writeSummaryBlock(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  firstRow: number,
  block: SummaryBlock,
): void {
  const range = sheet.getRange(firstRow, 1, block.values.length, block.width);
  range.setValues(block.values.map((row) => row.map(asWritten)));
  const bold = new Set(block.headings);
  range.setFontWeights(
    block.values.map((_, row) =>
      Array.from({ length: block.width }, () => (bold.has(row) ? 'bold' : 'normal')),
    ),
  );
}

/**
 * Text as the user wrote it: Sheets reads what a script writes as typed, so a group or customer
 * id `007`, `2024-01-05` or `=x` would become a number, a date or a formula. A leading `'` keeps
 * any text as text, and is not part of the cell's value.
 */
function asWritten(cell: unknown): unknown {
  return typeof cell === 'string' && cell !== '' ? `'${cell}` : cell;
}
