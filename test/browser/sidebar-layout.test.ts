/**
 * The sidebar alone in chromium at Sheets' 300 px, with scrollbars that take room as on Windows
 * and most Linux desktops: nothing overflows sideways and no dropdown is cut at its right edge.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ClassifySettings } from '../../src/addon/sidebar/api';
import { DEFAULT_OPTIONS, onlineRetail, TIERS_RESULT } from '../ui/survey';
import { launchWithScrollbars, openSidebarAlone, SIDEBAR_WIDTH } from './sidebar-alone';

const BROWSER_LIMIT_MS = 120_000;

let browser: Browser | undefined;

beforeAll(async () => {
  browser = await launchWithScrollbars();
}, BROWSER_LIMIT_MS);

afterAll(async () => {
  await browser?.close();
});

/** Opens every fold, so that all the sidebar's controls are laid out. */
async function unfoldAll(page: Page): Promise<void> {
  await page.evaluate(() => {
    for (const details of document.querySelectorAll('details')) details.open = true;
  });
}

const retail = onlineRetail();
const savedRun: ClassifySettings = {
  headerRow: retail.headerRow,
  shape: 'transactions',
  roles: retail.columns.flatMap(({ index, role }) => (role ? [{ index, role }] : [])),
  model: 'tiers',
  options: DEFAULT_OPTIONS,
};

describe('the sidebar at 300 px with scrollbars that take room', () => {
  it(
    'fits its width: no sideways scrolling, every dropdown whole',
    async () => {
      if (!browser) throw new Error('no browser');
      const page = await openSidebarAlone(
        browser,
        {
          // saved, with its data changed since: the stale notice shows, and the refresh switch
          sidebarSurvey: { ...retail, saved: savedRun, classified: true, stale: true },
          sidebarActiveSheetId: 101,
          sidebarAutoRefresh: { on: true },
        },
        500,
      );
      await unfoldAll(page);
      await page.locator('[data-testid="auto-refresh"]').waitFor();
      const layout = await page.evaluate(() => {
        const { scrollWidth, clientWidth, scrollHeight, clientHeight } = document.documentElement;
        const selects = [...document.querySelectorAll('select')].map((select) => ({
          id: select.id,
          right: select.getBoundingClientRect().right,
        }));
        const added = ['stale', 'auto-refresh'].map((testId) => {
          const shown = document.querySelector<HTMLElement>(`[data-testid="${testId}"]`);
          const block = shown?.closest<HTMLElement>('.block');
          return { testId, hidden: block?.hidden, right: block?.getBoundingClientRect().right };
        });
        return { scrollWidth, clientWidth, scrollHeight, clientHeight, selects, added };
      });
      // the content needs a vertical scrollbar, and that scrollbar takes room
      expect(layout.scrollHeight).toBeGreaterThan(layout.clientHeight);
      expect(layout.clientWidth).toBeLessThan(SIDEBAR_WIDTH);
      expect(layout.scrollWidth).toBeLessThanOrEqual(layout.clientWidth);
      expect(layout.selects.length).toBeGreaterThanOrEqual(10);
      for (const { id, right } of layout.selects)
        expect(right, `#${id}`).toBeLessThanOrEqual(layout.clientWidth);
      for (const { testId, hidden, right } of layout.added) {
        expect(hidden, testId).toBe(false);
        expect(right, testId).toBeLessThanOrEqual(layout.clientWidth);
      }
      await page.close();
    },
    BROWSER_LIMIT_MS,
  );

  it(
    'keeps a wide breakdown inside its own sideways-scrolling box after a run',
    async () => {
      if (!browser) throw new Error('no browser');
      const groups = Array.from({ length: 8 }, (_, i) => `Region number ${i + 1}`);
      const page = await openSidebarAlone(browser, {
        sidebarSurvey: onlineRetail(),
        sidebarActiveSheetId: 101,
        sidebarClassify: {
          ...TIERS_RESULT,
          layout: '1234:abc',
          breakdowns: [
            {
              header: 'Region',
              segments: TIERS_RESULT.legend.map((entry) => entry.label),
              groups,
              customers: TIERS_RESULT.legend.map(() => groups.map((_, g) => 1000 * g)),
            },
          ],
        },
      });
      await page.locator('[data-testid="classify"]').click();
      const table = page.locator('[data-testid="breakdown"] .table-scroll');
      await table.waitFor();
      const layout = await table.evaluate((box) => ({
        page: document.documentElement.scrollWidth <= document.documentElement.clientWidth,
        scrolls: box.scrollWidth > box.clientWidth,
        right: box.getBoundingClientRect().right,
        width: document.documentElement.clientWidth,
        // the lines around the table wrap to the sidebar, none cut by the scrolling box
        textRights: [...document.querySelectorAll('[data-testid="breakdown"] p')].map(
          (line) => line.getBoundingClientRect().right,
        ),
      }));
      expect(layout).toMatchObject({ page: true, scrolls: true });
      expect(layout.right).toBeLessThanOrEqual(layout.width);
      expect(layout.textRights.length).toBe(2);
      for (const right of layout.textRights) expect(right).toBeLessThanOrEqual(layout.width);
      // the keyboard reaches the box, so arrow keys scroll it
      await table.focus();
      await page.keyboard.press('ArrowRight');
      await expect.poll(() => table.evaluate((box) => box.scrollLeft)).toBeGreaterThan(0);
      await page.close();
    },
    BROWSER_LIMIT_MS,
  );
});
