/**
 * This file defines how a sheet's classify settings are kept in the document's properties, so
 * that a colleague who opens the shared spreadsheet re-segments it the same way. Columns are
 * remembered by their header text (and place, for sheets without headers), so a moved column is
 * found again and a renamed or deleted one is noticed, never guessed.
 */
import * as z from 'zod/mini';
import { COLUMN_ROLES, SHAPES } from '../../core/column-roles';
import { LANGUAGES } from '../../core/labels';
import { SIDEBAR_MODEL_IDS } from '../../core/model-ids';
import {
  HISTORY_RUNS_KEPT,
  type NumberOptionId,
  OPTIONS,
  RANGES,
  rangeOf,
} from '../../core/option-registry';
import { breaksSchema, rangeSchema } from '../options';
import type { ClassifyResult, ClassifySettings } from './api';
import { lastRunKey, lastRunText } from './last-run';

/** A measure's own breaks, or null (or none: settings saved before breaks) for its quantiles. */
const measureBreaksSchema = z.optional(z.nullable(breaksSchema));

/**
 * A number option added after settings were first saved: settings saved before it take its
 * default, so that they stay readable.
 */
const laterOption = (id: NumberOptionId) =>
  z._default(rangeSchema(rangeOf(id)), OPTIONS[id].default);

/**
 * The options' schema: each number option's range is the option registry's, and each measure's
 * breaks meet its rule for breaks. The breaks and the money line of High value are optional, so
 * that settings saved before them still load.
 */
const optionsSchema = z.object({
  bins: rangeSchema(rangeOf('bins')),
  churnDays: rangeSchema(rangeOf('churnDays')),
  highValueShare: rangeSchema(rangeOf('highValueShare')),
  asOf: z.nullable(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/))),
  aShare: rangeSchema(rangeOf('aShare')),
  bShare: rangeSchema(rangeOf('bShare')),
  horizon: laterOption('horizon'),
  activeFrom: laterOption('activeFrom'),
  atRiskFrom: laterOption('atRiskFrom'),
  clusterCount: laterOption('clusterCount'),
  language: z.nullable(z.enum(LANGUAGES)),
  breaks: z.optional(
    z.object({
      recency: measureBreaksSchema,
      frequency: measureBreaksSchema,
      monetary: measureBreaksSchema,
    }),
  ),
  highValueFrom: z.optional(z.nullable(rangeSchema(RANGES.money))),
  historyRuns: z.optional(rangeSchema(HISTORY_RUNS_KEPT.range)),
});

/** What the sidebar sends: checked before anything is read or written. */
export const classifySettingsSchema = z.object({
  headerRow: z.nullable(z.int().check(z.gte(1))),
  shape: z.enum(SHAPES),
  roles: z.array(z.object({ index: z.int().check(z.gte(0)), role: z.enum(COLUMN_ROLES) })),
  model: z.enum(SIDEBAR_MODEL_IDS),
  options: optionsSchema,
});

/** Which sheet a request is for (see SheetTarget). */
export const sheetTargetSchema = z.object({
  sheetId: z.int(),
  layout: z.string().check(z.maxLength(64)),
});

/** What the sidebar sends to show one segment: the label as its legend shows it. */
export const segmentRequestSchema = z.object({
  ...sheetTargetSchema.shape,
  label: z.string().check(z.minLength(1), z.maxLength(200)),
});

/** What the sidebar sends to Classify. */
export const classifyRequestSchema = z.object({
  ...sheetTargetSchema.shape,
  settings: classifySettingsSchema,
});

/**
 * What is saved: the settings, with each mapped column's header text, and how many columns of
 * the user's the sheet had (a sheet without headers is checked by it: a column inserted or
 * deleted since would shift every role).
 */
const savedSchema = z.object({
  ...classifySettingsSchema.shape,
  headers: z.array(z.string()),
  userColumns: z.optional(z.int().check(z.gte(0))),
  /** The run's input fingerprint (refresh/data-fingerprint.ts); none for runs saved before it. */
  fingerprint: z.optional(z.string()),
});
export type SavedSettings = z.infer<typeof savedSchema>;

const propertyKey = (sheetId: number) => `customer-tiers.settings.${sheetId}`;

/** A sheet's saved settings: none, unreadable (corrupted, or from another version), or read. */
export type LoadedSettings =
  | { readonly kind: 'none' }
  | { readonly kind: 'unreadable' }
  | { readonly kind: 'read'; readonly settings: SavedSettings };

/** The settings last used on a sheet. */
export function loadSettings(sheetId: number): LoadedSettings {
  const text = PropertiesService.getDocumentProperties().getProperty(propertyKey(sheetId));
  if (text === null) return { kind: 'none' };
  try {
    const parsed = z.safeParse(savedSchema, JSON.parse(text));
    return parsed.success ? { kind: 'read', settings: parsed.data } : { kind: 'unreadable' };
  } catch {
    return { kind: 'unreadable' };
  }
}

/** The settings last used on a sheet, when they can be read. */
export function readableSettings(sheetId: number): SavedSettings | null {
  const loaded = loadSettings(sheetId);
  return loaded.kind === 'read' ? loaded.settings : null;
}

/**
 * The document properties a run saves: its settings, with the header text of each mapped column
 * and the fingerprint of its input, and its outcome. Made before anything is written, so that their size is checked first.
 */
export function runProperties(
  sheetId: number,
  settings: ClassifySettings,
  headers: readonly string[],
  userColumns: number,
  result: ClassifyResult,
  fingerprint?: string,
): Record<string, string> {
  const saved: SavedSettings = {
    ...settings,
    roles: [...settings.roles],
    headers: [...headers],
    userColumns,
    ...(fingerprint === undefined ? {} : { fingerprint }),
  };
  return {
    [propertyKey(sheetId)]: JSON.stringify(saved),
    [lastRunKey(sheetId)]: lastRunText(result),
  };
}

/** Saves a run's properties in one call. */
export function saveRunProperties(properties: Record<string, string>): void {
  PropertiesService.getDocumentProperties().setProperties(properties);
}

/** Which of a run's document properties for the sheet `sheetId` a key is, if any. */
export function runPropertyKind(key: string, sheetId: number): 'settings' | 'last-run' | null {
  if (key === propertyKey(sheetId)) return 'settings';
  return key === lastRunKey(sheetId) ? 'last-run' : null;
}

/** Deletes what runs saved for a sheet (Clear, or a sheet that no longer exists). */
export function forgetSettings(sheetId: number): void {
  const properties = PropertiesService.getDocumentProperties();
  properties.deleteProperty(propertyKey(sheetId));
  properties.deleteProperty(lastRunKey(sheetId));
}
