// @vitest-environment jsdom
/**
 * This file defines the tests of the legend after a run: each entry a toggle button that asks the
 * server to show only that segment's rows, pressed while they alone show; pressed again, or "Show
 * all", every row; a segment without customers can't be chosen; reopening the sidebar shows the
 * segment the sheet still shows alone; and in Chinese. Beside each entry, "Copy list" copies the
 * segment's list to the clipboard, or, when the clipboard refuses or is missing, shows it selected
 * in a read-only text box for Ctrl+C, saying how many customers it holds.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SegmentList } from '../../src/addon/sidebar/api';
import { serverFailure } from './fake-script-run';
import { byTestId, openSidebar, settle } from './sidebar-dom';
import { orderLog, SAVED, TIERS_RESULT } from './survey';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

const entries = () =>
  [...byTestId('legend').querySelectorAll('li button.legend-entry')] as HTMLButtonElement[];
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

describe('"Copy list" beside a legend entry', () => {
  const LIST: SegmentList = {
    label: 'Regular',
    columns: ['Customer', 'Email'],
    rows: [
      ['C1', 'c1@example.com'],
      ['C2', 'c2@example.com'],
    ],
    text: 'Customer\tEmail\nC1\tc1@example.com\nC2\tc2@example.com',
  };
  const copyButtons = () =>
    [...document.querySelectorAll('[data-testid="copy-list"]')] as HTMLButtonElement[];
  const copyText = () => byTestId<HTMLTextAreaElement>('copy-text');
  /** Gives the page a clipboard (or takes it away: undefined), as the browser would. */
  const useClipboard = (clipboard: Pick<Clipboard, 'writeText'> | undefined) =>
    Object.defineProperty(navigator, 'clipboard', { value: clipboard, configurable: true });
  afterEach(() => useClipboard(undefined));

  it('copies the segment’s list, says how many customers, and gives the focus back', async () => {
    const writeText = vi.fn(async (_text: string) => {});
    useClipboard({ writeText });
    const fake = await openSidebar({
      sidebarSurvey: () => orderLog(classified),
      sidebarSegmentList: () => LIST,
    });
    expect(copyButtons().map((button) => button.textContent)).toEqual(['Copy list', 'Copy list']);
    expect(copyButtons()[1]?.getAttribute('aria-label')).toBe('Copy list: Regular');
    expect(copyButtons()[1]?.type).toBe('button');
    copyButtons()[1]?.focus();
    copyButtons()[1]?.click();
    await settle();
    expect(fake.callsOf('sidebarSegmentList')).toEqual([
      [{ sheetId: 101, layout: '1234:abc', segment: 'regular' }],
    ]);
    expect(writeText).toHaveBeenCalledWith(LIST.text);
    expect(copyText().hidden).toBe(true);
    expect(byTestId('status').textContent).toBe(
      'Copied 2 customers of “Regular”: paste them into your mail tool or CRM.',
    );
    expect(document.activeElement).toBe(copyButtons()[1]);
    // copying shows no segment alone
    expect(pressed()).toEqual(['false', 'false']);
  });

  it.each([
    ['refuses', { writeText: async () => Promise.reject(new Error('NotAllowedError')) }],
    ['is missing', undefined],
  ])('shows the list selected for Ctrl+C when the clipboard %s', async (_, clipboard) => {
    useClipboard(clipboard);
    await openSidebar({
      sidebarSurvey: () => orderLog(classified),
      sidebarSegmentList: () => LIST,
    });
    copyButtons()[1]?.click();
    await settle();
    const box = copyText();
    expect(box.hidden).toBe(false);
    expect(box.readOnly).toBe(true);
    expect(box.value).toBe(LIST.text);
    expect(document.activeElement).toBe(box);
    expect([box.selectionStart, box.selectionEnd]).toEqual([0, LIST.text.length]);
    expect(byTestId('status').textContent).toBe(
      '2 customers of “Regular” selected below: press Ctrl+C (⌘C on a Mac) to copy them.',
    );
  });

  it('says why the server refused, and shows no list', async () => {
    await openSidebar({
      sidebarSurvey: () => orderLog(classified),
      sidebarSegmentList: () => {
        throw serverFailure({
          message: 'No row of the sheet is labelled "Regular" now.',
          remap: false,
        });
      },
    });
    copyButtons()[1]?.click();
    await settle();
    expect(copyText().hidden).toBe(true);
    expect(byTestId('status').textContent).toBe('No row of the sheet is labelled "Regular" now.');
  });

  it('of a segment without customers cannot be pressed', async () => {
    const [first, ...rest] = TIERS_RESULT.legend;
    if (!first) throw new Error('the result has a legend');
    await openSidebar({
      sidebarSurvey: () =>
        orderLog({
          ...classified,
          lastRun: {
            ...TIERS_RESULT,
            legend: [{ ...first, customers: 0, revenueShare: 0 }, ...rest],
          },
        }),
    });
    expect(copyButtons().map((button) => button.disabled)).toEqual([true, false]);
  });

  it('is in Chinese on a Chinese spreadsheet', async () => {
    useClipboard(undefined);
    await openSidebar({
      sidebarSurvey: () => orderLog({ ...classified, language: 'zh' }),
      sidebarSegmentList: () => ({ ...LIST, label: '普通客户' }),
    });
    expect(copyButtons()[1]?.textContent).toBe('复制名单');
    expect(copyButtons()[1]?.getAttribute('aria-label')).toBe('复制名单：Regular');
    copyButtons()[1]?.click();
    await settle();
    expect(byTestId('status').textContent).toBe(
      '已在下方选中“普通客户”的 2 位客户：按 Ctrl+C（Mac 上按 ⌘C）复制。',
    );
    expect(copyText().getAttribute('aria-label')).toBe('要复制的名单（以制表符分隔）');
  });
});
