/**
 * This file defines the sidebar's words in English (the Words of words.ts).
 */
import { roleLabels } from '../src/core/column-roles';
import { BACKFILL_PERIODS, RANGES } from '../src/core/option-registry';
import { numberFormats } from './number-formats';
import type { SheetToWrite, Words } from './words';

const EN_NUMBERS = numberFormats('en');
/** A count and its noun, singular for one: "1 column", "1,500 customers". */
const enCount = (count: number, one: string, many: string) =>
  `${EN_NUMBERS.count(count)} ${count === 1 ? one : many}`;
/** "R, F and M". */
const enList = (items: readonly string[]) =>
  items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;

export const EN: Words = {
  locale: 'en',
  loading: 'Reading the sheet…',
  working: 'Working…',
  sheet: (name, dataRows) => `Sheet “${name}”, ${enCount(dataRows, 'row', 'rows')} of data`,
  mapping: 'Columns',
  shape: 'The sheet is a',
  shapes: {
    transactions: 'Transaction log (a row per order)',
    customers: 'Customer table (a row per customer)',
  },
  headerRow: (row) => (row === null ? 'No header row' : `Header row: ${row}`),
  roles: roleLabels('en'),
  notUsed: 'Not used',
  noHeader: '(no header)',
  guessed: 'guessed from the values',
  stillNeeded: (roles) => `Still needed: ${roles.join(', ')}`,
  allFound: 'Every column needed is there.',
  resetColumns: 'Reset to detected columns',
  model: 'Model',
  options: 'Options',
  writes: (columns, customerSheet, summarySheet) => {
    const where = (sheet: SheetToWrite) =>
      `${sheet.exists ? 'the sheet' : 'a new sheet'} “${sheet.name}”`;
    const parts = [
      `the ${columns.length === 1 ? 'column' : 'columns'} ${enList(columns)} beside the data`,
      ...(customerSheet ? [`one row per customer to ${where(customerSheet)}`] : []),
      `a summary to ${where(summarySheet)}`,
    ];
    // "a, b, and c": the parts hold lists of their own, which "and" alone would run into
    return `Classify writes ${parts.slice(0, -1).join(', ')}, and ${parts.at(-1)}.`;
  },
  asOfHint: 'Empty: the latest purchase',
  labelLanguages: { sheet: 'The spreadsheet’s', en: 'English', zh: '中文' },
  invalidBins: `Enter a whole number from ${RANGES.bins.min} to ${RANGES.bins.max}.`,
  invalidDays: `Enter a number of days, ${RANGES['churn-days'].min} or more.`,
  invalidShare: `Enter a share above ${RANGES.share.min} and at most ${RANGES.share.max}, e.g. 0.8 or 80%.`,
  invalidBShare: 'The A and B share must be at least the A share.',
  invalidDate: 'Enter a date, or leave it empty.',
  invalidPeriods: `Enter a whole number of months, ${RANGES.periods.min} or more.`,
  invalidProbability: `Enter a probability from ${RANGES.probability.min} to ${RANGES.probability.max}, e.g. 0.5 or 50%.`,
  invalidThresholds: 'The active threshold must be at least the at-risk threshold.',
  invalidClusters: `Enter a whole number from ${RANGES.clusters.min} to ${RANGES.clusters.max}.`,
  needsDatesName: (model) => `${model} (needs purchase dates)`,
  needsDates: (model, roles) =>
    `${model} needs to know when each customer first and last bought: choose a column for ${enList(roles.map((role) => `“${role}”`))}, or open the order log.`,
  fixOptions: 'Please correct the options marked below.',
  classify: 'Classify',
  resegment: 'Re-segment',
  clear: 'Clear',
  clearDeletes: ({ thisSheet, customers, summary }) => {
    if (thisSheet !== null)
      return `Clear deletes this sheet, “${thisSheet}”, which the add-on made. Clear it?`;
    const sheets = [
      customers === null ? '' : `the sheet “${customers}”, which holds the customers`,
      summary === null ? '' : `the summary sheet “${summary}” with the hidden history of runs`,
    ].filter(Boolean);
    return `Clear also deletes ${sheets.join(', and ')}. Clear it?`;
  },
  confirmClear: 'Yes, clear',
  cancel: 'Cancel',
  classified: (customers, rows) =>
    `Classified ${enCount(customers, 'customer', 'customers')} in ${enCount(rows, 'row', 'rows')}.`,
  cleared: (result) =>
    `Removed ${enCount(result.removedColumns, 'column', 'columns')}, ${enCount(result.removedSheets, 'sheet', 'sheets')} and ${enCount(result.removedRules, 'colour rule', 'colour rules')}.`,
  remap: 'Please check the columns below.',
  legend: 'Segments',
  legendPreview: 'Segments of this model',
  previewHeading: 'Preview',
  previewNote: (customers) =>
    `What Classify would give ${enCount(customers, 'customer', 'customers')} with these settings; nothing is written yet.`,
  previewUnavailable: (message) => `No preview: ${message}`,
  previewEntry: (label, customerShare, revenueShare) =>
    `${label}: ${EN_NUMBERS.percent(customerShare)} of customers, ${EN_NUMBERS.percent(revenueShare)} of revenue`,
  previewCustomers: 'share of customers',
  previewRevenue: 'share of revenue',
  breakdownHeading: 'Breakdown',
  breakdownColumn: 'Group by',
  breakdownBy: (header) => `Customers of each segment by “${header}”.`,
  breakdownSegment: 'Segment',
  breakdownCaption:
    'Customers; the largest groups, the rest as Other. The summary sheet has every group and the revenue.',
  legendHint: 'Click a segment to see only its rows.',
  segmentShown: (label, rows) =>
    `Showing only “${label}”: ${enCount(rows, 'row', 'rows')}. Click it again to show all.`,
  showAll: 'Show all rows',
  allShown: 'All rows shown.',
  copyList: 'Copy list',
  copyListOf: (label) => `Copy list: ${label}`,
  listCopied: (label, customers) =>
    `Copied ${enCount(customers, 'customer', 'customers')} of “${label}”: paste them into your mail tool or CRM.`,
  listToCopy: (label, customers) =>
    `${enCount(customers, 'customer', 'customers')} of “${label}” selected below: press Ctrl+C (⌘C on a Mac) to copy them.`,
  copyTextLabel: 'The list to copy, tab-separated',
  customers: (count) => enCount(count, 'customer', 'customers'),
  revenueShare: (share) => `${EN_NUMBERS.percent(share)} of revenue`,
  percent: EN_NUMBERS.percent,
  stale: 'The data changed since the last run — ',
  autoRefresh: 'Re-segment when the spreadsheet opens',
  autoRefreshHint:
    'Runs as you, the one who switches it on, whoever opens the file; the summary sheet says how it went.',
  migrationHeading: (since) => `Who moved where since the run as of ${since}`,
  migrationCaption: 'Customers by segment then (rows) and now (columns)',
  newAndGone: (added, gone) =>
    `${enCount(added, 'new customer', 'new customers')}, ${enCount(gone, 'customer', 'customers')} gone.`,
  alerts: (count) => `${enCount(count, 'customer', 'customers')} moved down`,
  openAlerts: 'Open the list',
  alertsShown: 'The summary sheet shows the customers who moved down.',
  historyHeading: 'Build history from the log',
  historyHint:
    'Classifies this log as of the end of each past month or week, later orders left out, and records each run in the history sheet: who moved where shows from the first day. Nothing else is written.',
  historyPeriods: BACKFILL_PERIODS.label.en,
  historyPeriodsRange: (min, max) => `A whole number from ${min} to ${max}.`,
  historyUnit: 'Each period',
  historyUnits: { month: 'Month', week: 'Week (Monday to Sunday)' },
  buildHistory: 'Build history',
  historyBuilt: ({ built, skipped, beforeFirstOrder, first, last }) => {
    const held =
      skipped > 0
        ? ` ${enCount(skipped, 'period was', 'periods were')} in the history already.`
        : '';
    const early =
      beforeFirstOrder > 0
        ? ` ${enCount(beforeFirstOrder, 'period ends', 'periods end')} before the first order.`
        : '';
    if (built === 0 && skipped === 0 && beforeFirstOrder > 0)
      return `Nothing to add: ${beforeFirstOrder === 1 ? 'the period ends' : `all ${EN_NUMBERS.count(beforeFirstOrder)} periods end`} before the first order of the log. Try weeks.`;
    if (built === 0) return `Nothing to add: the history holds these periods already.${early}`;
    return `Recorded ${enCount(built, 'run', 'runs')} in the history, as of ${first} to ${last}.${held}${early}`;
  },
};
