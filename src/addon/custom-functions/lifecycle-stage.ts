/**
 * This file defines =LIFECYCLE_STAGE: where each customer stands — new, active, at risk, dormant
 * (沉睡) or churned — judged by the days since their last purchase against their own usual gap
 * between purchases and the churn window.
 */

import { isBlank, readCivilDay, readCount } from '../../core/cell-value';
import { DEFAULT_CHURN_DAYS } from '../../core/customer-tier';
import { COLUMN_LABELS } from '../../core/labels';
import { lifecycleStage, type PurchaseSpan } from '../../core/lifecycle';
import { classLabels } from '../../core/models';
import { asOfDay, type LatestPurchase } from '../as-of';
import { alignedColumns, BLANK_COLUMN, hasHeaderRow, rowsOut } from '../columns';
import { InputError } from '../input-error';
import { numberOption } from '../options';
import { readCell } from '../read-cell';
import { defineCustomFunction, LANGUAGE_PARAMETER } from './definition';
import { AS_OF, FREQUENCY } from './measure-parameters';

export const LIFECYCLE_STAGE = defineCustomFunction(
  {
    name: 'LIFECYCLE_STAGE',
    summary: {
      en: "Each customer's lifecycle stage: New (first purchase within 30 days), Active, At risk, Dormant or Churned, by the days since the last purchase against their usual gap between purchases and the churn window.",
      zh: '每位客户的生命周期阶段：新客户（30 天内首次购买）、活跃、预流失、沉睡或流失，依据距最近一次购买的天数与其平常购买间隔及流失期限的比较。',
    },
    parameters: [
      {
        name: 'first_purchase',
        type: 'A2:A',
        help: { en: 'The date of each customer’s first purchase.', zh: '每位客户首次购买的日期。' },
      },
      {
        name: 'last_purchase',
        type: 'B2:B',
        help: {
          en: 'The date of each customer’s last purchase.',
          zh: '每位客户最近一次购买的日期。',
        },
      },
      { ...FREQUENCY, type: 'C2:C' },
      AS_OF,
      {
        name: 'churn_days',
        type: 'number',
        optional: true,
        help: {
          en: `Days without a purchase after which a customer has churned (default ${DEFAULT_CHURN_DAYS}).`,
          zh: `超过多少天未购买即视为流失（默认 ${DEFAULT_CHURN_DAYS}）。`,
        },
      },
      LANGUAGE_PARAMETER,
    ],
    returns: { en: 'One stage per row.', zh: '每行一个阶段。' },
    example: '=LIFECYCLE_STAGE(B2:B, C2:C, D2:D, DATE(2024, 12, 31))',
  },
  ({ args: [firsts, lasts, frequencies, asOf, churnDays], language, sheet }) => {
    const churnWindow = numberOption('churn_days', churnDays, 'churn-days', DEFAULT_CHURN_DAYS);
    const { rowCount, cells } = alignedColumns([
      { argument: 'first_purchase', value: firsts },
      { argument: 'last_purchase', value: lasts },
      { argument: 'frequency', value: frequencies },
    ]);
    const [firstCells = BLANK_COLUMN, lastCells = BLANK_COLUMN, frequencyCells = BLANK_COLUMN] =
      cells;
    const header = hasHeaderRow(cells);
    const dateOptions = {
      zoneOffset: sheet.zoneOffset,
      dayFirst: sheet.dayFirst,
      serialNumbers: true,
    };
    const readDay = (cell: unknown) => readCivilDay(cell, dateOptions);
    const filledRows: number[] = [];
    const spans: PurchaseSpan[] = [];
    let latest: LatestPurchase = { day: -Infinity, argument: 'last_purchase', row: -1 };
    for (let row = header ? 1 : 0; row < rowCount; row++) {
      const cellsOfRow = [firstCells.at(row), lastCells.at(row), frequencyCells.at(row)];
      if (cellsOfRow.every(isBlank)) continue;
      const [firstCell, lastCell, frequencyCell] = cellsOfRow;
      const place = (argument: string, value: unknown) => ({ argument, row: row + 1, value });
      const orders = readCell('frequency', row, frequencyCell, readCount) ?? 0;
      if (orders < 0) throw new InputError({ kind: 'negative' }, place('frequency', frequencyCell));
      if (!Number.isInteger(orders))
        throw new InputError({ kind: 'not-whole' }, place('frequency', frequencyCell));
      const first = readCell('first_purchase', row, firstCell, readDay);
      const last = readCell('last_purchase', row, lastCell, readDay);
      if (orders > 0 && first === null)
        throw new InputError({ kind: 'blank-value' }, place('first_purchase', firstCell));
      if (orders > 0 && last === null)
        throw new InputError({ kind: 'blank-value' }, place('last_purchase', lastCell));
      if (first !== null && last !== null && last < first)
        throw new InputError({ kind: 'last-before-first' }, place('last_purchase', lastCell));
      if (orders > 0 && (last as number) > latest.day)
        latest = { day: last as number, argument: 'last_purchase', row };
      filledRows.push(row);
      spans.push(
        orders > 0
          ? { firstPurchaseDay: first, lastPurchaseDay: last, frequency: orders }
          : { firstPurchaseDay: null, lastPurchaseDay: null, frequency: 0 },
      );
    }
    // with prospects only there is no purchase to count days to, nor any need for them
    const day = latest.day > -Infinity || !isBlank(asOf) ? asOfDay(asOf, latest, sheet) : 0;
    const stages = spans.map((span) => lifecycleStage(span, day, { churnDays: churnWindow }));
    const heading = header ? COLUMN_LABELS.lifecycleStage[language] : undefined;
    return rowsOut(rowCount, filledRows, classLabels('lifecycle', stages, language), heading);
  },
);
