// @vitest-environment jsdom
/**
 * Who moved where after a run, in the sidebar: the from → to matrix (a header row of segment
 * names, then a row per from-segment in the same order, its name first and counts after), the
 * number of customers who moved down, a button that opens their list on the summary sheet, in
 * English and Chinese; nothing on a model's first recorded run; and gone after Clear.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ClassifyResult } from '../../src/addon/sidebar/api';
import { byTestId, openSidebar, settle } from './sidebar-dom';
import { orderLog, SAVED, TIERS_RESULT } from './survey';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

const MOVED: ClassifyResult = {
  ...TIERS_RESULT,
  migration: {
    since: '2024-03-05',
    segments: ['High value', 'Regular', 'Churned'],
    counts: [
      [250, 30, 20],
      [5, 1000, 100],
      [0, 2, 90],
    ],
    newCustomers: 3,
    goneCustomers: 1,
    alerts: 50,
    topAlerts: [],
  },
};

/** The matrix as its cells read: the header row, then each row. */
function matrix(): string[][] {
  const table = byTestId<HTMLTableElement>('migration');
  const header = [...table.querySelectorAll('thead th')].map((cell) => cell.textContent ?? '');
  const rows = [...table.querySelectorAll('tbody tr')].map((row) =>
    [...row.children].map((cell) => cell.textContent ?? ''),
  );
  return [header, ...rows];
}

describe('who moved where after a run', () => {
  it('shows the matrix and how many moved down, and opens their list', async () => {
    const fake = await openSidebar({
      sidebarSurvey: () => orderLog({ saved: SAVED, classified: true }),
      sidebarResegment: () => ({ ...MOVED, layout: '1234:abc' }),
      sidebarShowAlerts: () => null,
    });
    expect(byTestId('migration').closest('section')?.hidden).toBe(true);
    byTestId<HTMLButtonElement>('resegment').click();
    await settle();
    expect(byTestId('migration').closest('section')?.hidden).toBe(false);
    expect(matrix()).toEqual([
      ['High value', 'Regular', 'Churned'],
      ['High value', '250', '30', '20'],
      ['Regular', '5', '1000', '100'],
      ['Churned', '0', '2', '90'],
    ]);
    expect(byTestId('alerts').textContent).toBe('50 customers moved down');
    byTestId<HTMLButtonElement>('open-alerts').click();
    await settle();
    expect(fake.callsOf('sidebarShowAlerts')).toEqual([[{ sheetId: 101, layout: '1234:abc' }]]);
    expect(byTestId('status').textContent).toBe(
      'The summary sheet shows the customers who moved down.',
    );
  });

  it('says so in Chinese, and hides the button when nobody moved down', async () => {
    await openSidebar({
      sidebarSurvey: () => orderLog({ saved: SAVED, classified: true, language: 'zh' }),
      sidebarResegment: () => ({
        ...MOVED,
        migration: { ...(MOVED.migration as NonNullable<ClassifyResult['migration']>), alerts: 0 },
        layout: '1234:abc',
      }),
    });
    byTestId<HTMLButtonElement>('resegment').click();
    await settle();
    expect(byTestId('alerts').textContent).toBe('0 位客户降级');
    expect(byTestId('open-alerts').hidden).toBe(true);
  });

  it('shows nothing on the first run of a model', async () => {
    await openSidebar({
      sidebarSurvey: () => orderLog({ saved: SAVED, classified: true }),
      sidebarResegment: () => ({ ...TIERS_RESULT, layout: '1234:abc' }),
    });
    byTestId<HTMLButtonElement>('resegment').click();
    await settle();
    expect(byTestId('migration').closest('section')?.hidden).toBe(true);
  });
});
