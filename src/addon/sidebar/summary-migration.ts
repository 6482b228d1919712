/**
 * This file defines the summary sheet's blocks of who moved where, below its other tables: the
 * from → to matrix against the previous run of the same model, the churn alerts (customers who
 * moved down, most money at risk first, with their previous and current segment and last
 * purchase), and each segment's customers over the recorded runs with a line chart of them.
 * On a model's first recorded run only the sizes are written.
 */
import type { ClassScheme } from '../../core/class-scheme';
import { HISTORY_LABELS } from '../../core/history-labels';
import type { Language } from '../../core/labels';
import { classSizes, type HistoryRun } from '../../core/run-history';
import { SUMMARY_LABELS } from '../../core/summary-labels';
import { loadLastRun } from './last-run';
import { ownedSheet } from './owned';
import { updateOrInsertChart } from './placed-chart';
import type { RunMigration } from './run-migration';
import { sidebarError } from './sidebar-messages';
import { type SummaryBlock, writeSummaryBlock } from './summary-block';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** The most alerts listed: the rest stay in the history sheet. */
export const MAX_ALERT_ROWS = 2_000;
/** Where the sizes chart goes: right of the widest table. */
const CHART_WIDTH_GAP = 2;

/** The cells of the blocks, one rectangle; rows offset from its first row (0-based). */
export interface MigrationBlock extends SummaryBlock {
  /** The sizes table: its first row (its heading row) and its rows and columns. */
  readonly sizes: { readonly row: number; readonly rows: number; readonly columns: number };
}

/**
 * The blocks of a run's moves and of the sizes over `runs` (the recorded runs and this one).
 */
export function migrationBlock(
  moved: RunMigration,
  runs: readonly HistoryRun[],
  scheme: ClassScheme,
  language: Language,
): MigrationBlock {
  const label = (id: string) => scheme.labels[id]?.[language] ?? id;
  const words = (key: keyof typeof HISTORY_LABELS) => HISTORY_LABELS[key][language];
  const rows: unknown[][] = [];
  const headings: number[] = [];
  const heading = (row: unknown[]) => {
    headings.push(rows.length);
    rows.push(row);
  };
  const found = moved.migration;
  if (found && moved.previous) {
    heading([`${words('migrationTitle')} ${moved.previous.asOf}`]);
    heading([words('fromTo'), ...found.classes.map(label)]);
    found.classes.forEach((id, from) => {
      rows.push([label(id), ...(found.counts[from] ?? [])]);
    });
    rows.push([words('newCustomers'), found.newCustomers]);
    rows.push([words('goneCustomers'), found.goneCustomers]);
    rows.push([]);
    // the title holds a colon already (`Churn alerts: customers who moved down`): the count
    // follows in brackets, as the language writes them
    const count = found.alerts.length;
    heading([`${words('alertsTitle')}${language === 'zh' ? `（${count}）` : ` (${count})`}`]);
    if (found.alerts.length === 0) rows.push([words('noAlerts')]);
    else {
      heading([
        words('customer'),
        words('previousSegment'),
        words('currentSegment'),
        words('lastPurchase'),
        words('moneyAtRisk'),
      ]);
      for (const alert of found.alerts.slice(0, MAX_ALERT_ROWS))
        rows.push([
          alert.customer,
          label(alert.from),
          label(alert.to),
          moved.lastPurchaseOf.get(alert.customer) ?? '',
          alert.moneyAtRisk,
        ]);
      if (found.alerts.length > MAX_ALERT_ROWS) rows.push([words('alertsCut')]);
    }
    rows.push([]);
  }
  // the title, then the table: its heading row and a row per run
  headings.push(rows.length, rows.length + 1);
  const sizesRow = rows.length + 1;
  rows.push(...sizesRows(runs, moved.run.model, scheme, language));
  return padded(rows, headings, sizesRow, scheme.classes.length + 1);
}

/**
 * The block of the sizes alone, as `migrationBlock` ends: what "Build history" rewrites of it
 * (summary-sizes.ts), the moves above it left as the last run wrote them.
 */
export function sizesBlock(
  runs: readonly HistoryRun[],
  model: string,
  scheme: ClassScheme,
  language: Language,
): MigrationBlock {
  return padded(sizesRows(runs, model, scheme, language), [0, 1], 1, scheme.classes.length + 1);
}

/** The sizes' title, heading row and one row per recorded run of `model` in `runs`. */
function sizesRows(
  runs: readonly HistoryRun[],
  model: string,
  scheme: ClassScheme,
  language: Language,
): unknown[][] {
  const label = (id: string) => scheme.labels[id]?.[language] ?? id;
  return [
    [HISTORY_LABELS.sizesTitle[language]],
    [HISTORY_LABELS.run[language], ...scheme.classes.map(label)],
    ...classSizes(runs, model, scheme.classes).map((run) => [run.asOf, ...run.counts]),
  ];
}

/** The rows as one rectangle, each padded to the widest; `sizesRow` the sizes table's heading row. */
function padded(
  rows: unknown[][],
  headings: number[],
  sizesRow: number,
  sizesColumns: number,
): MigrationBlock {
  const width = Math.max(...rows.map((row) => row.length));
  return {
    values: rows.map((row) => [...row, ...Array.from({ length: width - row.length }, () => '')]),
    width,
    headings,
    sizes: { row: sizesRow, rows: rows.length - sizesRow, columns: sizesColumns },
  };
}

/** A line chart of the sizes needs two runs: with one it would show empty axes. */
const MIN_RUNS_CHARTED = 2;

/**
 * Writes the block from sheet row `firstRow`, and the line chart of the sizes: the add-on's chart
 * of the last run updated in place, else a new one; its id, or null when there are fewer than
 * two runs to draw (an earlier chart is then removed).
 */
export function writeMigrationBlock(
  sheet: Sheet,
  firstRow: number,
  block: MigrationBlock,
  language: Language,
  before: GoogleAppsScript.Spreadsheet.EmbeddedChart | null,
): number | null {
  writeSummaryBlock(sheet, firstRow, block);
  const { sizes } = block;
  // the table's rows after its heading row are the runs; one run draws no line, only empty axes
  if (sizes.rows - 1 < MIN_RUNS_CHARTED) {
    if (before) sheet.removeChart(before);
    return null;
  }
  const table = sheet.getRange(firstRow + sizes.row, 1, sizes.rows, sizes.columns);
  const builder = before
    ? before.modify().clearRanges()
    : sheet.newChart().setPosition(firstRow, block.width + CHART_WIDTH_GAP, 0, 0);
  const chart = builder
    .asLineChart()
    .addRange(table)
    .setNumHeaders(1)
    .setOption('title', HISTORY_LABELS.sizesTitle[language])
    .setOption('hAxis.title', SUMMARY_LABELS.asOf[language])
    .build();
  return updateOrInsertChart(sheet, chart, before);
}

/**
 * Takes the user to the churn alerts on the summary sheet of `source` (the sheet itself when it
 * lists none).
 *
 * @throws {SidebarError} when the sheet holds no results now, or its summary sheet is gone
 */
export function showAlerts(source: Sheet, language: Language): void {
  const summary = ownedSheet(source.getParent(), source.getSheetId(), 'summary')?.sheet;
  if (!summary) {
    if (loadLastRun(source.getSheetId()) === null)
      throw sidebarError({ kind: 'not-classified' }, language);
    throw sidebarError({ kind: 'summary-gone', sheet: source.getName() }, language);
  }
  summary.getRange(alertsRow(summary) ?? 1, 1).activate();
}

/** The first row (1-based) of the churn alerts on a summary sheet, in either language; or null. */
export function alertsRow(sheet: Sheet): number | null {
  const titles = Object.values(HISTORY_LABELS.alertsTitle);
  const column = sheet.getRange(1, 1, Math.max(1, sheet.getLastRow()), 1).getValues();
  const at = column.findIndex(([cell]) =>
    titles.some((title) => String(cell ?? '').startsWith(title)),
  );
  return at < 0 ? null : at + 1;
}
