/**
 * This file defines the grid's elements: the column letters, and a sheet row as a
 * `<tr data-row="N">` with its row number and its cells, each painted as the server says the
 * cell shows (text always as text, never as HTML; colours as style properties).
 */
import type { GridCell } from '../contract';

/** Width in pixels of the row numbers' column. */
const ROW_NUMBERS_WIDTH = 46;

/** Sheets' column letters: A … Z, AA … */
export function columnLetters(column: number): string {
  let letters = '';
  for (let rest = column; rest > 0; rest = Math.floor((rest - 1) / 26))
    letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  return letters;
}

/** The `<col>`s: the row numbers' column, then the sheet's columns `widths` pixels wide. */
export function columnGroup(widths: readonly number[]): HTMLTableColElement {
  const group = document.createElement('colgroup');
  group.append(col(ROW_NUMBERS_WIDTH));
  for (const width of widths) group.append(col(width));
  return group;
}

/** The width of a grid whose sheet columns are `widths` pixels wide. */
export function tableWidth(widths: readonly number[]): number {
  return widths.reduce((sum, width) => sum + width, ROW_NUMBERS_WIDTH);
}

function col(width: number): HTMLTableColElement {
  const made = document.createElement('col');
  made.style.width = `${width}px`;
  return made;
}

export function lettersRow(columns: number): HTMLTableRowElement {
  const row = document.createElement('tr');
  row.className = 'letters';
  row.append(headerCell('corner', ''));
  for (let column = 1; column <= columns; column++)
    row.append(headerCell('letter', columnLetters(column)));
  return row;
}

/** Sheet row `row`; cells not loaded yet are left empty until they are. */
export function sheetRow(
  row: number,
  columns: number,
  cells: readonly GridCell[] | undefined,
): HTMLTableRowElement {
  const made = document.createElement('tr');
  made.dataset.row = String(row);
  made.append(headerCell('row-number', String(row)));
  for (let column = 0; column < columns; column++) made.append(cellElement(cells?.[column]));
  return made;
}

/** An empty row as tall as `height` pixels: it stands for the rows out of view. */
export function spacerRow(height: number, columns: number): HTMLTableRowElement {
  const row = document.createElement('tr');
  row.className = 'spacer';
  const cell = document.createElement('td');
  cell.colSpan = columns + 1;
  cell.style.height = `${height}px`;
  row.append(cell);
  return row;
}

function headerCell(className: string, text: string): HTMLTableCellElement {
  const cell = document.createElement('th');
  cell.className = className;
  cell.textContent = text;
  return cell;
}

function cellElement(cell: GridCell | undefined): HTMLTableCellElement {
  const made = document.createElement('td');
  if (!cell) return made;
  made.textContent = cell.text;
  // a cell too narrow for its text shows it whole on hover
  if (cell.text.length > 12) made.title = cell.text;
  if (cell.alignRight) made.className = 'number';
  if (cell.background) made.style.backgroundColor = cell.background;
  if (cell.color) made.style.color = cell.color;
  if (cell.bold) made.style.fontWeight = 'bold';
  return made;
}
