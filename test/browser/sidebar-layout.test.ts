/**
 * The sidebar alone in chromium at Sheets' 300 px, with scrollbars that take room as on Windows
 * and most Linux desktops: nothing overflows sideways and no dropdown is cut at its right edge.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { onlineRetail } from '../ui/survey';
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

describe('the sidebar at 300 px with scrollbars that take room', () => {
  it(
    'fits its width: no sideways scrolling, every dropdown whole',
    async () => {
      if (!browser) throw new Error('no browser');
      const page = await openSidebarAlone(
        browser,
        { sidebarSurvey: onlineRetail(), sidebarActiveSheetId: 101 },
        500,
      );
      await unfoldAll(page);
      const layout = await page.evaluate(() => {
        const { scrollWidth, clientWidth, scrollHeight, clientHeight } = document.documentElement;
        const selects = [...document.querySelectorAll('select')].map((select) => ({
          id: select.id,
          right: select.getBoundingClientRect().right,
        }));
        return { scrollWidth, clientWidth, scrollHeight, clientHeight, selects };
      });
      // the content needs a vertical scrollbar, and that scrollbar takes room
      expect(layout.scrollHeight).toBeGreaterThan(layout.clientHeight);
      expect(layout.clientWidth).toBeLessThan(SIDEBAR_WIDTH);
      expect(layout.scrollWidth).toBeLessThanOrEqual(layout.clientWidth);
      expect(layout.selects.length).toBeGreaterThanOrEqual(10);
      for (const { id, right } of layout.selects)
        expect(right, `#${id}`).toBeLessThanOrEqual(layout.clientWidth);
      await page.close();
    },
    BROWSER_LIMIT_MS,
  );
});
