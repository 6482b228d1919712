/**
 * This file defines every message of bad input in Chinese: where the problem is, and what is
 * wrong, naming the value and what would be right.
 */
import { SUMMARY_LABELS } from '../core/btyd/summary-columns';
import { DEFAULT_CHURN_RISK_THRESHOLDS as CHURN_DEFAULTS } from '../core/churn-risk';
import { BREAK_COUNT } from '../core/measure-breaks';
import { RANGES } from '../core/option-registry';
import { fitFailedZh } from './fit-failed-messages';
import { AS_OF, exampleCode, ORDER_WORDS, type Phrases, sampleYearLast } from './message-phrases';

export const ZH_PHRASES: Phrases = {
  blank: '（空白）',
  quote: (text) => `“${text}”`,
  place: (fn, { argument, row, cell, column, item }) => {
    if (column) {
      const named = column.header
        ? `“${column.header}”列（${column.letter}）`
        : `${column.letter} 列`;
      return `${fn}：${named}${cell ? `单元格 ${cell}` : ''}：`;
    }
    if (!argument) return `${fn}：`;
    if (cell) return `${fn}：参数 ${argument} 单元格 ${cell}：`;
    if (item) return `${fn}：参数 ${argument} 第 ${item} 个值：`;
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
    money: `不小于 ${RANGES.money.min} 的金额，例如 5000 或 ¥5,000`,
  },
  problem: (problem, value, view, rowOf, inSheet) => {
    switch (problem.kind) {
      case 'not-a-number':
        return `${value} 不是数字。`;
      case 'mixed-currencies':
        return `${value} 与 ${ZH_PHRASES.quote(problem.otherValue)}（${rowOf(problem.otherRow)}）币种不同；不同币种的金额不能相加。请先换算成同一币种（不带货币符号的数字与一种货币并存没有问题）。`;
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
        return `${value} 无效，请使用${ZH_PHRASES.rules[problem.rule]}。`;
      case 'unknown-language':
        return `${value} 不是可用的语言，请使用 "en" 或 "zh"。`;
      case 'as-of-without-dates':
        return inSheet
          ? `此列是距最近购买的天数而不是日期，无法按${AS_OF.zh}计算；请将${AS_OF.zh}留空，或选择最近购买日期列。`
          : 'recency 是天数而不是日期，无法按截止日期计算；请省略 as_of，或以最近购买日期作为 recency。';
      case 'as-of-before-purchase': {
        const [purchase, asOf] = [problem.purchaseDay, problem.asOfDay].map(view.formatDay);
        return inSheet
          ? `此次购买（${purchase}）晚于${AS_OF.zh} ${asOf}；请选择不早于最近一次购买的${AS_OF.zh}，或留空。`
          : `此次购买（${purchase}）晚于 as_of（${asOf}）；请让 as_of 不早于最近一次购买，或省略 as_of。`;
      }
      case 'mixed-recency':
        return problem.expected === 'dates'
          ? `${value} 不是日期，而 recency 的第一个值是日期；整列请统一使用日期。`
          : `${value} 是日期，而 recency 的第一个值是天数；整列请统一使用一种。`;
      case 'blank-recency-for-buyer':
        return 'recency 为空，但 frequency 显示有购买记录；请填写最近购买。';
      case 'not-an-rfm-code':
        return `${value} 不是 RFM 代码（如 ${exampleCode(problem.bins)}，三个 1 到 ${problem.bins} 的分数）；请先用 RFM_SCORE 对原始数据打分。`;
      case 'not-a-segment-score':
        return `${value} 不是 1 到 ${problem.bins} 的分数；请先用 RFM_SCORE 对原始数据打分。`;
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
        return `${value}：请先给活跃阈值，再给流失风险阈值，均在 ${RANGES.probability.min} 到 ${RANGES.probability.max} 之间，且前者不小于后者（默认 ${CHURN_DEFAULTS.active}、${CHURN_DEFAULTS.atRisk}）。`;
      case 'breaks-out-of-order':
        return `${value} 不大于前一个分界点 ${problem.previous}；请从小到大给出分界点，每个只给一次（recency 也按天数从小到大，如 30、90、180、365）。`;
      case 'too-many-breaks':
        return `${value} 是第 ${BREAK_COUNT.max + 1} 个分界点（共 ${problem.count} 个）；每项最多 ${BREAK_COUNT.max} 个分界点，即 ${BREAK_COUNT.max + 1} 个评分等级（与 bins 一样为 ${RANGES.bins.min} 到 ${RANGES.bins.max}）。`;
      case 'high-value-share-and-from':
        return `${value}：high_value_share 与 high_value_from 只能给出其一。`;
    }
  },
  unexpected: (fn, detail) => `${fn}：发生意外错误（${detail}）。请连同公式一起反馈。`,
};
