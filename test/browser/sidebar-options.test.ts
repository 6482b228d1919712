/**
 * The sidebar alone in chromium: a share typed as a percentage, as a user types it, reaches
 * Classify as its hundredth — "20%" is 0.2 and "0.2%" is 0.002, never 0.2 by a dropped sign.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ClassifyRequest } from '../../src/addon/sidebar/api';
import { orderLog, TIERS_RESULT } from '../ui/survey';
import { launchWithScrollbars, openSidebarAlone, sentTo } from './sidebar-alone';

const BROWSER_LIMIT_MS = 120_000;

let browser: Browser | undefined;
let page: Page;

beforeAll(async () => {
  browser = await launchWithScrollbars();
  page = await openSidebarAlone(browser, {
    sidebarSurvey: orderLog(),
    sidebarActiveSheetId: 101,
    sidebarClassify: { ...TIERS_RESULT, layout: '1234:abc' },
  });
}, BROWSER_LIMIT_MS);

afterAll(async () => {
  await browser?.close();
});

/** Types `text` into the high-value share and presses Classify; the share sent, if any. */
async function classifyWithShare(text: string): Promise<number | undefined> {
  const before = (await sentTo(page, 'sidebarClassify')).length;
  await page.evaluate(() => {
    for (const details of document.querySelectorAll('details')) details.open = true;
  });
  const share = page.locator('#option-highValueShare');
  await share.fill('');
  await share.pressSequentially(text);
  await page.locator('[data-testid="classify"]').click();
  await page.waitForFunction(
    () => document.querySelector('[data-testid="status"]')?.textContent !== 'Working…',
  );
  const sent = (await sentTo(page, 'sidebarClassify')).slice(before);
  return (sent[0]?.at(-1) as ClassifyRequest | undefined)?.settings.options.highValueShare;
}

describe('a share typed as a percentage', () => {
  it(
    'is sent as its hundredth: 20% as 0.2, 0.2% as 0.002',
    async () => {
      expect(await classifyWithShare('20%')).toBe(0.2);
      expect(await classifyWithShare('0.2%')).toBe(0.002);
      expect(await classifyWithShare('0.35')).toBe(0.35);
    },
    BROWSER_LIMIT_MS,
  );

  it(
    'is refused above 100%, with what to type next to the field',
    async () => {
      expect(await classifyWithShare('120%')).toBeUndefined();
      expect(await page.locator('#option-highValueShare-error').textContent()).toBe(
        'Enter a share above 0 and at most 1, e.g. 0.8 or 80%.',
      );
    },
    BROWSER_LIMIT_MS,
  );
});
