/**
 * This file defines a Classify run on a sheet: segment it (segment-sheet.ts), check that
 * everything can be written and saved, and only then write — the result columns, the rules that
 * colour the rows, the customer sheet, the summary sheet, the settings, last the history — so a
 * failure before writing leaves the spreadsheet as it was.
 */
import type { Language } from '../../core/labels';
import { inputFingerprint } from '../refresh/data-fingerprint';
import type { ClassifyResult, ClassifySettings, MigrationSummary } from './api';
import { assertClassifyCanFinish } from './classify-preflight';
import { writeCustomerSheet } from './customer-sheet';
import { classRules, replaceOurRules } from './format-rules';
import { planHistory } from './history';
import { writeResultColumns } from './result-columns';
import { migrationSummary, runMigration } from './run-migration';
import { runProperties, saveRunProperties } from './saved-settings';
import { showAllSegments } from './segment-filter';
import { type RunOutcome, segmentSheet } from './segment-sheet';
import type { SheetColumns } from './sheet-columns';
import { headerText, type SheetTable } from './sheet-table';
import { migrationBlock } from './summary-migration';
import { planSummarySheet } from './summary-sheet';

/** Classifies a sheet, read whole, with the given settings, and saves them. */
export function classifySheet(settings: ClassifySettings, table: SheetTable): ClassifyResult {
  const planned = planClassify(settings, table);
  const migration = writePlannedRun(planned);
  return migration ? { ...planned.result, migration } : planned.result;
}

/**
 * A run computed and checked but not yet written: the result the sidebar shows, and what writing
 * it takes. Planning writes nothing.
 */
export interface PlannedRun {
  readonly result: ClassifyResult;
  readonly settings: ClassifySettings;
  readonly table: SheetTable;
  readonly language: Language;
  readonly outcome: RunOutcome;
  readonly columns: SheetColumns;
  readonly properties: ReturnType<typeof runProperties>;
  readonly summary: ReturnType<typeof planSummarySheet>;
}

/** Segments a sheet and plans its writes (settings, summary sheet), writing nothing. */
export function planClassify(settings: ClassifySettings, table: SheetTable): PlannedRun {
  const { result, language, outcome, columns, breakdowns } = segmentSheet(settings, table);
  const { sheet } = table;
  const headers = settings.roles.map(({ index }) => headerText(table, settings.headerRow, index));
  const properties = runProperties(
    sheet.getSheetId(),
    settings,
    headers,
    table.userColumns.length,
    result,
    inputFingerprint(table, settings),
  );

  const summary = planSummarySheet({
    source: sheet,
    settings,
    language,
    scheme: outcome.results.scheme,
    classes: outcome.results.classes,
    measures: outcome.segmentation.measures,
    totals: outcome.totals,
    customers: result.customers,
    rowsSkipped: columns.rowCount - outcome.rows,
    note: result.note,
    breakdowns,
  });
  return { result, settings, table, language, outcome, columns, properties, summary };
}

/**
 * Checks that a planned run can be written whole, then writes it: all or nothing. The history
 * sheet records the run last, once everything else is written; the moves since the model's
 * previous run are returned.
 */
export function writePlannedRun(planned: PlannedRun): MigrationSummary | undefined {
  const { settings, table, language, outcome, columns, properties, summary } = planned;
  const { sheet } = table;
  assertClassifyCanFinish(sheet, outcome.customerSheet !== undefined, properties, language);
  const history = planHistory(sheet, language);
  const moved = runMigration(
    settings.model,
    outcome.results,
    outcome.segmentation.measures.monetary,
    outcome.customers,
    history.previous(settings.model),
  );
  // one segment shown: every row shows again, coloured by the new labels
  showAllSegments(sheet);
  const written = writeResultColumns(sheet, table.owned, {
    firstRow: settings.headerRow ?? columns.firstDataRow,
    rows: outcome.block,
    width: outcome.block[0]?.length ?? 0,
  });
  replaceOurRules(
    sheet,
    classRules(sheet, outcome.results.scheme, language, {
      firstRow: columns.firstDataRow,
      lastRow: table.values.length,
      lastColumn: Math.max(sheet.getLastColumn(), ...written),
      labelColumn: written[written.length - 1] as number,
    }),
  );
  if (outcome.customerSheet) writeCustomerSheet(sheet.getParent(), sheet, outcome.customerSheet);
  summary.write(
    moved && migrationBlock(moved, [...history.runs, moved.run], outcome.results.scheme, language),
  );
  saveRunProperties(properties);
  if (!moved) return undefined;
  history.record(moved.run, settings.options.historyRuns);
  return migrationSummary(moved, outcome.results.scheme, language);
}
