/**
 * This file defines a Classify run on the active sheet: read it in one call, check the mapping,
 * read the measures with the readers the custom functions use, classify with the model registry,
 * and only then write — the result columns, the rules that colour the rows, the settings — so a
 * failure before writing leaves the sheet as it was. Every number is the engine's: the sidebar
 * gives exactly what the custom functions give on the same data.
 */
import type { Language } from '../../core/labels';
import { classLabels, MODELS, type SegmentModel } from '../../core/models';
import { type CustomerMeasures, rfmScores } from '../../core/rfm-score';
import { RunningSum } from '../../core/sum';
import { skippedRowsNote } from '../messages';
import { readMeasures } from '../sheet-input/customer-measures';
import { rfmTableRows } from '../sheet-input/transaction-log';
import { activeSheetSettings, type SheetSettings } from '../sheet-settings';
import type { ClassifyResult, ClassifySettings, LegendEntry } from './api';
import { assertClassifyCanFinish } from './classify-preflight';
import { writeCustomerSheet } from './customer-sheet';
import { classRules, replaceOurRules } from './format-rules';
import { requiredColumn } from './mapping';
import { writeResultColumns } from './result-columns';
import { resultHeadings, writesScores } from './result-headings';
import { saveSettings, settingsText } from './saved-settings';
import { withSheetPlaces } from './sheet-problems';
import { columnRange, headerText, readSheetTable, type SheetTable } from './sheet-table';
import { sidebarError } from './sidebar-messages';
import { readTransactionSheet } from './transaction-sheet';

/** What a run computed, before anything is written. */
interface RunOutcome {
  /** The result columns: a header row when the data has one, then one row per data row. */
  readonly block: unknown[][];
  /** The class of each customer, and their money, for the legend. */
  readonly classes: readonly string[];
  readonly monetary: readonly number[];
  /** Data rows that got a label. */
  readonly rows: number;
  /** The add-on's customer sheet of a transaction log. */
  readonly customerSheet?: unknown[][];
  readonly note: string | null;
}

/**
 * Classifies a sheet (by default the active one, read whole) with the given settings, and saves
 * them.
 */
export function classifySheet(
  settings: ClassifySettings,
  table: SheetTable = readSheetTable(SpreadsheetApp.getActiveSheet()),
): ClassifyResult {
  const sheetSettings = activeSheetSettings();
  const language = settings.options.language ?? sheetSettings.language;
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const { sheet } = table;
  if (table.values.length === 0) throw sidebarError({ kind: 'empty-sheet' }, language);
  const firstDataRow = (settings.headerRow ?? 0) + 1;
  if (firstDataRow > table.values.length) throw sidebarError({ kind: 'no-data-rows' }, language);
  const model = MODELS[settings.model];
  const run = { table, settings, firstDataRow, language, sheetSettings, model };
  const outcome = settings.shape === 'customers' ? customerTableRun(run) : transactionLogRun(run);

  const headers = settings.roles.map(({ index }) => headerText(table, settings.headerRow, index));
  // what saveSettings will store, checked with everything else before the first write
  const settingsJson = settingsText(settings, headers);
  assertClassifyCanFinish(sheet, outcome.customerSheet !== undefined, settingsJson, language);
  const columns = writeResultColumns(sheet, table.owned, {
    firstRow: settings.headerRow ?? firstDataRow,
    rows: outcome.block,
    width: outcome.block[0]?.length ?? 0,
  });
  replaceOurRules(
    sheet,
    classRules(sheet, model, language, {
      firstRow: firstDataRow,
      lastRow: table.values.length,
      lastColumn: Math.max(...columns, sheet.getLastColumn()),
      labelColumn: columns[columns.length - 1] as number,
    }),
  );
  if (outcome.customerSheet) writeCustomerSheet(spreadsheet, sheet, outcome.customerSheet);
  saveSettings(sheet.getSheetId(), settingsJson);
  return {
    model: settings.model,
    customers: outcome.classes.length,
    rows: outcome.rows,
    legend: legendOf(model, outcome.classes, outcome.monetary, language),
    note: outcome.note,
  };
}

interface Run {
  readonly table: SheetTable;
  readonly settings: ClassifySettings;
  readonly firstDataRow: number;
  readonly language: Language;
  readonly sheetSettings: SheetSettings;
  readonly model: SegmentModel;
}

function customerTableRun(run: Run): RunOutcome {
  const measured = readCustomerTable(
    run.table,
    run.settings,
    run.firstDataRow,
    run.language,
    run.sheetSettings,
  );
  const classes = run.model.classify(measured.measures, run.settings.options);
  return {
    block: customerTableBlock(
      measured,
      classLabels(run.settings.model, classes, run.language),
      run.settings,
      run.language,
    ),
    classes,
    monetary: measured.measures.monetary,
    rows: measured.filledRows.length,
    note: null,
  };
}

function transactionLogRun(run: Run): RunOutcome {
  const { log, table, customerOfRow } = readTransactionSheet(
    run.table,
    run.settings,
    run.firstDataRow,
    run.language,
    run.sheetSettings,
  );
  const measures = {
    recencyDays: table.recencyDays,
    frequency: table.frequency,
    monetary: table.monetary,
  };
  const classes = run.model.classify(measures, run.settings.options);
  const labels = classLabels(run.settings.model, classes, run.language);
  const rows = Array.from(customerOfRow, (customer) => [customer < 0 ? '' : labels[customer]]);
  const [heading] = resultHeadings(run.settings.model, 'transactions');
  const customerRows = rfmTableRows(log, table, run.language, run.sheetSettings);
  const extraColumn = run.settings.model === 'value-classes' || run.settings.model === 'abc';
  return {
    block: run.settings.headerRow === null ? rows : [[heading?.[run.language]], ...rows],
    classes,
    monetary: table.monetary,
    rows: rows.filter(([label]) => label !== '').length,
    customerSheet: extraColumn
      ? customerRows.map((row, i) => [
          ...row,
          i === 0 ? run.model.heading[run.language] : (labels[i - 1] ?? ''),
        ])
      : customerRows,
    note: table.skippedRows > 0 ? skippedRowsNote(table.skippedRows, run.language) : null,
  };
}

interface MeasuredTable {
  readonly rowCount: number;
  readonly filledRows: readonly number[];
  readonly measures: CustomerMeasures;
}

function readCustomerTable(
  table: SheetTable,
  settings: ClassifySettings,
  firstDataRow: number,
  language: Language,
  sheetSettings: SheetSettings,
): MeasuredTable {
  const recency = requiredColumn(settings, language, 'last-purchase', 'recency-days');
  const frequency = requiredColumn(settings, language, 'frequency');
  const monetary = requiredColumn(settings, language, 'monetary');
  const fromRow = firstDataRow - 1;
  return withSheetPlaces(
    {
      columns: { recency, frequency, monetary },
      headers: (index) => headerText(table, settings.headerRow, index),
      firstRow: firstDataRow,
    },
    language,
    sheetSettings,
    () =>
      readMeasures(
        {
          recency: columnRange(table, recency, fromRow),
          frequency: columnRange(table, frequency, fromRow),
          monetary: columnRange(table, monetary, fromRow),
          asOf: settings.options.asOf ?? '',
        },
        sheetSettings,
      ),
  );
}

/** The rows of result columns: a header row (when the data has one), then one row per data row. */
function customerTableBlock(
  measured: MeasuredTable,
  labels: readonly string[],
  settings: ClassifySettings,
  language: Language,
): unknown[][] {
  const withScores = writesScores(settings.model);
  const headings = resultHeadings(settings.model, 'customers');
  const width = headings.length;
  const rows: unknown[][] = Array.from({ length: measured.rowCount }, () =>
    new Array(width).fill(''),
  );
  const scores = withScores ? rfmScores(measured.measures, settings.options) : undefined;
  measured.filledRows.forEach((row, i) => {
    const label = labels[i];
    rows[row] = scores
      ? [scores.recency[i], scores.frequency[i], scores.monetary[i], scores.codes[i], label]
      : [label];
  });
  const header = headings.map((heading) => heading[language]);
  return settings.headerRow === null ? rows : [header, ...rows];
}

/** Customers and share of revenue per class, in the model's order. */
function legendOf(
  model: SegmentModel,
  classes: readonly string[],
  monetary: readonly number[],
  language: Language,
): LegendEntry[] {
  // one pass over the customers: spending per class, returns counting as nothing spent
  const customers = new Map<string, number>();
  const revenue = new Map<string, RunningSum>();
  const total = new RunningSum();
  classes.forEach((c, i) => {
    const spent = Math.max(0, monetary[i] as number);
    customers.set(c, (customers.get(c) ?? 0) + 1);
    const spending = revenue.get(c) ?? new RunningSum();
    spending.add(spent);
    revenue.set(c, spending);
    total.add(spent);
  });
  return model.classes.map((id) => ({
    id,
    label: model.labels[id]?.[language] ?? id,
    background: model.colours[id]?.background ?? '',
    text: model.colours[id]?.text ?? '',
    customers: customers.get(id) ?? 0,
    revenueShare: total.value > 0 ? (revenue.get(id)?.value ?? 0) / total.value : 0,
  }));
}
