/**
 * This file defines "Build history": an order log already holds its past, so the add-on
 * classifies it as of the end of each of the last N months (or weeks), later orders left out as
 * any as-of run leaves them, and records each run in the history sheet, so a team sees a year of
 * movement on the first day. The summary sheet's sizes over the runs and their chart are rewritten
 * from the history at once (summary-sizes.ts); nothing else is written: the data sheet, its
 * colours, the rest of the summary and the saved settings stay as the last run left them.
 *
 * A built run's time is the end of its as-of day, so it sorts before every real run: the next
 * Re-segment still compares itself with the last real run. Days the history already holds for
 * the model are skipped, so building twice adds nothing.
 */
import * as z from 'zod/mini';
import { BACKFILL_UNITS, backfillDays } from '../../core/backfill-periods';
import { formatCivilDay } from '../../core/civil-day';
import type { Language } from '../../core/labels';
import { BACKFILL_PERIODS, HISTORY_RUNS_KEPT } from '../../core/option-registry';
import type { HistoryRun } from '../../core/run-history';
import type { BackfillResult } from './api';
import { planHistory, recordedRuns } from './history';
import { loadLastRun } from './last-run';
import { savedSettingsNow } from './resegment';
import { migrationSummary, runMigration } from './run-migration';
import { sheetTargetSchema } from './saved-settings';
import { segmentSheet } from './segment-sheet';
import type { SheetTable } from './sheet-table';
import { sidebarError } from './sidebar-messages';
import { planSummarySizes } from './summary-sizes';

const { min, max } = BACKFILL_PERIODS.range;

export const backfillRequestSchema = z.object({
  ...sheetTargetSchema.shape,
  periods: z.int().check(z.gte(min), z.lte(max)),
  unit: z.enum(BACKFILL_UNITS),
});

/**
 * Classifies the log of `table` as of each past period's end with its saved settings and records
 * the runs; returns how many were built and the moves from the newest of them to the data now.
 *
 * @throws {SidebarError} when the sheet was never classified or was cleared since, is a customer
 *   table (it holds no past), or its history or summary sheet is protected
 */
export function buildHistory(
  table: SheetTable,
  periods: number,
  unit: (typeof BACKFILL_UNITS)[number],
  language: Language,
): BackfillResult {
  const saved = savedSettingsNow(table, language);
  if (saved.shape !== 'transactions') throw sidebarError({ kind: 'backfill-needs-log' }, language);
  // Clear keeps the settings: a sidebar still showing the sheet must not make a history again
  if (table.owned.length === 0 && loadLastRun(table.sheet.getSheetId()) === null)
    throw sidebarError({ kind: 'not-classified' }, language);
  const history = planHistory(table.sheet, language);
  const sizes = planSummarySizes(table.sheet, saved.model, language);
  const now = segmentSheet(saved, table);
  const customersNow = now.outcome.customers;
  if (!customersNow) throw sidebarError({ kind: 'backfill-needs-log' }, language);
  const keep = saved.options.historyRuns ?? HISTORY_RUNS_KEPT.default;
  // the latest real run stays: the built runs are older, and a prune drops the oldest first
  const days = backfillDays(customersNow.asOfDay, Math.min(periods, keep - 1), unit);
  const recorded = new Set(
    history.runs.filter((run) => run.model === saved.model).map((run) => run.asOf),
  );
  const built: HistoryRun[] = [];
  let held = 0;
  let early = 0;
  for (const day of days) {
    const asOf = formatCivilDay(day);
    if (recorded.has(asOf)) {
      held++;
      continue;
    }
    const past = segmentSheet({ ...saved, options: { ...saved.options, asOf } }, table).outcome;
    if (past.segmentation.measures.frequency.length === 0) {
      early++;
      continue;
    }
    const moved = runMigration(
      saved.model,
      past.results,
      past.segmentation.measures.monetary,
      past.customers,
      null,
    );
    if (moved && moved.run.entries.length > 0)
      built.push({ ...moved.run, ranAt: `${asOf}T23:59:59.999Z` });
  }
  history.recordPast(built, keep);
  // even when nothing was built: a summary written before the runs were built catches up
  sizes?.write(recordedRuns(table.sheet), now.outcome.results.scheme);
  const newest = built.at(-1);
  const sinceNewest = newest
    ? runMigration(
        saved.model,
        now.outcome.results,
        now.outcome.segmentation.measures.monetary,
        customersNow,
        { ...newest, rows: [] },
      )
    : null;
  const migration = sinceNewest
    ? migrationSummary(sinceNewest, now.outcome.results.scheme, now.language)
    : undefined;
  return {
    built: built.length,
    skipped: held,
    beforeFirstOrder: early,
    first: built[0]?.asOf ?? null,
    last: newest?.asOf ?? null,
    ...(migration ? { migration } : {}),
  };
}
