/**
 * This file defines how a log's RFM table is written back as cells, by =RFM_TABLE and by the
 * sidebar alike: a header row, a row per customer (shown as the sheet wrote them), and notes.
 */
import { instantOfCivilDay } from '../../core/civil-day';
import {
  type Language,
  RFM_TABLE_HEADER,
  SEGMENT_LABELS,
  type Segment,
  TIER_LABELS,
  type Tier,
} from '../../core/labels';
import type { RfmTable } from '../../core/rfm-table';
import type { CellColumn } from '../columns';
import type { SheetSettings } from '../sheet-settings';
import { laterLinesNote, skippedRowsNote } from '../table-notes';
import { shownCustomer } from './cell-keys';
import type { LogTable } from './log-table';

/**
 * Where a table's customers are shown from: their column, and the input row of each line the
 * table's `firstRows` index; without `sourceRows`, `firstRows` are input rows already.
 */
export interface CustomerCells {
  readonly customerColumn: CellColumn;
  readonly sourceRows?: readonly number[];
  /** Whether each customer's cell is its key (see LogColumns), which then shows it. */
  readonly customersAreKeys?: boolean;
}

/** The table as cells: a header row, a row per customer, and its notes (see logTableNotes). */
export function rfmTableRows(
  log: CustomerCells,
  table: RfmTable & Partial<Pick<LogTable, 'asOfDay' | 'laterLines'>>,
  language: Language,
  sheet: SheetSettings,
): unknown[][] {
  const customers = table.keys.length;
  // sized once: a growing array of 130,000 rows would be copied again and again
  const rows = new Array<unknown[]>(1 + customers);
  rows[0] = RFM_TABLE_HEADER.map((label) => label[language]);
  const dateOf = dateCells(sheet);
  const segmentLabels = labelsIn(SEGMENT_LABELS, language);
  const tierLabels = labelsIn(TIER_LABELS, language);
  const { keys, lastPurchaseDays, recencyDays, frequency, monetary, scores, segments, tiers } =
    table;
  const keysShown = log.customersAreKeys === true;
  for (let i = 0; i < customers; i++) {
    const lastDay = lastPurchaseDays[i] ?? null;
    rows[i + 1] = [
      keysShown ? keys[i] : shownCustomer(log.customerColumn.at(customerSourceRow(log, table, i))),
      lastDay === null ? '' : dateOf(lastDay),
      recencyDays[i] ?? '',
      frequency[i],
      monetary[i],
      scores.recency[i],
      scores.frequency[i],
      scores.monetary[i],
      scores.codes[i],
      segmentLabels[segments[i] as Segment],
      tierLabels[tiers[i] as Tier],
    ];
  }
  for (const note of logTableNotes(table, language, sheet)) rows.push(noteRow(note));
  return rows;
}

/** The notes under a log's table: rows skipped for having no customer, lines after the as-of. */
export function logTableNotes(
  table: Pick<RfmTable, 'skippedRows'> & Partial<Pick<LogTable, 'asOfDay' | 'laterLines'>>,
  language: Language,
  sheet: SheetSettings,
): string[] {
  const notes: string[] = [];
  if (table.skippedRows > 0) notes.push(skippedRowsNote(table.skippedRows, language));
  if (table.laterLines && table.asOfDay !== undefined)
    notes.push(laterLinesNote(table.laterLines, table.asOfDay, language, sheet));
  return notes;
}

/**
 * The date cell of a civil day, made once per day: a log's customers share a few hundred last
 * purchase days, and a `Date` per customer would be garbage by the hundred thousand. The table's
 * cells are read, never changed, so customers of one day can share one.
 */
function dateCells(sheet: SheetSettings): (day: number) => Date {
  const made = new Map<number, Date>();
  return (day) => {
    let date = made.get(day);
    if (date === undefined) {
      date = new Date(instantOfCivilDay(day, sheet.zoneOffset));
      made.set(day, date);
    }
    return date;
  };
}

/** Each label in one language. */
function labelsIn<Name extends string>(
  labels: Readonly<Record<Name, Readonly<Record<Language, string>>>>,
  language: Language,
): Record<Name, string> {
  const chosen = {} as Record<Name, string>;
  for (const name of Object.keys(labels) as Name[]) chosen[name] = labels[name][language];
  return chosen;
}

/** The input row where a customer of the table first appears. */
export function customerSourceRow(log: CustomerCells, table: RfmTable, customer: number): number {
  const line = table.firstRows[customer] as number;
  return log.sourceRows ? (log.sourceRows[line] as number) : line;
}

function noteRow(note: string): unknown[] {
  const row: unknown[] = new Array(RFM_TABLE_HEADER.length).fill('');
  row[0] = note;
  return row;
}
