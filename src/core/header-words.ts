/**
 * This file defines the words users type in column headers (docs/domain.md §6), in English and
 * Chinese, and how a header is matched against them.
 */
import type { ColumnRole } from './column-roles';

export interface RoleWords {
  /** The role the words name; `null` for columns RFM does not use, such as region. */
  readonly role: ColumnRole | null;
  /** Words that name the role as the whole header or inside it (`客户` in `客户名称`). */
  readonly words: readonly string[];
  /** Words too general to count inside a longer header (`order` in `order count`). */
  readonly wholeHeaderOnly?: readonly string[];
}

/** The vocabulary, role by role; words are written as users type them and compared normalised. */
export const HEADER_WORDS: readonly RoleWords[] = [
  {
    role: 'customer',
    words: [
      'customer',
      'customer id',
      'customer no',
      'customer number',
      'customer code',
      'client id',
      'client',
      'buyer',
      'company',
      '客户',
      '客户ID',
      '客户编号',
      '顾客',
      '会员',
      '用户',
      '买家',
      '公司',
      '企业',
    ],
  },
  {
    role: 'order-date',
    words: [
      'date',
      'order date',
      'invoice date',
      'purchase date',
      'transaction date',
      '日期',
      '时间',
      '下单时间',
      '下单日期',
      '订单日期',
      '交易日期',
      '交易时间',
      '购买日期',
      '消费日期',
    ],
    wholeHeaderOnly: ['time', 'timestamp'],
  },
  {
    role: 'amount',
    words: [
      'amount',
      'revenue',
      'sales',
      'total',
      'total price',
      '金额',
      '购买金额',
      '销售额',
      '实付金额',
      '订单金额',
      '交易额',
      '营业额',
      '收入',
    ],
  },
  {
    role: 'order-id',
    words: [
      'order id',
      'order no',
      'order number',
      'invoice id',
      'invoice no',
      'invoice number',
      'transaction id',
      '订单号',
      '订单编号',
      '订单ID',
      '单号',
      '发票号',
      '流水号',
      '交易号',
      '交易编号',
    ],
    wholeHeaderOnly: ['order', 'invoice', 'transaction', '订单', '发票', '交易'],
  },
  { role: 'quantity', words: ['quantity', 'qty', 'units', '数量', '件数'] },
  { role: 'unit-price', words: ['unit price', 'price', '单价', '价格', '售价'] },
  {
    role: 'last-purchase',
    words: [
      'last purchase',
      'last purchase date',
      'last order',
      'last order date',
      'last visit',
      'most recent',
      'most recent purchase',
      'most recent visit',
      '最近购买',
      '最近购买日期',
      '最近一次购买',
      '最后购买',
      '最后购买时间',
      '最后购买日期',
      '上次购买',
      '最近消费',
      '最近消费时间',
      '最近消费日期',
      '最近一次消费时间',
      '最近一次消费日期',
      '最近下单',
    ],
  },
  {
    role: 'first-purchase',
    words: [
      'first purchase',
      'first purchase date',
      'first order',
      'first order date',
      'first visit',
      '首次购买',
      '首次购买日期',
      '首次购买时间',
      '首购日期',
      '首次下单',
      '首次消费',
      '首次消费日期',
      '首次消费时间',
      '第一次购买',
    ],
  },
  {
    role: 'recency-days',
    words: [
      'recency',
      'recency days',
      'days since',
      'days since last purchase',
      'days since last order',
      '最近一次消费',
      '距今天数',
      '距今',
      '未购买天数',
      '未消费天数',
    ],
  },
  {
    role: 'frequency',
    words: [
      'frequency',
      'freq',
      'orders',
      'number of orders',
      'order count',
      'purchases',
      'number of purchases',
      'purchase count',
      '购买频率',
      '订单数',
      '订单量',
      '购买次数',
      '消费次数',
      '交易次数',
      '交易笔数',
      '次数',
      '频率',
      '频次',
    ],
  },
  {
    role: 'monetary',
    words: [
      'monetary',
      'monetary value',
      'total spent',
      'total spend',
      'spent',
      'spend',
      '消费金额',
      '累计消费',
      '累计金额',
      '消费总额',
      '总消费',
    ],
  },
  {
    role: 'group',
    words: [
      'region',
      'country',
      'city',
      'province',
      'state',
      'territory',
      'industry',
      'company size',
      'sales rep',
      'sales representative',
      'salesperson',
      'account manager',
      'channel',
      '地区',
      '地理位置',
      '区域',
      '国家',
      '省份',
      '城市',
      '行业',
      '行业类型',
      '规模',
      '公司规模',
      '企业规模',
      '销售代表',
      '销售员',
      '销售人员',
      '业务员',
      '负责人',
      '客户经理',
      '渠道',
    ],
    wholeHeaderOnly: ['size', 'owner', 'rep', '销售'],
  },
  {
    role: 'email',
    words: [
      // hyphens are dropped before matching: e-mail is email
      'email',
      'email address',
      '邮箱',
      '邮箱地址',
      '电子邮箱',
      '电子邮件',
      '电子邮件地址',
      '邮件',
      '邮件地址',
    ],
    wholeHeaderOnly: ['mail'],
  },
  {
    // a name column is the customer column when no other column names the customer as surely
    // (see claimsFromHeaders in column-detection.ts)
    role: 'name',
    words: [
      'customer name',
      'client name',
      'full name',
      'contact name',
      'contact person',
      '客户名称',
      '客户姓名',
      '联系人',
      '联系人姓名',
    ],
    wholeHeaderOnly: ['name', 'contact', '姓名', '名称'],
  },
  {
    role: null,
    words: [
      'product',
      'stock code',
      'sku',
      'description',
      '产品',
      '商品',
      '品名',
      '描述',
      'note',
      'remark',
      '备注',
      'type',
      'category',
      'segment',
      'tier',
      'level',
      'grade',
      'stage',
      'status',
      '类型',
      '类别',
      '分类',
      '等级',
      '阶段',
      '状态',
      'phone',
      'address',
      'contact number',
      '联系方式',
      '电话',
      '手机',
      '地址',
      'account',
      'discount',
      '折扣',
      'gender',
      '性别',
      '年龄',
    ],
    wholeHeaderOnly: ['age'],
  },
];

/** A header matched to a word; a stronger match wins a role over a weaker one. */
export interface HeaderMatch {
  readonly role: ColumnRole | null;
  /** Whether the whole header is the word, rather than containing it. */
  readonly exact: boolean;
  readonly strength: number;
}

/**
 * A header as it is compared: NFKC (full-width `（）ＩＤ` become `()ID`), lower case, without
 * units in brackets (`金额（元）`, `Amount ($)`, `Recency [days]`) and without spaces,
 * underscores, hyphens, dots, colons, slashes or `#`.
 */
export function normalizeHeader(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\([^)]*\)|\[[^\]]*\]|【[^】]*】/g, '')
    .replace(/[\s_\-.:#/\\]+/g, '');
}

interface NormalizedWord {
  readonly role: ColumnRole | null;
  readonly word: string;
  readonly wholeHeaderOnly: boolean;
}

const NORMALIZED_WORDS: readonly NormalizedWord[] = HEADER_WORDS.flatMap(
  ({ role, words, wholeHeaderOnly = [] }) => [
    ...words.map((word) => ({ role, word: normalizeHeader(word), wholeHeaderOnly: false })),
    ...wholeHeaderOnly.map((word) => ({
      role,
      word: normalizeHeader(word),
      wholeHeaderOnly: true,
    })),
  ],
);

/**
 * The role a header names, or `null` when it holds no known word. The whole header being a word
 * is the best match; failing that, a word ending the header beats one inside it, because in
 * English and Chinese alike the last word names the thing (`invoice amount`, `客户类型`); then
 * the longer word wins (`number of orders` is a frequency, not an order id).
 */
export function matchHeader(header: string): HeaderMatch | null {
  const text = normalizeHeader(header);
  if (text === '') return null;
  let best: HeaderMatch | null = null;
  for (const { role, word, wholeHeaderOnly } of NORMALIZED_WORDS) {
    const exact = text === word;
    if (!exact && (wholeHeaderOnly || !text.includes(word))) continue;
    const strength = exact ? 3_000 : (text.endsWith(word) ? 2_000 : 1_000) + word.length;
    if (best === null || strength > best.strength) best = { role, exact, strength };
  }
  return best;
}
