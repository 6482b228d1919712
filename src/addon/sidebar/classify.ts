/**
 * This file defines a Classify run on a sheet: read it in one call, read the mapped columns in
 * place with the readers the custom functions use, segment the customers once in core, check that
 * everything can be written and saved, and only then write — the result columns, the rules that
 * colour the rows, the customer sheet, the settings — so a failure before writing leaves the
 * spreadsheet as it was. Every number is the engine's: the sidebar gives exactly what the custom
 * functions give on the same data.
 */
import type { Language } from '../../core/labels';
import { classLabels, MODELS, type ModelId } from '../../core/models';
import { Segmentation } from '../../core/segmentation';
import { readMeasures } from '../sheet-input/customer-measures';
import { logTableNotes, rfmTableRows } from '../sheet-input/transaction-log';
import { activeSheetSettings, type SheetSettings } from '../sheet-settings';
import type { ClassifyResult, ClassifySettings, LegendEntry } from './api';
import { assertClassifyCanFinish } from './classify-preflight';
import { writeCustomerSheet } from './customer-sheet';
import { classRules, replaceOurRules } from './format-rules';
import { checkMoneyColumn } from './money-check';
import { writeResultColumns } from './result-columns';
import { resultHeadings, writesScores } from './result-headings';
import { runProperties, saveRunProperties } from './saved-settings';
import { SheetColumns } from './sheet-columns';
import { headerText, type SheetTable } from './sheet-table';
import { sidebarError } from './sidebar-messages';
import { readTransactionSheet } from './transaction-sheet';

/** What a run computed, before anything is written. */
interface RunOutcome {
  /** The result columns: a header row when the data has one, then one row per data row. */
  readonly block: unknown[][];
  readonly segmentation: Segmentation;
  /** Data rows that got a label. */
  readonly rows: number;
  /** The add-on's customer sheet of a transaction log. */
  readonly customerSheet?: unknown[][];
  readonly note: string | null;
}

/** Classifies a sheet, read whole, with the given settings, and saves them. */
export function classifySheet(settings: ClassifySettings, table: SheetTable): ClassifyResult {
  const sheetSettings = activeSheetSettings();
  const language = settings.options.language ?? sheetSettings.language;
  const { sheet } = table;
  if (table.values.length === 0) throw sidebarError({ kind: 'empty-sheet' }, language);
  const columns = new SheetColumns(table, settings, language);
  if (columns.rowCount === 0) throw sidebarError({ kind: 'no-data-rows' }, language);
  const moneyWarning = checkMoneyColumn(columns, settings.shape, language);
  const run = { columns, settings, language, sheetSettings };
  const outcome = settings.shape === 'customers' ? customerTableRun(run) : transactionLogRun(run);
  const note = [moneyWarning, outcome.note].filter(Boolean).join(' ');
  const result: ClassifyResult = {
    model: settings.model,
    customers: outcome.segmentation.measures.frequency.length,
    rows: outcome.rows,
    legend: legendOf(outcome.segmentation, settings.model, language),
    note: note === '' ? null : note,
  };
  const headers = settings.roles.map(({ index }) => headerText(table, settings.headerRow, index));
  const properties = runProperties(
    sheet.getSheetId(),
    settings,
    headers,
    table.userColumns.length,
    result,
  );

  assertClassifyCanFinish(sheet, outcome.customerSheet !== undefined, properties, language);
  const written = writeResultColumns(sheet, table.owned, {
    firstRow: settings.headerRow ?? columns.firstDataRow,
    rows: outcome.block,
    width: outcome.block[0]?.length ?? 0,
  });
  const model = MODELS[settings.model];
  replaceOurRules(
    sheet,
    classRules(sheet, model, language, {
      firstRow: columns.firstDataRow,
      lastRow: table.values.length,
      lastColumn: Math.max(sheet.getLastColumn(), ...written),
      labelColumn: written[written.length - 1] as number,
    }),
  );
  if (outcome.customerSheet) writeCustomerSheet(sheet.getParent(), sheet, outcome.customerSheet);
  saveRunProperties(properties);
  return result;
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
  const labels = classLabels(settings.model, segmentation.classes(settings.model), language);
  const withScores = writesScores(settings.model);
  const headings = resultHeadings(settings.model, 'customers');
  const rows: unknown[][] = Array.from({ length: measured.rowCount }, () =>
    new Array(headings.length).fill(''),
  );
  const scores = withScores ? segmentation.scores : undefined;
  measured.filledRows.forEach((row, i) => {
    rows[row] = scores
      ? [scores.recency[i], scores.frequency[i], scores.monetary[i], scores.codes[i], labels[i]]
      : [labels[i]];
  });
  const header = headings.map((heading) => heading[language]);
  return {
    block: settings.headerRow === null ? rows : [header, ...rows],
    segmentation,
    rows: measured.filledRows.length,
    note: null,
  };
}

function transactionLogRun({ columns, settings, language, sheetSettings }: Run): RunOutcome {
  const { log, table, customerOfRow } = readTransactionSheet(
    columns,
    settings.options,
    sheetSettings,
  );
  const { segmentation } = table;
  const model = MODELS[settings.model];
  const labels = classLabels(settings.model, segmentation.classes(settings.model), language);
  const rows = Array.from(customerOfRow, (customer) => [customer < 0 ? '' : labels[customer]]);
  const customerRows = rfmTableRows(log, table, language, sheetSettings);
  // the customer sheet shows RFM_TABLE's columns, which hold tiers and segments but no other class
  const extraColumn = !writesScores(settings.model);
  return {
    block: settings.headerRow === null ? rows : [[model.heading[language]], ...rows],
    segmentation,
    rows: customerOfRow.reduce((count, customer) => count + (customer < 0 ? 0 : 1), 0),
    customerSheet: extraColumn
      ? customerRows.map((row, i) => [
          ...row,
          i === 0 ? model.heading[language] : (labels[i - 1] ?? ''),
        ])
      : customerRows,
    note: logTableNotes(table, language, sheetSettings).join(' ') || null,
  };
}

/** The legend: each class in the model's order, with its customers and share of revenue. */
function legendOf(segmentation: Segmentation, id: ModelId, language: Language): LegendEntry[] {
  const model = MODELS[id];
  return segmentation.totals(id).map((total) => ({
    id: total.id,
    label: model.labels[total.id]?.[language] ?? total.id,
    background: model.colours[total.id]?.background ?? '',
    text: model.colours[total.id]?.text ?? '',
    customers: total.customers,
    revenueShare: total.revenueShare,
  }));
}
