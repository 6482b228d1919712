/**
 * The two runs of ABC on a hand-made customer table that the tests of who moved where share
 * (run-migration.test.ts computes their matrix and alerts by hand; summary-migration.test.ts
 * reads them back from the summary sheet).
 */
import type { CellValue } from '../../dev/spreadsheet-fake/cell-input';
import type { ClassifySettings } from '../../src/addon/sidebar/api';
import { CUSTOMER_TABLE_TIERS } from './classify-settings';

export const ABC: ClassifySettings = { ...CUSTOMER_TABLE_TIERS, model: 'abc' };

/** customer, revenue, last purchase, orders. */
export function customerTable(rows: [string, number, string][]): CellValue[][] {
  return [
    ['Customer', 'Revenue', 'Last purchase', 'Orders'],
    ...rows.map(([id, revenue, last]) => [id, revenue, new Date(`${last}T00:00:00Z`), 2]),
  ];
}

/*
 * Run 1, total 2,000: a 1,000 (share before 0: A), b 500 (.5: A), c 300 (.75: A), d 100 (.9: B),
 * e 60 (.95: C), f 40 (.98: C).
 */
export const FIRST_RUN = customerTable([
  ['a', 1000, '2024-03-01'],
  ['b', 500, '2024-03-02'],
  ['c', 300, '2024-03-03'],
  ['d', 100, '2024-03-04'],
  ['e', 60, '2024-03-05'],
  ['f', 40, '2024-03-05'],
]);

/*
 * Run 2, f gone, g new, rows in another order; total 1,670: a 1,000 (0: A), d 400 (.599: A),
 * g 100 (.838: B), b 90 (.898: B), e 60 (.952: C), c 20 (.988: C). So a A→A, b A→B, c A→C,
 * d B→A, e C→C: rows A [1, 1, 1], B [1, 0, 0], C [0, 0, 1]; alerts (A → B or C) b then c, by
 * money at risk (their monetary now: 90, 20).
 */
export const SECOND_RUN = customerTable([
  ['g', 100, '2024-03-08'],
  ['e', 60, '2024-03-05'],
  ['d', 400, '2024-03-09'],
  ['c', 20, '2024-03-03'],
  ['b', 90, '2024-03-02'],
  ['a', 1000, '2024-03-09'],
]);
