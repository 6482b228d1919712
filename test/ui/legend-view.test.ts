// @vitest-environment jsdom
/**
 * This file defines the tests of the legend after a run: each entry a toggle button that asks the
 * server to show only that segment's rows, pressed while they alone show; pressed again, or "Show
 * all", every row; a segment without customers can't be chosen; reopening the sidebar shows the
 * segment the sheet still shows alone; and in Chinese.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { serverFailure } from './fake-script-run';
import { byTestId, openSidebar, settle } from './sidebar-dom';
import { orderLog, SAVED, TIERS_RESULT } from './survey';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

const entries = () => [...byTestId('legend').querySelectorAll('li button')] as HTMLButtonElement[];
const pressed = () => entries().map((entry) => entry.getAttribute('aria-pressed'));
const showAll = () => byTestId<HTMLButtonElement>('show-all');
const classified = { saved: SAVED, classified: true, lastRun: TIERS_RESULT };

describe('a legend entry after a run', () => {
  it('shows only its rows, says how many, and is pressed', async () => {
    const fake = await openSidebar({
      sidebarSurvey: () => orderLog(classified),
      sidebarShowSegment: () => ({ label: 'Regular', rows: 1100 }),
    });
    expect(showAll().hidden).toBe(true);
    entries()[1]?.click();
    await settle();
    expect(fake.callsOf('sidebarShowSegment')).toEqual([
      [{ sheetId: 101, layout: '1234:abc', label: 'Regular' }],
    ]);
    expect(pressed()).toEqual(['false', 'true']);
    expect(showAll().hidden).toBe(false);
    expect(byTestId('status').textContent).toBe(
      'Showing only “Regular”: 1,100 rows. Click it again to show all.',
    );
  });

  it('pressed again shows every row', async () => {
    const fake = await openSidebar({
      sidebarSurvey: () => orderLog(classified),
      sidebarShowSegment: () => ({ label: 'Regular', rows: 1100 }),
      sidebarShowAll: () => null,
    });
    entries()[1]?.click();
    await settle();
    entries()[1]?.click();
    await settle();
    expect(fake.callsOf('sidebarShowAll')).toEqual([[{ sheetId: 101, layout: '1234:abc' }]]);
    expect(pressed()).toEqual(['false', 'false']);
    expect(showAll().hidden).toBe(true);
    expect(byTestId('status').textContent).toBe('All rows shown.');
  });

  it('"Show all" shows every row', async () => {
    const fake = await openSidebar({
      sidebarSurvey: () => orderLog(classified),
      sidebarShowSegment: () => ({ label: 'High value', rows: 200 }),
      sidebarShowAll: () => null,
    });
    entries()[0]?.click();
    await settle();
    showAll().click();
    await settle();
    expect(fake.callsOf('sidebarShowAll')).toHaveLength(1);
    expect(pressed()).toEqual(['false', 'false']);
  });

  it('another entry shows that segment instead', async () => {
    const fake = await openSidebar({
      sidebarSurvey: () => orderLog(classified),
      sidebarShowSegment: (request) => ({ label: request.label, rows: 5 }),
    });
    entries()[0]?.click();
    await settle();
    entries()[1]?.click();
    await settle();
    expect(
      fake.callsOf('sidebarShowSegment').map(([request]) => (request as { label: string }).label),
    ).toEqual(['High value', 'Regular']);
    expect(pressed()).toEqual(['false', 'true']);
  });

  it('keeps its state when the server refuses, and says why', async () => {
    await openSidebar({
      sidebarSurvey: () => orderLog(classified),
      sidebarShowSegment: () => {
        throw serverFailure({ message: 'Your filter was not changed.', remap: false });
      },
    });
    entries()[1]?.click();
    await settle();
    expect(pressed()).toEqual(['false', 'false']);
    expect(byTestId('status').textContent).toBe('Your filter was not changed.');
  });

  it('of a segment without customers cannot be chosen', async () => {
    const [first, ...rest] = TIERS_RESULT.legend;
    if (!first) throw new Error('the result has a legend');
    const empty = { ...first, customers: 0, revenueShare: 0 };
    await openSidebar({
      sidebarSurvey: () =>
        orderLog({
          ...classified,
          lastRun: { ...TIERS_RESULT, legend: [empty, ...rest] },
        }),
    });
    expect(entries().map((entry) => entry.disabled)).toEqual([true, false]);
  });

  it('is pressed on reopening while the sheet still shows that segment alone', async () => {
    await openSidebar({
      sidebarSurvey: () => orderLog({ ...classified, shownSegment: 'Regular' }),
    });
    expect(pressed()).toEqual(['false', 'true']);
    expect(showAll().hidden).toBe(false);
  });

  it('is explained in Chinese', async () => {
    await openSidebar({
      sidebarSurvey: () => orderLog({ ...classified, language: 'zh' }),
      sidebarShowSegment: () => ({ label: '普通客户', rows: 12 }),
    });
    expect(byTestId('legend').textContent).toContain('点击某一分层，只看它的行。');
    entries()[1]?.click();
    await settle();
    expect(byTestId('status').textContent).toBe('只显示“普通客户”：12 行。再次点击即显示全部。');
    expect(showAll().textContent).toBe('显示全部行');
  });
});
