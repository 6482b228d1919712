/**
 * This file defines the tests of the sidebar's own messages: every problem said in both
 * languages, in the product's words (标题行, one verb per action, no argument names); which ones
 * reopen the column mapping; sizes rounded up so a size just over the limit shows over it; the
 * action named in the busy message; and the warning of a money column that looks like ids.
 */
import { describe, expect, it } from 'vitest';
import { moneyDoubtWarning, sidebarError } from '../../../src/addon/sidebar/sidebar-messages';
import type { SidebarProblem } from '../../../src/addon/sidebar/sidebar-problems';

/** One problem of every kind, with the remap each must ask for. */
const PROBLEMS: readonly [SidebarProblem, boolean][] = [
  [{ kind: 'busy', action: 'clear' }, false],
  [{ kind: 'busy' }, false],
  [{ kind: 'sheet-gone' }, true],
  [{ kind: 'sheet-changed', sheet: 'Orders' }, true],
  [{ kind: 'unexpected', detail: 'x is undefined' }, false],
  [{ kind: 'empty-sheet' }, false],
  [{ kind: 'no-data-rows' }, false],
  [{ kind: 'role-unmapped', role: 'Amount' }, true],
  [{ kind: 'column-gone', header: 'Amount' }, true],
  [{ kind: 'not-money', header: 'Qty', letter: 'D', looksLike: 'quantities' }, true],
  [{ kind: 'column-ambiguous', header: 'Amount' }, true],
  [{ kind: 'columns-moved' }, true],
  [{ kind: 'settings-unreadable' }, true],
  [{ kind: 'not-saved' }, false],
  [{ kind: 'filtered' }, false],
  [{ kind: 'protected', where: "'Orders'!D2:D9", action: 'clear' }, false],
  [{ kind: 'settings-too-large', bytes: 9217, limit: 9216 }, false],
  [{ kind: 'orphan-only-sheet', where: "'Orders · customer tiers'" }, false],
];

describe('sidebarError', () => {
  it('has a case for every kind of problem', () => {
    const kinds = new Set(PROBLEMS.map(([problem]) => problem.kind));
    expect(kinds.size).toBe(17);
  });

  it.each(PROBLEMS)('%o reopens the mapping: %s', (problem, remap) => {
    expect(sidebarError(problem, 'en').remap).toBe(remap);
    expect(sidebarError(problem, 'zh').remap).toBe(remap);
  });

  it.each(PROBLEMS.map(([problem]) => [problem.kind, problem] as const))(
    '%s is said in both languages, in the product’s words',
    (_, problem) => {
      const [en, zh] = (['en', 'zh'] as const).map(
        (language) => sidebarError(problem, language).message,
      );
      expect(en).toMatch(/^[^\u4e00-\u9fff]*$/);
      expect(zh).toMatch(/[\u4e00-\u9fff]/);
      // one word for a header row, one verb for classifying, no formula jargon
      expect(zh).not.toMatch(/表头|分类|分群|参数/);
      expect(en).not.toMatch(/\b(argument|as_of|recency|order_ids|unit_price)\b/);
      expect(en).not.toContain('with the formula');
    },
  );

  it('rounds a size up, so that a size just over the limit shows over it', () => {
    expect(
      sidebarError({ kind: 'settings-too-large', bytes: 9217, limit: 9216 }, 'en').message,
    ).toBe(
      "This sheet's settings are too long to save (9.1 KB; Sheets keeps 9.0 KB): shorten the headers of the chosen columns, then classify again. Nothing was changed.",
    );
  });

  it('names the action another run is blocking, in the button’s words', () => {
    expect(sidebarError({ kind: 'busy', action: 'clear' }, 'en').message).toContain(
      'try Clear again',
    );
    expect(sidebarError({ kind: 'busy', action: 'resegment' }, 'zh').message).toContain(
      '请稍后再“重新分层”',
    );
  });
});

describe('moneyDoubtWarning', () => {
  it('names the column by header and letter, or letter alone, mid-sentence, in both languages', () => {
    expect(moneyDoubtWarning({ header: 'Qty', letter: 'D', looksLike: 'quantities' }, 'en')).toBe(
      'Check: the column "Qty" (D) looks like quantities rather than money.',
    );
    expect(moneyDoubtWarning({ header: '', letter: 'D', looksLike: 'customer-ids' }, 'zh')).toBe(
      '请核对：D 列看起来像客户或订单编号，而不是金额。',
    );
    expect(moneyDoubtWarning({ header: '', letter: 'D', looksLike: 'quantities' }, 'en')).toBe(
      'Check: column D looks like quantities rather than money.',
    );
  });
});
