// @vitest-environment jsdom
/**
 * "Build history" in the sidebar: offered under a classified order log only (not a customer
 * table, not before a run, not after Clear); the number of periods checked against the option
 * registry's range beside its field, sending nothing when out of it; a build sent with the
 * sheet, its count and unit, said in the status line, its moves shown in the matrix.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { BackfillResult } from '../../src/addon/sidebar/api';
import { byTestId, choose, openSidebar, settle } from './sidebar-dom';
import { orderLog, SAVED, TIERS_RESULT } from './survey';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

const BUILT: BackfillResult = {
  built: 6,
  skipped: 0,
  beforeFirstOrder: 0,
  first: '2011-06-30',
  last: '2011-11-30',
  migration: {
    since: '2011-11-30',
    segments: ['High value', 'Regular'],
    counts: [
      [18, 1],
      [2, 70],
    ],
    newCustomers: 4,
    goneCustomers: 0,
    alerts: 1,
    topAlerts: [],
  },
};

const periods = () => document.getElementById('history-periods') as HTMLInputElement;
const classifiedLog = () =>
  openSidebar({
    sidebarSurvey: () => orderLog({ classified: true, lastRun: TIERS_RESULT, saved: SAVED }),
    sidebarBuildHistory: () => BUILT,
  });

describe('Build history', () => {
  it('is offered under a classified order log, and not before its first run', async () => {
    await openSidebar({ sidebarSurvey: () => orderLog() });
    expect(byTestId('history').hidden).toBe(true);
    await classifiedLog();
    expect(byTestId('history').hidden).toBe(false);
  });

  it('is not offered under a classified customer table, which holds no past', async () => {
    await openSidebar({
      sidebarSurvey: () =>
        orderLog({
          classified: true,
          lastRun: TIERS_RESULT,
          saved: { ...SAVED, shape: 'customers' },
        }),
    });
    expect(byTestId('history').hidden).toBe(true);
  });

  it('sends the sheet, the periods and their unit, and says what was recorded', async () => {
    const fake = await classifiedLog();
    expect(periods().value).toBe('12');
    choose(periods(), '6');
    choose(document.getElementById('history-unit') as HTMLSelectElement, 'week');
    byTestId<HTMLButtonElement>('build-history').click();
    await settle();
    expect(fake.callsOf('sidebarBuildHistory')).toEqual([
      [expect.objectContaining({ periods: 6, unit: 'week', sheetId: expect.any(Number) })],
    ]);
    expect(byTestId('status').textContent).toBe(
      'Recorded 6 runs in the history, as of 2011-06-30 to 2011-11-30.',
    );
    expect(byTestId('alerts').textContent).toContain('1');
    expect(byTestId('migration').closest('section')?.hidden).toBe(false);
  });

  it.each(['0', '61', '2.5', ''])(
    'refuses %j periods beside the field, sending nothing',
    async (value) => {
      const fake = await classifiedLog();
      choose(periods(), value);
      byTestId<HTMLButtonElement>('build-history').click();
      await settle();
      expect(fake.callsOf('sidebarBuildHistory')).toEqual([]);
      expect(periods().getAttribute('aria-invalid')).toBe('true');
      expect(document.getElementById('history-periods-problem')?.textContent).toBe(
        'A whole number from 1 to 60.',
      );
    },
  );
});
