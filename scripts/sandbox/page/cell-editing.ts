/**
 * This file defines what a user does to the grid by hand, as in Sheets: a selected cell (click,
 * or the arrow keys once the grid has focus; a row number or column letter selects in that row
 * or column), typed into (double-click, Enter or F2 edits what it shows, a printable key starts
 * over with that key; Enter or Tab commits, Escape cancels, Delete clears), and the selection
 * bar above the grid, whose buttons delete the selected row, the selected column or the active
 * sheet. Every change goes to the server, which reads the text as Sheets reads typed input.
 */
import type { SheetTab, WorkbookState } from '../contract';
import { columnLetters } from './grid-rows';
import { serverApi } from './server-api';

export interface SelectionBar {
  readonly nameBox: HTMLElement;
  readonly deleteRow: HTMLButtonElement;
  readonly deleteColumn: HTMLButtonElement;
  readonly deleteSheet: HTMLButtonElement;
}

export interface CellEditing {
  /** The sheet the grid shows now: a new sheet starts with A1 selected. */
  readonly showSheet: (tab: SheetTab) => void;
  /** Marks the selected cell again after the grid drew its rows. */
  readonly drawn: () => void;
}

interface Cell {
  readonly row: number;
  readonly column: number;
}

export function cellEditing(
  scroller: HTMLElement,
  table: HTMLTableElement,
  bar: SelectionBar,
  apply: (change: Promise<WorkbookState>) => Promise<void>,
): CellEditing {
  let tab: SheetTab | undefined;
  let selected: Cell = { row: 1, column: 1 };
  const editor = document.createElement('input');
  editor.className = 'cell-editor';
  editor.dataset.testid = 'cell-editor';
  editor.setAttribute('aria-label', 'Cell contents');
  editor.hidden = true;
  scroller.append(editor);
  /** The cell being edited and the text it started with, while the editor is open. */
  let editing: (Cell & { readonly initial: string; readonly typed: boolean }) | undefined;

  const cellElement = ({ row, column }: Cell) =>
    table.querySelector(`tr[data-row="${row}"]`)?.querySelectorAll('td')[column - 1];

  const drawn = () => {
    for (const old of table.querySelectorAll('td.selected')) old.classList.remove('selected');
    cellElement(selected)?.classList.add('selected');
  };

  /** Selects a cell inside the sheet; a move by the user also scrolls it into view. */
  const select = (cell: Cell, byUser = true) => {
    const rows = Math.max(tab?.lastRow ?? 1, 1);
    const columns = Math.max(tab?.lastColumn ?? 1, 1);
    selected = {
      row: Math.min(Math.max(cell.row, 1), rows),
      column: Math.min(Math.max(cell.column, 1), columns),
    };
    const letter = columnLetters(selected.column);
    bar.nameBox.textContent = `${letter}${selected.row}`;
    bar.deleteRow.textContent = `Delete row ${selected.row}`;
    bar.deleteColumn.textContent = `Delete column ${letter}`;
    bar.deleteSheet.textContent = `Delete sheet “${tab?.name ?? ''}”`;
    drawn();
    if (byUser) scrollIntoView();
  };

  const scrollIntoView = () => {
    if (!tab || selected.row <= tab.frozenRows) return;
    const header = table.tHead?.offsetHeight ?? 0;
    const element = cellElement(selected);
    const top = element?.offsetTop ?? header + (selected.row - tab.frozenRows - 1) * 21;
    const height = element?.offsetHeight ?? 21;
    if (top < scroller.scrollTop + header) scroller.scrollTop = top - header;
    else if (top + height > scroller.scrollTop + scroller.clientHeight)
      scroller.scrollTop = top + height - scroller.clientHeight;
  };

  const openEditor = (text: string, typed: boolean) => {
    const element = cellElement(selected);
    if (!tab || !element) return;
    const box = element.getBoundingClientRect();
    const frame = scroller.getBoundingClientRect();
    Object.assign(editor.style, {
      left: `${box.left - frame.left + scroller.scrollLeft}px`,
      top: `${box.top - frame.top + scroller.scrollTop}px`,
      width: `${Math.max(box.width, 120)}px`,
      height: `${box.height}px`,
    });
    editing = { ...selected, initial: typed ? '' : text, typed };
    editor.value = text;
    editor.hidden = false;
    editor.focus();
    editor.setSelectionRange(text.length, text.length);
  };

  const closeEditor = (commit: boolean) => {
    const edit = editing;
    editing = undefined;
    editor.hidden = true;
    scroller.focus({ preventScroll: true });
    if (!commit || !edit || !tab) return;
    // an unchanged text is not written again: a shown number or date may be rounded
    if (!edit.typed && editor.value === edit.initial) return;
    const { row, column } = edit;
    void apply(serverApi.edit({ sheetId: tab.id, row, column, input: editor.value }));
  };

  const cellAt = (target: EventTarget | null): Cell | undefined => {
    const element = (target as HTMLElement | null)?.closest?.<HTMLTableCellElement>('td, th');
    const rowElement = element?.parentElement;
    if (!element || !rowElement) return undefined;
    if (element.classList.contains('letter'))
      return { row: selected.row, column: element.cellIndex };
    const row = Number(rowElement.dataset.row);
    if (!row) return undefined;
    return { row, column: element.tagName === 'TD' ? element.cellIndex : selected.column };
  };

  scroller.tabIndex = 0;
  scroller.setAttribute('aria-label', 'Grid: arrow keys select a cell, Enter edits it');
  scroller.addEventListener('mousedown', (event) => {
    if (event.target === editor) return;
    const cell = cellAt(event.target);
    if (!cell) return;
    if (editing) closeEditor(true);
    select(cell);
    // The grid takes the focus, for the arrow keys, now: a focus put off to the next frame
    // could land after a quick Enter had opened the editor, and closed it by taking its focus.
    // The browser's own focus change after this handler picks the grid too, the nearest box
    // that takes the focus.
    scroller.focus({ preventScroll: true });
  });
  scroller.addEventListener('dblclick', (event) => {
    const cell = cellAt(event.target);
    if (!cell || (event.target as HTMLElement).tagName !== 'TD') return;
    select(cell);
    openEditor(cellElement(selected)?.textContent ?? '', false);
  });
  scroller.addEventListener('keydown', (event) => {
    if (event.target === editor) return;
    const moves: Record<string, readonly [number, number]> = {
      ArrowUp: [-1, 0],
      ArrowDown: [1, 0],
      ArrowLeft: [0, -1],
      ArrowRight: [0, 1],
    };
    const move = moves[event.key];
    if (move) select({ row: selected.row + move[0], column: selected.column + move[1] });
    else if (event.key === 'Enter' || event.key === 'F2')
      openEditor(cellElement(selected)?.textContent ?? '', false);
    else if (event.key === 'Delete' || event.key === 'Backspace') {
      if (tab) void apply(serverApi.edit({ sheetId: tab.id, ...selected, input: '' }));
    } else if (event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey)
      openEditor(event.key, true);
    else return;
    event.preventDefault();
  });
  editor.addEventListener('keydown', (event) => {
    const next = { Enter: [1, 0], Tab: [0, 1] }[event.key];
    if (next) {
      closeEditor(true);
      select({ row: selected.row + (next[0] ?? 0), column: selected.column + (next[1] ?? 0) });
    } else if (event.key === 'Escape') closeEditor(false);
    else return;
    event.preventDefault();
  });
  editor.addEventListener('blur', () => {
    if (editing) closeEditor(true);
  });

  const remove = (what: 'row' | 'column' | 'sheet') => {
    if (!tab) return;
    const deletion =
      what === 'row'
        ? { sheetId: tab.id, row: selected.row }
        : what === 'column'
          ? { sheetId: tab.id, column: selected.column }
          : { sheetId: tab.id };
    void apply(serverApi.delete(deletion));
  };
  bar.deleteRow.addEventListener('click', () => remove('row'));
  bar.deleteColumn.addEventListener('click', () => remove('column'));
  bar.deleteSheet.addEventListener('click', () => remove('sheet'));

  return {
    showSheet: (shown) => {
      const sameSheet = tab?.id === shown.id;
      tab = shown;
      // the page refreshes after every sidebar call: that must not scroll the grid
      select(sameSheet ? selected : { row: 1, column: 1 }, false);
    },
    drawn,
  };
}
