import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type ColumnDetection, detectColumns } from '../../src/core/column-detection';
import { HEADER_WORDS } from '../../src/core/header-words';
import { readFixtureRows } from '../helpers/csv';

const rolesOf = (detection: ColumnDetection) => detection.columns.map(({ role }) => role);
const day = (date: number) => new Date(2024, 2, date);

describe('detectColumns: headers', () => {
  it('reads English headers of a transaction log', () => {
    const detection = detectColumns([
      ['Customer', 'Order Date', 'Amount', 'Region'],
      ['Ann', day(5), 12.5, 'North'],
      ['Bob', day(6), 8, 'South'],
      ['Ann', day(9), 20, 'North'],
    ]);
    expect(detection.headerRow).toBe(0);
    expect(detection.shape).toBe('transactions');
    expect(detection.columns).toEqual([
      { index: 0, header: 'Customer', role: 'customer', source: 'header', confidence: 'high' },
      { index: 1, header: 'Order Date', role: 'order-date', source: 'header', confidence: 'high' },
      { index: 2, header: 'Amount', role: 'amount', source: 'header', confidence: 'high' },
      { index: 3, header: 'Region', role: 'group', source: 'header', confidence: 'high' },
    ]);
    expect(detection.missing.transactions).toEqual([]);
  });

  it('reads Chinese headers, returning them as typed', () => {
    const detection = detectColumns([
      ['客户名称', '下单时间', '金额（元）', '订单号'],
      ['张三', '2024-03-05', '¥1,200', 'A-1'],
      ['李四', '2024/3/6', '88.5', 'A-2'],
    ]);
    expect(detection.shape).toBe('transactions');
    expect(rolesOf(detection)).toEqual(['customer', 'order-date', 'amount', 'order-id']);
    expect(detection.columns.map(({ header }) => header)).toEqual([
      '客户名称',
      '下单时间',
      '金额（元）',
      '订单号',
    ]);
  });

  it('ignores case, spacing, underscores and units', () => {
    const detection = detectColumns([
      ['  CUSTOMER_name ', 'last-purchase', 'Recency (days)', 'ORDERS', 'Total  Spent ($)'],
      ['Ann', day(5), 27, 3, '$120.50'],
      ['Bob', day(6), 26, 1, '$8.00'],
    ]);
    expect(rolesOf(detection)).toEqual([
      'customer',
      'last-purchase',
      'recency-days',
      'frequency',
      'monetary',
    ]);
    expect(detection.columns[0]?.header).toBe('CUSTOMER_name');
    expect(detection.shape).toBe('customers');
  });

  it('says how sure it is: exact header, word in the header, values', () => {
    const detection = detectColumns([
      ['Customer Full Name', 'Date', ''],
      ['Ann', day(5), 12.5],
      ['Ann', day(6), 8.25],
    ]);
    expect(detection.columns.map(({ source, confidence }) => [source, confidence])).toEqual([
      ['header', 'medium'],
      ['header', 'high'],
      ['values', 'low'],
    ]);
  });

  it('returns header text as plain strings, never interpreted', () => {
    const detection = detectColumns(
      [
        ['<b>Customer</b>', 2024, ' Amount '],
        ['Ann', 1, 12.5],
      ],
      { headerRow: 0 },
    );
    expect(detection.columns.map(({ header }) => header)).toEqual([
      '<b>Customer</b>',
      '2024',
      'Amount',
    ]);
  });
});

describe('detectColumns: the header row', () => {
  it('skips a title row and a blank row above the headers', () => {
    const detection = detectColumns([
      ['2024年客户订单明细', '', '', ''],
      ['', '', '', ''],
      ['客户名称', '下单时间', '金额（元）', '订单号'],
      ['张三', '2024-03-05', '1200', 'A-1'],
    ]);
    expect(detection.headerRow).toBe(2);
    expect(rolesOf(detection)).toEqual(['customer', 'order-date', 'amount', 'order-id']);
    expect(detection.shape).toBe('transactions');
  });

  it('takes a row of unknown headings above values as the header row', () => {
    const detection = detectColumns([
      ['Kunde', 'Datum', 'Betrag'],
      ['Anna', day(5), 12.5],
      ['Anna', day(6), 7.25],
    ]);
    expect(detection.headerRow).toBe(0);
    expect(detection.columns.map(({ header, role, source }) => [header, role, source])).toEqual([
      ['Kunde', 'customer', 'values'],
      ['Datum', 'order-date', 'values'],
      ['Betrag', 'amount', 'values'],
    ]);
  });

  it('does not take a row of data for headers, even with a header word in it', () => {
    // 80 % of a header row is heading text; this row's is half
    expect(detectColumns([['客户A', '华东', 12.5, day(5)]]).headerRow).toBeNull();
  });

  it('looks for the header row in the first ten rows only', () => {
    const rows = [...Array.from({ length: 10 }, (_, i) => ['note', i]), ['Customer', 'Date']];
    expect(detectColumns(rows).headerRow).toBeNull();
    expect(detectColumns(rows.slice(1)).headerRow).toBe(9);
  });

  it('takes the header row the user set', () => {
    const rows = [
      ['Customer', 'Date', 'Amount'],
      ...[5, 6, 7, 8, 9].map((date) => ['Ann', day(date), 12.5]),
    ];
    expect(detectColumns(rows).headerRow).toBe(0);
    const withoutHeader = detectColumns(rows, { headerRow: null });
    expect(withoutHeader.headerRow).toBeNull();
    expect(withoutHeader.columns.map(({ role, source }) => [role, source])).toEqual([
      ['customer', 'values'],
      ['order-date', 'values'],
      ['amount', 'values'],
    ]);
  });

  it('rejects a header row that is not a row index', () => {
    expect(() => detectColumns([['Customer']], { headerRow: -1 })).toThrow(RangeError);
    expect(() => detectColumns([['Customer']], { headerRow: 0.5 })).toThrow(RangeError);
  });
});

describe('detectColumns: values without headers', () => {
  it('detects a transaction log from its values', () => {
    const detection = detectColumns([
      ['Ann', day(5), 12.5, 2],
      ['Bob', '2024-03-06', 8, 1],
      ['Ann', '2024/3/9', 20.75, 3],
    ]);
    expect(detection.headerRow).toBeNull();
    expect(detection.shape).toBe('transactions');
    expect(rolesOf(detection)).toEqual(['customer', 'order-date', 'amount', 'quantity']);
    expect(
      detection.columns.every(({ header, source }) => header === '' && source === 'values'),
    ).toBe(true);
  });

  it('detects a customer table from its values, reading them its way', () => {
    const detection = detectColumns([
      ['Acme', '华东', day(5), 12, '¥50万'],
      ['Bolt', '华北', day(1), 3, '¥8万'],
      ['Core', '华东', day(2), 7, '¥12万'],
    ]);
    expect(detection.shape).toBe('customers');
    expect(rolesOf(detection)).toEqual([
      'customer',
      null,
      'last-purchase',
      'frequency',
      'monetary',
    ]);
  });

  it('takes the money column with the largest values for the amount, the smallest counts for quantity', () => {
    const detection = detectColumns([
      ['Ann', 2.5, 5.0, 3, 40],
      ['Ann', 1.25, 2.5, 2, 50],
    ]);
    expect(rolesOf(detection)).toEqual(['customer', null, 'amount', 'quantity', null]);
  });

  it('leaves ids, large whole numbers and mixed columns to the user', () => {
    const detection = detectColumns([
      ['Ann', 17850, 'x', true],
      ['Bob', 13047, 3, false],
    ]);
    expect(rolesOf(detection)).toEqual(['customer', null, null, null]);
  });
});

describe('detectColumns: the demo data sets', () => {
  it('reads the online retail log as transactions with quantity × unit price and invoice ids', () => {
    const detection = detectColumns(readFixtureRows('online-retail-2010-12.csv').slice(0, 200));
    expect(detection.headerRow).toBe(0);
    expect(detection.shape).toBe('transactions');
    expect(detection.columns.map(({ header, role }) => [header, role])).toEqual([
      ['InvoiceNo', 'order-id'],
      ['Quantity', 'quantity'],
      ['InvoiceDate', 'order-date'],
      ['UnitPrice', 'unit-price'],
      ['CustomerID', 'customer'],
    ]);
  });

  it('reads the full online retail header, with columns RFM does not use', () => {
    const detection = detectColumns([
      [
        'InvoiceNo',
        'StockCode',
        'Description',
        'Quantity',
        'InvoiceDate',
        'UnitPrice',
        'CustomerID',
        'Country',
      ],
      ['536365', '85123A', 'WHITE HANGING HEART T-LIGHT HOLDER', 6, day(1), 2.55, 17850, 'UK'],
    ]);
    expect(detection.shape).toBe('transactions');
    expect(rolesOf(detection)).toEqual([
      'order-id',
      null,
      null,
      'quantity',
      'order-date',
      'unit-price',
      'customer',
      'group',
    ]);
  });

  it('reads the rfm customer data as a customer table, its revenue as monetary', () => {
    const rows = readFixtureRows('rfm-data-customer.csv').slice(0, 200);
    expect(rows[0]).toEqual([
      'customer_id',
      'revenue',
      'most_recent_visit',
      'number_of_orders',
      'recency_days',
    ]);
    const detection = detectColumns(rows);
    expect(detection.shape).toBe('customers');
    expect(rolesOf(detection)).toEqual([
      'customer',
      'monetary',
      'last-purchase',
      'frequency',
      'recency-days',
    ]);
    expect(detection.missing.customers).toEqual([]);
  });

  it('reads the rfm order data as a transaction log', () => {
    const detection = detectColumns(readFixtureRows('rfm-data-orders.csv').slice(0, 200));
    expect(detection.shape).toBe('transactions');
    expect(rolesOf(detection)).toEqual(['customer', 'order-date', 'amount']);
  });
});

describe('detectColumns: nothing to detect', () => {
  it('finds nothing in an empty sheet', () => {
    expect(detectColumns([])).toEqual({
      headerRow: null,
      shape: null,
      columns: [],
      missing: {
        transactions: ['customer', 'order-date', 'amount'],
        customers: ['customer', 'last-purchase', 'frequency', 'monetary'],
      },
    });
  });

  it('finds no role in a sheet of flags and blanks', () => {
    const detection = detectColumns([
      [true, '', false],
      [false, '', ''],
    ]);
    expect(detection.shape).toBeNull();
    expect(detection.columns.map(({ role, source }) => [role, source])).toEqual([
      [null, 'none'],
      [null, 'none'],
      [null, 'none'],
    ]);
  });
});

describe('detectColumns: one role per column', () => {
  it('gives a role to the best header, ties to the leftmost', () => {
    const detection = detectColumns([
      ['Customer Since', 'Customer ID', 'Customer Name', '日期', 'Date'],
      [day(1), 'C1', 'Ann', day(5), day(5)],
    ]);
    expect(detection.columns.map(({ role, source }) => [role, source])).toEqual([
      [null, 'none'],
      ['customer', 'header'],
      ['name', 'header'],
      ['order-date', 'header'],
      [null, 'none'],
    ]);
  });

  it('never guesses from values a role a header took', () => {
    const detection = detectColumns([
      ['Client', '', ''],
      ['Ann', 'Bob', day(5)],
    ]);
    expect(rolesOf(detection)).toEqual(['customer', null, 'order-date']);
  });

  const words = HEADER_WORDS.flatMap(({ words }) => words);
  const cell = fc.oneof(
    fc.constantFrom('Ann', 'Bob', '', '2024-03-05', '¥12.50', '3', 17850),
    fc.double({ noNaN: true }),
  );

  it('never gives one role to two columns (but group by), whatever the headers and values', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...words, '', 'Kunde'), { minLength: 1, maxLength: 12 }),
        fc.array(fc.array(cell, { minLength: 12, maxLength: 12 }), { maxLength: 6 }),
        (headers, rows) => {
          const roles = rolesOf(detectColumns([headers, ...rows])).filter(
            (role) => role !== null && role !== 'group',
          );
          expect(new Set(roles).size).toBe(roles.length);
        },
      ),
    );
  });
});

describe('detectColumns: e-mail and name beside the customer', () => {
  it('reads a name beside a customer id as the name, and the e-mail', () => {
    const detection = detectColumns([
      ['Customer ID', 'Customer Name', 'E-mail', 'Order Date', 'Amount'],
      ['C1', 'Ann Lee', 'ann@example.com', day(5), 12.5],
      ['C1', 'Ann Lee', 'ann@example.com', day(9), 8],
    ]);
    expect(detection.shape).toBe('transactions');
    expect(rolesOf(detection)).toEqual(['customer', 'name', 'email', 'order-date', 'amount']);
  });

  it('gives the customer to the id wherever the name stands', () => {
    const detection = detectColumns([
      ['Name', 'Contact', 'Client', 'Date', 'Amount'],
      ['Ann Lee', 'Ann', 'C1', day(5), 12.5],
    ]);
    expect(rolesOf(detection).slice(0, 3)).toEqual(['name', null, 'customer']);
  });

  it('keeps a name column the customer column when no other column is', () => {
    for (const header of ['Name', 'Customer Name', '客户名称', '姓名', 'Customer Full Name']) {
      const detection = detectColumns([
        [header, 'Email', 'Order Date', 'Amount'],
        ['Ann', 'ann@example.com', day(5), 12.5],
        ['Ann', 'ann@example.com', day(9), 8],
      ]);
      expect(rolesOf(detection), header).toEqual(['customer', 'email', 'order-date', 'amount']);
    }
  });

  it('keeps a name the customer over a header that only contains a customer word', () => {
    const detection = detectColumns([
      ['Customer Since', 'Customer Name', 'Date', 'Amount'],
      [day(1), 'Ann', day(5), 12.5],
    ]);
    expect(rolesOf(detection).slice(0, 2)).toEqual([null, 'customer']);
  });

  it('reads Chinese headers of an id, a name and an e-mail', () => {
    const detection = detectColumns([
      ['客户名称', '客户编号', '邮箱', '最近购买日期', '购买次数', '消费金额'],
      ['张三', 'K001', 'zhang@example.cn', '2024-03-05', 3, 1200],
      ['李四', 'K002', 'li@example.cn', '2024-03-01', 1, 88],
    ]);
    expect(detection.shape).toBe('customers');
    expect(rolesOf(detection)).toEqual([
      'name',
      'customer',
      'email',
      'last-purchase',
      'frequency',
      'monetary',
    ]);
  });
});

describe('detectColumns: ambiguous sheets', () => {
  it('reads a date and an amount as a customer table’s when the customers do not repeat', () => {
    const detection = detectColumns([
      ['客户', '日期', '订单数', '金额'],
      ['张三', '2024-03-05', 3, 1200],
      ['李四', '2024-03-01', 1, 88],
    ]);
    expect(detection.shape).toBe('customers');
    expect(rolesOf(detection)).toEqual(['customer', 'last-purchase', 'frequency', 'monetary']);
  });

  it('reads the same columns as a transaction log when a customer repeats', () => {
    const detection = detectColumns([
      ['客户', '日期', '金额'],
      ['张三', '2024-03-05', 1200],
      ['张三', '2024-03-01', 88],
    ]);
    expect(detection.shape).toBe('transactions');
    expect(rolesOf(detection)).toEqual(['customer', 'order-date', 'amount']);
  });

  it('reads customer, date and amount as a log without order numbers when no customer repeats', () => {
    const detection = detectColumns([
      ['客户', '日期', '金额'],
      ['张三', '2024-03-05', 1200],
      ['李四', '2024-03-01', 88],
    ]);
    expect(detection.shape).toBe('transactions');
    expect(rolesOf(detection)).toEqual(['customer', 'order-date', 'amount']);
    expect(detection.missing).toEqual({ transactions: [], customers: ['frequency'] });
  });

  it('decides nothing when neither shape is complete, and says what each still needs', () => {
    const detection = detectColumns([
      ['客户', '日期', '地区'],
      ['张三', '2024-03-05', '华东'],
      ['李四', '2024-03-01', '华北'],
    ]);
    expect(detection.shape).toBeNull();
    expect(detection.missing).toEqual({
      transactions: ['amount'],
      customers: ['frequency', 'monetary'],
    });
  });

  it('keeps a customer table whose words say so even when a name repeats', () => {
    const detection = detectColumns([
      ['客户', '最近购买日期', '购买频率', '消费金额', '地区'],
      ['张三', '2024-03-05', 3, 1200, '华东'],
      ['张三', '2024-03-01', 1, 88, '华北'],
    ]);
    expect(detection.shape).toBe('customers');
  });

  it('takes quantity × unit price for the amount of a transaction log', () => {
    const detection = detectColumns([
      ['Customer', 'Date', 'Qty', 'Price'],
      ['Ann', day(5), 2, 3.5],
      ['Ann', day(6), 1, 9.99],
    ]);
    expect(detection.shape).toBe('transactions');
    expect(detection.missing.transactions).toEqual([]);
  });
});
