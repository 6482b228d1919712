/**
 * This file defines the grid's rows as the page holds them: fetched from the server in blocks of
 * a hundred rows, each block once, and only the blocks the grid shows, so that a sheet of a
 * hundred thousand rows costs no more to show than one of a hundred.
 */
import type { GridCell } from '../contract';
import { serverApi } from './server-api';

export const BLOCK_ROWS = 100;

export interface RowBlocks {
  /** A row's cells (1 = the sheet's first row), once its block is loaded. */
  readonly row: (row: number) => readonly GridCell[] | undefined;
  /** Loads the blocks that hold rows `first` … `last`; resolves when all of them are here. */
  readonly load: (first: number, last: number) => Promise<void>;
}

export function rowBlocks(sheetId: number): RowBlocks {
  const loaded = new Map<number, readonly (readonly GridCell[])[]>();
  const loading = new Map<number, Promise<void>>();
  const blockOf = (row: number) => Math.floor((row - 1) / BLOCK_ROWS);
  const loadBlock = (block: number): Promise<void> => {
    const known = loading.get(block);
    if (known) return known;
    const fetched = serverApi
      .grid(sheetId, block * BLOCK_ROWS + 1, BLOCK_ROWS)
      .then((window) => {
        loaded.set(block, window.rows);
      })
      .catch((error: unknown) => {
        // forgotten, so that the next look asks again
        loading.delete(block);
        throw error;
      });
    loading.set(block, fetched);
    return fetched;
  };
  return {
    row: (row) => loaded.get(blockOf(row))?.[(row - 1) % BLOCK_ROWS],
    load: async (first, last) => {
      const blocks: Promise<void>[] = [];
      for (let block = blockOf(first); block <= blockOf(last); block++)
        blocks.push(loadBlock(block));
      await Promise.all(blocks);
    },
  };
}
