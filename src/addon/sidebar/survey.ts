/**
 * This file defines what the sidebar shows on opening: the active sheet's header row, the role
 * of each of the user's columns and the shape they make, the models with their classes and the
 * columns they add, the default options, the settings of the last run, and the add-on's customer
 * and summary sheets of it.
 */

import { detectColumns } from '../../core/column-detection';
import { SIDEBAR_MODEL_IDS } from '../../core/model-ids';
import { CLASS_SCHEMES } from '../../core/models';
import { OPTIONS } from '../../core/option-registry';
import { columnLetters } from '../formula-cells';
import { dataChanged } from '../refresh/data-fingerprint';
import { activeSheetSettings } from '../sheet-settings';
import { addonSheetError, addonSheetOf } from './addon-sheet';
import type { ClassifyOptions, ModelChoice, SheetSurvey } from './api';
import { customerSheetOf } from './customer-sheet';
import { loadLastRun } from './last-run';
import { isOrphanCustomerSheet } from './orphans';
import { resultHeadings } from './result-headings';
import { readableSettings } from './saved-settings';
import { shownSegment } from './segment-filter';
import { layoutOf } from './sheet-layout';
import { readSheetTable } from './sheet-table';
import { summarySheetOf } from './summary-sheet';

/** Rows read for detection: enough to judge a column by its values. */
const SAMPLE_ROWS = 200;

/** The options' defaults, the option registry's (which the custom functions use too). */
export const DEFAULT_OPTIONS: ClassifyOptions = {
  bins: OPTIONS.bins.default,
  churnDays: OPTIONS.churnDays.default,
  highValueShare: OPTIONS.highValueShare.default,
  asOf: OPTIONS.asOf.default,
  aShare: OPTIONS.aShare.default,
  bShare: OPTIONS.bShare.default,
  horizon: OPTIONS.horizon.default,
  activeFrom: OPTIONS.activeFrom.default,
  atRiskFrom: OPTIONS.atRiskFrom.default,
  clusterCount: OPTIONS.clusterCount.default,
  language: OPTIONS.language.default,
};

/**
 * The models as the picker and legend show them; the picker offers a model only when the mapped
 * columns give what it needs (model-needs.ts), and says what is missing otherwise.
 */
export const MODEL_CHOICES: readonly ModelChoice[] = SIDEBAR_MODEL_IDS.map((id) => {
  const model = CLASS_SCHEMES[id];
  return {
    id,
    name: model.name,
    classes: model.classes.map((c) => ({
      id: c,
      label: model.labels[c] ?? { en: c, zh: c },
      background: model.colours[c]?.background ?? '',
      text: model.colours[c]?.text ?? '',
    })),
    columns: {
      transactions: resultHeadings(id, 'transactions'),
      customers: resultHeadings(id, 'customers'),
    },
  };
});

/** Surveys a sheet. */
export function surveySheet(sheet: GoogleAppsScript.Spreadsheet.Sheet): SheetSurvey {
  const saved = readableSettings(sheet.getSheetId());
  // a run that saved its input's fingerprint is checked against the whole sheet: read it once,
  // the detection taking its first rows; otherwise the first rows alone are read
  const whole = saved?.fingerprint === undefined ? null : readSheetTable(sheet);
  const table = whole
    ? { ...whole, values: whole.values.slice(0, SAMPLE_ROWS) }
    : readSheetTable(sheet, SAMPLE_ROWS);
  const sample = table.values.map((row) => table.userColumns.map((index) => row[index]));
  const detection = detectColumns(sample);
  const headerRow = detection.headerRow === null ? null : detection.headerRow + 1;
  const spreadsheet = sheet.getParent();
  const language = activeSheetSettings().language;
  // an orphan customer sheet (its source deleted) is results too: Clear removes it
  const orphan = isOrphanCustomerSheet(spreadsheet, sheet);
  const classified = table.owned.length > 0 || orphan;
  const addon = addonSheetOf(sheet);
  return {
    sheetId: sheet.getSheetId(),
    sheetName: sheet.getName(),
    language,
    headerRow,
    shape: detection.shape,
    columns: detection.columns.map((column) => {
      const index = table.userColumns[column.index] ?? column.index;
      return {
        index,
        letter: columnLetters(index),
        header: column.header,
        role: column.role,
        source: column.source,
        confidence: column.confidence,
      };
    }),
    missing: detection.missing,
    dataRows: Math.max(0, table.lastRow - (headerRow ?? 0)),
    models: MODEL_CHOICES,
    defaults: DEFAULT_OPTIONS,
    saved: saved && {
      headerRow: saved.headerRow,
      shape: saved.shape,
      roles: saved.roles,
      model: saved.model,
      options: saved.options,
    },
    classified,
    layout: layoutOf(table, headerRow ?? 1),
    lastRun: classified ? loadLastRun(sheet.getSheetId()) : null,
    shownSegment: classified ? shownSegment(sheet) : null,
    customerSheet: orphan
      ? { name: sheet.getName(), exists: true }
      : customerSheetOf(spreadsheet, sheet, language),
    summarySheet: orphan
      ? { name: sheet.getName(), exists: false }
      : summarySheetOf(spreadsheet, sheet, language),
    stale: classified && whole !== null && saved !== null && dataChanged(whole, saved, language),
    addonSheet: addon && {
      source: addon.source,
      message: addonSheetError(sheet, addon, language).message,
    },
  };
}
