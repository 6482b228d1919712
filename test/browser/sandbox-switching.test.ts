/**
 * Sheet switches in the sandbox, in Debian's chromium, as a user makes them: a tab pressed while
 * the page shows the workbook again (after each of the sidebar's polls) still opens its sheet,
 * the grid never draws the sheet switched from under the one switched to, and after switching away and back and scrolling, a click, Enter and typing reach the cell
 * editor every time, at once, with no retry.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../dev/csv';
import { POLL_MS } from '../../ui/follow-sheet';
import { BROWSER_LIMIT_MS, useSandbox } from './use-sandbox';

const openSandbox = useSandbox({ width: 1280, height: 800 });

describe('sheet switches, and cells edited after them', () => {
  it(
    'click, Enter and typing reach the editor every time, with no retry',
    async () => {
      const { page } = openSandbox();
      const editor = page.locator('[data-testid="cell-editor"]');
      for (const row of [40, 700, 2, 1500, 300, 90, 1200, 5]) {
        await openSandbox().openSheet('客户名单');
        await openSandbox().openSheet('Online Retail');
        await openSandbox().scrollToRow(row);
        // as a user does it, at once: click, Enter, type, Enter
        await openSandbox().gridCell(row, 4).click();
        await page.keyboard.press('Enter');
        // a few seconds: an editor that is going to open does so at once
        await editor.fill(String(row), { timeout: 5000 });
        await page.keyboard.press('Enter');
        await openSandbox().cellShows(row, 4, String(row));
      }
    },
    BROWSER_LIMIT_MS,
  );

  it(
    'a tab pressed while the page refreshes (the sidebar asks every two seconds) opens its sheet',
    async () => {
      const { page } = openSandbox();
      const tab = page.getByRole('tab', { name: '客户名单', exact: true });
      const box = await tab.boundingBox();
      if (!box) throw new Error('no 客户名单 tab');
      // every refresh writes the workbook line, in the same step as the tabs
      const refreshed = page.evaluate(
        () =>
          new Promise<void>((resolve) => {
            const line = document.querySelector('[data-testid="workbook-info"]');
            if (!line) throw new Error('no workbook line');
            new MutationObserver((_, observer) => {
              observer.disconnect();
              resolve();
            }).observe(line, { childList: true, characterData: true, subtree: true });
          }),
      );
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      await page.mouse.down();
      // the sidebar's poll runs a script, after which the page shows the workbook again
      await page.clock.fastForward(POLL_MS);
      await refreshed;
      await page.mouse.up();
      await expect.poll(() => tab.getAttribute('aria-selected')).toBe('true');
      await openSandbox().sidebarShowsSheet('客户名单');
      await openSandbox().openSheet('Online Retail');
    },
    BROWSER_LIMIT_MS,
  );

  it(
    'draws no row of the sheet switched from, scrolled to its top, under the one switched to',
    async () => {
      const { page } = openSandbox();
      const customers = parseCsv(
        readFileSync(
          new URL('../../scripts/sandbox/demo/customers-zh.csv', import.meta.url),
          'utf8',
        ),
      );
      for (let round = 0; round < 3; round++) {
        await openSandbox().scrollToRow(1500);
        // the first cell of every row 2 the grid draws from now on
        await page.evaluate(() => {
          const table = document.querySelector('[data-testid="grid"]');
          if (!table) throw new Error('no grid');
          const drawn: string[] = [];
          Object.assign(window, { drawn });
          new MutationObserver(() => {
            const text = table.querySelector('tr[data-row="2"] td')?.textContent;
            if (text) drawn.push(text);
          }).observe(table, { childList: true });
        });
        await openSandbox().openSheet('客户名单');
        await openSandbox().gridUpToDate();
        const drawn = await page.evaluate(() => (window as unknown as { drawn: string[] }).drawn);
        expect(new Set(drawn)).toEqual(new Set([customers[1]?.[0]]));
        await openSandbox().openSheet('Online Retail');
      }
    },
    BROWSER_LIMIT_MS,
  );
});
