/**
 * This file defines how the outcome of a sheet's last Classify or Re-segment is kept (document
 * properties, beside its settings), so that reopening the sidebar or coming back to the sheet
 * shows its counts again. A legend has at most a dozen classes: far below the 9 KB a property
 * holds. The breakdowns by group come back too when they fit a share of it (group names are the
 * user's text, of any length); otherwise the legend comes back alone, and the run still saves.
 */
import * as z from 'zod/mini';
import { SIDEBAR_MODEL_IDS } from '../../core/model-ids';
import type { ClassifyResult } from './api';
import { utf8Length } from './utf8-length';

const resultSchema = z.object({
  // every model the sidebar runs: a prediction model's run comes back too (Copy list reads it)
  model: z.enum(SIDEBAR_MODEL_IDS),
  customers: z.int().check(z.gte(0)),
  rows: z.int().check(z.gte(0)),
  legend: z.array(
    z.object({
      id: z.string(),
      label: z.string(),
      background: z.string(),
      text: z.string(),
      customers: z.int().check(z.gte(0)),
      revenueShare: z.number().check(z.gte(0), z.lte(1)),
    }),
  ),
  note: z.nullable(z.string()),
  breakdowns: z.optional(
    z.array(
      z.object({
        header: z.string(),
        segments: z.array(z.string()),
        groups: z.array(z.string()),
        customers: z.array(z.array(z.int().check(z.gte(0)))),
      }),
    ),
  ),
});

/** What of a run's outcome is kept: room is left in the 9 KB for the legend's longest labels. */
const LAST_RUN_BUDGET_BYTES = 6 * 1024;

/** The text kept of a run's outcome: what the sidebar shows again, the breakdowns if they fit. */
export function lastRunText(result: ClassifyResult): string {
  const { model, customers, rows, legend, note, breakdowns } = result;
  const shown = { model, customers, rows, legend, note };
  const whole = JSON.stringify(breakdowns ? { ...shown, breakdowns } : shown);
  return utf8Length(whole) <= LAST_RUN_BUDGET_BYTES ? whole : JSON.stringify(shown);
}

/** The document property a sheet's last run is kept in. */
export const lastRunKey = (sheetId: number) => `customer-tiers.last-run.${sheetId}`;

/** The last run's outcome as the sidebar showed it, or null (none, or unreadable). */
export function loadLastRun(sheetId: number): ClassifyResult | null {
  const text = PropertiesService.getDocumentProperties().getProperty(lastRunKey(sheetId));
  if (text === null) return null;
  try {
    const parsed = z.safeParse(resultSchema, JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Forgets a sheet's last run (Clear). */
export function forgetLastRun(sheetId: number): void {
  PropertiesService.getDocumentProperties().deleteProperty(lastRunKey(sheetId));
}
