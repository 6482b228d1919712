/**
 * This file defines the sidebar's own messages, once per language, and the failure a user can
 * act on: a message in the sheet's language, and whether to reopen the column mapping.
 */
import type { Language } from '../../core/labels';

export type SidebarProblem =
  | { readonly kind: 'busy' }
  | { readonly kind: 'empty-sheet' }
  | { readonly kind: 'no-data-rows' }
  | { readonly kind: 'role-unmapped'; readonly role: string }
  | { readonly kind: 'column-gone'; readonly header: string }
  | { readonly kind: 'not-saved' }
  | { readonly kind: 'filtered' }
  | { readonly kind: 'protected'; readonly where: string };

const MESSAGES: Readonly<Record<Language, (problem: SidebarProblem) => string>> = {
  en: (problem) => {
    switch (problem.kind) {
      case 'busy':
        return 'Someone is already classifying this sheet — try again in a moment.';
      case 'empty-sheet':
        return 'This sheet is empty: open a sheet of customers or orders.';
      case 'no-data-rows':
        return 'There are no rows of data below the header row.';
      case 'role-unmapped':
        return `Choose a column for "${problem.role}".`;
      case 'column-gone':
        return `The column "${problem.header}" is gone or renamed since the last run; check the columns and classify again.`;
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
        return '其他人正在对此工作表分层，请稍后再试。';
      case 'empty-sheet':
        return '此工作表为空：请打开客户表或订单明细表。';
      case 'no-data-rows':
        return '表头行下面没有数据行。';
      case 'role-unmapped':
        return `请为“${problem.role}”选择一列。`;
      case 'column-gone':
        return `自上次运行以来，“${problem.header}”列已被删除或改名；请检查列设置后重新分层。`;
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
  const remap = problem.kind === 'column-gone' || problem.kind === 'role-unmapped';
  return new SidebarError(MESSAGES[language](problem), remap);
}
