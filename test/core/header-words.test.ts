import { describe, expect, it } from 'vitest';
import { HEADER_WORDS, matchHeader, normalizeHeader } from '../../src/core/header-words';

const roleOf = (header: string) => matchHeader(header)?.role;

describe('normalizeHeader', () => {
  it.each([
    ['金额（元）', '金额'],
    ['Amount ($)', 'amount'],
    ['Recency (days)', 'recency'],
    ['最近一次消费 (天)', '最近一次消费'],
    ['Price [GBP]', 'price'],
    ['单价【元】', '单价'],
    ['  Customer_ID ', 'customerid'],
    ['ORDER-DATE', 'orderdate'],
    ['Invoice No.', 'invoiceno'],
    ['客户ＩＤ', '客户id'],
    ['Order #', 'order'],
  ])('reads %j as %j', (header, normalized) => {
    expect(normalizeHeader(header)).toBe(normalized);
  });
});

describe('matchHeader', () => {
  it('matches every word of the vocabulary exactly to its own role, each word listed once', () => {
    const seen = new Map<string, unknown>();
    for (const { role, words, wholeHeaderOnly = [] } of HEADER_WORDS) {
      for (const word of [...words, ...wholeHeaderOnly]) {
        const normalized = normalizeHeader(word);
        expect(seen.has(normalized), `${word} listed twice`).toBe(false);
        seen.set(normalized, role);
        expect(matchHeader(word), word).toMatchObject({ role, exact: true });
      }
    }
  });

  it.each([
    // English and Chinese, from docs/domain.md §6 and common variants
    ['Customer', 'customer'],
    ['Client', 'customer'],
    ['Customer ID', 'customer'],
    ['客户编号', 'customer'],
    ['Customer No.', 'customer'],
    ['会员', 'customer'],
    ['Order Date', 'order-date'],
    ['下单时间', 'order-date'],
    ['交易日期', 'order-date'],
    ['Last Purchase', 'last-purchase'],
    ['最近购买日期', 'last-purchase'],
    ['最后购买时间', 'last-purchase'],
    ['First order date', 'first-purchase'],
    ['首次购买日期', 'first-purchase'],
    ['Sales', 'amount'],
    ['实付金额', 'amount'],
    ['QTY', 'quantity'],
    ['数量', 'quantity'],
    ['Unit Price', 'unit-price'],
    ['单价', 'unit-price'],
    ['Invoice', 'order-id'],
    ['订单编号', 'order-id'],
    ['Orders', 'frequency'],
    ['购买次数', 'frequency'],
    ['Recency (days)', 'recency-days'],
    ['最近一次消费（天）', 'recency-days'],
    ['距今天数', 'recency-days'],
    ['Total Spent', 'monetary'],
    ['累计消费', 'monetary'],
    ['地理位置', 'group'],
    ['行业类型', 'group'],
    ['公司规模', 'group'],
    // e-mail and name, beside the customer (column-detection.ts decides which is the customer)
    ['Email', 'email'],
    ['E-mail', 'email'],
    ['E-Mail Address', 'email'],
    ['Mail', 'email'],
    ['邮箱', 'email'],
    ['电子邮件', 'email'],
    ['联系人邮箱', 'email'],
    ['Name', 'name'],
    ['Customer Name', 'name'],
    ['Full Name', 'name'],
    ['Contact', 'name'],
    ['姓名', 'name'],
    ['客户名称', 'name'],
    ['联系人', 'name'],
    ['名称', 'name'],
    // never a name or an e-mail
    ['Contact Number', null],
    ['联系电话', null],
    ['Mailing List', undefined],
    ['产品名称', null],
    // words inside longer headers
    ['Customer Full Name', 'name'],
    ['付款金额', 'amount'],
    ['Purchase Qty', 'quantity'],
    ['商品单价', 'unit-price'],
    // the word ending the header names the thing
    ['Invoice Amount', 'amount'],
    ['订单金额', 'amount'],
    ['客户等级', null],
    ['Sales Region', 'group'],
    ['累计消费金额', 'monetary'],
    // then the longer word: orders is a frequency, order an id
    ['Number of Orders Placed', 'frequency'],
    ['Total Orders', 'frequency'],
  ])('reads %j as %j', (header, role) => {
    expect(roleOf(header)).toBe(role);
  });

  it('prefers the whole header to a word inside it', () => {
    expect(matchHeader('Customer ID')).toMatchObject({ role: 'customer', exact: true });
    expect(matchHeader('Customer Since')).toMatchObject({ role: 'customer', exact: false });
    const exact = matchHeader('消费金额');
    const inside = matchHeader('累计消费金额');
    expect(exact?.strength).toBeGreaterThan(inside?.strength ?? Number.POSITIVE_INFINITY);
  });

  it('counts general words only as the whole header', () => {
    expect(roleOf('Order')).toBe('order-id');
    expect(roleOf('Order Count')).toBe('frequency');
    expect(roleOf('Name')).toBe('name');
    expect(roleOf('Product Name')).toBe(null);
    expect(roleOf('Average')).toBeUndefined();
  });

  it('finds nothing in unknown, blank or bracket-only headers', () => {
    expect(matchHeader('Kunde')).toBeNull();
    expect(matchHeader('')).toBeNull();
    expect(matchHeader('   ')).toBeNull();
    expect(matchHeader('(元)')).toBeNull();
  });
});
