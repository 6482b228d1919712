/**
 * This file defines the summary sheet the add-on keeps beside every classified sheet (one per
 * sheet, named after it in the labels' language: `Orders · summary`, `订单 · 分层汇总`): the run,
 * the segment table (summary-content.ts) and a native column chart of each segment's share of
 * customers and of revenue, built on that table's cells.
 *
 * The add-on knows the sheet by the marker it recorded on it (owned.ts), never by its name, so a
 * user's duplicate is the user's. Beside the marker it records what it wrote (summary-record.ts):
 * a playbook cell the user edited keeps the user's text (summary-playbook-edits.ts), and a chart
 * the user added is never removed; its own chart of the shares is summary-chart.ts.
 *
 * Everything is checked before Classify writes anything (`planSummarySheet`); a new sheet that
 * fails half way is deleted again, so no half-written summary is left behind.
 */

import type { Language } from '../../core/labels';
import { SUMMARY_LABELS } from '../../core/summary-labels';
import { freeName, sheetNameAfter } from './customer-sheet';
import { insertSheetBehind } from './inserted-sheet';
import { markOwnedSheet, ownedSheet } from './owned';
import { type SummaryBlock, writeSummaryBlock } from './summary-block';
import { breakdownBlock } from './summary-breakdowns';
import { placeSharesChart } from './summary-chart';
import { type SummaryContent, type SummaryRun, summaryContent, WIDTH } from './summary-content';
import { type MigrationBlock, writeMigrationBlock } from './summary-migration';
import { usersPlaybook } from './summary-playbook-edits';
import {
  fingerprint,
  readSummaryRecord,
  type SummaryRecord,
  summaryRecordsOn,
  writeSummaryRecord,
} from './summary-record';
import { assertUnprotected } from './writable';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** A summary ready to write: everything computed and checked. */
export interface SummaryPlan {
  /**
   * Writes (or rewrites) the summary sheet, with who moved where when given; call after the
   * run's other writes.
   */
  write(migration?: MigrationBlock | null): void;
}

/**
 * Computes a run's summary and checks that its sheet can be written: call before anything else
 * is written.
 *
 * @throws {SidebarError} when the add-on's summary sheet of `source` is protected against the user
 */
export function planSummarySheet(
  run: Omit<SummaryRun, 'sourceName' | 'ranAt'> & { readonly source: Sheet },
): SummaryPlan {
  const spreadsheet = run.source.getParent();
  const owned = ownedSheet(spreadsheet, run.source.getSheetId(), 'summary')?.sheet ?? null;
  if (owned) assertUnprotected(owned, run.language);
  const record = owned && readSummaryRecord(owned);
  const content = summaryContent(
    { ...run, sourceName: run.source.getName(), ranAt: new Date() },
    owned && record ? usersPlaybook(owned, record, run.settings.model, run.scheme) : new Map(),
  );
  return {
    write: (migration = null) => {
      const block = breakdownBlock(run.breakdowns, run.language);
      const blocks = { breakdowns: block, migration };
      if (owned) rewrite(owned, content, record, blocks);
      else writeNew(spreadsheet, run.source, run.language, content, blocks);
    },
  };
}

/**
 * The add-on's summary sheet of `source`, as the sidebar names it before a run: the sheet there
 * is (Clear deletes it), else the name Classify will give it.
 */
export function summarySheetOf(
  spreadsheet: Spreadsheet,
  source: Sheet,
  language: Language,
): { readonly name: string; readonly exists: boolean } {
  const owned = ownedSheet(spreadsheet, source.getSheetId(), 'summary');
  if (owned) return { name: owned.sheet.getName(), exists: true };
  return {
    name: freeName(spreadsheet, summarySheetName(source.getName(), language)),
    exists: false,
  };
}

/** `Orders · summary`, `订单 · 分层汇总`. */
export function summarySheetName(sourceName: string, language: Language): string {
  return sheetNameAfter(sourceName, SUMMARY_LABELS.nameSuffix[language]);
}

/**
 * The add-on's summary sheet of `source`, for Clear: checked to be deletable now, deleted by
 * `remove` once everything else is checked too.
 *
 * @throws {SidebarError} when it is protected against the user
 */
export function summaryToClear(
  source: Sheet,
  language: Language,
): { readonly remove: () => number } {
  const spreadsheet = source.getParent();
  const owned = ownedSheet(spreadsheet, source.getSheetId(), 'summary');
  if (owned) assertUnprotected(owned.sheet, language, 'clear');
  return {
    remove: () => {
      if (!owned) return 0;
      spreadsheet.deleteSheet(owned.sheet);
      return 1;
    },
  };
}

function writeNew(
  spreadsheet: Spreadsheet,
  source: Sheet,
  language: Language,
  content: SummaryContent,
  blocks: Blocks,
): void {
  const name = freeName(spreadsheet, summarySheetName(source.getName(), language));
  const sheet = insertSheetBehind(spreadsheet, name);
  try {
    markOwnedSheet(sheet, source.getSheetId(), 'summary');
    fill(sheet, content, null, { chart: null, sizes: null }, blocks);
  } catch (error) {
    // a summary that could not be written whole is not left behind
    spreadsheet.deleteSheet(sheet);
    throw error;
  }
}

/** The blocks below the segment table. */
interface Blocks {
  readonly breakdowns: SummaryBlock | null;
  readonly migration: MigrationBlock | null;
}

/** The add-on's charts of the last run, where the user may have moved them. */
interface Charts {
  readonly chart: GoogleAppsScript.Spreadsheet.EmbeddedChart | null;
  readonly sizes: GoogleAppsScript.Spreadsheet.EmbeddedChart | null;
}

function rewrite(
  sheet: Sheet,
  content: SummaryContent,
  record: SummaryRecord | null,
  blocks: Blocks,
): void {
  const charts = sheet.getCharts();
  const withId = (id: number | null | undefined) =>
    charts.find((on) => id !== null && id !== undefined && on.getChartId() === id) ?? null;
  sheet.getDataRange().clearContent().clearFormat();
  fill(
    sheet,
    content,
    summaryRecordsOn(sheet),
    { chart: withId(record?.chart), sizes: withId(record?.sizesChart) },
    blocks,
  );
}

/** Writes the cells and the chart, then records what was written. */
function fill(
  sheet: Sheet,
  content: SummaryContent,
  records: GoogleAppsScript.Spreadsheet.DeveloperMetadata[] | null,
  before: Charts,
  { breakdowns: block, migration }: Blocks,
): void {
  const range = sheet.getRange(1, 1, content.values.length, WIDTH);
  range.setNumberFormats(content.numberFormats);
  range.setValues(content.values);
  range.setFontWeights(content.fontWeights);
  range.setBackgrounds(content.backgrounds);
  range.setFontColors(content.fontColors);
  if (block) writeSummaryBlock(sheet, content.values.length + 2, block);
  const chart = placeSharesChart(sheet, content, before.chart);
  const migrationRow = content.values.length + 2 + (block ? block.values.length + 1 : 0);
  const sizesChart = migration
    ? writeMigrationBlock(sheet, migrationRow, migration, content.language, before.sizes)
    : null;
  if (!migration && before.sizes) sheet.removeChart(before.sizes);
  const record: SummaryRecord = {
    sheet: sheet.getSheetId(),
    model: content.model,
    language: content.language,
    playbook: Object.fromEntries(
      Object.entries(content.written).map(([segment, text]) => [segment, fingerprint(text)]),
    ),
    chart,
    sizesChart,
  };
  writeSummaryRecord(sheet, record, records);
}
