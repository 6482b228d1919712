/**
 * The column mapped as money is checked before a run: customer ids or quantities are refused in
 * the user's terms (the column's header and letter) with nothing written; values that only look
 * like quantities are classified with a warning.
 */
import { describe, expect, it } from 'vitest';
import type { CellValue } from '../../../dev/spreadsheet-fake/cell-input';
import { snapshot } from '../../../dev/spreadsheet-fake/snapshot';
import type { ClassifySettings } from '../../../src/addon/sidebar/api';
import { CUSTOMER_DATE_AMOUNT_TIERS, CUSTOMER_TABLE_TIERS } from '../../helpers/classify-settings';
import { thrownMessage } from '../../helpers/ranges';
import { sidebarClassify } from '../../helpers/sidebar-calls';
import { useWorkbooks } from '../../helpers/spreadsheet';

const openWorkbook = useWorkbooks();
const open = (values: CellValue[][], locale?: string) =>
  openWorkbook([{ name: 'Orders', values }], locale);

/** customer, date, amount and one more column, `D`, under `header`, holding `cell(i)`. */
function logWith(header: string, cell: (i: number) => CellValue): CellValue[][] {
  const rows: CellValue[][] = [['Customer', 'Date', 'Amount', header]];
  for (let i = 0; i < 12; i++)
    rows.push([
      10_000 + (i % 7),
      `2024-03-${String(i + 1).padStart(2, '0')}`,
      20 + i * 3.5,
      cell(i),
    ]);
  return rows;
}

/** The log's settings with column D as the amount. */
const amountInD: ClassifySettings = {
  ...CUSTOMER_DATE_AMOUNT_TIERS,
  roles: [
    { index: 0, role: 'customer' },
    { index: 1, role: 'order-date' },
    { index: 3, role: 'amount' },
  ],
};

const spreadsheetNow = () => snapshot(SpreadsheetApp.getActiveSpreadsheet());

describe('the column mapped as money', () => {
  it('is refused when it holds the customer column’s values, and nothing is written', () => {
    open(logWith('Ref', (i) => 10_000 + (i % 7)));
    const before = spreadsheetNow();
    expect(thrownMessage(() => sidebarClassify(amountInD))).toBe(
      '[remap] The column "Ref" (D) holds customer or order ids, not money: summed as money it would give tiers that mean nothing. Choose the column of amounts (if this one is money, give it a header that says so, such as "Amount").',
    );
    expect(spreadsheetNow()).toEqual(before);
  });

  it('is refused when its header names quantities, in Chinese too', () => {
    open(
      logWith('数量', (i) => (i % 4) + 1),
      'zh_CN',
    );
    expect(thrownMessage(() => sidebarClassify(amountInD))).toBe(
      '[remap] “数量”列（D）是数量，不是金额：当作金额相加得出的分层没有意义。请选择金额列（如果此列确是金额，请把标题改成“金额”之类的名称）。',
    );
  });

  it('is refused on a customer table when the orders column is mapped as monetary', () => {
    open([
      ['Customer', 'Revenue', 'Last purchase', 'Orders'],
      ...Array.from({ length: 8 }, (_, i): CellValue[] => [`C${i}`, 100 + i, '2024-03-01', i + 1]),
    ]);
    const ordersAsMoney: ClassifySettings = {
      ...CUSTOMER_TABLE_TIERS,
      roles: [
        { index: 0, role: 'customer' },
        { index: 3, role: 'monetary' },
        { index: 2, role: 'last-purchase' },
        { index: 1, role: 'frequency' },
      ],
    };
    expect(thrownMessage(() => sidebarClassify(ordersAsMoney))).toMatch(
      /^\[remap\] The column "Orders" \(D\) holds quantities, not money/,
    );
  });

  it('classifies, with a warning, when only its values look like quantities', () => {
    open(logWith('Value', (i) => (i % 3) + 1));
    const result = sidebarClassify(amountInD);
    expect(result.customers).toBe(7);
    expect(result.note).toBe(
      'Check: The column "Value" (D) looks like quantities rather than money.',
    );
  });

  it('says nothing of real money', () => {
    open(logWith('Spent', (i) => 20 + i * 3.5));
    expect(sidebarClassify(amountInD).note).toBeNull();
  });
});
