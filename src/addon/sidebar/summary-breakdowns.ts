/**
 * This file defines the summary sheet's breakdowns: for each column mapped as "group by" (region,
 * sales rep…), the segment × group tables of customers and of revenue (the articles' 客户分类表),
 * laid out as SEGMENT_BREAKDOWN lays them out (core breakdownTable), below the segment table.
 */
import { COLUMN_LABELS, type Language } from '../../core/labels';
import { breakdownTable, type SegmentBreakdown } from '../../core/segment-breakdown';
import type { SummaryBlock } from './summary-block';

/** One group-by column's breakdown of a run. */
export interface GroupBreakdown {
  /** The group column's header in the sheet ('' without one). */
  readonly header: string;
  readonly breakdown: SegmentBreakdown;
}

/** The cells of every breakdown, one block of rows; `headings` are the rows shown bold. */
export function breakdownBlock(
  breakdowns: readonly GroupBreakdown[],
  language: Language,
): SummaryBlock | null {
  if (breakdowns.length === 0) return null;
  const rows: unknown[][] = [];
  const headings: number[] = [];
  const segment = COLUMN_LABELS.segment[language];
  breakdowns.forEach(({ header, breakdown }, i) => {
    const name = header === '' ? `${COLUMN_LABELS.group[language]} ${i + 1}` : header;
    for (const [cells, measure] of [
      [breakdown.customers, COLUMN_LABELS.customers[language]],
      [breakdown.revenue, COLUMN_LABELS.revenue[language]],
    ] as const) {
      if (!cells) continue;
      if (rows.length > 0) rows.push([]);
      headings.push(rows.length, rows.length + 1);
      rows.push([`${name} · ${measure}`]);
      rows.push(...breakdownTable(breakdown, cells, segment, language));
    }
  });
  const width = Math.max(...rows.map((row) => row.length));
  return {
    values: rows.map((row) => [...row, ...Array.from({ length: width - row.length }, () => '')]),
    width,
    headings,
  };
}
