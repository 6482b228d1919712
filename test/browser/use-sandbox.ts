/**
 * This file defines the setup every sandbox browser test shares: the sandbox server and Debian's
 * chromium started before the file's tests, the page opened on the demo workbook with its sidebar
 * showing the first sheet, and both stopped after.
 */
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { CHROMIUM, CHROMIUM_ARGS } from './chromium';
import { SandboxPage } from './sandbox-page';
import { type SandboxServer, startSandboxServer } from './sandbox-server';

export const BROWSER_LIMIT_MS = 120_000;

/** The open page, and the server behind it for tests of the server itself. */
export interface OpenSandbox {
  (): SandboxPage;
  server(): SandboxServer;
}

/**
 * Registers the file's setup; the returned function gives the page once it is open. `onPage`
 * runs on the new page before it loads (e.g. to record dialogs).
 */
export function useSandbox(
  viewport = { width: 1024, height: 800 },
  onPage: (page: Page) => void = () => {},
): OpenSandbox {
  let server: SandboxServer | undefined;
  let browser: Browser | undefined;
  let sandbox: SandboxPage | undefined;
  beforeAll(async () => {
    server = await startSandboxServer();
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    const page = await browser.newPage({ viewport });
    // Time flows as usual, but the tests can move it on: the sidebar asks for the active sheet
    // every two seconds, and a test that switched sheets need not wait for that.
    await page.clock.install();
    onPage(page);
    await page.goto(server.url);
    sandbox = new SandboxPage(page, server.url);
    await sandbox.sidebarShowsSheet('Online Retail');
  }, BROWSER_LIMIT_MS);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });
  const openPage = () => {
    if (!sandbox) throw new Error('the sandbox page is not open yet');
    return sandbox;
  };
  openPage.server = () => {
    if (!server) throw new Error('the sandbox server is not started yet');
    return server;
  };
  return openPage;
}
