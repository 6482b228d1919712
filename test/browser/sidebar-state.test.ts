/**
 * The sidebar's state in the sandbox, in Debian's chromium, where a user loses it: a Classify
 * pressed right after switching sheets (before the sidebar, which asks every two seconds, has
 * followed) classifies the sheet the sidebar shows and leaves the newly active one untouched;
 * and a sidebar closed and opened again shows the last run's counts and can Re-segment and Clear.
 */
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CellSnapshot, SheetSnapshot } from '../../dev/spreadsheet-fake/snapshot';
import { CHROMIUM, CHROMIUM_ARGS } from './chromium';
import { SandboxPage } from './sandbox-page';
import { type SandboxServer, startSandboxServer } from './sandbox-server';

const BROWSER_LIMIT_MS = 120_000;

let server: SandboxServer | undefined;
let browser: Browser | undefined;
let sandbox: SandboxPage;

beforeAll(async () => {
  server = await startSandboxServer();
  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  const page = await browser.newPage({ viewport: { width: 1024, height: 800 } });
  await page.goto(server.url);
  sandbox = new SandboxPage(page, server.url);
  await sandbox.sidebarShowsSheet('Online Retail');
}, BROWSER_LIMIT_MS);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function sheetSnapshot(name: string): Promise<SheetSnapshot | undefined> {
  return (await sandbox.snapshot()).sheets.find((sheet) => sheet.name === name);
}

const headerOf = (sheet: SheetSnapshot | undefined) =>
  Object.entries(sheet?.cells ?? {})
    .filter(([a1]) => /^[A-Z]+1$/.test(a1))
    .map(([, cell]: [string, CellSnapshot]) => cell.value);

const legendEntries = () => sandbox.sidebar.locator('[data-testid="legend"] li').allTextContents();

describe('a sheet switch the sidebar has not followed yet', () => {
  it(
    'classifies the sheet the sidebar shows, and leaves the newly active sheet as it was',
    async () => {
      const otherBefore = await sheetSnapshot('客户名单');
      // The sidebar learns of a switch by asking for the active sheet; hold those answers, so
      // that the Classify below is pressed while it still shows the sheet it showed.
      let release = () => {};
      const held = new Promise<void>((resolve) => {
        release = resolve;
      });
      await sandbox.page.route('**/api/run', async (route) => {
        const call = route.request().postDataJSON() as { name?: string } | null;
        if (call?.name === 'sidebarActiveSheetId') await held;
        await route.continue();
      });
      await sandbox.page.locator('[data-testid="tab"]', { hasText: '客户名单' }).click();
      await expect
        .poll(() => sandbox.page.locator('[data-testid="tab"][aria-selected="true"]').textContent())
        .toBe('客户名单');
      expect(await sandbox.sidebar.locator('p', { hasText: 'Sheet “Online Retail”' }).count()).toBe(
        1,
      );

      const classified = await sandbox.press('classify');
      release();
      await sandbox.page.unrouteAll({ behavior: 'wait' });

      expect(classified).toMatchObject({
        text: expect.stringMatching(/^Classified /),
        failed: false,
      });
      expect(headerOf(await sheetSnapshot('Online Retail'))).toContain('Tier');
      expect(await sheetSnapshot('客户名单')).toEqual(otherBefore);
      expect(
        await sandbox.page.locator('[data-testid="tab"][aria-selected="true"]').textContent(),
      ).toBe('客户名单');
      // and then the sidebar follows to the sheet now active
      // on it still: the customer sheet Classify inserted did not take the user away
      await sandbox.sidebarShowsSheet('客户名单');
    },
    BROWSER_LIMIT_MS,
  );
});

describe('a sidebar closed and opened again', () => {
  it(
    'shows the last run’s counts, and Re-segment and Clear work from it',
    async () => {
      const before = await sheetSnapshot('客户名单');
      expect(await sandbox.press('classify')).toMatchObject({ failed: false });
      const counts = await legendEntries();
      expect(counts.length).toBeGreaterThan(1);

      await sandbox.page.locator('[data-testid="reopen-sidebar"]').click();
      await sandbox.sidebarShowsSheet('客户名单');
      await expect.poll(legendEntries).toEqual(counts);
      expect(await sandbox.sidebar.locator('[data-testid="resegment"]').isEnabled()).toBe(true);

      expect(await sandbox.press('resegment')).toMatchObject({
        text: expect.stringMatching(/^Classified /),
        failed: false,
      });
      expect(await legendEntries()).toEqual(counts);
      await sandbox.page.locator('[data-testid="reopen-sidebar"]').click();
      await sandbox.sidebarShowsSheet('客户名单');
      await expect.poll(legendEntries).toEqual(counts);
      expect(await sandbox.press('clear')).toMatchObject({
        text: expect.stringMatching(/^Removed /),
        failed: false,
      });
      expect(await sheetSnapshot('客户名单')).toEqual(before);
    },
    BROWSER_LIMIT_MS,
  );
});
