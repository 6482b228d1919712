// @vitest-environment jsdom
/**
 * This file defines the tests of the breakdown after a run: hidden without group-by columns, one
 * table of customers per segment and group (segment names first, in the legend's colours, text
 * kept as text), a picker when several columns are mapped, and gone again after a Clear.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { BreakdownSplit, ClassifyResult } from '../../src/addon/sidebar/api';
import { breakdownView } from '../../ui/breakdown-view';
import { WORDS } from '../../ui/words';
import { byTestId, choose, openSidebar, settle } from './sidebar-dom';
import { MARKUP_HEADER, orderLog, TIERS_RESULT } from './survey';

const REGION: BreakdownSplit = {
  header: 'Region',
  segments: ['High value', 'Regular'],
  groups: ['North', MARKUP_HEADER, 'Other'],
  customers: [
    [100, 150, 50],
    [700, 400, 100],
  ],
};
const REP: BreakdownSplit = {
  header: 'Sales rep',
  segments: ['High value', 'Regular'],
  groups: ['Ann', 'Bo'],
  customers: [
    [120, 180],
    [600, 600],
  ],
};
const WITH_GROUPS: ClassifyResult = { ...TIERS_RESULT, breakdowns: [REGION, REP] };

/** The table's cells, row by row, as text. */
const cells = (root: ParentNode) =>
  [...root.querySelectorAll('tr')].map((row) =>
    [...row.querySelectorAll('th, td')].map((cell) => cell.textContent),
  );

describe('breakdownView', () => {
  it('stays hidden after a run without group-by columns', () => {
    const view = breakdownView(WORDS.en);
    view.show(TIERS_RESULT);
    expect(view.root.hidden).toBe(true);
  });

  it('shows segments down and groups across, names first, markup as text', () => {
    const view = breakdownView(WORDS.en);
    view.show({ ...TIERS_RESULT, breakdowns: [REGION] });
    expect(view.root.hidden).toBe(false);
    expect(view.root.querySelector('select')).toBeNull();
    expect(view.root.textContent).toContain('by “Region”');
    expect(cells(view.root)).toEqual([
      ['Segment', 'North', MARKUP_HEADER, 'Other'],
      ['High value', '100', '150', '50'],
      ['Regular', '700', '400', '100'],
    ]);
    expect(view.root.querySelector('img')).toBeNull();
    const swatch = view.root.querySelector<HTMLElement>('tbody .swatch');
    expect(swatch?.style.background).toBe('rgb(183, 225, 205)');
  });

  it('offers a picker when several columns are mapped, and shows the one picked', () => {
    const view = breakdownView(WORDS.zh);
    document.body.append(view.root);
    view.show(WITH_GROUPS);
    const picker = view.root.querySelector('select') as HTMLSelectElement;
    expect([...picker.options].map((option) => option.text)).toEqual(['Region', 'Sales rep']);
    choose(picker, '1');
    expect(cells(view.root)[0]).toEqual(['分层', 'Ann', 'Bo']);
    expect(cells(view.root)[2]).toEqual(['Regular', '600', '600']);
    view.root.remove();
  });
});

describe('the breakdown on the page', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('appears after Classify, below the legend, and goes with a Clear', async () => {
    await openSidebar({
      sidebarSurvey: () => orderLog(),
      sidebarClassify: () => WITH_GROUPS,
      sidebarClear: () => ({ removedColumns: 1, removedSheets: 0, removedRules: 2 }),
    });
    expect(byTestId('breakdown').hidden).toBe(true);
    byTestId<HTMLButtonElement>('classify').click();
    await settle();
    expect(byTestId('breakdown').hidden).toBe(false);
    expect(
      byTestId('legend').compareDocumentPosition(byTestId('breakdown')) &
        Node.DOCUMENT_POSITION_FOLLOWING,
    ).toBeTruthy();
    byTestId<HTMLButtonElement>('clear').click();
    await settle();
    byTestId<HTMLButtonElement>('confirm-clear')?.click();
    await settle();
    expect(byTestId('breakdown').hidden).toBe(true);
  });
});
