/**
 * This file defines every message a user can see, once per language, and renders an
 * InputError as `FUNCTION: argument, cell C8: what is wrong` (or `row N` where the cell is not
 * known). Values are shown as the sheet shows them: dates in its zone and day/month order.
 */

import { SUMMARY_LABELS } from '../core/btyd/summary-columns';
import { isDateObject } from '../core/cell-value';
import { DEFAULT_CHURN_RISK_THRESHOLDS as CHURN_DEFAULTS } from '../core/churn-risk';
import type { Language } from '../core/labels';
import type { DateOrder } from '../core/locale';
import { RANGES } from '../core/option-registry';
import { columnLetters } from './formula-cells';
import type { InputError, Problem } from './input-error';

/** How the sheet shows dates, for values and dates in messages. */
export interface DateView {
  readonly dateOrder: DateOrder;
  /** A date cell as the sheet shows it, e.g. `12/30/2024`. */
  formatDate(date: Date): string;
  /** A civil day as the sheet shows it. */
  formatDay(civilDay: number): string;
}

/** Where a problem is, with the cell's A1 name when the formula reveals it. */
interface ShownPlace {
  readonly argument?: string;
  readonly row?: number;
  readonly cell?: string;
  /** A column of the sheet, by its header text ('' without one) and letter. */
  readonly column?: { readonly header: string; readonly letter: string };
}

/** How `3/5/2024` reads in each date order, for the list of accepted forms. */
const ORDER_WORDS: Readonly<Record<Language, Readonly<Record<DateOrder, string>>>> = {
  en: { DMY: 'day/month/year', MDY: 'month/day/year', YMD: 'month/day/year' },
  zh: { DMY: '日/月/年', MDY: '月/日/年', YMD: '月/日/年' },
};

/** Names another row of the problem's range, as a cell where the problem's own cell is known. */
type RowNamer = (row: number) => string;

type Rules = Record<Extract<Problem, { kind: 'invalid-option' }>['rule'], string>;

interface Phrases {
  readonly blank: string;
  readonly quote: (text: string) => string;
  readonly place: (fn: string, place: ShownPlace) => string;
  readonly rules: Rules;
  readonly problem: (problem: Problem, value: string, view: DateView, rowOf: RowNamer) => string;
  /** Another row of the problem's argument: its cell (`C3`) where known, else its row. */
  readonly otherRow: (cell: string | undefined, row: number) => string;
  readonly unexpected: (fn: string, detail: string) => string;
}

/** A count and its English noun, singular for exactly one: `1 row`, `2 rows`, `1,000 rows`. */
function countOf(count: number, noun: string): string {
  return `${count.toLocaleString('en-US')} ${count === 1 ? noun : `${noun}s`}`;
}

const PHRASES: Readonly<Record<Language, Phrases>> = {
  en: {
    blank: '(blank)',
    quote: (text) => `"${text}"`,
    place: (fn, { argument, row, cell, column }) => {
      if (column) {
        const named = column.header
          ? `column "${column.header}" (${column.letter})`
          : `column ${column.letter}`;
        return `${fn}: ${named}${cell ? `, cell ${cell}` : ''}: `;
      }
      if (!argument) return `${fn}: `;
      if (cell) return `${fn}: ${argument}, cell ${cell}: `;
      return `${fn}: ${argument}${row ? `, row ${row}` : ''}: `;
    },
    otherRow: (cell, row) => (cell ? `cell ${cell}` : `row ${row}`),
    rules: {
      // the numbers come from the option registry, which the checks use too
      bins: `a whole number from ${RANGES.bins.min} to ${RANGES.bins.max}`,
      'churn-days': `a number of days, ${RANGES['churn-days'].min} or more`,
      share: `a share above ${RANGES.share.min} and at most ${RANGES.share.max}, such as 0.2 or 20%`,
      periods: `a whole number of periods, ${RANGES.periods.min} or more`,
      clusters: `a whole number of clusters from ${RANGES.clusters.min} to ${RANGES.clusters.max}`,
      probability: `a probability from ${RANGES.probability.min} to ${RANGES.probability.max}, such as 0.7 or 70%`,
    },
    problem: (problem, value, view, rowOf) => {
      switch (problem.kind) {
        case 'not-a-number':
          return `${value} is not a number.`;
        case 'mixed-currencies':
          return `${value} is in a different currency from ${PHRASES.en.quote(problem.otherValue)} in ${rowOf(problem.otherRow)}; amounts in different currencies cannot be added up. Convert them to one currency first (plain numbers beside one currency are fine).`;
        case 'not-a-date':
          return `${value} is not a date. Use a date cell, or text such as 2024-03-05, 2024/3/5, 2024年3月5日 or ${sampleYearLast(view.dateOrder)} (read as ${ORDER_WORDS.en[view.dateOrder]}, as this spreadsheet's locale writes dates).`;
        case 'too-large':
          return `${value} is too large a number.`;
        case 'result-too-large':
          return `the result for this row is too large a number to show (beyond ±1.8e308).`;
        case 'number-not-date':
          return `${value} looks like a number, not a date: is this the right column?`;
        case 'numbers-not-dates':
          return `the column holds only numbers that as dates would fall before 1950, such as ${value}; it looks like a column of numbers (a quantity?), not dates.`;
        case 'money-not-count':
          return `${value} looks like money, not a number of orders: is this the right column?`;
        case 'percent-not-count':
          return `${value} is a percentage, not a number of orders: is this the right column?`;
        case 'not-a-single-value':
          return `${value} is a range of several cells; give a single value.`;
        case 'error-value':
          return `the cell holds the error ${value}; fix it or leave the cell blank.`;
        case 'negative':
          return `${value} is negative; it must be 0 or more.`;
        case 'missing-argument':
          return 'this argument is required.';
        case 'too-many-arguments':
          return `too many arguments; it takes at most ${problem.most}.`;
        case 'not-one-column':
          return `the range has ${countOf(problem.columns, 'column')}; pass a single column.`;
        case 'beyond-other-range':
          return `${value} lies past the ${countOf(problem.otherRows, 'row')} of ${problem.otherArgument}; make the ranges the same size.`;
        case 'invalid-option':
          return `${value} is not allowed; use ${PHRASES.en.rules[problem.rule]}.`;
        case 'unknown-language':
          return `${value} is not a language; use "en" or "zh".`;
        case 'as-of-without-dates':
          return 'recency holds day counts, so there is no date to count from; leave as_of out or give recency as purchase dates.';
        case 'as-of-before-purchase':
          return `${value} is before the purchase on ${view.formatDay(problem.purchaseDay)} in row ${problem.purchaseRow} of ${problem.purchaseArgument}.`;
        case 'mixed-recency':
          return problem.expected === 'dates'
            ? `${value} is not a date, but the first value of recency is; use dates in the whole column.`
            : `${value} is a date, but the first value of recency is a day count; use one kind in the whole column.`;
        case 'blank-recency-for-buyer':
          return 'recency is blank, but frequency shows purchases; give the last purchase.';
        case 'not-an-rfm-code':
          return `${value} is not an RFM code such as 545 (three scores from 1 to 5); score raw data with RFM_SCORE first.`;
        case 'not-a-segment-score':
          return `${value} is not a score from 1 to 5; score raw data with RFM_SCORE first.`;
        case 'scores-need-three-columns':
          return 'give either one column of RFM codes, or three columns of R, F and M scores.';
        case 'shares-out-of-order':
          return `${value} is below a_share; b_share must be at least a_share.`;
        case 'not-a-rate':
          return `${value} is not a discount rate; use a rate above -100%, such as 0.1 or 10%.`;
        case 'blank-value':
          return 'this value is required.';
        case 'period-mismatch':
          return `the range has ${countOf(problem.columns, 'column')} of periods but ${problem.otherArgument} has ${problem.otherColumns}; give both the same periods.`;
        case 'not-whole':
          return `${value} is not a whole number.`;
        case 'not-positive':
          return `${value} must be above 0.`;
        case 'recency-without-repeat':
          return `${value}: a customer with no repeat purchase (frequency 0) has recency 0, the time from the first purchase to the last.`;
        case 'last-before-first':
          return `${value} is before the first purchase; the last purchase cannot come first.`;
        case 'recency-beyond-age':
          return `${value} is more than T (${problem.age}); recency runs from the first to the last purchase, T from the first purchase to the end of the period, so recency cannot exceed T.`;
        case 'fit-failed':
          return fitFailedEn(problem);
        case 'frequency-spend-correlated':
          return `spend per purchase and the number of purchases are correlated (r = ${problem.correlation.toFixed(2)}); the Gamma-Gamma spend model assumes they are not, so its spend forecast would be biased. Use the average spend instead, or segment customers first.`;
        case 'more-clusters-than-customers':
          return `${value} clusters need at least as many different customers; there are ${problem.customers}.`;
        case 'summary-missing-column':
          return `the table has no ${SUMMARY_LABELS[problem.column].en} column; pass the output of BTYD_SUMMARY, or the columns one by one.`;
        case 'summary-and-columns':
          return 'the first argument is a whole summary table, so leave the other columns out.';
        case 'not-a-period':
          return `${value} is not a period; use "days", "weeks" or "months".`;
        case 'thresholds-out-of-order':
          return `${value}: give the active threshold first, then the at-risk one, each from 0 to 1, the first not below the second (default ${CHURN_DEFAULTS.active}, ${CHURN_DEFAULTS.atRisk}).`;
      }
    },
    unexpected: (fn, detail) =>
      `${fn}: unexpected error (${detail}). Please report it with the formula.`,
  },
  zh: {
    blank: '（空白）',
    quote: (text) => `“${text}”`,
    place: (fn, { argument, row, cell, column }) => {
      if (column) {
        const named = column.header
          ? `“${column.header}”列（${column.letter}）`
          : `${column.letter} 列`;
        return `${fn}：${named}${cell ? `单元格 ${cell}` : ''}：`;
      }
      if (!argument) return `${fn}：`;
      if (cell) return `${fn}：参数 ${argument} 单元格 ${cell}：`;
      return `${fn}：参数 ${argument}${row ? ` 第 ${row} 行` : ''}：`;
    },
    otherRow: (cell, row) => (cell ? `单元格 ${cell}` : `第 ${row} 行`),
    rules: {
      bins: `${RANGES.bins.min} 到 ${RANGES.bins.max} 之间的整数`,
      'churn-days': `不小于 ${RANGES['churn-days'].min} 的天数`,
      share: `大于 ${RANGES.share.min} 且不超过 ${RANGES.share.max} 的比例，例如 0.2 或 20%`,
      periods: `不小于 ${RANGES.periods.min} 的整数期数`,
      clusters: `${RANGES.clusters.min} 到 ${RANGES.clusters.max} 之间的整数聚类数`,
      probability: `${RANGES.probability.min} 到 ${RANGES.probability.max} 之间的概率，例如 0.7 或 70%`,
    },
    problem: (problem, value, view, rowOf) => {
      switch (problem.kind) {
        case 'not-a-number':
          return `${value} 不是数字。`;
        case 'mixed-currencies':
          return `${value} 与${rowOf(problem.otherRow)}的 ${PHRASES.zh.quote(problem.otherValue)} 币种不同；不同币种的金额不能相加。请先换算成同一币种（不带货币符号的数字与一种货币并存没有问题）。`;
        case 'not-a-date':
          return `${value} 不是日期。请使用日期单元格，或 2024-03-05、2024/3/5、2024年3月5日、${sampleYearLast(view.dateOrder)} 这样的文本（按本表格的区域设置读作${ORDER_WORDS.zh[view.dateOrder]}）。`;
        case 'too-large':
          return `${value} 数值过大。`;
        case 'result-too-large':
          return '此行的结果数值过大（超出 ±1.8e308），无法显示。';
        case 'number-not-date':
          return `${value} 看起来是数字而不是日期：是否选错了列？`;
        case 'numbers-not-dates':
          return `该列只有数字，按日期解读都早于 1950 年（如 ${value}）；看起来是数字列（如数量），而不是日期。`;
        case 'money-not-count':
          return `${value} 看起来是金额，而不是购买次数：是否选错了列？`;
        case 'percent-not-count':
          return `${value} 是百分比，而不是购买次数：是否选错了列？`;
        case 'not-a-single-value':
          return `${value} 是包含多个单元格的区域，请只给一个值。`;
        case 'error-value':
          return `单元格是错误值 ${value}，请修正或留空。`;
        case 'negative':
          return `${value} 是负数，必须不小于 0。`;
        case 'missing-argument':
          return '缺少此参数。';
        case 'too-many-arguments':
          return `参数过多，此函数最多接受 ${problem.most} 个参数。`;
        case 'not-one-column':
          return `区域有 ${problem.columns} 列，请只选一列。`;
        case 'beyond-other-range':
          return `${value} 超出了 ${problem.otherArgument} 的 ${problem.otherRows} 行，请让各区域行数一致。`;
        case 'invalid-option':
          return `${value} 无效，请使用${PHRASES.zh.rules[problem.rule]}。`;
        case 'unknown-language':
          return `${value} 不是可用的语言，请使用 "en" 或 "zh"。`;
        case 'as-of-without-dates':
          return 'recency 是天数而不是日期，无法按截止日期计算；请省略 as_of，或以最近购买日期作为 recency。';
        case 'as-of-before-purchase':
          return `${value} 早于 ${problem.purchaseArgument} 第 ${problem.purchaseRow} 行的购买日期 ${view.formatDay(problem.purchaseDay)}。`;
        case 'mixed-recency':
          return problem.expected === 'dates'
            ? `${value} 不是日期，而 recency 的第一个值是日期；整列请统一使用日期。`
            : `${value} 是日期，而 recency 的第一个值是天数；整列请统一使用一种。`;
        case 'blank-recency-for-buyer':
          return 'recency 为空，但 frequency 显示有购买记录；请填写最近购买。';
        case 'not-an-rfm-code':
          return `${value} 不是 RFM 代码（如 545，三个 1 到 5 的分数）；请先用 RFM_SCORE 对原始数据打分。`;
        case 'not-a-segment-score':
          return `${value} 不是 1 到 5 的分数；请先用 RFM_SCORE 对原始数据打分。`;
        case 'scores-need-three-columns':
          return '请给出一列 RFM 代码，或 R、F、M 三列分数。';
        case 'shares-out-of-order':
          return `${value} 小于 a_share；b_share 不能小于 a_share。`;
        case 'not-a-rate':
          return `${value} 不是有效的折现率，请使用大于 -100% 的比率，例如 0.1 或 10%。`;
        case 'blank-value':
          return '此值不能为空。';
        case 'period-mismatch':
          return `区域有 ${problem.columns} 列（期），而 ${problem.otherArgument} 有 ${problem.otherColumns} 列；请让两者期数一致。`;
        case 'not-whole':
          return `${value} 不是整数。`;
        case 'not-positive':
          return `${value} 必须大于 0。`;
        case 'recency-without-repeat':
          return `${value}：没有重复购买（frequency 为 0）的客户，recency（首次到最近一次购买的时间）应为 0。`;
        case 'last-before-first':
          return `${value} 早于首次购买日期；最近一次购买不能早于首次购买。`;
        case 'recency-beyond-age':
          return `${value} 大于 T（${problem.age}）；recency 是首次到最近一次购买的时间，T 是首次购买到观察期末的时间，recency 不能大于 T。`;
        case 'fit-failed':
          return fitFailedZh(problem);
        case 'frequency-spend-correlated':
          return `客单价与购买次数相关（r = ${problem.correlation.toFixed(2)}）；Gamma-Gamma 金额模型假设二者无关，预测会有偏差。请改用平均客单价，或先对客户分群。`;
        case 'more-clusters-than-customers':
          return `${value} 个聚类至少需要同样多的不同客户，现有 ${problem.customers} 位。`;
        case 'summary-missing-column':
          return `表格缺少“${SUMMARY_LABELS[problem.column].zh}”列；请传入 BTYD_SUMMARY 的结果，或逐列传入。`;
        case 'summary-and-columns':
          return '第一个参数已是完整的汇总表，请省略其他列。';
        case 'not-a-period':
          return `${value} 不是有效的时间单位，请使用 "days"、"weeks" 或 "months"（天、周、月）。`;
        case 'thresholds-out-of-order':
          return `${value}：请先给活跃阈值，再给流失风险阈值，均在 0 到 1 之间，且前者不小于后者（默认 ${CHURN_DEFAULTS.active}、${CHURN_DEFAULTS.atRisk}）。`;
      }
    },
    unexpected: (fn, detail) => `${fn}：发生意外错误（${detail}）。请连同公式一起反馈。`,
  },
};

const SKIPPED_ROWS_NOTE: Readonly<Record<Language, (rows: number) => string>> = {
  en: (rows) => `Note: ${countOf(rows, 'row')} without a customer skipped.`,
  zh: (rows) => `注：已跳过 ${rows.toLocaleString('en-US')} 行没有客户的记录。`,
};

const LEFT_OUT_NOTES: Readonly<
  Record<
    Language,
    { late: (customers: number) => string; returnsOnly: (customers: number) => string }
  >
> = {
  en: {
    late: (customers) =>
      `Note: ${countOf(customers, 'customer')} whose first purchase is on or after the calibration end (no time yet to buy again) left out.`,
    returnsOnly: (customers) =>
      `Note: ${countOf(customers, 'customer')} with only returns (no day netting to 0 or more) left out.`,
  },
  zh: {
    late: (customers) =>
      `注：已略去 ${customers.toLocaleString('en-US')} 位首次购买不早于截止日期（尚无再次购买的时间）的客户。`,
    returnsOnly: (customers) =>
      `注：已略去 ${customers.toLocaleString('en-US')} 位只有退货（没有净额不小于 0 的购买日）的客户。`,
  },
};

/** The note under a summary that left out customers: first purchase at the end or later, or only returns. */
export function leftOutCustomersNote(
  reason: 'late' | 'returnsOnly',
  customers: number,
  language: Language,
): string {
  return LEFT_OUT_NOTES[language][reason](customers);
}

const LATER_LINES_NOTE: Readonly<Record<Language, (lines: number, asOf: string) => string>> = {
  en: (lines, asOf) =>
    `Note: ${countOf(lines, 'order line')} after the as-of date ${asOf} left out: customers as they were on that day.`,
  zh: (lines, asOf) =>
    `注：已略去 ${lines.toLocaleString('en-US')} 行晚于截止日期 ${asOf} 的订单记录，客户按当日的情况分层。`,
};

/** The note under a table as of a past day, which left out the order lines after it. */
export function laterLinesNote(
  lines: number,
  asOfDay: number,
  language: Language,
  view: DateView,
): string {
  return LATER_LINES_NOTE[language](lines, view.formatDay(asOfDay));
}

/** The note under a table that left out rows without a customer. */
export function skippedRowsNote(rows: number, language: Language): string {
  return SKIPPED_ROWS_NOTE[language](rows);
}

/** The message for bad input, naming function, argument, cell (or row) and value. */
export function inputErrorMessage(
  fn: string,
  error: InputError,
  language: Language,
  view: DateView,
  cell?: string,
): string {
  const phrases = PHRASES[language];
  const { argument, row, value, sheetColumn } = error.place;
  if (sheetColumn) {
    const letter = columnLetters(sheetColumn.column);
    const column = { header: sheetColumn.header, letter };
    const sheetRow = (rangeRow: number) => sheetColumn.firstRow + rangeRow - 1;
    const sheetCell = row === undefined ? undefined : `${letter}${sheetRow(row)}`;
    const sheetRowOf: RowNamer = (otherRow) =>
      phrases.otherRow(`${letter}${sheetRow(otherRow)}`, sheetRow(otherRow));
    return (
      phrases.place(fn, { column, ...(sheetCell ? { cell: sheetCell } : {}) }) +
      phrases.problem(error.problem, showValue(value, phrases, view), view, sheetRowOf)
    );
  }
  const rowOf: RowNamer = (otherRow) =>
    phrases.otherRow(cell && row ? shiftedCell(cell, otherRow - row) : undefined, otherRow);
  return (
    phrases.place(fn, { argument, row, cell }) +
    phrases.problem(error.problem, showValue(value, phrases, view), view, rowOf)
  );
}

/** The cell `rows` rows below (above, when negative) an A1 cell name such as `'Orders'!C8`. */
function shiftedCell(cell: string, rows: number): string | undefined {
  const match = /^(.*?)(\d+)$/.exec(cell);
  return match ? `${match[1]}${Number(match[2]) + rows}` : undefined;
}

/** The message for a failure that is not the user's input: a bug, said plainly. */
export function unexpectedErrorMessage(fn: string, error: unknown, language: Language): string {
  return PHRASES[language].unexpected(fn, error instanceof Error ? error.message : String(error));
}

/** `3/5/2024` as the order reads it: March 5 is `5/3/2024` where the day comes first. */
function sampleYearLast(order: DateOrder): string {
  return order === 'DMY' ? '5/3/2024' : '3/5/2024';
}

const SHOWN_RANGE_CELLS = 3;
const SHOWN_TEXT_CHARACTERS = 40;

/**
 * Text cut to `most` code points, never inside one (an emoji is two UTF-16 units), nor right
 * after a zero-width joiner, which would leave half of a joined emoji dangling.
 *
 * @example cutText('ab😀c', 3) //=> 'ab😀…'
 */
export function cutText(text: string, most: number): string {
  const characters = Array.from(text);
  if (characters.length <= most) return text;
  return `${characters
    .slice(0, most)
    .join('')
    .replace(/\u200d+$/u, '')}…`;
}

function showValue(value: unknown, phrases: Phrases, view: DateView): string {
  if (Array.isArray(value)) {
    const cells: unknown[] = value.flat();
    const shown = cells.slice(0, SHOWN_RANGE_CELLS).map((cell) => showCell(cell, phrases, view));
    return `${shown.join(', ')}${cells.length > SHOWN_RANGE_CELLS ? ', …' : ''}`;
  }
  return showCell(value, phrases, view);
}

function showCell(value: unknown, phrases: Phrases, view: DateView): string {
  if (value === undefined || value === null || value === '') return phrases.blank;
  if (isDateObject(value)) return showDate(value, view);
  if (typeof value === 'string') return phrases.quote(cutText(value, SHOWN_TEXT_CHARACTERS));
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return String(value);
}

/** A date as the sheet shows it; one too far out for the calendar as the runtime writes it. */
function showDate(date: Date, view: DateView): string {
  try {
    return view.formatDate(date);
  } catch {
    return String(date);
  }
}

type FitFailed = Extract<Problem, { kind: 'fit-failed' }>;

const MODEL_NAMES: Readonly<Record<FitFailed['model'], string>> = {
  'bg-nbd': 'BG/NBD',
  'gamma-gamma': 'Gamma-Gamma',
  'k-means': 'k-means',
};

function fitFailedEn({ model, reason, detail }: FitFailed): string {
  const name = MODEL_NAMES[model];
  switch (reason) {
    case 'no-repeat-purchases':
      return `no customer bought more than once, so the ${name} model cannot learn how often customers buy; it needs repeat purchases.`;
    case 'too-few-repeat-buyers':
      return `only ${detail.repeatBuyers ?? 0} customers bought more than once; the ${name} model needs at least ${detail.needed ?? 0} to give trustworthy numbers.`;
    case 'spend-alike':
      return `spend per purchase differs no more between customers than between one customer's purchases, so the ${name} model cannot tell customers apart; use the average spend of all customers instead.`;
    case 'drop-out-alike':
      return `customers do not differ enough in how likely they are to stop buying for the ${name} model to tell them apart (often the case with a few hundred customers or a short history); more customers or a longer history will help.`;
    case 'did-not-converge':
      return `the ${name} model could not be fitted to these data (the estimate did not settle); the data may not follow the model, e.g. too short a history.`;
    case 'no-finite-mean-spend':
      return `spend per purchase differs so much between customers (a few spend vastly more than the rest) that the ${name} model has no average spend to forecast (q = ${(detail.q ?? 0).toFixed(2)} ≤ 1). Check for outliers or mixed currencies, or use the average spend instead.`;
  }
}

function fitFailedZh({ model, reason, detail }: FitFailed): string {
  const name = MODEL_NAMES[model];
  switch (reason) {
    case 'no-repeat-purchases':
      return `没有客户重复购买，${name} 模型无法估计购买频率；它需要重复购买记录。`;
    case 'too-few-repeat-buyers':
      return `只有 ${detail.repeatBuyers ?? 0} 位客户重复购买；${name} 模型至少需要 ${detail.needed ?? 0} 位才能给出可信的结果。`;
    case 'spend-alike':
      return `客户之间的客单价差异不比同一客户各次购买之间的差异大，${name} 模型无法区分客户；请改用全体客户的平均客单价。`;
    case 'drop-out-alike':
      return `客户之间停止购买的可能性差别不大，${name} 模型无法区分（几百位客户或历史较短时常见）；更多客户或更长的历史会有帮助。`;
    case 'did-not-converge':
      return `${name} 模型无法拟合这些数据（估计值不收敛）；数据可能不符合模型，例如历史太短。`;
    case 'no-finite-mean-spend':
      return `客户之间的客单价差异过大（少数客户的消费远高于其他人），${name} 模型无法给出平均客单价（q = ${(detail.q ?? 0).toFixed(2)} ≤ 1）。请检查异常值或混用的货币，或改用平均客单价。`;
  }
}
