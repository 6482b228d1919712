/**
 * This file defines =ABC_CLASS: Pareto classes A, B and C by money spent.
 */
import { abcClasses, DEFAULT_A_SHARE, DEFAULT_B_SHARE } from '../../core/abc-class';
import { readNumber } from '../../core/cell-value';
import { COLUMN_LABELS } from '../../core/labels';
import { alignedColumns, filledRowIndexes, hasHeaderRow, rowsOut } from '../columns';
import { InputError } from '../input-error';
import { numberOption } from '../options';
import { readCell } from '../read-cell';
import { defineCustomFunction, LANGUAGE_PARAMETER } from './definition';
import { MONETARY } from './measure-parameters';

export const ABC_CLASS = defineCustomFunction(
  {
    name: 'ABC_CLASS',
    summary: {
      en: 'ABC class of each customer by money spent: A while the revenue share of bigger customers is below a_share, B while below b_share, else C.',
      zh: 'ABC 分类：按金额从高到低排序，之前客户的收入占比低于 a_share 为 A，低于 b_share 为 B，其余为 C。',
    },
    parameters: [
      MONETARY,
      {
        name: 'a_share',
        type: 'number',
        optional: true,
        help: {
          en: `Revenue share of class A (default ${DEFAULT_A_SHARE}).`,
          zh: `A 类的收入占比（默认 ${DEFAULT_A_SHARE}）。`,
        },
      },
      {
        name: 'b_share',
        type: 'number',
        optional: true,
        help: {
          en: `Revenue share of classes A and B together (default ${DEFAULT_B_SHARE}).`,
          zh: `A、B 两类合计的收入占比（默认 ${DEFAULT_B_SHARE}）。`,
        },
      },
      LANGUAGE_PARAMETER,
    ],
    returns: { en: 'A, B or C per row.', zh: '每行一个 A、B 或 C。' },
    example: '=ABC_CLASS(D2:D, 80%, 95%)',
  },
  (invocation) => {
    const [monetary, aShare, bShare] = invocation.args;
    const options = {
      aShare: numberOption('a_share', aShare, 'share', DEFAULT_A_SHARE),
      bShare: numberOption('b_share', bShare, 'share', DEFAULT_B_SHARE),
    };
    if (options.bShare < options.aShare) {
      throw new InputError({ kind: 'shares-out-of-order' }, { argument: 'b_share', value: bShare });
    }
    const columns = alignedColumns([{ argument: 'monetary', value: monetary }]);
    const header = hasHeaderRow(columns.cells);
    const rows = filledRowIndexes(columns, header ? 1 : 0);
    const amounts = rows.map(
      (row) => readCell('monetary', row, columns.cells[0]?.at(row), readNumber) as number,
    );
    const heading = header ? COLUMN_LABELS.abcClass[invocation.language] : undefined;
    return rowsOut(columns.rowCount, rows, abcClasses(amounts, options), heading);
  },
);
