/**
 * This file defines how a sheet's classify settings are kept in the document's properties, so
 * that a colleague who opens the shared spreadsheet re-segments it the same way. Columns are
 * remembered by their header text (and place, for sheets without headers), so a moved column is
 * found again and a renamed or deleted one is noticed, never guessed.
 */
import * as z from 'zod/mini';
import { COLUMN_ROLES, SHAPES } from '../../core/column-roles';
import { LANGUAGES } from '../../core/labels';
import { MODEL_IDS } from '../../core/models';
import type { ClassifySettings } from './api';

const optionsSchema = z.object({
  bins: z.int().check(z.gte(2), z.lte(9)),
  churnDays: z.number().check(z.gte(0)),
  highValueShare: z.number().check(z.gt(0), z.lte(1)),
  asOf: z.nullable(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/))),
  aShare: z.number().check(z.gt(0), z.lte(1)),
  bShare: z.number().check(z.gt(0), z.lte(1)),
  language: z.nullable(z.enum(LANGUAGES)),
});

/** What the sidebar sends: checked before anything is read or written. */
export const classifySettingsSchema = z.object({
  headerRow: z.nullable(z.int().check(z.gte(1))),
  shape: z.enum(SHAPES),
  roles: z.array(z.object({ index: z.int().check(z.gte(0)), role: z.enum(COLUMN_ROLES) })),
  model: z.enum(MODEL_IDS),
  options: optionsSchema,
});

/** What is saved: the settings, with each mapped column's header text. */
const savedSchema = z.object({
  ...classifySettingsSchema.shape,
  headers: z.array(z.string()),
});
export type SavedSettings = z.infer<typeof savedSchema>;

export const propertyKey = (sheetId: number) => `customer-tiers.settings.${sheetId}`;

/** The settings last used on a sheet, or null (none, or unreadable: then the user maps again). */
export function loadSettings(sheetId: number): SavedSettings | null {
  const text = PropertiesService.getDocumentProperties().getProperty(propertyKey(sheetId));
  if (text === null) return null;
  try {
    const parsed = z.safeParse(savedSchema, JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Saves a sheet's settings as `settingsText` wrote them. */
export function saveSettings(sheetId: number, text: string): void {
  PropertiesService.getDocumentProperties().setProperty(propertyKey(sheetId), text);
}

/**
 * The text `saveSettings` stores for settings and each mapped column's header: made once, so
 * that the size checked before writing is the size saved.
 */
export function settingsText(settings: ClassifySettings, headers: readonly string[]): string {
  const saved: SavedSettings = { ...settings, roles: [...settings.roles], headers: [...headers] };
  return JSON.stringify(saved);
}
