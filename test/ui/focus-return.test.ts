// @vitest-environment jsdom
/**
 * This file defines the tests of the focus once a call started from the keyboard is done: back on
 * Classify or the legend entry it started from, on Classify after a confirmed Clear, and never
 * taken when it was not in the sidebar.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { byTestId, openSidebar, settle } from './sidebar-dom';
import { orderLog, SAVED, TIERS_RESULT } from './survey';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

const button = (testId: 'classify' | 'resegment' | 'clear') => byTestId<HTMLButtonElement>(testId);
const status = () => byTestId('status');

describe('the focus after a call started from the keyboard', () => {
  /**
   * What chromium does to a focused button the call disables: the focus leaves it for the body
   * (jsdom keeps it there, and blurs no disabled button, so the button is blurred enabled).
   */
  const blurDisabled = () => {
    const focused = document.activeElement as HTMLButtonElement | null;
    if (!focused?.disabled) return;
    focused.disabled = false;
    focused.blur();
    focused.disabled = true;
  };
  const legendEntries = () =>
    [...byTestId('legend').querySelectorAll('button.legend-entry')] as HTMLButtonElement[];

  it('comes back to Classify once its run is done', async () => {
    await openSidebar({
      sidebarSurvey: () => orderLog(),
      sidebarClassify: () => {
        blurDisabled();
        return TIERS_RESULT;
      },
    });
    button('classify').focus();
    button('classify').click();
    await settle();
    expect(status().textContent).toContain('Classified');
    expect(document.activeElement).toBe(button('classify'));
  });

  it('comes back to a legend entry, so Enter again shows every row', async () => {
    const fake = await openSidebar({
      sidebarSurvey: () => orderLog({ saved: SAVED, classified: true, lastRun: TIERS_RESULT }),
      sidebarShowSegment: () => {
        blurDisabled();
        return { label: 'Regular', rows: 1100 };
      },
      sidebarShowAll: () => null,
    });
    const entry = legendEntries()[1] as HTMLButtonElement;
    entry.focus();
    entry.click();
    await settle();
    expect(document.activeElement).toBe(entry);
    (document.activeElement as HTMLElement).click();
    await settle();
    expect(fake.callsOf('sidebarShowAll')).toHaveLength(1);
  });

  it('goes to Classify after a confirmed Clear, whose buttons are gone', async () => {
    await openSidebar({
      sidebarSurvey: () => orderLog({ saved: SAVED, classified: true, lastRun: TIERS_RESULT }),
      sidebarClear: () => {
        blurDisabled();
        return { removedColumns: 1, removedSheets: 1, removedRules: 4 };
      },
    });
    button('clear').focus();
    button('clear').click();
    byTestId<HTMLButtonElement>('confirm-clear').focus();
    byTestId<HTMLButtonElement>('confirm-clear').click();
    await settle();
    expect(status().textContent).toContain('Removed');
    expect(document.activeElement).toBe(button('classify'));
  });

  it('is not taken when it was not in the sidebar', async () => {
    await openSidebar({ sidebarSurvey: () => orderLog(), sidebarClassify: () => TIERS_RESULT });
    button('classify').click();
    await settle();
    expect(document.activeElement).toBe(document.body);
  });
});
