/**
 * This file defines how "Build history" (history-backfill.ts) shows the runs it recorded on the
 * summary sheet at once: it rewrites the sizes over the runs, the summary's last block
 * (summary-migration.ts), from the history sheet, and points the add-on's line chart at the grown
 * table. Everything else on the summary — the run, the segment table, the moves and alerts of the
 * last real run — stays as that run wrote it; a summary that is missing, of another model, or
 * without a record or a sizes block of the add-on's is left alone, and the next run writes it.
 */
import type { ClassScheme } from '../../core/class-scheme';
import { HISTORY_LABELS } from '../../core/history-labels';
import type { Language } from '../../core/labels';
import type { HistoryRun } from '../../core/run-history';
import { ownedSheet } from './owned';
import { sizesBlock, writeMigrationBlock } from './summary-migration';
import { readSummaryRecord, summaryRecordsOn, writeSummaryRecord } from './summary-record';
import { assertUnprotected } from './writable';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** A rewrite of the summary's sizes, checked and ready; call `write` after the history's. */
export interface SizesRewrite {
  write(runs: readonly HistoryRun[], scheme: ClassScheme): void;
}

/**
 * Finds the add-on's summary of `source` and its sizes block for a run of `model`, and checks
 * that it can be written: call before anything else is written. Null when there is nothing to
 * rewrite.
 *
 * @throws {SidebarError} when the summary sheet is protected against the user
 */
export function planSummarySizes(
  source: Sheet,
  model: string,
  language: Language,
): SizesRewrite | null {
  const sheet = ownedSheet(source.getParent(), source.getSheetId(), 'summary')?.sheet;
  if (!sheet) return null;
  const record = readSummaryRecord(sheet);
  if (!record || record.model !== model) return null;
  const titleRow = sizesTitleRow(sheet, record.language);
  if (titleRow === null) return null;
  assertUnprotected(sheet, language);
  return {
    write: (runs, scheme) => {
      const block = sizesBlock(runs, model, scheme, record.language);
      // the old table is emptied first: a prune may have shortened it, the classes narrowed it.
      // Its title stays, so a rewrite broken off half way is found again and done by the next.
      const below = sheet.getLastRow() - titleRow;
      if (below > 0) sheet.getRange(titleRow + 1, 1, below, sheet.getLastColumn()).clearContent();
      const before = sheet.getCharts().find((chart) => chart.getChartId() === record.sizesChart);
      const chart = writeMigrationBlock(sheet, titleRow, block, record.language, before ?? null);
      if (chart !== record.sizesChart)
        writeSummaryRecord(sheet, { ...record, sizesChart: chart }, summaryRecordsOn(sheet));
    },
  };
}

/** The row (1-based) of the sizes' title: the summary's last block, so its last such row. */
function sizesTitleRow(sheet: Sheet, language: Language): number | null {
  const title = HISTORY_LABELS.sizesTitle[language];
  const column = sheet.getRange(1, 1, Math.max(1, sheet.getLastRow()), 1).getValues();
  for (let row = column.length - 1; row >= 0; row--) if (column[row]?.[0] === title) return row + 1;
  return null;
}
