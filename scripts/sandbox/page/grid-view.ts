/**
 * This file defines the grid: one sheet's rows, virtualised. Only the rows in view (and a few
 * either side) are in the table, between two spacers as tall as the rows they stand for; the
 * frozen rows stay in the sticky header, and rows a filter hides are left out (shown-rows.ts). Scrolling draws the rows now in view and loads their
 * blocks; a new version of the sheet is loaded before it is drawn, so the grid never flickers
 * blank while it refreshes, and its columns are sized then to the rows in view (column-widths.ts).
 */
import type { SheetTab } from '../contract';
import { columnWidths } from './column-widths';
import { columnGroup, lettersRow, sheetRow, spacerRow, tableWidth } from './grid-rows';
import { type RowBlocks, rowBlocks } from './row-blocks';
import { type ShownRows, shownRows } from './shown-rows';

/** Each row's height in pixels, as sandbox.css sets it. */
const ROW_HEIGHT = 21;
/** Rows drawn beyond each edge of the view, so that a short scroll shows no empty rows. */
const OVERSCAN = 10;

export interface GridView {
  /** Shows `tab` as of `version`: at the top for another sheet, where it was for the same one. */
  readonly show: (tab: SheetTab, version: number) => Promise<void>;
}

interface Shown {
  readonly tab: SheetTab;
  readonly version: number;
  readonly blocks: RowBlocks;
  readonly shown: ShownRows;
  /** The sheet columns' widths, from the rows in view when this version was first drawn. */
  readonly widths: readonly number[];
}

export function gridView(
  scroller: HTMLElement,
  table: HTMLTableElement,
  /** Called after each draw, for what marks cells (the selection). */
  onDraw: () => void = () => {},
): GridView {
  const head = document.createElement('thead');
  const body = document.createElement('tbody');
  let shown: Shown | undefined;
  let frame: number | undefined;
  /** Counts `show` calls: a slow load for an older one must not draw over a newer one. */
  let requests = 0;
  /**
   * While `show` loads another sheet, the one still shown is not drawn again: scrolled to its top,
   * its rows would stand under the new sheet's selection, and a click and Enter would edit the
   * new sheet starting from the old one's text.
   */
  let switching = false;

  /** The shown body rows in view, with the overscan, by their index among the shown rows. */
  const rowsInView = (shown: ShownRows) => {
    const firstInView = Math.floor(scroller.scrollTop / ROW_HEIGHT);
    const first = Math.max(0, firstInView - OVERSCAN);
    const last = Math.min(
      shown.count - 1,
      firstInView + Math.ceil(scroller.clientHeight / ROW_HEIGHT) + OVERSCAN,
    );
    return { first, last };
  };

  const draw = () => {
    if (!shown) return;
    const { tab, version, blocks, widths } = shown;
    const columns = widths.length;
    const frozen = Math.min(tab.frozenRows, tab.lastRow);
    const { first, last } = rowsInView(shown.shown);
    const rowAt = shown.shown.rowAt;
    const frozenRows = [];
    for (let row = 1; row <= frozen; row++)
      frozenRows.push(sheetRow(row, columns, blocks.row(row)));
    head.replaceChildren(lettersRow(columns), ...frozenRows);
    const rows = [];
    if (first > 0) rows.push(spacerRow(first * ROW_HEIGHT, columns));
    for (let index = first; index <= last; index++) {
      const row = rowAt(index);
      rows.push(sheetRow(row, columns, blocks.row(row)));
    }
    const below = shown.shown.count - 1 - last;
    if (below > 0) rows.push(spacerRow(below * ROW_HEIGHT, columns));
    body.replaceChildren(...rows);
    // a fixed table layout needs the table's width: the columns keep theirs whatever rows show
    table.style.width = `${tableWidth(widths)}px`;
    table.replaceChildren(columnGroup(widths), head, body);
    // which state of the spreadsheet the grid shows, for a test to wait for
    table.dataset.version = String(version);
    onDraw();
  };

  /** The runs of rows the view needs of a sheet: the frozen ones and the shown ones in view. */
  const rowsNeeded = (
    tab: SheetTab,
    shown: ShownRows,
  ): (readonly [first: number, last: number])[] => {
    const { first, last } = rowsInView(shown);
    const runs: [number, number][] = [[1, Math.min(tab.frozenRows, tab.lastRow)]];
    for (let index = first; index <= last; index++) {
      const row = shown.rowAt(index);
      const run = runs.at(-1);
      if (run && run[1] === row - 1 && runs.length > 1) run[1] = row;
      else runs.push([row, row]);
    }
    return runs;
  };

  const load = (tab: SheetTab, shown: ShownRows, blocks: RowBlocks) =>
    Promise.all(rowsNeeded(tab, shown).map(([first, last]) => blocks.load(first, last)));

  const scrolled = () => {
    if (frame !== undefined) return;
    frame = requestAnimationFrame(() => {
      frame = undefined;
      if (switching) return;
      draw();
      const now = shown;
      // a block that failed to load is asked for again on the next scroll
      if (now)
        load(now.tab, now.shown, now.blocks).then(() => now === shown && draw(), console.error);
    });
  };
  scroller.addEventListener('scroll', scrolled);
  window.addEventListener('resize', scrolled);

  return {
    show: async (tab, version) => {
      const sameSheet = shown?.tab.id === tab.id;
      if (sameSheet && shown?.version === version) return;
      const request = ++requests;
      const blocks = rowBlocks(tab.id);
      const shownNow = shownRows(tab);
      if (!sameSheet) {
        switching = true;
        scroller.scrollTop = 0;
      }
      const top = scroller.scrollTop;
      try {
        await load(tab, shownNow, blocks);
      } finally {
        // the newest call ends the switch, loaded or not: scrolling must draw again
        if (request === requests) switching = false;
      }
      if (request !== requests) return;
      const rows = rowsNeeded(tab, shownNow).flatMap(([first, last]) =>
        Array.from({ length: Math.max(0, last - first + 1) }, (_, i) => blocks.row(first + i)),
      );
      shown = {
        tab,
        version,
        blocks,
        shown: shownNow,
        widths: columnWidths(rows, Math.max(tab.lastColumn, 1)),
      };
      draw();
      // a scroll while the other sheet loaded was not drawn: its rows are loaded and drawn now
      if (!sameSheet && scroller.scrollTop !== top) scrolled();
    },
  };
}
