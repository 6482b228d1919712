/**
 * This file defines what the add-on records on its summary sheet (summary-sheet.ts) of what it
 * wrote there: the model, the language, a fingerprint of each playbook cell's text and the ids of
 * its charts, in developer metadata beside the sheet's marker. The next run reads it to tell the
 * user's edits and charts from its own.
 */
import type { Language } from '../../core/labels';
import { SIDEBAR_MODEL_IDS, type SidebarModelId } from '../../core/model-ids';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type DeveloperMetadata = GoogleAppsScript.Spreadsheet.DeveloperMetadata;

const RECORD_KEY = 'customer-tiers.summary-record';

/** What the add-on recorded of its last summary on the sheet. */
export interface SummaryRecord {
  /** The sheet the record was put on: a duplicate carries the record under another id. */
  readonly sheet: number;
  readonly model: SidebarModelId;
  readonly language: Language;
  /** Fingerprint of the playbook text written, by segment. */
  readonly playbook: Readonly<Record<string, string>>;
  readonly chart: number | null;
  /** The chart of the segments' sizes over the recorded runs (summary-migration.ts). */
  readonly sizesChart?: number | null;
}

/** The record of the sheet, or null when it has none of its own or an unreadable one. */
export function readSummaryRecord(sheet: Sheet): SummaryRecord | null {
  const [metadata] = sheet.createDeveloperMetadataFinder().withKey(RECORD_KEY).find();
  try {
    const parsed = JSON.parse(metadata?.getValue() ?? 'null') as Partial<SummaryRecord> | null;
    if (!parsed || parsed.sheet !== sheet.getSheetId()) return null;
    if (!SIDEBAR_MODEL_IDS.includes(parsed.model as SidebarModelId)) return null;
    if (parsed.language !== 'en' && parsed.language !== 'zh') return null;
    if (typeof parsed.playbook !== 'object' || parsed.playbook === null) return null;
    return {
      sheet: parsed.sheet,
      model: parsed.model as SidebarModelId,
      language: parsed.language,
      playbook: parsed.playbook,
      chart: typeof parsed.chart === 'number' ? parsed.chart : null,
      sizesChart: typeof parsed.sizesChart === 'number' ? parsed.sizesChart : null,
    };
  } catch {
    return null;
  }
}

/** The metadata the records of the sheet are kept in (one, unless a copy brought more). */
export function summaryRecordsOn(sheet: Sheet): DeveloperMetadata[] {
  return sheet.createDeveloperMetadataFinder().withKey(RECORD_KEY).find();
}

/**
 * Records what was written: in the first of `records` (the others removed), or in new metadata
 * when there are none.
 */
export function writeSummaryRecord(
  sheet: Sheet,
  record: SummaryRecord,
  records: DeveloperMetadata[] | null,
): void {
  const [first, ...others] = records ?? [];
  for (const extra of others) extra.remove();
  if (first) first.setValue(JSON.stringify(record));
  else
    sheet.addDeveloperMetadata(
      RECORD_KEY,
      JSON.stringify(record),
      SpreadsheetApp.DeveloperMetadataVisibility.PROJECT,
    );
}

/** FNV-1a of a text, as 8 hex digits: enough to tell an edited cell from the one written. */
export function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}
