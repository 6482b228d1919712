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
import { ownedSheet } from './owned';
import { updateOrInsertChart } from './placed-chart';
import type { RunMigration } from './run-migration';
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
  heading([words('sizesTitle')]);
  const sizesRow = rows.length;
  heading([words('run'), ...scheme.classes.map(label)]);
  for (const run of classSizes(runs, moved.run.model, scheme.classes))
    rows.push([run.asOf, ...run.counts]);
  const width = Math.max(...rows.map((row) => row.length));
  return {
    values: rows.map((row) => [...row, ...Array.from({ length: width - row.length }, () => '')]),
    width,
    headings,
    sizes: { row: sizesRow, rows: rows.length - sizesRow, columns: scheme.classes.length + 1 },
  };
}

/**
 * Writes the block from sheet row `firstRow`, and the line chart of the sizes: the add-on's chart
 * of the last run updated in place, else a new one; its id.
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
 * lists none); nothing when there is no summary sheet.
 */
export function showAlerts(source: Sheet): void {
  const summary = ownedSheet(source.getParent(), source.getSheetId(), 'summary')?.sheet;
  if (!summary) return;
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
