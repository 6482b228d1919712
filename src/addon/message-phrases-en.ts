/**
 * This file defines every message of bad input in English: where the problem is, and what is
 * wrong, naming the value and what would be right.
 */
import { SUMMARY_LABELS } from '../core/btyd/summary-columns';
import { DEFAULT_CHURN_RISK_THRESHOLDS as CHURN_DEFAULTS } from '../core/churn-risk';
import { BREAK_COUNT } from '../core/measure-breaks';
import { RANGES } from '../core/option-registry';
import { fitFailedEn } from './fit-failed-messages';
import {
  AS_OF,
  countOf,
  exampleCode,
  ORDER_WORDS,
  type Phrases,
  sampleYearLast,
} from './message-phrases';

export const EN_PHRASES: Phrases = {
  blank: '(blank)',
  quote: (text) => `"${text}"`,
  place: (fn, { argument, row, cell, column, item }) => {
    if (column) {
      const named = column.header
        ? `column "${column.header}" (${column.letter})`
        : `column ${column.letter}`;
      return `${fn}: ${named}${cell ? `, cell ${cell}` : ''}: `;
    }
    if (!argument) return `${fn}: `;
    if (cell) return `${fn}: ${argument}, cell ${cell}: `;
    if (item) return `${fn}: ${argument}, value ${item}: `;
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
    money: `an amount of money, ${RANGES.money.min} or more, such as 5000 or ¥5,000`,
  },
  problem: (problem, value, view, rowOf, inSheet) => {
    switch (problem.kind) {
      case 'not-a-number':
        return `${value} is not a number.`;
      case 'mixed-currencies':
        return `${value} is in a different currency from ${EN_PHRASES.quote(problem.otherValue)} in ${rowOf(problem.otherRow)}; amounts in different currencies cannot be added up. Convert them to one currency first (plain numbers beside one currency are fine).`;
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
        return `${value} is not allowed; use ${EN_PHRASES.rules[problem.rule]}.`;
      case 'unknown-language':
        return `${value} is not a language; use "en" or "zh".`;
      case 'as-of-without-dates':
        return inSheet
          ? `the column holds days since the last purchase, not dates, so there is no date to count to the ${AS_OF.en} date from; leave ${AS_OF.en} blank, or choose a column of last purchase dates.`
          : 'recency holds day counts, so there is no date to count from; leave as_of out or give recency as purchase dates.';
      case 'as-of-before-purchase': {
        const [purchase, asOf] = [problem.purchaseDay, problem.asOfDay].map(view.formatDay);
        return inSheet
          ? `this purchase, on ${purchase}, is after the ${AS_OF.en} date ${asOf}; choose an ${AS_OF.en} date on or after the latest purchase, or leave it blank.`
          : `this purchase, on ${purchase}, is after as_of (${asOf}); give an as_of date on or after the latest purchase, or leave it out.`;
      }
      case 'mixed-recency':
        return problem.expected === 'dates'
          ? `${value} is not a date, but the first value of recency is; use dates in the whole column.`
          : `${value} is a date, but the first value of recency is a day count; use one kind in the whole column.`;
      case 'blank-recency-for-buyer':
        return 'recency is blank, but frequency shows purchases; give the last purchase.';
      case 'not-an-rfm-code':
        return `${value} is not an RFM code such as ${exampleCode(problem.bins)} (three scores from 1 to ${problem.bins}); score raw data with RFM_SCORE first.`;
      case 'not-a-segment-score':
        return `${value} is not a score from 1 to ${problem.bins}; score raw data with RFM_SCORE first.`;
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
        return `${value}: give the active threshold first, then the at-risk one, each from ${RANGES.probability.min} to ${RANGES.probability.max}, the first not below the second (default ${CHURN_DEFAULTS.active}, ${CHURN_DEFAULTS.atRisk}).`;
      case 'breaks-out-of-order':
        return `${value} is not above the break before it, ${problem.previous}; give the breaks from lowest to highest, each once (recency in days, too: 30, 90, 180, 365).`;
      case 'too-many-breaks':
        return `${value} is break ${BREAK_COUNT.max + 1} of ${problem.count}; a measure takes at most ${BREAK_COUNT.max} breaks, which make ${BREAK_COUNT.max + 1} score levels (${RANGES.bins.min} to ${RANGES.bins.max}, as bins).`;
      case 'high-value-share-and-from':
        return `${value}: give either high_value_share or high_value_from, not both.`;
    }
  },
  unexpected: (fn, detail) =>
    `${fn}: unexpected error (${detail}). Please report it with the formula.`,
};
