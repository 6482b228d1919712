/**
 * This file defines how the outcome of a sheet's last Classify or Re-segment is kept (document
 * properties, beside its settings), so that reopening the sidebar or coming back to the sheet
 * shows its counts again. A legend has at most a dozen classes: far below the 9 KB a property
 * holds.
 */
import * as z from 'zod/mini';
import { MODEL_IDS } from '../../core/models';
import type { ClassifyResult } from './api';

const resultSchema = z.object({
  model: z.enum(MODEL_IDS),
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
});

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
