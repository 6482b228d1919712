/**
 * The sidebar alone in chromium, driven from the keyboard: arrowing through one column's role
 * dropdown moves only the role it ends on, "Reset to detected columns" gives back what the
 * survey found, a Clear that deletes the customer sheet is confirmed or cancelled from the
 * keyboard, and the focus stays on the control a call was started from once it is done.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { orderLog, SAVED, TIERS_RESULT } from '../ui/survey';
import { callsIn, launchWithScrollbars, openSidebarAlone } from './sidebar-alone';

const BROWSER_LIMIT_MS = 120_000;
const DETECTED = ['customer', 'order-date', 'amount', '', ''];

let browser: Browser | undefined;
let page: Page;

beforeAll(async () => {
  browser = await launchWithScrollbars();
  page = await openSidebarAlone(browser, { sidebarSurvey: orderLog(), sidebarActiveSheetId: 101 });
}, BROWSER_LIMIT_MS);

afterAll(async () => {
  await browser?.close();
});

const roles = () =>
  page
    .locator('select[data-testid^="role-"]')
    .evaluateAll((selects) => (selects as HTMLSelectElement[]).map((select) => select.value));
const classifyEnabled = () => page.locator('[data-testid="classify"]').isEnabled();

/** Unfolds the columns from the keyboard when they are folded. */
async function showColumns(): Promise<void> {
  const mapping = page.locator('[data-testid="mapping"]');
  if (await mapping.evaluate((details) => (details as HTMLDetailsElement).open)) return;
  await mapping.locator('summary').focus();
  await page.keyboard.press('Enter');
}

describe('a role dropdown driven by the arrow keys', () => {
  it(
    'moves only the role it ends on, giving back each role it passed',
    async () => {
      await showColumns();
      // Region (E), not used: down through Customer, Order date, Amount, Order number, Quantity
      await page.locator('[data-testid="role-4"]').focus();
      for (let step = 0; step < 5; step++) await page.keyboard.press('ArrowDown');
      expect(await page.locator('[data-testid="role-4"]').inputValue()).toBe('quantity');
      expect(await roles()).toEqual([...DETECTED.slice(0, 4), 'quantity']);
      await page.keyboard.press('Tab');
      expect(await roles()).toEqual([...DETECTED.slice(0, 4), 'quantity']);
      expect(await classifyEnabled()).toBe(true);
    },
    BROWSER_LIMIT_MS,
  );

  it(
    'moves a role it ends on from its column, and back up to Not used gives nothing back twice',
    async () => {
      await page.locator('[data-testid="role-3"]').focus();
      // Not used → Customer (taken from A) → Not used: A has its customer again
      await page.keyboard.press('ArrowDown');
      expect((await roles())[0]).toBe('');
      await page.keyboard.press('ArrowUp');
      expect((await roles()).slice(0, 4)).toEqual(DETECTED.slice(0, 4));
      // ends on Customer: A gives it up for good
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Tab');
      expect(await roles()).toEqual(['', 'order-date', 'amount', 'customer', 'quantity']);
    },
    BROWSER_LIMIT_MS,
  );

  it(
    'is undone by “Reset to detected columns”',
    async () => {
      await page.locator('[data-testid="reset-columns"]').focus();
      await page.keyboard.press('Enter');
      expect(await roles()).toEqual(DETECTED);
      expect(await page.locator('[data-testid="shape"]').inputValue()).toBe('transactions');
      expect(await classifyEnabled()).toBe(true);
    },
    BROWSER_LIMIT_MS,
  );
});

describe('Clear on a log with its customer sheet, from the keyboard', () => {
  it(
    'asks first: Enter on Clear lands on Cancel, Escape cancels, the confirm button clears',
    async () => {
      if (!browser) throw new Error('no browser');
      const logPage = await openSidebarAlone(browser, {
        sidebarSurvey: orderLog({
          saved: SAVED,
          classified: true,
          customerSheet: { name: 'Orders · customer tiers', exists: true },
        }),
        sidebarActiveSheetId: 101,
        sidebarClear: { removedColumns: 1, removedSheets: 1, removedRules: 4, layout: '1234:abc' },
      });
      const focused = () =>
        logPage.evaluate(() => document.activeElement?.getAttribute('data-testid'));
      await logPage.locator('[data-testid="clear"]').focus();
      await logPage.keyboard.press('Enter');
      expect(await focused()).toBe('cancel-clear');
      await logPage.keyboard.press('Enter');
      expect(await focused()).toBe('clear');
      await logPage.keyboard.press('Enter');
      await logPage.keyboard.press('Escape');
      expect(await focused()).toBe('clear');
      expect(await callsIn(logPage)).not.toContain('sidebarClear');
      await logPage.keyboard.press('Enter');
      await logPage.keyboard.press('Shift+Tab');
      expect(await focused()).toBe('confirm-clear');
      await logPage.keyboard.press('Enter');
      await logPage
        .locator('[data-testid="status"]', { hasText: 'Removed 1 column, 1 sheet' })
        .waitFor();
      expect(await callsIn(logPage)).toContain('sidebarClear');
      await logPage.close();
    },
    BROWSER_LIMIT_MS,
  );
});

describe('the focus after a call started from the keyboard', () => {
  it(
    'stays on Classify, and on a legend entry, so Enter again works',
    async () => {
      if (!browser) throw new Error('no browser');
      const runPage = await openSidebarAlone(
        browser,
        {
          sidebarSurvey: orderLog(),
          sidebarActiveSheetId: 101,
          sidebarClassify: { ...TIERS_RESULT, layout: '1234:abc' },
          sidebarShowSegment: { label: 'Regular', rows: 1100 },
          sidebarShowAll: null,
        },
        600,
        // calls that take a while, as Apps Script's do: chromium moves the focus off a button
        // disabled for a frame
        300,
      );
      const focused = () =>
        runPage.evaluate(
          () =>
            document.activeElement?.getAttribute('data-testid') ??
            document.activeElement?.className,
        );
      const done = () =>
        runPage.waitForFunction(
          () => document.querySelector('[data-testid="status"]')?.textContent !== 'Working…',
        );
      await runPage.locator('[data-testid="classify"]').focus();
      await runPage.keyboard.press('Enter');
      await runPage.locator('[data-testid="status"]', { hasText: 'Classified' }).waitFor();
      expect(await focused()).toBe('classify');
      await runPage.locator('button.legend-entry').nth(1).focus();
      await runPage.keyboard.press('Enter');
      await runPage.locator('[data-testid="status"]', { hasText: 'Showing only' }).waitFor();
      expect(await focused()).toBe('legend-entry');
      await runPage.keyboard.press('Enter');
      await done();
      expect(await callsIn(runPage)).toContain('sidebarShowAll');
      await runPage.close();
    },
    BROWSER_LIMIT_MS,
  );
});
