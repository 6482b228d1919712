/**
 * This file defines =RFM_TABLE: from a transaction log (customer, date, amount, maybe order id
 * per row), one row per customer with the last purchase, recency, frequency, monetary, the R, F
 * and M scores, the RFM code, the segment and the tier, under a header row.
 */
import { isBlank, isDateObject, readCivilDay, readNumber } from '../../core/cell-value';
import { instantOfCivilDay } from '../../core/civil-day';
import { customerTiers } from '../../core/customer-tier';
import { type Language, RFM_TABLE_HEADER, SEGMENT_LABELS, TIER_LABELS } from '../../core/labels';
import { rfmScores } from '../../core/rfm-score';
import { rfmSegment } from '../../core/rfm-segment';
import { summarizeTransactions } from '../../core/transactions';
import { asOfDay, type LatestPurchase } from '../as-of';
import { alignedColumns } from '../columns';
import { InputError } from '../input-error';
import { skippedRowsNote } from '../messages';
import { readCell } from '../read-cell';
import type { SheetSettings } from '../sheet-settings';
import { defineCustomFunction, LANGUAGE_PARAMETER } from './definition';
import { AS_OF } from './measure-parameters';

export const RFM_TABLE = defineCustomFunction(
  {
    name: 'RFM_TABLE',
    summary: {
      en: 'From a transaction log, one row per customer: last purchase, recency, frequency, monetary, R, F, M, RFM code, segment and tier, under a header.',
      zh: '由交易明细生成每位客户一行的 RFM 表：最近购买日期、最近一次消费天数、频率、金额、R、F、M、RFM 代码、客户细分和客户层级。',
    },
    parameters: [
      {
        name: 'customers',
        type: 'A2:A',
        help: { en: 'The customer of each transaction.', zh: '每笔交易的客户。' },
      },
      {
        name: 'dates',
        type: 'B2:B',
        help: {
          en: 'The date of each transaction (date cells, text or serial numbers).',
          zh: '每笔交易的日期。',
        },
      },
      {
        name: 'amounts',
        type: 'C2:C',
        help: {
          en: 'The amount of each transaction; negative amounts are returns.',
          zh: '每笔交易的金额，负数为退货。',
        },
      },
      {
        ...AS_OF,
        help: {
          en: 'The date recency is counted to; by default the latest purchase.',
          zh: '计算最近一次消费天数的截止日期；默认为最近一次购买日期。',
        },
      },
      {
        name: 'order_ids',
        type: 'D2:D',
        optional: true,
        help: {
          en: 'Order or invoice ids: frequency then counts distinct orders, not rows.',
          zh: '订单号：给出时频率按不同订单计数，而非按行。',
        },
      },
      LANGUAGE_PARAMETER,
    ],
    returns: {
      en: 'A table with a header row and one row per customer, in order of first appearance.',
      zh: '带表头的表格，每位客户一行，按首次出现的顺序。',
    },
    example: '=RFM_TABLE(A2:A, B2:B, C2:C, DATE(2024, 12, 31), D2:D)',
  },
  ({ args: [customers, dates, amounts, asOf, orderIds], language, sheet }) => {
    const log = readLog(customers, dates, amounts, orderIds, sheet);
    const summaries = summarizeTransactions(log);
    const until = asOfDay(asOf, log.latest, sheet);
    const recencyDays = summaries.lastPurchaseDays.map((day) =>
      day === null ? null : until - day,
    );
    const measures = { recencyDays, frequency: summaries.frequency, monetary: summaries.monetary };
    const scores = rfmScores(measures);
    const tiers = customerTiers(measures);
    const table: unknown[][] = [RFM_TABLE_HEADER.map((label) => label[language])];
    summaries.keys.forEach((_, i) => {
      const lastDay = summaries.lastPurchaseDays[i] ?? null;
      const [r, f, m] = [scores.recency[i], scores.frequency[i], scores.monetary[i]] as [
        number,
        number,
        number,
      ];
      table.push([
        log.customerCells[summaries.firstRows[i] as number],
        lastDay === null ? '' : new Date(instantOfCivilDay(lastDay, sheet.zoneOffset)),
        recencyDays[i] ?? '',
        summaries.frequency[i],
        summaries.monetary[i],
        r,
        f,
        m,
        scores.codes[i],
        SEGMENT_LABELS[rfmSegment(r, f, m)][language],
        TIER_LABELS[tiers[i] as keyof typeof TIER_LABELS][language],
      ]);
    });
    if (summaries.skippedRows > 0) table.push(noteRow(summaries.skippedRows, language));
    return table;
  },
);

interface TransactionLog {
  readonly customerKeys: (string | null)[];
  /** The customer cell of each row, to show customers as the sheet wrote them. */
  readonly customerCells: unknown[];
  readonly days: number[];
  readonly amounts: number[];
  readonly orderIds?: (string | null)[];
  readonly latest: LatestPurchase;
}

/** Reads the log's rows, leaving out rows blank in every column. */
function readLog(
  customers: unknown,
  dates: unknown,
  amounts: unknown,
  orderIds: unknown,
  sheet: SheetSettings,
): TransactionLog {
  const withOrders = !isBlank(orderIds);
  const { rowCount, cells } = alignedColumns([
    { argument: 'customers', value: customers },
    { argument: 'dates', value: dates },
    { argument: 'amounts', value: amounts },
    ...(withOrders ? [{ argument: 'order_ids', value: orderIds }] : []),
  ]);
  const [customerColumn = [], dateColumn = [], amountColumn = [], orderColumn = []] = cells;
  const dateOptions = {
    zoneOffset: sheet.zoneOffset,
    dayFirst: sheet.dayFirst,
    serialNumbers: true,
  };
  const readDay = (cell: unknown) => readCivilDay(cell, dateOptions);
  const log = {
    customerKeys: [] as (string | null)[],
    customerCells: [] as unknown[],
    days: [] as number[],
    amounts: [] as number[],
    orderIds: withOrders ? ([] as (string | null)[]) : undefined,
    latest: { day: -Infinity, argument: 'dates', row: -1 },
  };
  for (let row = 0; row < rowCount; row++) {
    const customer = customerColumn[row];
    const date = dateColumn[row];
    const amountCell = amountColumn[row];
    const order = orderColumn[row];
    const noCustomer = isBlank(customer);
    if (noCustomer && isBlank(date) && isBlank(amountCell) && isBlank(order)) continue;
    const day = noCustomer ? null : readCell('dates', row, date, readDay);
    if (!noCustomer && day === null)
      throw new InputError({ kind: 'blank-value' }, { argument: 'dates', row: row + 1 });
    const amount = noCustomer ? 0 : (readCell('amounts', row, amountCell, readNumber) ?? 0);
    log.customerKeys.push(noCustomer ? null : keyOf(customer));
    log.customerCells.push(typeof customer === 'string' ? customer.trim() : customer);
    log.days.push(day ?? 0);
    log.amounts.push(amount);
    log.orderIds?.push(isBlank(order) ? null : keyOf(order));
    if (day !== null && amount > 0 && day > log.latest.day)
      log.latest = { day, argument: 'dates', row };
  }
  return log;
}

/** Equal for cells that name the same customer or order: 17850 and "17850" alike. */
function keyOf(cell: unknown): string {
  if (typeof cell === 'string') return cell.trim();
  if (isDateObject(cell)) return String(cell.getTime());
  return String(cell);
}

function noteRow(skippedRows: number, language: Language): unknown[] {
  const row: unknown[] = new Array(RFM_TABLE_HEADER.length).fill('');
  row[0] = skippedRowsNote(skippedRows, language);
  return row;
}
