/**
 * This file defines the sidebar's own messages, once per language, and the failure a user can
 * act on: a message in the sheet's language, and whether to reopen the column mapping.
 */
import type { Language } from '../../core/labels';

/** What the user asked the sidebar to do. */
export type SidebarAction = 'survey' | 'classify' | 'resegment' | 'clear';

export type SidebarProblem =
  | { readonly kind: 'busy'; readonly action: SidebarAction }
  | { readonly kind: 'sheet-gone' }
  | { readonly kind: 'sheet-changed'; readonly sheet: string }
  | { readonly kind: 'unexpected'; readonly detail: string }
  | { readonly kind: 'empty-sheet' }
  | { readonly kind: 'no-data-rows' }
  | { readonly kind: 'role-unmapped'; readonly role: string }
  | { readonly kind: 'column-gone'; readonly header: string }
  | { readonly kind: 'column-ambiguous'; readonly header: string }
  | { readonly kind: 'settings-unreadable' }
  | { readonly kind: 'not-saved' }
  | { readonly kind: 'filtered' }
  | { readonly kind: 'protected'; readonly where: string };

const BUSY_EN: Readonly<Record<SidebarAction, string>> = {
  survey: 'working on',
  classify: 'classifying',
  resegment: 're-segmenting',
  clear: 'clearing results in',
};
const BUSY_ZH: Readonly<Record<SidebarAction, string>> = {
  survey: '处理此表格',
  classify: '对此表格分层',
  resegment: '对此表格重新分层',
  clear: '清除此表格的结果',
};

/** A sheet's name as Sheets quotes it in references: 'My sheet', with quotes doubled. */
export function quoted(sheetName: string): string {
  return `'${sheetName.replaceAll("'", "''")}'`;
}

const MESSAGES: Readonly<Record<Language, (problem: SidebarProblem) => string>> = {
  en: (problem) => {
    switch (problem.kind) {
      case 'busy':
        return `Someone is already ${BUSY_EN[problem.action]} this spreadsheet — try again in a moment.`;
      case 'sheet-gone':
        return 'The sheet this sidebar showed is gone; it now shows the active sheet.';
      case 'sheet-changed':
        return `The columns of ${quoted(problem.sheet)} changed since the sidebar read them; check the columns and try again. Nothing was changed.`;
      case 'unexpected':
        return `Customer Tiers stopped on an unexpected error (${problem.detail}). Please report it, saying what you pressed and what the sheet holds.`;
      case 'empty-sheet':
        return 'This sheet is empty: open a sheet of customers or orders.';
      case 'no-data-rows':
        return 'There are no rows of data below the header row.';
      case 'role-unmapped':
        return `Choose a column for "${problem.role}".`;
      case 'column-gone':
        return `The column "${problem.header}" is gone or renamed since the last run; check the columns and classify again.`;
      case 'column-ambiguous':
        return `Several columns are named "${problem.header}" now; check which one to use and classify again.`;
      case 'settings-unreadable':
        return "This sheet's saved settings can't be read (changed by hand or by another version); check the columns and classify again.";
      case 'not-saved':
        return 'This sheet has not been classified yet: choose the columns and press Classify.';
      case 'filtered':
        return 'The sheet has a filter: turn it off so that every row can be classified, then try again.';
      case 'protected':
        return `${problem.where} is protected and cannot be written; nothing was changed.`;
    }
  },
  zh: (problem) => {
    switch (problem.kind) {
      case 'busy':
        return `其他人正在${BUSY_ZH[problem.action]}，请稍后再试。`;
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
      case 'column-gone':
        return `自上次运行以来，“${problem.header}”列已被删除或改名；请检查列设置后重新分层。`;
      case 'column-ambiguous':
        return `现在有多列名为“${problem.header}”；请确认使用哪一列后重新分层。`;
      case 'settings-unreadable':
        return '无法读取此工作表保存的设置（可能被手动修改或来自其他版本）；请检查各列后重新分层。';
      case 'not-saved':
        return '此工作表尚未分层：请选择各列并点击“分层”。';
      case 'filtered':
        return '工作表启用了筛选：请先关闭筛选，以便对每一行分层，然后重试。';
      case 'protected':
        return `${problem.where}受保护，无法写入；未做任何更改。`;
    }
  },
};

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
    problem.kind === 'column-ambiguous' ||
    problem.kind === 'settings-unreadable' ||
    problem.kind === 'role-unmapped' ||
    problem.kind === 'sheet-gone' ||
    problem.kind === 'sheet-changed';
  return new SidebarError(MESSAGES[language](problem), remap);
}
