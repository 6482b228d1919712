/**
 * This file defines the roles a sheet column can play for RFM, the two input shapes they make up
 * (docs/domain.md §1) and the rule that tells which shape a set of roles is.
 */

export const COLUMN_ROLES = [
  'customer',
  'order-date',
  'amount',
  'order-id',
  'quantity',
  'unit-price',
  'last-purchase',
  'recency-days',
  'frequency',
  'monetary',
  'first-purchase',
  'group',
  'email',
  'name',
] as const;
export type ColumnRole = (typeof COLUMN_ROLES)[number];

/** What each role is called, in the column mapping and in the messages about it. */
export const ROLE_LABELS: Readonly<Record<ColumnRole, Readonly<Record<'en' | 'zh', string>>>> = {
  customer: { en: 'Customer', zh: '客户' },
  'order-date': { en: 'Order date', zh: '订单日期' },
  amount: { en: 'Amount', zh: '金额' },
  'order-id': { en: 'Order number', zh: '订单号' },
  quantity: { en: 'Quantity', zh: '数量' },
  'unit-price': { en: 'Unit price', zh: '单价' },
  'last-purchase': { en: 'Last purchase date', zh: '最近购买日期' },
  'recency-days': { en: 'Days since last purchase', zh: '距最近购买天数' },
  frequency: { en: 'Number of orders', zh: '购买次数' },
  monetary: { en: 'Money spent', zh: '消费金额' },
  'first-purchase': { en: 'First purchase date', zh: '首次购买日期' },
  group: { en: 'Group by (region, rep…)', zh: '分组（地区、销售代表等）' },
  email: { en: 'Email', zh: '邮箱' },
  name: { en: 'Name', zh: '姓名' },
};

/**
 * Roles several columns may play at once: a sheet may be broken down by region and by sales rep.
 * Every other role belongs to one column.
 */
export function isSharedRole(role: ColumnRole | null): boolean {
  return role === 'group';
}

/** The role labels of one language. */
export function roleLabels(language: 'en' | 'zh'): Readonly<Record<ColumnRole, string>> {
  return Object.fromEntries(
    COLUMN_ROLES.map((role) => [role, ROLE_LABELS[role][language]]),
  ) as Record<ColumnRole, string>;
}

export const SHAPES = ['transactions', 'customers'] as const;
/** A transaction log (one row per order line) or a customer table (one row per customer). */
export type Shape = (typeof SHAPES)[number];

/**
 * A transaction's role and the customer-table role that says the same of a customer. Headers
 * such as "date", "revenue" or "金额" fit both, and values cannot tell them apart, so the shape
 * decides which of the pair a column is.
 */
const COUNTERPARTS = [
  ['order-date', 'last-purchase'],
  ['amount', 'monetary'],
  ['quantity', 'frequency'],
] as const satisfies readonly (readonly [ColumnRole, ColumnRole])[];

const COUNTERPART_IN: Readonly<Record<Shape, ReadonlyMap<ColumnRole, ColumnRole>>> = {
  transactions: new Map(COUNTERPARTS.map(([transaction, customer]) => [customer, transaction])),
  customers: new Map(COUNTERPARTS.map(([transaction, customer]) => [transaction, customer])),
};

/**
 * The roles a shape still needs, one per unmet requirement; empty when the shape is complete.
 * - A transaction log needs a customer, an order date and an amount (or a quantity and a unit
 *   price). An order number is never needed: without one, each line with a positive amount is
 *   an order.
 * - A customer table needs a customer, a last purchase date (or days since it), a frequency
 *   and a monetary value: RFM scores need all three measures. A first purchase date is optional:
 *   only the predictions of purchase days read it (model-needs.ts).
 */
export function missingRoles(shape: Shape, roles: ReadonlySet<ColumnRole | null>): ColumnRole[] {
  const requirements: readonly (readonly [met: boolean, role: ColumnRole])[] =
    shape === 'transactions'
      ? [
          [roles.has('customer'), 'customer'],
          [roles.has('order-date'), 'order-date'],
          [roles.has('amount') || (roles.has('quantity') && roles.has('unit-price')), 'amount'],
        ]
      : [
          [roles.has('customer'), 'customer'],
          [roles.has('last-purchase') || roles.has('recency-days'), 'last-purchase'],
          [roles.has('frequency'), 'frequency'],
          [roles.has('monetary'), 'monetary'],
        ];
  return requirements.filter(([met]) => !met).map(([, role]) => role);
}

/**
 * The roles read as a shape would: each role of the other shape becomes its counterpart in
 * this one (a customer table's "revenue" is its monetary value), unless a column already
 * plays that counterpart.
 */
export function rolesInShape(
  shape: Shape,
  roles: readonly (ColumnRole | null)[],
): (ColumnRole | null)[] {
  const present = new Set(roles);
  return roles.map((role) => {
    const counterpart = role === null ? undefined : COUNTERPART_IN[shape].get(role);
    return counterpart === undefined || present.has(counterpart) ? role : counterpart;
  });
}

/**
 * The shape the roles make, or `null` when neither is complete. Where the columns fit both
 * shapes (a date and an amount are also a customer's last purchase and money spent), a log
 * shows itself by a customer who appears twice or by an order-number column; lacking that
 * sign, the customer table's reading wins. So, in this order: a shape complete with the roles as
 * found (the log only with that sign; the log first), a shape complete once counterparts are
 * read its way (likewise), and last a log without the sign — a log whose customers each bought
 * once is still a log, and its order numbers are optional.
 *
 * @param customerRepeats whether some customer appears in more than one row
 */
export function shapeOfRoles(
  roles: readonly (ColumnRole | null)[],
  customerRepeats: boolean,
): Shape | null {
  const logShown = customerRepeats || roles.includes('order-id');
  const isComplete = (shape: Shape, candidate: readonly (ColumnRole | null)[], sign: boolean) =>
    missingRoles(shape, new Set(candidate)).length === 0 && (shape === 'customers' || sign);
  const find = (sign: boolean) =>
    SHAPES.find((shape) => isComplete(shape, roles, sign)) ??
    SHAPES.find((shape) => isComplete(shape, rolesInShape(shape, roles), sign));
  return find(logShown) ?? find(true) ?? null;
}
