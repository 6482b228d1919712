/**
 * The sidebar's state in the sandbox, in Debian's chromium, where a user loses it: a Classify
 * pressed right after switching sheets (before the sidebar, which asks every two seconds, has
 * followed) classifies the sheet the sidebar shows and leaves the newly active one untouched;
 * and a sidebar closed and opened again shows the last run's counts and can Re-segment and Clear.
 */
import { describe, expect, it } from 'vitest';
import type { CellSnapshot, SheetSnapshot } from '../../dev/spreadsheet-fake/snapshot';
import { BROWSER_LIMIT_MS, useSandbox } from './use-sandbox';

const openPage = useSandbox();

async function sheetSnapshot(name: string): Promise<SheetSnapshot | undefined> {
  return (await openPage().snapshot()).sheets.find((sheet) => sheet.name === name);
}

const headerOf = (sheet: SheetSnapshot | undefined) =>
  Object.entries(sheet?.cells ?? {})
    .filter(([a1]) => /^[A-Z]+1$/.test(a1))
    .map(([, cell]: [string, CellSnapshot]) => cell.value);

const legendEntries = () =>
  openPage().sidebar.locator('[data-testid="legend"] li').allTextContents();

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
      await openPage().page.route('**/api/run', async (route) => {
        const call = route.request().postDataJSON() as { name?: string } | null;
        if (call?.name === 'sidebarActiveSheetId') await held;
        await route.continue();
      });
      await openPage().page.locator('[data-testid="tab"]', { hasText: '客户名单' }).click();
      await expect
        .poll(() =>
          openPage().page.locator('[data-testid="tab"][aria-selected="true"]').textContent(),
        )
        .toBe('客户名单');
      expect(
        await openPage().sidebar.locator('p', { hasText: 'Sheet “Online Retail”' }).count(),
      ).toBe(1);

      const classified = await openPage().press('classify');
      release();
      await openPage().page.unrouteAll({ behavior: 'wait' });

      expect(classified).toMatchObject({
        text: expect.stringMatching(/^Classified /),
        failed: false,
      });
      expect(headerOf(await sheetSnapshot('Online Retail'))).toContain('Tier');
      expect(await sheetSnapshot('客户名单')).toEqual(otherBefore);
      expect(
        await openPage().page.locator('[data-testid="tab"][aria-selected="true"]').textContent(),
      ).toBe('客户名单');
      // and then the sidebar follows to the sheet now active
      // on it still: the customer sheet Classify inserted did not take the user away
      await openPage().sidebarShowsSheet('客户名单');
    },
    BROWSER_LIMIT_MS,
  );
});

describe('a sidebar closed and opened again', () => {
  it(
    'shows the last run’s counts, and Re-segment and Clear work from it',
    async () => {
      const before = await sheetSnapshot('客户名单');
      expect(await openPage().press('classify')).toMatchObject({ failed: false });
      const counts = await legendEntries();
      expect(counts.length).toBeGreaterThan(1);

      await openPage().page.locator('[data-testid="reopen-sidebar"]').click();
      await openPage().sidebarShowsSheet('客户名单');
      await expect.poll(legendEntries).toEqual(counts);
      expect(await openPage().sidebar.locator('[data-testid="resegment"]').isEnabled()).toBe(true);

      expect(await openPage().press('resegment')).toMatchObject({
        text: expect.stringMatching(/^Classified /),
        failed: false,
      });
      expect(await legendEntries()).toEqual(counts);
      await openPage().page.locator('[data-testid="reopen-sidebar"]').click();
      await openPage().sidebarShowsSheet('客户名单');
      await expect.poll(legendEntries).toEqual(counts);
      expect(await openPage().press('clear')).toMatchObject({
        text: expect.stringMatching(/^Removed /),
        failed: false,
      });
      expect(await sheetSnapshot('客户名单')).toEqual(before);
    },
    BROWSER_LIMIT_MS,
  );
});
