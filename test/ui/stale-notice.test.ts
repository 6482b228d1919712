// @vitest-environment jsdom
/**
 * This file defines the tests of the stale notice: shown when the survey says the sheet's data
 * changed since its last run, in either language, with a Re-segment button that re-segments the
 * sheet and then hides the notice; not shown otherwise.
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

const classified = { saved: SAVED, classified: true, lastRun: TIERS_RESULT };

describe('the stale notice', () => {
  it('says the data changed, and its button re-segments the sheet and hides it', async () => {
    const fake = await openSidebar({
      sidebarSurvey: () => orderLog({ ...classified, stale: true }),
      sidebarResegment: (target) => ({ ...TIERS_RESULT, layout: target.layout }),
    });
    const notice = byTestId('stale');
    expect(notice.hidden).toBe(false);
    expect(notice.textContent).toBe('The data changed since the last run — Re-segment');
    notice.querySelector('button')?.click();
    await settle();
    expect(fake.callsOf('sidebarResegment')).toHaveLength(1);
    expect(notice.hidden).toBe(true);
  });

  it('is in Chinese for a Chinese spreadsheet', async () => {
    await openSidebar({
      sidebarSurvey: () => orderLog({ ...classified, stale: true, language: 'zh' }),
    });
    expect(byTestId('stale').textContent).toBe('自上次运行以来数据已更改，请重新分层');
  });

  it.each([
    ['the data is as the last run left it', { ...classified, stale: false }],
    ['the server does not say', classified],
    ['the sheet was never classified', { stale: true }],
  ])('is hidden when %s', async (_, survey) => {
    await openSidebar({ sidebarSurvey: () => orderLog(survey) });
    expect(byTestId('stale').hidden).toBe(true);
  });
});
