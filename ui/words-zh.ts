/**
 * This file defines the sidebar's words in Chinese (the Words of words.ts): one verb per action
 * (分层, 重新分层, 清除, as the server's messages name them) and one word for the header row (标题行).
 */
import { roleLabels } from '../src/core/column-roles';
import { BACKFILL_PERIODS, RANGES } from '../src/core/option-registry';
import { numberFormats } from './number-formats';
import type { SheetToWrite, Words } from './words';

const ZH_NUMBERS = numberFormats('zh-CN');

export const ZH: Words = {
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
