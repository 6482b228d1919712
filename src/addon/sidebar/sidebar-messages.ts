/**
 * This file defines the sidebar's own messages, once per language, and the failure a user can
 * act on: a message in the sheet's language, and whether to reopen the column mapping.
 */
import type { Language } from '../../core/labels';
import { sheetReference } from './sheet-reference';
import type { MoneyDoubtPlace, SidebarAction, SidebarProblem } from './sidebar-problems';

const ACTION_NAMES: Readonly<Record<Language, Record<SidebarAction, string>>> = {
  en: {
    classify: 'Classify',
    resegment: 'Re-segment',
    clear: 'Clear',
    filter: 'Show segment',
    history: 'Build history',
  },
  zh: {
    classify: '分层',
    resegment: '重新分层',
    clear: '清除',
    filter: '只看此分层',
    history: '生成历史',
  },
};

/** The add-on's own sheets, as the messages name them. */
const ADDON_SHEET_KINDS = {
  en: { customers: 'customer sheet', summary: 'summary sheet', history: 'history sheet' },
  zh: { customers: '客户列表', summary: '分层汇总', history: '运行历史' },
} as const;

const MESSAGES: Readonly<Record<Language, (problem: SidebarProblem) => string>> = {
  en: (problem) => {
    switch (problem.kind) {
      case 'busy':
        return problem.action
          ? `Another change by Customer Tiers is under way in this spreadsheet — try ${ACTION_NAMES.en[problem.action]} again in a moment.`
          : 'Another change by Customer Tiers is under way in this spreadsheet — try again in a moment.';
      case 'sheet-gone':
        return 'The sheet this sidebar showed is gone; it now shows the active sheet.';
      case 'sheet-changed':
        return `The columns of ${sheetReference(problem.sheet)} changed since the sidebar read them; check the columns and try again. Nothing was changed.`;
      case 'unexpected':
        return `Customer Tiers stopped on an unexpected error (${problem.detail}). Please report it, saying what you pressed and what the sheet holds.`;
      case 'empty-sheet':
        return 'This sheet is empty: open a sheet of customers or orders.';
      case 'no-data-rows':
        return 'There are no rows of data below the header row.';
      case 'role-unmapped':
        return `Choose a column for "${problem.role}".`;
      case 'not-money':
        return `${columnNamed(problem, 'en')} holds ${LOOKS_LIKE.en[problem.looksLike]}, not money: summed as money it would give tiers that mean nothing. Choose the column of amounts (if this one is money, give it a header that says so, such as "Amount").`;
      case 'column-gone':
        return `The column "${problem.header}" is gone or renamed since the last run; check the columns and classify again.`;
      case 'column-ambiguous':
        return `Several columns are named "${problem.header}" now; check which one to use and classify again.`;
      case 'columns-moved':
        return 'Columns were inserted or deleted since the last run, and this sheet has no header row to find them by; check the columns and classify again.';
      case 'settings-unreadable':
        return "This sheet's saved settings can't be read (changed by hand or by another version); check the columns and classify again.";
      case 'not-saved':
        return 'This sheet has not been classified yet: choose the columns and press Classify.';
      case 'backfill-needs-log':
        return 'Only an order log with customer ids holds its past: a customer table has one row per customer, as of one day. Its history grows with each Re-segment.';
      case 'filtered':
        return 'The sheet has a filter: turn it off so that every row can be classified, then try again.';
      case 'not-classified':
        return 'This sheet holds no results of Customer Tiers now: press Classify first.';
      case 'summary-gone':
        return `The summary sheet of '${problem.sheet}', which lists the alerts, is gone: press Re-segment to write it again.`;
      case 'filter-needs-header-row':
        return 'Showing one segment needs a header row above the data (a filter never hides its first row): add one, classify again, then try again.';
      case 'segment-not-in-sheet':
        return `No row of the sheet is labelled "${problem.label}" now; press Re-segment to bring the labels up to date.`;
      case 'filter-misses-labels':
        return `Your filter on ${problem.range} does not reach the add-on's label column ${problem.column}: widen it to include column ${problem.column}, or turn it off, then try again. Your filter was not changed.`;
      case 'filter-has-label-criteria':
        return `Your filter already filters the label column ${problem.column}: remove that column's filter, then try again. Your filter was not changed.`;
      case 'protected':
        return problem.action === 'clear'
          ? `${problem.where} is protected, so Clear can't remove the add-on's results there; nothing was changed. Ask its owner to lift the protection, then clear again.`
          : `${problem.where} is protected and cannot be written; nothing was changed.`;
      case 'settings-too-large':
        return `This sheet's settings are too long to save (${kilobytes(problem.bytes)} KB; Sheets keeps ${kilobytes(problem.limit)} KB): shorten the headers of the chosen columns, then classify again. Nothing was changed.`;
      case 'orphan-only-sheet':
        return `${problem.where} holds the customers of a sheet that was deleted, but it is the spreadsheet's only sheet and can't be removed: add another sheet, then clear again.`;
      case 'addon-sheet':
        return `The sheet “${problem.sheet}” is the ${ADDON_SHEET_KINDS.en[problem.sheetKind]} Customer Tiers writes for the sheet “${problem.source}”, and each run of “${problem.source}” rewrites it: open “${problem.source}” to classify, re-segment or clear. Nothing was changed.`;
      case 'model-needs-purchase-days':
        return `${problem.model} needs to know when each customer first and last bought: choose a column for ${problem.roles.map((role) => `"${role}"`).join(' and ')}, or open the order log (a row per order), or choose another model.`;
    }
  },
  zh: (problem) => {
    switch (problem.kind) {
      case 'busy':
        return problem.action
          ? `此电子表格中正在进行 Customer Tiers 的另一项更改，请稍后再“${ACTION_NAMES.zh[problem.action]}”。`
          : '此电子表格中正在进行 Customer Tiers 的另一项更改，请稍后再试。';
      case 'sheet-gone':
        return '侧边栏显示的工作表已不存在；现在显示当前工作表。';
      case 'sheet-changed':
        return `侧边栏读取之后，工作表“${problem.sheet}”的列已有变动；请检查各列后重试。未做任何更改。`;
      case 'unexpected':
        return `Customer Tiers 遇到意外错误（${problem.detail}）。请报告此问题，并说明您点击了什么、工作表中有哪些数据。`;
      case 'empty-sheet':
        return '此工作表为空：请打开客户表或订单明细表。';
      case 'no-data-rows':
        return '标题行下面没有数据行。';
      case 'role-unmapped':
        return `请为“${problem.role}”选择一列。`;
      case 'not-money':
        return `${columnNamed(problem, 'zh')}是${LOOKS_LIKE.zh[problem.looksLike]}，不是金额：当作金额相加得出的分层没有意义。请选择金额列（如果此列确是金额，请把标题改成“金额”之类的名称）。`;
      case 'column-gone':
        return `自上次运行以来，“${problem.header}”列已被删除或改名；请检查列设置后重新分层。`;
      case 'column-ambiguous':
        return `现在有多列名为“${problem.header}”；请确认使用哪一列后重新分层。`;
      case 'columns-moved':
        return '自上次运行以来插入或删除了列，而此工作表没有标题行，无法据此找到原来的列；请检查各列后重新分层。';
      case 'settings-unreadable':
        return '无法读取此工作表保存的设置（可能被手动修改或来自其他版本）；请检查各列后重新分层。';
      case 'not-saved':
        return '此工作表尚未分层：请选择各列并点击“分层”。';
      case 'backfill-needs-log':
        return '只有带客户编号的交易明细保存着过去：客户表每位客户一行，只反映某一天的状态，其历史随每次“重新分层”积累。';
      case 'filtered':
        return '工作表启用了筛选：请先关闭筛选，以便对每一行分层，然后重试。';
      case 'not-classified':
        return '此工作表目前没有 Customer Tiers 的分层结果：请先点击“分层”。';
      case 'summary-gone':
        return `列出预警名单的“${problem.sheet}”汇总表已不存在：请点击“重新分层”重新生成。`;
      case 'filter-needs-header-row':
        return '只显示一个分层需要数据上方有标题行（筛选不会隐藏第一行）：请添加标题行并重新分层后再试。';
      case 'segment-not-in-sheet':
        return `工作表中已没有标为“${problem.label}”的行；请点击“重新分层”更新标签。`;
      case 'filter-misses-labels':
        return `您在 ${problem.range} 上的筛选没有覆盖插件的标签列 ${problem.column}：请把筛选范围扩展到 ${problem.column} 列，或关闭筛选，然后重试。您的筛选未被更改。`;
      case 'filter-has-label-criteria':
        return `您的筛选已对标签列 ${problem.column} 设置了条件：请先移除该列的筛选条件，然后重试。您的筛选未被更改。`;
      case 'protected':
        return problem.action === 'clear'
          ? `${problem.where}受保护，无法清除其中的分层结果；未做任何更改。请联系其所有者解除保护后再清除。`
          : `${problem.where}受保护，无法写入；未做任何更改。`;
      case 'settings-too-large':
        return `此工作表的设置过长，无法保存（${kilobytes(problem.bytes)} KB，Sheets 最多保存 ${kilobytes(problem.limit)} KB）：请缩短所选各列的标题，然后重新分层。未做任何更改。`;
      case 'orphan-only-sheet':
        return `${problem.where}保存的是一个已删除工作表的客户，但它是此电子表格中唯一的工作表，无法删除：请先添加一个工作表，再清除。`;
      case 'addon-sheet':
        return `工作表“${problem.sheet}”是 Customer Tiers 为“${problem.source}”生成的${ADDON_SHEET_KINDS.zh[problem.sheetKind]}，每次对“${problem.source}”分层都会重写它：请打开“${problem.source}”来分层、重新分层或清除。未做任何更改。`;
      case 'model-needs-purchase-days':
        return `“${problem.model}”需要知道每位客户首次和最近一次购买的时间：请为${problem.roles.map((role) => `“${role}”`).join('和')}选择列，或打开订单明细（每行一笔订单），或选择其他模型。`;
    }
  },
};

/** Bytes as kilobytes with one decimal, rounded up so that a size just over a limit shows over it. */
function kilobytes(bytes: number): string {
  return (Math.ceil((bytes / 1024) * 10) / 10).toFixed(1);
}

const LOOKS_LIKE: Readonly<Record<Language, Record<MoneyDoubtPlace['looksLike'], string>>> = {
  en: { 'customer-ids': 'customer or order ids', quantities: 'quantities' },
  zh: { 'customer-ids': '客户或订单编号', quantities: '数量' },
};

/** `column "Qty" (D)` / `“数量”列（D）`, or the letter alone without a header. */
function columnNamed({ header, letter }: MoneyDoubtPlace, language: Language): string {
  if (language === 'zh') return header ? `“${header}”列（${letter}）` : `${letter} 列`;
  return header ? `The column "${header}" (${letter})` : `Column ${letter}`;
}

/** `The column …` as it reads inside a sentence: `the column …`. */
const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

/** The status line's warning when the money column's values alone look like ids or quantities. */
export function moneyDoubtWarning(place: MoneyDoubtPlace, language: Language): string {
  return language === 'zh'
    ? `请核对：${columnNamed(place, 'zh')}看起来像${LOOKS_LIKE.zh[place.looksLike]}，而不是金额。`
    : `Check: ${lowerFirst(columnNamed(place, 'en'))} looks like ${LOOKS_LIKE.en[place.looksLike]} rather than money.`;
}

/** The status line's note when predicted CLV is left empty, with why (the spend model's refusal). */
export function noPredictedValueNote(reason: string, language: Language): string {
  return language === 'zh'
    ? `“预测终身价值”列留空：${reason}`
    : `Predicted CLV left empty: ${reason}`;
}

/** A failure the sidebar shows as it is; `remap` asks it to reopen the column mapping. */
export class SidebarError extends Error {
  constructor(
    message: string,
    readonly remap = false,
  ) {
    super(message);
    this.name = 'SidebarError';
  }
}

/** The error for a sidebar problem, in the user's language. */
export function sidebarError(problem: SidebarProblem, language: Language): SidebarError {
  const remap =
    problem.kind === 'column-gone' ||
    problem.kind === 'not-money' ||
    problem.kind === 'column-ambiguous' ||
    problem.kind === 'columns-moved' ||
    problem.kind === 'settings-unreadable' ||
    problem.kind === 'role-unmapped' ||
    problem.kind === 'model-needs-purchase-days' ||
    problem.kind === 'sheet-gone' ||
    problem.kind === 'sheet-changed';
  return new SidebarError(MESSAGES[language](problem), remap);
}
