/**
 * This file defines "Copy the list": the customers of one segment of a sheet's last run, one line
 * per customer in sheet order, with their e-mail and name where columns are mapped to them, as
 * rows and as tab-separated text with a header line, to paste into a mail tool or a CRM.
 *
 * Who is in the segment is read from the add-on's label column as the sheet holds it now, as the
 * filter of "one segment at a time" reads it, so the list is what that filter shows. A customer of
 * an order log appears once, where their first labelled row stands, with the e-mail and name of
 * their latest order (the later row on a tie), as a breakdown by group takes their group.
 */
import * as z from 'zod/mini';
import type { ClassScheme } from '../../core/class-scheme';
import { ROLE_LABELS } from '../../core/column-roles';
import type { Language } from '../../core/labels';
import { CLASS_SCHEMES } from '../../core/models';
import { activeSheetSettings } from '../sheet-settings';
import type { SegmentList } from './api';
import { groupText, latestOrderRows } from './customer-groups';
import { loadLastRun } from './last-run';
import { savedSettingsNow } from './resegment';
import { sheetTargetSchema } from './saved-settings';
import { SheetColumns } from './sheet-columns';
import { readSheetTable } from './sheet-table';
import { sidebarError } from './sidebar-messages';
import { readTransactionSheet } from './transaction-sheet';

/** What the sidebar sends for a list: the sheet, and the segment's class id in the last run. */
export const segmentListRequestSchema = z.object({
  ...sheetTargetSchema.shape,
  segment: z.string().check(z.minLength(1), z.maxLength(100)),
});

/** The roles a list shows, in its column order: the customer first. */
const LIST_ROLES = ['customer', 'email', 'name'] as const;

/**
 * The customers of the segment `segment` (a class id of the last run's legend) on `sheet`.
 * @throws {SidebarError} when the sheet holds no results, the segment is not in the last run or
 *   labels no row now, or a mapped column is gone (the mapping then reopens)
 */
export function segmentList(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  segment: string,
  language: Language,
): SegmentList {
  const table = readSheetTable(sheet);
  const labelColumn = table.owned.at(-1)?.column;
  const lastRun = loadLastRun(sheet.getSheetId());
  if (labelColumn === undefined || lastRun === null)
    throw sidebarError({ kind: 'not-classified' }, language);
  const label = lastRun.legend.find(({ id }) => id === segment)?.label;
  if (label === undefined)
    throw sidebarError(
      { kind: 'segment-not-in-sheet', label: labelOf(segment, language) },
      language,
    );
  const settings = savedSettingsNow(table, language);
  const sheetSettings = activeSheetSettings();
  const columns = new SheetColumns(table, settings, language);
  const labelled = (row: number) =>
    String(table.values[columns.firstDataRow - 1 + row]?.[labelColumn - 1] ?? '') === label;

  // each line: the row of the customer's id, and the row their e-mail and name are taken from
  const lines: { idRow: number; detailRow: number }[] = [];
  if (settings.shape === 'customers') {
    for (let row = 0; row < columns.rowCount; row++)
      if (labelled(row)) lines.push({ idRow: row, detailRow: row });
  } else {
    const {
      log,
      table: logTable,
      customerOfRow,
    } = readTransactionSheet(columns, settings.options, sheetSettings);
    const latest = latestOrderRows(log, customerOfRow, logTable.keys.length, logTable.asOfDay);
    const listed = new Set<number>();
    customerOfRow.forEach((customer, row) => {
      if (customer < 0 || listed.has(customer) || !labelled(row)) return;
      listed.add(customer);
      const latestRow = latest[customer] as number;
      lines.push({ idRow: row, detailRow: latestRow < 0 ? row : latestRow });
    });
  }

  const mapped = LIST_ROLES.filter((role) => columns.indexOf(role) !== undefined);
  const cells = mapped.map((role) => columns.at(role, columns.indexOf(role) as number));
  const rows = lines
    .map(({ idRow, detailRow }) =>
      cells.map(
        (column, i) =>
          groupText(column.at(i === 0 ? idRow : detailRow), sheetSettings.zoneOffset) ?? '',
      ),
    )
    .filter(([id]) => id !== '');
  if (rows.length === 0) throw sidebarError({ kind: 'segment-not-in-sheet', label }, language);
  const headings = mapped.map(
    (role) => columns.place(columns.indexOf(role) as number).header || ROLE_LABELS[role][language],
  );
  return { label, columns: headings, rows, text: tabSeparated([headings, ...rows]) };
}

/**
 * A class id's label in any model (a sidebar left open across a Classify with another model asks
 * for a segment of the old one), else the id: the user knows the label, not the id.
 */
function labelOf(segment: string, language: Language): string {
  for (const scheme of Object.values(CLASS_SCHEMES) as ClassScheme[]) {
    const label = scheme.labels[segment];
    if (label) return label[language];
  }
  return segment;
}

/** Lines of tab-separated cells; a tab or line break inside a cell becomes a space. */
function tabSeparated(lines: readonly (readonly string[])[]): string {
  return lines
    .map((cells) => cells.map((cell) => cell.replace(/[\t\r\n]+/g, ' ')).join('\t'))
    .join('\n');
}
