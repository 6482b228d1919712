/**
 * This file defines the built sidebar (dist/Sidebar.html, which the test run's setup builds) opened
 * alone in chromium, the way Sheets frames it (300 px wide, scrollbars drawn as the system draws
 * them), against a fake `google.script.run` in the page: each endpoint answers what the test gave
 * it, whatever it was sent, and every call is recorded.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium, type Page } from 'playwright-core';
import type { Endpoint, SidebarClient } from '../../ui/client';
import { CHROMIUM, CHROMIUM_ARGS } from './chromium';

const SIDEBAR_HTML = fileURLToPath(new URL('../../dist/Sidebar.html', import.meta.url));
/** Where the page seems to come from: the route answers it, nothing goes to the network. */
const SIDEBAR_URL = 'http://sidebar.test/Sidebar.html';

/** What each endpoint answers: its value (the client takes a value as a successful outcome). */
export type Answers = {
  readonly [Name in Endpoint]?: Awaited<ReturnType<SidebarClient[Name]>>;
};

/** Sheets' sidebar is 300 px wide. */
export const SIDEBAR_WIDTH = 300;

/**
 * Chromium as Windows and most Linux desktops draw pages: Playwright hides scrollbars in headless
 * runs (`--hide-scrollbars`), and overlay scrollbars take no room; both would hide a sidebar
 * wider than its frame.
 */
export function launchWithScrollbars(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [...CHROMIUM_ARGS, '--disable-features=OverlayScrollbar'],
    ignoreDefaultArgs: ['--hide-scrollbars'],
  });
}

/**
 * Opens the sidebar in a new page of `browser`, `height` px tall, and waits for its survey. Each
 * answer comes after `answerMs` (0: at once); a call that takes a while lets the browser draw the
 * page while it runs, as Apps Script's calls do.
 */
export async function openSidebarAlone(
  browser: Browser,
  answers: Answers,
  height = 600,
  answerMs = 0,
): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: SIDEBAR_WIDTH, height } });
  await page.addInitScript(fakeScriptRun, { answers, answerMs });
  await page.route(SIDEBAR_URL, (route) =>
    route.fulfill({ contentType: 'text/html', body: readFileSync(SIDEBAR_HTML, 'utf8') }),
  );
  await page.goto(SIDEBAR_URL);
  await page.locator('[data-testid="classify"]').waitFor();
  return page;
}

interface Call {
  readonly name: string;
  readonly args: unknown[];
}

/** The endpoints called so far, by name, in order. */
export async function callsIn(page: Page): Promise<string[]> {
  const calls = await page.evaluate(() => (window as unknown as { calls: Call[] }).calls);
  return calls.map(({ name }) => name);
}

/** What each call of an endpoint was sent, as it went through JSON. */
export async function sentTo(page: Page, name: Endpoint): Promise<unknown[][]> {
  const calls = await page.evaluate(() => (window as unknown as { calls: Call[] }).calls);
  return calls.filter((call) => call.name === name).map(({ args }) => args);
}

/** Runs in the page before its script: `google.script.run` answering from `answers`. */
function fakeScriptRun({ answers, answerMs }: { answers: Answers; answerMs: number }): void {
  const calls: { name: string; args: unknown[] }[] = [];
  type Handler = (value: unknown) => void;
  const runner = (onSuccess: Handler, onFailure: Handler): unknown =>
    new Proxy(
      {},
      {
        get: (_, name) => {
          if (name === 'withSuccessHandler')
            return (handler: Handler) => runner(handler, onFailure);
          if (name === 'withFailureHandler')
            return (handler: Handler) => runner(onSuccess, handler);
          return (...args: unknown[]) => {
            calls.push({ name: String(name), args: JSON.parse(JSON.stringify(args)) });
            const answer = (answers as Record<string, unknown>)[String(name)];
            setTimeout(() => {
              if (answer === undefined) onFailure(new Error(`no answer for ${String(name)}`));
              else onSuccess(JSON.parse(JSON.stringify(answer)));
            }, answerMs);
          };
        },
      },
    );
  const ignore = () => {};
  Object.assign(window, { calls, google: { script: { run: runner(ignore, ignore) } } });
}
