/**
 * This file defines a Classify run on the active sheet: read it in one call, check the mapping,
 * read the measures with the readers the custom functions use, classify with the model registry,
 * and only then write — the result columns, the rules that colour the rows, the settings — so a
 * failure before writing leaves the sheet as it was. Every number is the engine's: the sidebar
 * gives exactly what the custom functions give on the same data.
 */
import type { ColumnRole } from '../../core/column-roles';
import { COLUMN_LABELS, type Language, ROLE_LABELS } from '../../core/labels';
import { MODELS, type SegmentModel } from '../../core/models';
import { type CustomerMeasures, rfmScores } from '../../core/rfm-score';
import { sum } from '../../core/sum';
import { readMeasures } from '../custom-functions/customer-measures';
import { activeSheetSettings, type SheetSettings } from '../sheet-settings';
import type { ClassifyResult, ClassifySettings, LegendEntry } from './api';
import { classRules, replaceOurRules } from './format-rules';
import { writeResultColumns } from './result-columns';
import { saveSettings } from './saved-settings';
import { withSheetPlaces } from './sheet-problems';
import { columnRange, headerText, readSheetTable, type SheetTable } from './sheet-table';
import { sidebarError } from './sidebar-messages';
import { assertWritable } from './writable';

/** Classifies the active sheet with the given settings, and saves them. */
export function classifyActiveSheet(settings: ClassifySettings): ClassifyResult {
  const sheetSettings = activeSheetSettings();
  const language = settings.options.language ?? sheetSettings.language;
  const sheet = SpreadsheetApp.getActiveSheet();
  const table = readSheetTable(sheet);
  if (table.values.length === 0) throw sidebarError({ kind: 'empty-sheet' }, language);
  const firstDataRow = (settings.headerRow ?? 0) + 1;
  if (firstDataRow > table.values.length) throw sidebarError({ kind: 'no-data-rows' }, language);
  const model = MODELS[settings.model];
  const measured = readCustomerTable(table, settings, firstDataRow, language, sheetSettings);
  const classes = model.classify(measured.measures, settings.options);
  const block = customerTableBlock(measured, classes, model, settings, language);
  assertWritable(sheet, language);
  const columns = writeResultColumns(sheet, table.owned, {
    firstRow: settings.headerRow ?? firstDataRow,
    rows: block,
    width: block[0]?.length ?? 0,
  });
  const labelColumn = columns[columns.length - 1] as number;
  replaceOurRules(
    sheet,
    classRules(sheet, model, language, {
      firstRow: firstDataRow,
      lastRow: table.values.length,
      lastColumn: Math.max(...columns, sheet.getLastColumn()),
      labelColumn,
    }),
  );
  saveSettings(
    sheet.getSheetId(),
    settings,
    settings.roles.map(({ index }) => headerText(table, settings.headerRow, index)),
  );
  return {
    model: settings.model,
    customers: classes.length,
    rows: measured.filledRows.length,
    legend: legendOf(model, classes, measured.measures.monetary, language),
    note: null,
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
  const columnOf = (role: ColumnRole): number | undefined =>
    settings.roles.find((mapping) => mapping.role === role)?.index;
  const required = (role: ColumnRole, alternative?: ColumnRole): number => {
    const column = columnOf(role) ?? (alternative && columnOf(alternative));
    if (column === undefined)
      throw sidebarError({ kind: 'role-unmapped', role: ROLE_LABELS[role][language] }, language);
    return column;
  };
  const recency = required('last-purchase', 'recency-days');
  const frequency = required('frequency');
  const monetary = required('monetary');
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
  classes: readonly string[],
  model: SegmentModel,
  settings: ClassifySettings,
  language: Language,
): unknown[][] {
  const withScores = settings.model !== 'abc';
  const headings = withScores
    ? [
        COLUMN_LABELS.recencyScore,
        COLUMN_LABELS.frequencyScore,
        COLUMN_LABELS.monetaryScore,
        COLUMN_LABELS.rfmCode,
        model.heading,
      ]
    : [model.heading];
  const width = headings.length;
  const rows: unknown[][] = Array.from({ length: measured.rowCount }, () =>
    new Array(width).fill(''),
  );
  const scores = withScores ? rfmScores(measured.measures, settings.options) : undefined;
  measured.filledRows.forEach((row, i) => {
    const label = model.labels[classes[i] as string]?.[language] ?? '';
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
  const total = sum(monetary.filter((money) => money > 0));
  return model.classes.map((id) => {
    const members = classes.flatMap((c, i) => (c === id ? [i] : []));
    const revenue = sum(members.map((i) => Math.max(0, monetary[i] as number)));
    return {
      id,
      label: model.labels[id]?.[language] ?? id,
      background: model.colours[id]?.background ?? '',
      text: model.colours[id]?.text ?? '',
      customers: members.length,
      revenueShare: total > 0 ? revenue / total : 0,
    };
  });
}
