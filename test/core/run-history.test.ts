/**
 * The history's rows: written and read back into runs by run time and model (a run's rows need
 * not be together), a prune dropping the oldest runs beyond those kept and beyond a row limit
 * but never the run just added, and each class's size per run, counted by hand.
 */
import { describe, expect, it } from 'vitest';
import {
  classSizes,
  type HistoryRun,
  historyRows,
  previousRun,
  readHistory,
  rowsToPrune,
} from '../../src/core/run-history';

const run = (ranAt: string, model: string, segments: string[]): HistoryRun => ({
  asOf: ranAt.slice(0, 10),
  ranAt,
  model,
  entries: segments.map((segment, i) => ({
    customer: `c${i}`,
    segment,
    money: i,
    lastPurchase: '',
  })),
});

describe('the history rows', () => {
  it('read back as the runs written, oldest first, whatever their rows’ order', () => {
    const first = run('2024-01-01T00:00:00.000Z', 'abc', ['A', 'B']);
    const second = run('2024-02-01T00:00:00.000Z', 'tiers', ['regular']);
    const rows = [...historyRows(second), ...historyRows(first), ['', '', '', '', '', '', '']];
    const runs = readHistory([rows[1], rows[0], rows[3], rows[2]] as unknown[][]);
    expect(runs.map(({ rows: at, ...recorded }) => [recorded, at])).toEqual([
      [first, [0, 3]],
      [second, [1]],
    ]);
    expect(previousRun(runs, 'abc')?.ranAt).toBe(first.ranAt);
    expect(previousRun(runs, 'lifecycle')).toBeNull();
  });

  it('take a run’s as-of day from a row that holds one, whatever the user typed over another', () => {
    const rows = historyRows(run('2024-01-31T23:59:59.999Z', 'abc', ['A', 'B', 'C']));
    const edited = rows.map((row, i) => (i === 0 ? ['checked', ...row.slice(1)] : row));
    const [read] = readHistory(edited);
    expect(read?.asOf).toBe('2024-01-31');
    expect(read?.entries).toHaveLength(3);
  });

  it('prune the oldest runs beyond those kept and beyond the row limit, never the new one', () => {
    const runs = readHistory([
      ...historyRows(run('2024-01-01T00:00:00.000Z', 'abc', ['A', 'B'])),
      ...historyRows(run('2024-02-01T00:00:00.000Z', 'abc', ['A', 'B', 'C'])),
      ...historyRows(run('2024-03-01T00:00:00.000Z', 'abc', ['A'])),
    ]);
    expect(rowsToPrune(runs, 4, 10, 100)).toEqual([]);
    // 4 runs, 2 kept: the two oldest go
    expect(rowsToPrune(runs, 4, 2, 100)).toEqual([0, 1, 2, 3, 4]);
    // 10 rows, at most 6: the oldest two runs (5 rows) go, leaving 5
    expect(rowsToPrune(runs, 4, 10, 6)).toEqual([0, 1, 2, 3, 4]);
    expect(rowsToPrune(runs, 4, 10, 8)).toEqual([0, 1]);
    // a limit below the new run alone drops everything else, never the new run
    expect(rowsToPrune(runs, 50, 10, 10)).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('count each class per run of a model, a class no longer the model’s counted nowhere', () => {
    const runs = [
      run('2024-01-01T00:00:00.000Z', 'abc', ['A', 'B', 'B', 'old']),
      run('2024-01-15T00:00:00.000Z', 'tiers', ['regular']),
      run('2024-02-01T00:00:00.000Z', 'abc', ['C', 'C', 'A']),
    ];
    expect(classSizes(runs, 'abc', ['A', 'B', 'C'])).toEqual([
      { asOf: '2024-01-01', ranAt: '2024-01-01T00:00:00.000Z', counts: [1, 2, 0] },
      { asOf: '2024-02-01', ranAt: '2024-02-01T00:00:00.000Z', counts: [1, 0, 2] },
    ]);
  });
});
