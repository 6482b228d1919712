/**
 * This file defines a Classify run on a sheet: read it in one call, read the mapped columns in
 * place with the readers the custom functions use, segment the customers once in core, check that
 * everything can be written and saved, and only then write — the result columns, the rules that
 * colour the rows, the customer sheet, the summary sheet, the settings — so a failure before writing leaves the
 * spreadsheet as it was. Every number is the engine's: the sidebar gives exactly what the custom
 * functions give on the same data. The prediction models (prediction-run.ts) take the place of
 * the segment models' classes, on the sheets that have what they need.
 */
import { type ClassTotal, classTotals } from '../../core/class-totals';
import { ROLE_LABELS } from '../../core/column-roles';
import type { Language } from '../../core/labels';
import { isPredictionModel, type ModelId } from '../../core/model-ids';
import { missingForModel } from '../../core/model-needs';
import { CLASS_SCHEMES, classLabels, MODELS } from '../../core/models';
import { Segmentation } from '../../core/segmentation';
import { inputFingerprint } from '../refresh/data-fingerprint';
import { readMeasures } from '../sheet-input/customer-measures';
import { logTableNotes, rfmTableRows } from '../sheet-input/rfm-table-rows';
import { activeSheetSettings, type SheetSettings } from '../sheet-settings';
import type { ClassifyResult, ClassifySettings, LegendEntry, MigrationSummary } from './api';
import { assertClassifyCanFinish } from './classify-preflight';
import { type CustomerGroups, groupsOfLog, groupsOfTable } from './customer-groups';
import { writeCustomerSheet } from './customer-sheet';
import { classRules, replaceOurRules } from './format-rules';
import { planHistory } from './history';
import { checkMoneyColumn } from './money-check';
import { type ModelResults, predictions } from './prediction-run';
import { readPurchaseDates } from './purchase-dates';
import { writeResultColumns } from './result-columns';
import { resultHeadings, writesScores } from './result-headings';
import { breakdownsOf, splitOf } from './run-breakdowns';
import { customersOfLog, customersOfTable, type RunCustomers } from './run-customers';
import { migrationSummary, runMigration } from './run-migration';
import { runProperties, saveRunProperties } from './saved-settings';
import { showAllSegments } from './segment-filter';
import { SheetColumns } from './sheet-columns';
import { headerText, type SheetTable } from './sheet-table';
import { sidebarError } from './sidebar-messages';
import { migrationBlock } from './summary-migration';
import { planSummarySheet } from './summary-sheet';
import { readTransactionSheet } from './transaction-sheet';

/** What a run computed, before anything is written. */
export interface RunOutcome {
  /** The result columns: a header row when the data has one, then one row per data row. */
  readonly block: unknown[][];
  readonly segmentation: Segmentation;
  /** The model's classes with this run's labels, and each one's customers and money. */
  readonly results: ModelResults;
  readonly totals: ClassTotal[];
  /** Data rows that got a label. */
  readonly rows: number;
  /** The add-on's customer sheet of a transaction log. */
  readonly customerSheet?: unknown[][];
  /** Each group-by column's group of every customer. */
  readonly groups: readonly CustomerGroups[];
  /** Who the customers are, for the history sheet; null when they have no ids. */
  readonly customers: RunCustomers | null;
  readonly note: string | null;
}

/** Classifies a sheet, read whole, with the given settings, and saves them. */
export function classifySheet(settings: ClassifySettings, table: SheetTable): ClassifyResult {
  const planned = planClassify(settings, table);
  const migration = writePlannedRun(planned);
  return migration ? { ...planned.result, migration } : planned.result;
}

/**
 * A run computed and checked but not yet written: the result the sidebar shows, and what writing
 * it takes. Planning writes nothing, so the sidebar's preview is a plan that is never written.
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

/** Reads and segments a sheet with the given settings, writing nothing. */
export function planClassify(settings: ClassifySettings, table: SheetTable): PlannedRun {
  const sheetSettings = activeSheetSettings();
  const language = settings.options.language ?? sheetSettings.language;
  const { sheet } = table;
  if (table.values.length === 0) throw sidebarError({ kind: 'empty-sheet' }, language);
  const columns = new SheetColumns(table, settings, language);
  if (columns.rowCount === 0) throw sidebarError({ kind: 'no-data-rows' }, language);
  const mapped = new Set(settings.roles.map(({ role }) => role));
  const missing = missingForModel(settings.model, settings.shape, mapped);
  if (missing.length > 0)
    throw sidebarError(
      {
        kind: 'model-needs-purchase-days',
        model: CLASS_SCHEMES[settings.model].name[language],
        roles: missing.map((role) => ROLE_LABELS[role][language]),
      },
      language,
    );
  const moneyWarning = checkMoneyColumn(columns, settings.shape, language);
  const run = { columns, settings, language, sheetSettings };
  const outcome = settings.shape === 'customers' ? customerTableRun(run) : transactionLogRun(run);
  const note = [moneyWarning, outcome.note].filter(Boolean).join(' ');
  const breakdowns = breakdownsOf(outcome, language);
  const result: ClassifyResult = {
    model: settings.model,
    customers: outcome.segmentation.measures.frequency.length,
    rows: outcome.rows,
    legend: legendOf(outcome, language),
    note: note === '' ? null : note,
    ...(breakdowns.length > 0 ? { breakdowns: breakdowns.map((b) => splitOf(b, language)) } : {}),
  };
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

interface Run {
  readonly columns: SheetColumns;
  readonly settings: ClassifySettings;
  readonly language: Language;
  readonly sheetSettings: SheetSettings;
}

function customerTableRun({ columns, settings, language, sheetSettings }: Run): RunOutcome {
  const recencyRole = columns.indexOf('last-purchase') === undefined ? 'days' : 'dates';
  const measured = readMeasures(
    {
      recency: columns.required('recency', 'last-purchase', 'recency-days'),
      frequency: columns.required('frequency', 'frequency'),
      monetary: columns.required('monetary', 'monetary'),
      asOf: settings.options.asOf ?? '',
    },
    sheetSettings,
    { header: false, recency: recencyRole },
  );
  const segmentation = new Segmentation(measured.measures, settings.options);
  const { model } = settings;
  const dates =
    model === 'churn-risk' || model === 'lifecycle'
      ? readPurchaseDates(
          columns,
          measured.filledRows,
          measured.measures.frequency,
          settings.options.asOf,
          sheetSettings,
        )
      : undefined;
  const results = isPredictionModel(model)
    ? predictions(
        model,
        { shape: 'customers', measures: measured.measures, dates },
        { options: settings.options, language, sheet: sheetSettings },
      )
    : segmentResults(segmentation, model, language, writesScores(model));
  const headings = resultHeadings(model, 'customers');
  const rows: unknown[][] = Array.from({ length: measured.rowCount }, () =>
    new Array(headings.length).fill(''),
  );
  measured.filledRows.forEach((row, i) => {
    rows[row] = results.values[i] as unknown[];
  });
  const header = headings.map((heading) => heading[language]);
  return {
    block: settings.headerRow === null ? rows : [header, ...rows],
    segmentation,
    results,
    totals: classTotals(results.scheme.classes, results.classes, measured.measures.monetary),
    rows: measured.filledRows.length,
    groups: groupsOfTable(columns, measured.filledRows),
    customers: customersOfTable(columns, measured.filledRows, settings.options, sheetSettings),
    note: results.notes.join(' ') || null,
  };
}

function transactionLogRun({ columns, settings, language, sheetSettings }: Run): RunOutcome {
  const { log, table, customerOfRow } = readTransactionSheet(
    columns,
    settings.options,
    sheetSettings,
  );
  const { segmentation } = table;
  const { model } = settings;
  const results = isPredictionModel(model)
    ? predictions(
        model,
        { shape: 'transactions', log, table },
        { options: settings.options, language, sheet: sheetSettings },
      )
    : segmentResults(segmentation, model, language, false);
  const headings = resultHeadings(model, 'transactions').map((heading) => heading[language]);
  const blank = headings.map(() => '');
  const rows = Array.from(customerOfRow, (customer) =>
    customer < 0 ? blank : (results.values[customer] as unknown[]),
  );
  const customerRows = rfmTableRows(log, table, language, sheetSettings);
  // the customer sheet shows RFM_TABLE's columns, which hold tiers and segments but no other class
  const extraColumns = !writesScores(model);
  const notes = [...logTableNotes(table, language, sheetSettings), ...results.notes];
  return {
    block: settings.headerRow === null ? rows : [headings, ...rows],
    segmentation,
    results,
    totals: classTotals(results.scheme.classes, results.classes, segmentation.measures.monetary),
    rows: customerOfRow.reduce((count, customer) => count + (customer < 0 ? 0 : 1), 0),
    groups: groupsOfLog(columns, log, customerOfRow, table.keys.length, table.asOfDay),
    customers: customersOfLog(table),
    customerSheet: extraColumns
      ? customerRows.map((row, i) => [
          ...row,
          ...(i === 0 ? headings : (results.values[i - 1] ?? blank)),
        ])
      : customerRows,
    note: notes.join(' ') || null,
  };
}

/**
 * A segment model's results: each customer's label, after the R, F and M scores and the RFM code
 * `withScores`.
 */
function segmentResults(
  segmentation: Segmentation,
  id: ModelId,
  language: Language,
  withScores: boolean,
): ModelResults {
  const classes = segmentation.classes(id);
  const labels = classLabels(id, classes, language);
  const scores = withScores ? segmentation.scores : undefined;
  return {
    scheme: MODELS[id],
    values: labels.map((label, i) =>
      scores
        ? [scores.recency[i], scores.frequency[i], scores.monetary[i], scores.codes[i], label]
        : [label],
    ),
    classes: [...classes],
    notes: [],
  };
}

/** The legend: each class in the model's order, with its customers and share of revenue. */
function legendOf({ results, totals }: RunOutcome, language: Language): LegendEntry[] {
  const { scheme } = results;
  return totals.map((total) => ({
    id: total.id,
    label: scheme.labels[total.id]?.[language] ?? total.id,
    background: scheme.colours[total.id]?.background ?? '',
    text: scheme.colours[total.id]?.text ?? '',
    customers: total.customers,
    revenueShare: total.revenueShare,
  }));
}
