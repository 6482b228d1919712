/**
 * This file defines how the summary sheet (summary-sheet.ts) keeps a user's playbook text: a
 * playbook cell that no longer holds what the add-on wrote (by the fingerprint it recorded,
 * summary-record.ts) was edited by the user, and keeps the user's text when the same model runs
 * again.
 */
import type { ClassScheme } from '../../core/class-scheme';
import type { SidebarModelId } from '../../core/model-ids';
import { SUMMARY_LABELS } from '../../core/summary-labels';
import { fingerprint, type SummaryRecord } from './summary-record';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** The user's own playbook text by segment: cells that no longer hold what the add-on wrote. */
export function usersPlaybook(
  sheet: Sheet,
  record: SummaryRecord,
  model: SidebarModelId,
  scheme: ClassScheme,
): Map<string, string> {
  const kept = new Map<string, string>();
  if (record.model !== model) return kept;
  const labels = scheme.labels;
  const segmentOf = new Map(
    Object.keys(record.playbook).map((id) => [labels[id]?.[record.language] ?? id, id]),
  );
  const values = sheet.getDataRange().getValues();
  // the table's columns are found by their headings: the user may have moved them
  const at = values.findIndex((row) => row.includes(SUMMARY_LABELS.playbook[record.language]));
  const headingRow = values[at];
  const playbookColumn = headingRow?.indexOf(SUMMARY_LABELS.playbook[record.language]) ?? -1;
  const segmentColumn = headingRow?.indexOf(SUMMARY_LABELS.segment[record.language]) ?? -1;
  if (playbookColumn < 0 || segmentColumn < 0) return kept;
  // the table's rows only: the blocks below it (the moves) name the segments too
  for (const row of values.slice(at + 1)) {
    if (String(row[segmentColumn] ?? '') === '') break;
    const segment = segmentOf.get(String(row[segmentColumn]));
    if (segment === undefined || kept.has(segment)) continue;
    const text = String(row[playbookColumn] ?? '');
    if (fingerprint(text) !== record.playbook[segment]) kept.set(segment, text);
  }
  return kept;
}
