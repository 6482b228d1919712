/**
 * This file defines how a sheet is read and segmented for a run: the mapped columns read in place
 * with the readers the custom functions use, the customers segmented once in core (or by a
 * prediction model, prediction-run.ts), each class's customers and money, the groups of each
 * group-by column and who the customers are. Nothing is written and nothing but the sheet's table
 * is read, so the preview and "Build history" compute exactly what Classify writes.
 */
import { type ClassTotal, classTotals } from '../../core/class-totals';
import { ROLE_LABELS } from '../../core/column-roles';
import type { Language } from '../../core/labels';
import { isPredictionModel, type ModelId } from '../../core/model-ids';
import { missingForModel } from '../../core/model-needs';
import { CLASS_SCHEMES, classLabels, MODELS } from '../../core/models';
import { Segmentation } from '../../core/segmentation';
import { joinSentences } from '../../core/sentences';
import { readMeasures } from '../sheet-input/customer-measures';
import { logTableNotes, rfmTableRows } from '../sheet-input/rfm-table-rows';
import { activeSheetSettings, type SheetSettings } from '../sheet-settings';
import type { ClassifyResult, ClassifySettings, LegendEntry } from './api';
import { type CustomerGroups, groupsOfLog, groupsOfTable } from './customer-groups';
import type { ModelResults } from './model-results';
import { checkMoneyColumn } from './money-check';
import { predictions } from './prediction-run';
import { readPurchaseDates } from './purchase-dates';
import { resultHeadings, writesScores } from './result-headings';
import { breakdownsOf, splitOf } from './run-breakdowns';
import { customersOfLog, customersOfTable, type RunCustomers } from './run-customers';
import { SheetColumns } from './sheet-columns';
import type { SheetTable } from './sheet-table';
import { sidebarError } from './sidebar-messages';
import type { GroupBreakdown } from './summary-breakdowns';
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

/** A sheet segmented: the result the sidebar shows, and what a Classify writes from it. */
export interface SegmentedSheet {
  readonly result: ClassifyResult;
  readonly language: Language;
  readonly outcome: RunOutcome;
  readonly columns: SheetColumns;
  readonly breakdowns: GroupBreakdown[];
}

/**
 * Reads and segments a sheet with the given settings, writing nothing and reading nothing but the
 * sheet's table: what the preview shows and "Build history" records, and what Classify writes.
 */
export function segmentSheet(settings: ClassifySettings, table: SheetTable): SegmentedSheet {
  const sheetSettings = activeSheetSettings();
  const language = settings.options.language ?? sheetSettings.language;
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
  const note = joinSentences([moneyWarning, outcome.note]);
  const breakdowns = breakdownsOf(outcome, language);
  const result: ClassifyResult = {
    model: settings.model,
    customers: outcome.segmentation.measures.frequency.length,
    rows: outcome.rows,
    legend: legendOf(outcome, language),
    note: note === '' ? null : note,
    ...(breakdowns.length > 0 ? { breakdowns: breakdowns.map((b) => splitOf(b, language)) } : {}),
  };
  return { result, language, outcome, columns, breakdowns };
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
    groups: groupsOfTable(columns, measured.filledRows, sheetSettings.zoneOffset),
    customers: customersOfTable(columns, measured.filledRows, settings.options, sheetSettings),
    note: joinSentences(results.notes) || null,
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
    groups: groupsOfLog(
      columns,
      log,
      customerOfRow,
      table.keys.length,
      table.asOfDay,
      sheetSettings.zoneOffset,
    ),
    customers: customersOfLog(table, log, sheetSettings.zoneOffset),
    customerSheet: extraColumns
      ? customerRows.map((row, i) => [
          ...row,
          ...(i === 0 ? headings : (results.values[i - 1] ?? blank)),
        ])
      : customerRows,
    note: joinSentences(notes) || null,
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
