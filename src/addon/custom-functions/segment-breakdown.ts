/**
 * This file defines =SEGMENT_BREAKDOWN: the customers of each segment in each group (region,
 * industry, sales rep…), and their revenue where amounts are given — the 客户分类表 as a formula.
 */
import { isBlank, isDateObject, isHeadingText, readNumber } from '../../core/cell-value';
import { civilDayOfInstant, formatCivilDay } from '../../core/civil-day';
import { CurrencyMixCheck } from '../../core/currency-mix';
import { COLUMN_LABELS } from '../../core/labels';
import { MODELS } from '../../core/models';
import { PREDICTION_MODELS } from '../../core/prediction-models';
import {
  type BreakdownRow,
  breakdownTable,
  isClassLabel,
  segmentBreakdown,
} from '../../core/segment-breakdown';
import { alignedColumns, type CellColumn, filledRowIndexes, hasHeaderRow } from '../columns';
import { assertOneCurrency } from '../currency-check';
import { InputError } from '../input-error';
import { readCell } from '../read-cell';
import { defineCustomFunction, LANGUAGE_PARAMETER } from './definition';

/** The schemes whose label order a breakdown keeps, in the order they are tried. */
const SCHEMES = [...Object.values(MODELS), ...Object.values(PREDICTION_MODELS)];

export const SEGMENT_BREAKDOWN = defineCustomFunction(
  {
    name: 'SEGMENT_BREAKDOWN',
    summary: {
      en: 'Customers of each segment in each group (region, industry, sales rep…), with totals; and their revenue when amounts are given. One row per customer.',
      zh: '按分组（地区、行业、销售代表……）统计各客户细分的客户数及合计；给出金额时再统计收入。每行一个客户。',
    },
    parameters: [
      {
        name: 'segments',
        type: 'A2:A',
        help: {
          en: 'The segment of each customer (from CUSTOMER_TIER, RFM_SEGMENT…); blank rows are left out.',
          zh: '每个客户的细分（来自 CUSTOMER_TIER、RFM_SEGMENT……）；空行不计。',
        },
      },
      {
        name: 'groups',
        type: 'B2:B',
        help: {
          en: 'The group of each customer, such as a region; blank ones count as (blank).',
          zh: '每个客户的分组，如地区；空白计为（空白）。',
        },
      },
      {
        name: 'amounts',
        type: 'C2:C',
        optional: true,
        help: {
          en: 'The money of each customer, to add a revenue table.',
          zh: '每个客户的金额，用于增加收入表。',
        },
      },
      LANGUAGE_PARAMETER,
    ],
    returns: {
      en: 'A table: segments down, groups across, customers in the cells, totals last; then the same for revenue.',
      zh: '一张表：行为细分，列为分组，单元格为客户数，末行末列为合计；给出金额时下方再列收入。',
    },
    example: '=SEGMENT_BREAKDOWN(H2:H, C2:C, F2:F)',
  },
  ({ args, language, sheet }) => {
    const [segments, groups, amounts] = args;
    /** A group as text: a date as 2024-03-05 (sorts by time, reads in any locale). */
    const groupText = (cell: unknown) =>
      isDateObject(cell)
        ? formatCivilDay(civilDayOfInstant(cell.getTime(), sheet.zoneOffset))
        : String(cell).trim();
    const withRevenue = !isBlank(amounts);
    const ranges = [
      { argument: 'segments', value: segments },
      { argument: 'groups', value: groups },
      ...(withRevenue ? [{ argument: 'amounts', value: amounts }] : []),
    ];
    const columns = alignedColumns(ranges);
    const [segmentColumn, groupColumn, amountColumn] = columns.cells as [
      CellColumn,
      CellColumn,
      CellColumn?,
    ];
    const header = hasHeader(segmentColumn, columns.rowCount, amountColumn);
    const currencies = new CurrencyMixCheck();
    const rows: BreakdownRow[] = [];
    for (const row of filledRowIndexes(columns, header ? 1 : 0)) {
      const segment = segmentColumn.at(row);
      if (isBlank(segment)) continue;
      const group = groupColumn.at(row);
      const entry = {
        segment: String(segment).trim(),
        group: isBlank(group) ? null : groupText(group),
      };
      if (!amountColumn) {
        rows.push(entry);
        continue;
      }
      const cell = amountColumn.at(row);
      currencies.see(row, cell);
      const amount = readCell(amountColumn, row, cell, readNumber);
      if (amount === null)
        throw new InputError(
          { kind: 'blank-value' },
          { argument: 'amounts', row: row + 1, value: cell },
        );
      rows.push({ ...entry, amount });
    }
    if (amountColumn) assertOneCurrency(currencies, amountColumn);
    const breakdown = segmentBreakdown(rows, SCHEMES, withRevenue, language);
    const firstHeading = header ? String(segmentColumn.at(0)) : COLUMN_LABELS.segment[language];
    const table = breakdownTable(breakdown, breakdown.customers, firstHeading, language);
    if (!breakdown.revenue) return table;
    const width = table[0]?.length ?? 0;
    const revenue = breakdownTable(
      breakdown,
      breakdown.revenue,
      COLUMN_LABELS.revenue[language],
      language,
    );
    return [...table, Array.from({ length: width }, () => ''), ...revenue];
  },
);

/**
 * Whether the first row is a header. Labels and groups are text, as headings are, so the first
 * row is one when its amount is a heading, or when its segment is no class label while a later
 * one is (`Tier` above `High value`). hasHeaderRow alone would take `Regular` for a heading.
 */
function hasHeader(segments: CellColumn, rowCount: number, amounts?: CellColumn): boolean {
  if (amounts) return hasHeaderRow([amounts]);
  const first = segments.at(0);
  if (!isHeadingText(first) || isClassLabel(String(first).trim(), SCHEMES)) return false;
  for (let row = 1; row < rowCount; row++) {
    const segment = segments.at(row);
    if (!isBlank(segment)) return isClassLabel(String(segment).trim(), SCHEMES);
  }
  return false;
}
