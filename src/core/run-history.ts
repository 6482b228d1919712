/**
 * This file defines the rows of the history sheet a classified sheet keeps (one row per customer
 * per run: as-of day, run time, model, customer id, class id, money at risk, last purchase), how
 * they are read back into runs, how many of the oldest rows a prune drops, and each class's size
 * over the recorded runs. Customers are known by their id and classes by their id (never by
 * label), so sorted rows, inserted rows and another label language change nothing.
 */
import type { RunClasses } from './migration';

/** The history's columns, in order. */
export const HISTORY_WIDTH = 7;

/** One customer in one run. */
export interface HistoryEntry {
  readonly customer: string;
  readonly segment: string;
  /** Their monetary, or predicted value where the model predicted it. */
  readonly money: number;
  /** `YYYY-MM-DD`, or '' when the sheet gives day counts only. */
  readonly lastPurchase: string;
}

/** One run as the history records it. */
export interface HistoryRun {
  /** `YYYY-MM-DD`: the day the customers were classified as of. */
  readonly asOf: string;
  /** The run's instant, ISO 8601: with the model, what tells runs apart. */
  readonly ranAt: string;
  readonly model: string;
  readonly entries: readonly HistoryEntry[];
}

/** A recorded run, with the 0-based data rows (below the heading row) that hold it. */
export interface RecordedRun extends HistoryRun {
  readonly rows: readonly number[];
}

/** A run's rows, ready for one `setValues`. */
export function historyRows(run: HistoryRun): unknown[][] {
  return run.entries.map((entry) => [
    run.asOf,
    run.ranAt,
    run.model,
    entry.customer,
    entry.segment,
    entry.money,
    entry.lastPurchase,
  ]);
}

/**
 * A run time as the add-on writes it (`toISOString`). Runs sort by it as text, so a note typed
 * over one (`checked` sorts after every digit) would pose as the latest run.
 */
const RUN_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{3})?Z$/;

/** An as-of day as the add-on writes it. */
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The runs of the history's data rows (below its heading row), oldest first. Rows that are not a
 * run's (blank, a run time that is not one, or edited beyond reading) are skipped; a run's rows
 * need not be together.
 */
export function readHistory(values: readonly (readonly unknown[])[]): RecordedRun[] {
  const runs = new Map<
    string,
    { run: Omit<RecordedRun, 'entries' | 'rows'>; entries: HistoryEntry[]; rows: number[] }
  >();
  values.forEach((row, index) => {
    const [asOf, ranAt, model, customer, segment, money, lastPurchase] = row;
    if (typeof ranAt !== 'string' || !RUN_TIME.test(ranAt) || typeof model !== 'string') return;
    if (model === '') return;
    const id = text(customer);
    if (id === '' || text(segment) === '') return;
    const key = `${ranAt}\u0000${model}`;
    let found = runs.get(key);
    if (!found) {
      found = { run: { asOf: text(asOf), ranAt, model }, entries: [], rows: [] };
      runs.set(key, found);
    }
    // the run's day from a row that holds one: a note typed over the first would name the run
    if (!DAY.test(found.run.asOf) && DAY.test(text(asOf)))
      found.run = { ...found.run, asOf: text(asOf) };
    found.entries.push({
      customer: id,
      segment: text(segment),
      money: typeof money === 'number' && Number.isFinite(money) ? money : Number(money) || 0,
      lastPurchase: text(lastPurchase),
    });
    found.rows.push(index);
  });
  return [...runs.values()]
    .map(({ run, entries, rows }) => ({ ...run, entries, rows }))
    .sort((a, b) => (a.ranAt < b.ranAt ? -1 : a.ranAt > b.ranAt ? 1 : 0));
}

/** The latest recorded run of a model, if any. */
export function previousRun(runs: readonly RecordedRun[], model: string): RecordedRun | null {
  for (let i = runs.length - 1; i >= 0; i--) {
    const run = runs[i] as RecordedRun;
    if (run.model === model) return run;
  }
  return null;
}

/** A run's classes and money by customer, as `migration` compares them. */
export function runClasses(run: HistoryRun): RunClasses & {
  readonly lastPurchaseOf: ReadonlyMap<string, string>;
} {
  const classOf = new Map<string, string>();
  const moneyOf = new Map<string, number>();
  const lastPurchaseOf = new Map<string, string>();
  for (const entry of run.entries) {
    classOf.set(entry.customer, entry.segment);
    moneyOf.set(entry.customer, entry.money);
    lastPurchaseOf.set(entry.customer, entry.lastPurchase);
  }
  return { classOf, moneyOf, lastPurchaseOf };
}

/**
 * The data rows of the oldest runs to drop once `addedRuns` runs of `addedRows` rows in all are
 * recorded after `runs`: runs beyond the newest `keep`, and old runs while the rows exceed
 * `maxRows` (a sheet holds ten million cells in all); the runs just added are never dropped.
 * Returned ascending.
 */
export function rowsToPrune(
  runs: readonly RecordedRun[],
  addedRows: number,
  keep: number,
  maxRows: number,
  addedRuns = 1,
): number[] {
  let kept = runs.length + addedRuns;
  let rows = addedRows + runs.reduce((sum, run) => sum + run.rows.length, 0);
  const dropped: number[] = [];
  for (const run of runs) {
    if (kept <= keep && rows <= maxRows) break;
    dropped.push(...run.rows);
    kept--;
    rows -= run.rows.length;
  }
  return dropped.sort((a, b) => a - b);
}

/** Each recorded run of a model, oldest first, with its customers per class in `classes`' order. */
export function classSizes(
  runs: readonly HistoryRun[],
  model: string,
  classes: readonly string[],
): { readonly asOf: string; readonly ranAt: string; readonly counts: number[] }[] {
  const index = new Map(classes.map((id, i) => [id, i]));
  return runs
    .filter((run) => run.model === model)
    .map((run) => {
      const counts = classes.map(() => 0);
      for (const entry of run.entries) {
        const at = index.get(entry.segment);
        if (at !== undefined) counts[at] = (counts[at] as number) + 1;
      }
      return { asOf: run.asOf, ranAt: run.ranAt, counts };
    });
}

function text(cell: unknown): string {
  if (cell === null || cell === undefined) return '';
  return String(cell).trim();
}
