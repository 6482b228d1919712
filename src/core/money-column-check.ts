/**
 * This file defines the check of the column chosen as money (a log's amount, a customer table's
 * monetary value) for the two usual slips: a column of customer ids, or of quantities (numbers
 * of items or orders). Both read as numbers, so the readers accept them; summed as money they
 * would give tiers that look right and mean nothing.
 */
import { isBlank, readNumber } from './cell-value';
import { matchHeader } from './header-words';

/** The column chosen as money, as the sheet has it. */
export interface MoneyColumnSample {
  /** The column's header text; `''` without a header row. */
  readonly header: string;
  /** The column's cells below the header, as `Range.getValues()` gives them. */
  readonly values: readonly unknown[];
  /** The customer column's cells in the same rows, when there is one. */
  readonly customers?: readonly unknown[];
}

/** What the column looks like instead of money. */
export type NotMoney = 'customer-ids' | 'quantities';

/**
 * Why: `customer-column` — it holds the customer column's values, row by row; `header` — its
 * header names customers, order ids, quantities or numbers of orders; `values` — its values alone
 * (unique whole numbers under an id-like header, or small whole numbers only). The first two are
 * certain enough to refuse; `values` is a guess, worth a warning.
 */
export type NotMoneyEvidence = 'customer-column' | 'header' | 'values';

export interface MoneyColumnDoubt {
  readonly looksLike: NotMoney;
  readonly evidence: NotMoneyEvidence;
}

/** Fewer filled cells than this tell nothing by their values alone. */
const FEWEST_CELLS = 5;
/** The median quantity of an order line or number of orders is rarely above this. */
const LARGEST_MEDIAN_QUANTITY = 10;
/** A header ending in an id word: `ID`, `No.`, `Code`, `customer_id`, `CustomerID`, `客户编号`. */
const ID_WORD = /(?:^|[\s_\-.#])(?:id|no|code|key)\.?$/i;
const ID_SUFFIX = /(?:[a-z]ID|编号|号码|代码|ID)$/;

/**
 * Whether the column chosen as money looks like customer ids or quantities instead; `null` when
 * nothing says so. Money written with a currency (`¥1,200`, `$5`) is money whatever else holds.
 *
 * @example moneyColumnDoubt({ header: 'Quantity', values: [6, 8, 2] }) //=> { looksLike: 'quantities', evidence: 'header' }
 * @example moneyColumnDoubt({ header: 'Amount', values: [12.5, 8] }) //=> null
 */
export function moneyColumnDoubt(sample: MoneyColumnSample): MoneyColumnDoubt | null {
  const numbers = readableNumbers(sample.values);
  if (numbers === null) return null;
  if (sample.customers && sameCells(sample.values, sample.customers)) {
    return { looksLike: 'customer-ids', evidence: 'customer-column' };
  }
  const role = matchHeader(sample.header)?.role;
  if (role === 'customer' || role === 'order-id') {
    return { looksLike: 'customer-ids', evidence: 'header' };
  }
  if (role === 'quantity' || role === 'frequency') {
    return { looksLike: 'quantities', evidence: 'header' };
  }
  // a header that names money (amount, revenue, price …) is believed over the values
  if (role === 'amount' || role === 'monetary' || role === 'unit-price') return null;
  if (numbers.length < FEWEST_CELLS || !numbers.every(Number.isInteger)) return null;
  if (isIdHeader(sample.header.trim()) && new Set(numbers).size === numbers.length) {
    return { looksLike: 'customer-ids', evidence: 'values' };
  }
  if (median(numbers.map(Math.abs)) <= LARGEST_MEDIAN_QUANTITY) {
    return { looksLike: 'quantities', evidence: 'values' };
  }
  return null;
}

/**
 * The numbers of the filled cells; `null` when one is written as money (then it is money) or
 * none is filled. Cells that are no number are left to the reader, which refuses them.
 */
function readableNumbers(cells: readonly unknown[]): number[] | null {
  const numbers: number[] = [];
  for (const cell of cells) {
    if (isBlank(cell)) continue;
    if (typeof cell === 'string' && /[¥￥$€£元]|rmb|cny|usd|eur|gbp/i.test(cell)) return null;
    try {
      const number = readNumber(cell);
      if (number !== null) numbers.push(number);
    } catch {
      // not a number: the reader will say so, in the user's terms
    }
  }
  return numbers.length === 0 ? null : numbers;
}

/**
 * Whether two columns hold the same value in every row where the first is filled (`17850` and
 * `"17850.0"` alike), in at least two rows.
 */
function sameCells(values: readonly unknown[], customers: readonly unknown[]): boolean {
  let compared = 0;
  for (let row = 0; row < values.length; row++) {
    const value = values[row];
    if (isBlank(value)) continue;
    if (comparable(value) !== comparable(customers[row])) return false;
    compared++;
  }
  return compared >= 2;
}

/** A cell as compared: numbers and number text as the number, other text trimmed. */
function comparable(cell: unknown): string {
  if (typeof cell === 'number') return String(cell);
  const text = String(cell ?? '').trim();
  const number = Number(text);
  return text !== '' && Number.isFinite(number) ? String(number) : text;
}

/** Whether a header ends in an id word, so that unique whole numbers under it are ids. */
function isIdHeader(header: string): boolean {
  return ID_WORD.test(header) || ID_SUFFIX.test(header);
}

/** The median of numbers (the lower middle for an even count is close enough here). */
function median(numbers: readonly number[]): number {
  const sorted = [...numbers].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)] as number;
}
