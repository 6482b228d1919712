/**
 * This file defines what a run records in the history sheet and what it tells the sidebar of who
 * moved where: the run's customers with their class id, money at risk (predicted value where
 * churn risk predicted it, else monetary) and last purchase; and, against the previous run of the
 * same model on the sheet, the from → to matrix and the churn alerts (core migration.ts) with
 * the labels of this run's language.
 */
import { formatCivilDay } from '../../core/civil-day';
import type { ClassScheme } from '../../core/class-scheme';
import type { Language } from '../../core/labels';
import { type Migration, migration } from '../../core/migration';
import type { SidebarModelId } from '../../core/model-ids';
import { type HistoryRun, type RecordedRun, runClasses } from '../../core/run-history';
import type { MigrationSummary } from './api';
import type { ModelResults } from './model-results';
import type { RunCustomers } from './run-customers';

/** How many alerts the sidebar's result carries; the summary sheet lists them all. */
export const TOP_ALERTS = 10;

/** A run's history and its moves since the previous run of its model. */
export interface RunMigration {
  readonly run: HistoryRun;
  /** Null on the model's first recorded run. */
  readonly migration: Migration | null;
  readonly previous: RecordedRun | null;
  /** Each customer's last purchase in this run and the previous one, `YYYY-MM-DD` or ''. */
  readonly lastPurchaseOf: ReadonlyMap<string, string>;
}

/** The column of churn risk's predicted value among its result columns. */
const PREDICTED_VALUE_COLUMN = 2;

/** What a run records, and its moves since `previous`; null when its customers have no ids. */
export function runMigration(
  model: SidebarModelId,
  results: ModelResults,
  monetary: readonly number[],
  customers: RunCustomers | null,
  previous: RecordedRun | null,
): RunMigration | null {
  if (!customers) return null;
  const entries = customers.ids.flatMap((customer, i) => {
    const segment = results.classes[i] ?? '';
    if (segment === '') return [];
    const predicted = model === 'churn-risk' ? results.values[i]?.[PREDICTED_VALUE_COLUMN] : null;
    const money =
      typeof predicted === 'number' && Number.isFinite(predicted) ? predicted : (monetary[i] ?? 0);
    const day = customers.lastPurchaseDays[i] ?? null;
    return [{ customer, segment, money, lastPurchase: day === null ? '' : formatCivilDay(day) }];
  });
  const run: HistoryRun = {
    asOf: formatCivilDay(customers.asOfDay),
    ranAt: new Date().toISOString(),
    model,
    entries,
  };
  const current = runClasses(run);
  const before = previous && runClasses(previous);
  const lastPurchaseOf = new Map(before?.lastPurchaseOf);
  for (const [customer, day] of current.lastPurchaseOf) lastPurchaseOf.set(customer, day);
  return {
    run,
    previous,
    migration: before ? migration(model, results.scheme.classes, before, current) : null,
    lastPurchaseOf,
  };
}

/** The sidebar's view of the moves: labels in `language`, the first alerts. */
export function migrationSummary(
  moved: RunMigration,
  scheme: ClassScheme,
  language: Language,
): MigrationSummary | undefined {
  const { migration: found, previous } = moved;
  if (!found || !previous) return undefined;
  const label = (id: string) => scheme.labels[id]?.[language] ?? id;
  return {
    since: previous.asOf,
    segments: found.classes.map(label),
    counts: found.counts,
    newCustomers: found.newCustomers,
    goneCustomers: found.goneCustomers,
    alerts: found.alerts.length,
    topAlerts: found.alerts.slice(0, TOP_ALERTS).map((alert) => ({
      customer: alert.customer,
      from: label(alert.from),
      to: label(alert.to),
      moneyAtRisk: alert.moneyAtRisk,
      lastPurchase: moved.lastPurchaseOf.get(alert.customer) ?? '',
    })),
  };
}
