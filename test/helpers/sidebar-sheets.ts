/**
 * This file defines the sheets the sidebar tests classify, as Sheets holds them: a customer table
 * from the R `rfm` package's data (dates as Date cells at local midnight) and a month of UCI
 * Online Retail as a transaction log (quantity × unit price, invoice numbers).
 */
import type { CellValue } from '../../dev/spreadsheet-fake/cell-input';
import { readFixture } from './csv';

/** Midnight of an ISO day in Asia/Shanghai, as Sheets hands a date cell there. */
export function shanghaiDay(iso: string): Date {
  return new Date(`${iso.slice(0, 10)}T00:00:00+08:00`);
}

/** customer, revenue, last visit, orders, recency days: `rows` customers under a header row. */
export function customerTableValues(rows: number): CellValue[][] {
  const customers = readFixture('rfm-data-customer.csv');
  const body: CellValue[][] = [];
  for (let i = 0; i < rows; i++) {
    const row = customers[i % customers.length] ?? {};
    body.push([
      `C${i + 1}`,
      Number(row.revenue),
      shanghaiDay(row.most_recent_visit ?? ''),
      Number(row.number_of_orders),
    ]);
  }
  return [['Customer', 'Revenue', 'Last purchase', 'Orders'], ...body];
}

/** Online Retail lines with a Chinese header row: 发票号, 数量, 下单时间, 单价, 客户ID. */
export function retailLogValues(): CellValue[][] {
  const lines = readFixture('online-retail-2010-12.csv');
  return [
    ['发票号', '数量', '下单时间', '单价', '客户ID'],
    ...lines.map((line): CellValue[] => [
      /^\d+$/.test(line.InvoiceNo ?? '') ? Number(line.InvoiceNo) : (line.InvoiceNo ?? ''),
      Number(line.Quantity),
      new Date(`${line.InvoiceDate?.replace(' ', 'T')}Z`),
      Number(line.UnitPrice),
      line.CustomerID === '' ? '' : Number(line.CustomerID),
    ]),
  ];
}
