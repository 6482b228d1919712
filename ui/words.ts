/**
 * This file defines every word the sidebar shows, once per language. The survey's `language`
 * (the spreadsheet's) chooses them; labels of segments come from the server instead. In Chinese,
 * one verb per action (分层, 重新分层, 清除, as the server's messages name them) and one word for
 * the header row (标题行).
 */
import type {
  BackfillResult,
  ClearResult,
  ColumnRole,
  Language,
  Shape,
} from '../src/addon/sidebar/api';
import { roleLabels } from '../src/core/column-roles';
import { BACKFILL_PERIODS, RANGES } from '../src/core/option-registry';

export interface Words {
  /** The page's `lang`. */
  readonly locale: string;
  readonly loading: string;
  readonly working: string;
  readonly sheet: (name: string, dataRows: number) => string;
  readonly mapping: string;
  readonly shape: string;
  readonly shapes: Readonly<Record<Shape, string>>;
  readonly headerRow: (row: number | null) => string;
  readonly roles: Readonly<Record<ColumnRole, string>>;
  readonly notUsed: string;
  readonly noHeader: string;
  readonly guessed: string;
  readonly stillNeeded: (roles: readonly string[]) => string;
  readonly allFound: string;
  readonly resetColumns: string;
  readonly model: string;
  readonly options: string;
  /**
   * What Classify will write: the result columns beside the data, for a log the customer sheet,
   * and the summary sheet, each named, said to be new when it does not exist yet.
   */
  readonly writes: (
    columns: readonly string[],
    customerSheet: SheetToWrite | null,
    summarySheet: SheetToWrite,
  ) => string;
  readonly asOfHint: string;
  readonly labelLanguages: Readonly<Record<Language | 'sheet', string>>;
  readonly invalidBins: string;
  readonly invalidDays: string;
  readonly invalidShare: string;
  readonly invalidBShare: string;
  readonly invalidDate: string;
  readonly invalidPeriods: string;
  readonly invalidProbability: string;
  readonly invalidThresholds: string;
  readonly invalidClusters: string;
  /** A model's name in the picker when the sheet lacks the purchase days it needs. */
  readonly needsDatesName: (model: string) => string;
  /** Why Classify is off for such a model: the columns a customer table lacks for it. */
  readonly needsDates: (model: string, roles: readonly string[]) => string;
  readonly fixOptions: string;
  readonly classify: string;
  readonly resegment: string;
  readonly clear: string;
  /**
   * The question before a Clear that deletes sheets: this sheet itself (an orphan the add-on
   * made), or the customer sheet and the summary sheet.
   */
  readonly clearDeletes: (sheets: DeletedSheets) => string;
  readonly confirmClear: string;
  readonly cancel: string;
  readonly classified: (customers: number, rows: number) => string;
  readonly cleared: (result: ClearResult) => string;
  readonly remap: string;
  readonly legend: string;
  readonly legendPreview: string;
  readonly previewHeading: string;
  readonly previewNote: (customers: number) => string;
  readonly previewUnavailable: (message: string) => string;
  /** One segment of the preview, for screen readers. */
  readonly previewEntry: (label: string, customerShare: number, revenueShare: number) => string;
  readonly previewCustomers: string;
  readonly previewRevenue: string;
  readonly breakdownHeading: string;
  /** The picker of the group-by column, when several are mapped. */
  readonly breakdownColumn: string;
  readonly breakdownBy: (header: string) => string;
  readonly breakdownSegment: string;
  readonly breakdownCaption: string;
  /** How the legend's entries are used, under its heading after a run. */
  readonly legendHint: string;
  /** The status after one segment is shown. */
  readonly segmentShown: (label: string, rows: number) => string;
  readonly showAll: string;
  readonly allShown: string;
  /** "Copy the list": a legend entry's button, its name for screen readers, the status after. */
  readonly copyList: string;
  readonly copyListOf: (label: string) => string;
  readonly listCopied: (label: string, customers: number) => string;
  /** The status when the clipboard refused: the list shows selected, to copy by hand. */
  readonly listToCopy: (label: string, customers: number) => string;
  readonly copyTextLabel: string;
  readonly customers: (count: number) => string;
  /** @param share 0..1 */
  readonly revenueShare: (share: number) => string;
  /** A share as the legend and the preview write it: `64.2%`, `0%`. @param share 0..1 */
  readonly percent: (share: number) => string;
  /** Before the Re-segment button, when the sheet's data changed since its last run; ends as the
   * language runs on into the button's word (a space in English, none in Chinese). */
  readonly stale: string;
  /** The automatic refresh's switch, and who it runs as. */
  readonly autoRefresh: string;
  readonly autoRefreshHint: string;
  /** The from → to matrix after a run: its heading, with the previous run's as-of day. */
  readonly migrationHeading: (since: string) => string;
  /** The matrix's caption, for screen readers: rows are from, columns to. */
  readonly migrationCaption: string;
  readonly newAndGone: (added: number, gone: number) => string;
  /** How many customers moved down (the churn alerts); the number is always in the text. */
  readonly alerts: (count: number) => string;
  readonly openAlerts: string;
  readonly alertsShown: string;
  /** "Build history" from an order log's past. */
  readonly historyHeading: string;
  readonly historyHint: string;
  readonly historyPeriods: string;
  readonly historyPeriodsRange: (min: number, max: number) => string;
  readonly historyUnit: string;
  readonly historyUnits: Readonly<Record<'month' | 'week', string>>;
  readonly buildHistory: string;
  readonly historyBuilt: (result: BackfillResult) => string;
}

/** The sheets a Clear deletes, by name; null for those it does not. */
export interface DeletedSheets {
  readonly thisSheet: string | null;
  readonly customers: string | null;
  readonly summary: string | null;
}

/** A sheet Classify writes to, and whether it is there already. */
interface SheetToWrite {
  readonly name: string;
  readonly exists: boolean;
}

/** Numbers as a language writes them: counts with grouping, shares as percentages. */
function numberFormats(locale: string) {
  const count = new Intl.NumberFormat(locale);
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
  return {
    count: (value: number) => count.format(value),
    percent: (share: number) => percent.format(share),
  };
}

const EN_NUMBERS = numberFormats('en');
/** A count and its noun, singular for one: "1 column", "1,500 customers". */
const enCount = (count: number, one: string, many: string) =>
  `${EN_NUMBERS.count(count)} ${count === 1 ? one : many}`;
const ZH_NUMBERS = numberFormats('zh-CN');
/** "R, F and M". */
const enList = (items: readonly string[]) =>
  items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;

const EN: Words = {
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

const ZH: Words = {
  locale: 'zh-CN',
  loading: '正在读取工作表…',
  working: '正在处理…',
  sheet: (name, dataRows) => `工作表“${name}”，${ZH_NUMBERS.count(dataRows)} 行数据`,
  mapping: '列',
  shape: '工作表类型',
  shapes: { transactions: '交易明细（每行一笔订单）', customers: '客户表（每行一位客户）' },
  headerRow: (row) => (row === null ? '没有标题行' : `标题行：第 ${row} 行`),
  roles: roleLabels('zh'),
  notUsed: '不使用',
  noHeader: '（无标题）',
  guessed: '根据数值推测',
  stillNeeded: (roles) => `还需要：${roles.join('、')}`,
  allFound: '所需的列都已找到。',
  resetColumns: '恢复为检测到的列',
  model: '模型',
  options: '选项',
  writes: (columns, customerSheet, summarySheet) => {
    const where = (sheet: SheetToWrite) => `${sheet.exists ? '工作表' : '新工作表'}“${sheet.name}”`;
    const customers = customerSheet ? `；在${where(customerSheet)}中为每位客户写一行` : '';
    return `分层会在数据右侧写入列：${columns.join('、')}${customers}；并在${where(summarySheet)}中写入分层汇总。`;
  },
  asOfHint: '留空：以最近一次购买为准',
  labelLanguages: { sheet: '跟随表格', en: 'English', zh: '中文' },
  invalidBins: `请输入 ${RANGES.bins.min} 到 ${RANGES.bins.max} 之间的整数。`,
  invalidDays: `请输入天数（${RANGES['churn-days'].min} 或以上）。`,
  invalidShare: `请输入大于 ${RANGES.share.min} 且不超过 ${RANGES.share.max} 的比例，例如 0.8 或 80%。`,
  invalidBShare: 'A 类与 B 类的占比不能小于 A 类占比。',
  invalidDate: '请输入日期，或留空。',
  invalidPeriods: `请输入整数月数（${RANGES.periods.min} 或以上）。`,
  invalidProbability: `请输入 ${RANGES.probability.min} 到 ${RANGES.probability.max} 之间的概率，例如 0.5 或 50%。`,
  invalidThresholds: '活跃的阈值不能小于有流失风险的阈值。',
  invalidClusters: `请输入 ${RANGES.clusters.min} 到 ${RANGES.clusters.max} 之间的整数。`,
  needsDatesName: (model) => `${model}（需要购买日期）`,
  needsDates: (model, roles) =>
    `“${model}”需要知道每位客户首次和最近一次购买的时间：请选择${roles.map((role) => `“${role}”`).join('和')}列，或打开订单明细。`,
  fixOptions: '请更正下方标出的选项。',
  classify: '分层',
  resegment: '重新分层',
  clear: '清除',
  clearDeletes: ({ thisSheet, customers, summary }) => {
    if (thisSheet !== null) return `清除会删除此工作表“${thisSheet}”（由本插件生成）。确定清除吗？`;
    const sheets = [
      customers === null ? '' : `工作表“${customers}”（其中是客户列表）`,
      summary === null ? '' : `汇总工作表“${summary}”及隐藏的运行历史`,
    ].filter(Boolean);
    return `清除还会删除${sheets.join('和')}。确定清除吗？`;
  },
  confirmClear: '确认清除',
  cancel: '取消',
  classified: (customers, rows) =>
    `已为 ${ZH_NUMBERS.count(rows)} 行中的 ${ZH_NUMBERS.count(customers)} 位客户分层。`,
  cleared: (result) =>
    `已删除 ${result.removedColumns} 列、${result.removedSheets} 个工作表和 ${result.removedRules} 条颜色规则。`,
  remap: '请检查下方的列。',
  legend: '分层结果',
  legendPreview: '此模型的分层',
  previewHeading: '预览',
  previewNote: (customers) =>
    `按当前设置分层后 ${ZH_NUMBERS.count(customers)} 位客户的分布；尚未写入任何内容。`,
  previewUnavailable: (message) => `无法预览：${message}`,
  previewEntry: (label, customerShare, revenueShare) =>
    `${label}：占客户 ${ZH_NUMBERS.percent(customerShare)}，占收入 ${ZH_NUMBERS.percent(revenueShare)}`,
  previewCustomers: '客户占比',
  previewRevenue: '收入占比',
  breakdownHeading: '分组细分',
  breakdownColumn: '分组依据',
  breakdownBy: (header) => `按“${header}”统计各分层的客户数。`,
  breakdownSegment: '分层',
  breakdownCaption: '客户数；只列最大的几个分组，其余合为“其他”。汇总表中有全部分组及收入。',
  legendHint: '点击某一分层，只看它的行。',
  segmentShown: (label, rows) =>
    `只显示“${label}”：${ZH_NUMBERS.count(rows)} 行。再次点击即显示全部。`,
  showAll: '显示全部行',
  allShown: '已显示全部行。',
  copyList: '复制名单',
  copyListOf: (label) => `复制名单：${label}`,
  listCopied: (label, customers) =>
    `已复制“${label}”的 ${ZH_NUMBERS.count(customers)} 位客户，可粘贴到邮件工具或 CRM。`,
  listToCopy: (label, customers) =>
    `已在下方选中“${label}”的 ${ZH_NUMBERS.count(customers)} 位客户：按 Ctrl+C（Mac 上按 ⌘C）复制。`,
  copyTextLabel: '要复制的名单（以制表符分隔）',
  customers: (count) => `${ZH_NUMBERS.count(count)} 位客户`,
  revenueShare: (share) => `占收入 ${ZH_NUMBERS.percent(share)}`,
  percent: ZH_NUMBERS.percent,
  stale: '自上次运行以来数据已更改，请',
  autoRefresh: '打开表格时自动重新分层',
  autoRefreshHint: '无论谁打开表格，都以开启此项的用户（你）的身份运行；结果记在汇总表上。',
  migrationHeading: (since) => `与截至 ${since} 的上次运行相比的客户迁移`,
  migrationCaption: '各分层客户：行为上次，列为本次',
  newAndGone: (added, gone) =>
    `新客户 ${ZH_NUMBERS.count(added)} 位，消失的客户 ${ZH_NUMBERS.count(gone)} 位。`,
  alerts: (count) => `${ZH_NUMBERS.count(count)} 位客户降级`,
  openAlerts: '打开名单',
  alertsShown: '汇总工作表列出了降级的客户。',
  historyHeading: '从交易明细生成历史',
  historyHint:
    '按过去每月（或每周）的最后一天为此交易明细分层（不计之后的订单），每次运行记入历史表：第一天就能看到客户迁移。不写入其他内容。',
  historyPeriods: BACKFILL_PERIODS.label.zh,
  historyPeriodsRange: (min, max) => `请输入 ${min} 到 ${max} 之间的整数。`,
  historyUnit: '每期',
  historyUnits: { month: '月', week: '周（周一至周日）' },
  buildHistory: '生成历史',
  historyBuilt: ({ built, skipped, beforeFirstOrder, first, last }) => {
    const held = skipped > 0 ? `另有 ${ZH_NUMBERS.count(skipped)} 期已在历史中。` : '';
    const early =
      beforeFirstOrder > 0
        ? `另有 ${ZH_NUMBERS.count(beforeFirstOrder)} 期在第一笔订单之前结束。`
        : '';
    if (built === 0 && skipped === 0 && beforeFirstOrder > 0)
      return `无需添加：这 ${ZH_NUMBERS.count(beforeFirstOrder)} 期都在日志的第一笔订单之前结束。可改为按周。`;
    if (built === 0) return `无需添加：历史中已有这些时期。${early}`;
    return `已将 ${ZH_NUMBERS.count(built)} 次运行记入历史，截至日期从 ${first} 到 ${last}。${held}${early}`;
  },
};

export const WORDS: Readonly<Record<Language, Words>> = { en: EN, zh: ZH };

/** The language of the browser, for the words shown before the survey tells the sheet's. */
export function browserLanguage(): Language {
  return navigator.language.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}
