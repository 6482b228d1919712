/**
 * This file defines =RFM_TABLE: from a transaction log (customer, date, amount, maybe order id
 * per row), one row per customer with the last purchase, recency, frequency, monetary, the R, F
 * and M scores, the RFM code, the segment and the tier, under a header row.
 */
import { tableOfCells } from '../sheet-input/cells-table';
import { rfmTableRows } from '../sheet-input/rfm-table-rows';
import { defineCustomFunction, LANGUAGE_PARAMETER } from './definition';
import { AS_OF, BREAKS_PARAMETERS, measureBreaks } from './measure-parameters';

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
      ...BREAKS_PARAMETERS,
      LANGUAGE_PARAMETER,
    ],
    returns: {
      en: 'A table with a header row and one row per customer, in order of first appearance.',
      zh: '带标题行的表格，每位客户一行，按首次出现的顺序。',
    },
    example: '=RFM_TABLE(A2:A, B2:B, C2:C, DATE(2024, 12, 31), D2:D)',
  },
  ({
    args: [
      customers,
      dates,
      amounts,
      asOf,
      orderIds,
      recencyBreaks,
      frequencyBreaks,
      monetaryBreaks,
    ],
    language,
    sheet,
  }) => {
    const breaks = measureBreaks(recencyBreaks, frequencyBreaks, monetaryBreaks);
    // summarized as the cells are read: no column per row (see tableOfCells)
    const { table, ...customerCells } = tableOfCells(
      customers,
      dates,
      amounts,
      orderIds,
      asOf,
      sheet,
      { breaks },
    );
    return rfmTableRows(customerCells, table, language, sheet);
  },
);
