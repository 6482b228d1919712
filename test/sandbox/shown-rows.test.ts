/** The rows the sandbox grid shows below the frozen ones: all, or those a filter leaves. */
import { describe, expect, it } from 'vitest';
import { shownRows } from '../../scripts/sandbox/page/shown-rows';

const tab = (hiddenRows: [number, number][]) => ({
  id: 0,
  name: 'Orders',
  lastRow: 8,
  lastColumn: 3,
  frozenRows: 1,
  hiddenRows,
  charts: [],
});

describe('shownRows', () => {
  it('shows every row below the frozen ones without a filter', () => {
    const shown = shownRows(tab([]));
    expect(shown.count).toBe(7);
    expect(Array.from({ length: shown.count }, (_, i) => shown.rowAt(i))).toEqual([
      2, 3, 4, 5, 6, 7, 8,
    ]);
  });

  it('leaves out the rows a filter hides', () => {
    const shown = shownRows(
      tab([
        [3, 4],
        [7, 8],
      ]),
    );
    expect(shown.count).toBe(3);
    expect(Array.from({ length: shown.count }, (_, i) => shown.rowAt(i))).toEqual([2, 5, 6]);
  });
});
