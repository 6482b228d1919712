/**
 * This file defines the line the automatic refresh leaves on a classified sheet's summary sheet,
 * where every editor sees it (a trigger's failure mails nobody in an add-on): "Last automatic
 * refresh", when, and whether it re-segmented the sheet, failed (and why) or was skipped. The
 * line is found again by its label in column A, in either language, and rewritten in place; a
 * Re-segment rewrites the summary and the line with it.
 */
import type { Language } from '../../core/labels';
import { ownedSheet } from '../sidebar/owned';

/** How an automatic refresh of one sheet ended. */
export type RefreshOutcome =
  | { readonly kind: 'done' }
  | { readonly kind: 'failed'; readonly message: string }
  | { readonly kind: 'busy' };

export const REFRESH_WORDS = {
  label: { en: 'Last automatic refresh', zh: '上次自动重新分层' },
  done: { en: 'Done: re-segmented with the new data', zh: '完成：已按新数据重新分层' },
  failed: {
    en: 'Failed, the previous results are kept: ',
    zh: '失败，之前的结果保持不变：',
  },
  busy: {
    en: 'Skipped: another run was under way; the next opening tries again',
    zh: '已跳过：另一个操作正在进行，下次打开时再试',
  },
} as const;

const WHEN = 'yyyy-mm-dd hh:mm';

/** The line's text after its label and time. */
export function outcomeText(outcome: RefreshOutcome, language: Language): string {
  if (outcome.kind === 'failed') return `${REFRESH_WORDS.failed[language]}${outcome.message}`;
  return REFRESH_WORDS[outcome.kind][language];
}

/**
 * Records a refresh of `source` on its summary sheet; false when there is none to record it on,
 * or it can't be written (protected since).
 */
export function recordRefresh(
  source: GoogleAppsScript.Spreadsheet.Sheet,
  outcome: RefreshOutcome,
  language: Language,
  at: Date,
): boolean {
  const summary = ownedSheet(source.getParent(), source.getSheetId(), 'summary')?.sheet;
  if (!summary) return false;
  try {
    const row = lineRow(summary);
    const line = summary.getRange(row, 1, 1, 3);
    line.setNumberFormats([['@', WHEN, '@']]);
    line.setValues([[REFRESH_WORDS.label[language], at, outcomeText(outcome, language)]]);
    line.setFontWeights([['bold', 'normal', 'normal']]);
    return true;
  } catch {
    // recording is a courtesy: a summary made read-only since must not fail the refresh
    return false;
  }
}

/** The row of the line: where it is, else two rows below the summary's last. */
function lineRow(summary: GoogleAppsScript.Spreadsheet.Sheet): number {
  const last = summary.getLastRow();
  if (last === 0) return 1;
  const labels: readonly string[] = Object.values(REFRESH_WORDS.label);
  const firstColumn = summary.getRange(1, 1, last, 1).getValues();
  const found = firstColumn.findIndex(([cell]) => labels.includes(String(cell)));
  return found >= 0 ? found + 1 : last + 2;
}
