/**
 * This file defines the summary sheet the add-on keeps beside every classified sheet (one per
 * sheet, named after it in the labels' language: `Orders · summary`, `订单 · 分层汇总`): the run,
 * the segment table (summary-content.ts) and a native column chart of each segment's share of
 * customers and of revenue, built on that table's cells.
 *
 * The add-on knows the sheet by the marker it recorded on it (owned.ts), never by its name, so a
 * user's duplicate is the user's. Beside the marker it records what it wrote: the model, the
 * language, a fingerprint of each playbook cell's text and the id of its chart. A playbook cell
 * that no longer holds what the add-on wrote was edited by the user, and keeps the user's text
 * when the same model runs again; a chart the user added is never removed.
 *
 * Everything is checked before Classify writes anything (`planSummarySheet`); a new sheet that
 * fails half way is deleted again, so no half-written summary is left behind.
 */

import type { ClassScheme } from '../../core/class-scheme';
import type { Language } from '../../core/labels';
import { SIDEBAR_MODEL_IDS, type SidebarModelId } from '../../core/model-ids';
import { SUMMARY_LABELS } from '../../core/summary-labels';
import { freeName, sheetNameAfter } from './customer-sheet';
import { insertSheetBehind } from './inserted-sheet';
import { markOwnedSheet, ownedSheet } from './owned';
import { updateOrInsertChart } from './placed-chart';
import { type SummaryBlock, writeSummaryBlock } from './summary-block';
import { breakdownBlock } from './summary-breakdowns';
import {
  COLUMNS,
  type SummaryContent,
  type SummaryRun,
  summaryContent,
  WIDTH,
} from './summary-content';
import { type MigrationBlock, writeMigrationBlock } from './summary-migration';
import { assertUnprotected } from './writable';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const RECORD_KEY = 'customer-tiers.summary-record';
/** Where the chart goes: right of the table, from the first row. */
const CHART_COLUMN = WIDTH + 2;

/** What the add-on recorded of its last summary on the sheet. */
interface SummaryRecord {
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
  const record = owned && readRecord(owned);
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
    sheet.createDeveloperMetadataFinder().withKey(RECORD_KEY).find(),
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
  const chart = placeChart(sheet, content, before.chart);
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

/**
 * The column chart of the shares, on the table's cells: the add-on's chart of the last run
 * updated in place (where the user may have moved it), else a new one right of the table; its id.
 */
function placeChart(
  sheet: Sheet,
  content: SummaryContent,
  before: GoogleAppsScript.Spreadsheet.EmbeddedChart | null,
): number | null {
  const rows = content.segments.length + 1;
  const column = (index: number) => sheet.getRange(content.tableRow, index + 1, rows, 1);
  const builder = before
    ? before.modify().clearRanges()
    : sheet.newChart().setPosition(1, CHART_COLUMN, 0, 0);
  const chart = builder
    .asColumnChart()
    .addRange(column(COLUMNS.segment))
    .addRange(column(COLUMNS.customerShare))
    .addRange(column(COLUMNS.revenueShare))
    .setNumHeaders(1)
    .setOption('title', SUMMARY_LABELS.chartTitle[content.language])
    .setOption('vAxis.format', 'percent')
    .setOption('colors', ['#4477AA', '#EE7733'])
    .build();
  return updateOrInsertChart(sheet, chart, before);
}

/** The user's own playbook text by segment: cells that no longer hold what the add-on wrote. */
function usersPlaybook(
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

function readRecord(sheet: Sheet): SummaryRecord | null {
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

/** FNV-1a of a text, as 8 hex digits: enough to tell an edited cell from the one written. */
export function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}
