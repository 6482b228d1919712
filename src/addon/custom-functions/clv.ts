/**
 * This file defines =CLV: customer lifetime value by the articles' formula,
 * Σ_t (R_t − C_t) / (1 + d)^t, one customer per row, periods left to right.
 */
import { isBlank, readNumber } from '../../core/cell-value';
import { customerLifetimeValue } from '../../core/clv';
import { COLUMN_LABELS } from '../../core/labels';
import { rowsOut } from '../columns';
import { isHeaderRow } from '../header-row';
import { InputError } from '../input-error';
import { readCell } from '../read-cell';
import { defineCustomFunction, LANGUAGE_PARAMETER } from './definition';

export const CLV = defineCustomFunction(
  {
    name: 'CLV',
    summary: {
      en: 'Customer lifetime value of each row: the sum over periods t = 0..T of (revenue − cost) / (1 + discount_rate)^t.',
      zh: '客户终身价值：各期 (收入 − 成本) / (1 + 折现率)^t 之和，t = 0..T。',
    },
    parameters: [
      {
        name: 'revenues',
        type: 'B2:F',
        help: {
          en: 'Revenue per period, one customer per row, period 0 first.',
          zh: '各期收入，每行一位客户，第 0 期在最左。',
        },
      },
      {
        name: 'costs',
        type: 'G2:K',
        help: {
          en: 'Cost per period, the same shape as revenues.',
          zh: '各期成本，与收入区域形状相同。',
        },
      },
      {
        name: 'discount_rate',
        type: 'number',
        help: {
          en: 'Discount rate per period, such as 0.1 or 10%.',
          zh: '每期折现率，例如 0.1 或 10%。',
        },
      },
      LANGUAGE_PARAMETER,
    ],
    returns: { en: 'One lifetime value per row.', zh: '每行一个终身价值。' },
    example: '=CLV(B2:F, G2:K, 10%)',
  },
  (invocation) => {
    const [revenues, costs, discountRate] = invocation.args;
    const rate = readCell('discount_rate', -1, discountRate, readNumber);
    if (rate === null) throw new InputError({ kind: 'blank-value' }, { argument: 'discount_rate' });
    if (!(rate > -1))
      throw new InputError(
        { kind: 'not-a-rate' },
        { argument: 'discount_rate', value: discountRate },
      );
    const revenueRows = matrix(revenues);
    const costRows = matrix(costs);
    const periods = revenueRows[0]?.length ?? 0;
    const costPeriods = costRows[0]?.length ?? 0;
    if (costPeriods !== periods) {
      throw new InputError(
        {
          kind: 'period-mismatch',
          otherArgument: 'revenues',
          columns: costPeriods,
          otherColumns: periods,
        },
        { argument: 'costs' },
      );
    }
    const rowCount = Math.max(revenueRows.length, costRows.length);
    const header = isHeaderRow([], [...(revenueRows[0] ?? []), ...(costRows[0] ?? [])]);
    const filled: number[] = [];
    const values: number[] = [];
    for (let row = header ? 1 : 0; row < rowCount; row++) {
      const revenueCells = revenueRows[row];
      const costCells = costRows[row];
      if ((revenueCells ?? []).every(isBlank) && (costCells ?? []).every(isBlank)) continue;
      if (!revenueCells || !costCells) {
        const [argument, other, otherRows] = revenueCells
          ? ['revenues', 'costs', costRows.length]
          : ['costs', 'revenues', revenueRows.length];
        throw new InputError(
          { kind: 'beyond-other-range', otherArgument: other, otherRows },
          {
            argument,
            row: row + 1,
            value: (revenueCells ?? costCells ?? []).find((cell) => !isBlank(cell)),
          },
        );
      }
      const periodValues = (argument: string, cells: readonly unknown[]) =>
        cells.map((cell, column) => readCell(argument, row, cell, readNumber, column) ?? 0);
      const value = customerLifetimeValue(
        periodValues('revenues', revenueCells),
        periodValues('costs', costCells),
        rate,
      );
      if (!Number.isFinite(value))
        throw new InputError({ kind: 'result-too-large' }, { argument: 'revenues', row: row + 1 });
      filled.push(row);
      values.push(value);
    }
    return rowsOut(
      rowCount,
      filled,
      values,
      header ? COLUMN_LABELS.lifetimeValue[invocation.language] : undefined,
    );
  },
);

/** A range as rows of cells; a bare value is a 1×1 range. */
function matrix(value: unknown): unknown[][] {
  if (!Array.isArray(value)) return [[value]];
  return value.map((row: unknown) => (Array.isArray(row) ? row : [row]));
}
