import { describe, expect, it } from 'vitest';
import { moneyColumnDoubt } from '../../src/core/money-column-check';
import { readFixture } from '../helpers/csv';

const retail = readFixture('online-retail-2010-12.csv').slice(0, 200);
const customers = readFixture('rfm-data-customer.csv').slice(0, 200);
const column = (rows: Record<string, string>[], name: string) => rows.map((row) => row[name]);

describe('moneyColumnDoubt on real data', () => {
  it('takes real money as money', () => {
    const amounts = retail.map((row) => Number(row.Quantity) * Number(row.UnitPrice));
    expect(moneyColumnDoubt({ header: 'Amount', values: amounts })).toBeNull();
    expect(moneyColumnDoubt({ header: '', values: column(retail, 'UnitPrice') })).toBeNull();
    expect(
      moneyColumnDoubt({ header: 'revenue', values: column(customers, 'revenue') }),
    ).toBeNull();
  });

  it('finds the customer column chosen as money', () => {
    const ids = column(retail, 'CustomerID');
    expect(moneyColumnDoubt({ header: '', values: ids, customers: ids })).toEqual({
      looksLike: 'customer-ids',
      evidence: 'customer-column',
    });
    expect(
      moneyColumnDoubt({ header: 'customer_id', values: column(customers, 'customer_id') }),
    ).toEqual({
      looksLike: 'customer-ids',
      evidence: 'header',
    });
    expect(
      moneyColumnDoubt({ header: 'Member No.', values: column(customers, 'customer_id') }),
    ).toEqual({
      looksLike: 'customer-ids',
      evidence: 'values',
    });
  });

  it('finds quantities chosen as money, by header or by small whole numbers', () => {
    expect(moneyColumnDoubt({ header: 'Quantity', values: column(retail, 'Quantity') })).toEqual({
      looksLike: 'quantities',
      evidence: 'header',
    });
    expect(moneyColumnDoubt({ header: '', values: column(retail, 'Quantity') })).toEqual({
      looksLike: 'quantities',
      evidence: 'values',
    });
    expect(
      moneyColumnDoubt({
        header: 'number_of_orders',
        values: column(customers, 'number_of_orders'),
      }),
    ).toEqual({ looksLike: 'quantities', evidence: 'header' });
  });

  it('believes money written with a currency, and a money header over small numbers', () => {
    expect(moneyColumnDoubt({ header: 'Quantity', values: ['¥3', 2, 1] })).toBeNull();
    expect(moneyColumnDoubt({ header: '金额', values: [1, 2, 3, 4, 5, 6] })).toBeNull();
    expect(moneyColumnDoubt({ header: 'Paid', values: [100, 250, 399, 1200, 75] })).toBeNull();
  });
});
