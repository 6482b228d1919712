// This file defines `node scripts/screenshots.mjs`: the README's pictures of the sidebar, 300 px
// wide as in Sheets, taken in the sandbox (`npm start`) with Debian's chromium — in English on the
// Online Retail log and in Chinese (zh_CN) on the 客户名单 customer table, each after Classify, and
// of the English run's summary sheet with its chart. It builds dist/, starts the sandbox on a free
// port as the browser tests do (test/browser/sandbox-server.ts), writes docs/images/sidebar-en.png,
// sidebar-zh.png and summary-en.png, and stops what it started; rerun it whenever they change.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const IMAGES = join(ROOT, 'docs', 'images');
/** The same browser and flags as the browser tests (test/browser/chromium.ts). */
const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
/** Tall enough for the whole sidebar after Classify, legend included; the picture is cut to it. */
const VIEWPORT = { width: 1280, height: 1800 };
const STEP_LIMIT_MS = 60_000;
/** White space kept under the sidebar's last line. */
const MARGIN = 12;

const SHOTS = [
  {
    file: 'sidebar-en.png',
    locale: null,
    sheet: 'Online Retail',
    legend: 'Segments',
    summary: { file: 'summary-en.png', tab: 'Online Retail · summary' },
  },
  {
    file: 'sidebar-zh.png',
    locale: 'zh_CN · Asia/Shanghai',
    sheet: '客户名单',
    legend: '分层结果',
  },
];

/**
 * The tab of a sheet by its whole name ("Online Retail", not its summary's tab too).
 * @param {import('playwright-core').Page} page
 * @param {string} name
 */
function tab(page, name) {
  return page
    .locator('[data-testid="tab"]')
    .filter({ hasText: new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) });
}

if (!existsSync(CHROMIUM)) {
  console.error(
    `Screenshots need Debian's chromium at ${CHROMIUM} (and fonts-wqy-microhei for Chinese): sudo apt-get install -y chromium fonts-wqy-microhei`,
  );
  process.exit(1);
}
const built = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: ROOT, stdio: 'inherit' });
if (built.status !== 0) process.exit(built.status ?? 1);
mkdirSync(IMAGES, { recursive: true });

const server = await startSandbox();
const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage({ viewport: VIEWPORT });
  page.setDefaultTimeout(STEP_LIMIT_MS);
  await page.goto(server.url);
  for (const shot of SHOTS) {
    if (shot.locale)
      await page.locator('[data-testid="locale"]').selectOption({ label: shot.locale });
    await tab(page, shot.sheet).click();
    const sidebar = page.frameLocator('[data-testid="sidebar"]');
    await sidebar.locator('p', { hasText: shot.sheet }).first().waitFor();
    await sidebar.locator('[data-testid="classify"]:enabled').click();
    await sidebar.locator('#legend-heading', { hasText: new RegExp(`^${shot.legend}$`) }).waitFor();
    await sidebar.locator('[data-testid="legend"] li').first().waitFor();
    await page.screenshot({ path: join(IMAGES, shot.file), clip: await sidebarBox(page) });
    console.log(`docs/images/${shot.file}`);
    if (shot.summary) {
      await tab(page, shot.summary.tab).click();
      // the segments' chart, and the sizes over runs below it
      await page.locator('[data-testid="chart"]').first().waitFor();
      await page.locator('.sheet').screenshot({ path: join(IMAGES, shot.summary.file) });
      console.log(`docs/images/${shot.summary.file}`);
      await tab(page, shot.sheet).click();
    }
  }
} finally {
  await browser.close();
  server.stop();
}

/**
 * The sidebar's frame on the page, cut to the height of its content.
 * @param {import('playwright-core').Page} page
 */
async function sidebarBox(page) {
  const frame = page.locator('[data-testid="sidebar"]');
  const box = await frame.boundingBox();
  if (!box) throw new Error('the sidebar frame is not shown');
  const content = await page
    .frameLocator('[data-testid="sidebar"]')
    .locator('body')
    .evaluate((body) =>
      Math.max(...[...body.children].map((child) => child.getBoundingClientRect().bottom)),
    );
  return { x: box.x, y: box.y, width: box.width, height: Math.min(box.height, content + MARGIN) };
}

/** `node scripts/sandbox/serve.mjs` on a free port; resolves once it prints its URL. */
function startSandbox() {
  const child = spawn(process.execPath, ['scripts/sandbox/serve.mjs'], {
    cwd: ROOT,
    env: { ...process.env, PORT: '0' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let printed = '';
    child.stdout.on('data', (chunk) => {
      printed += chunk;
      const url = /(http:\/\/127\.0\.0\.1:\d+\/)/.exec(printed)?.[1];
      if (url) resolve({ url, stop: () => child.kill('SIGTERM') });
    });
    child.once('exit', (code) => reject(new Error(`the sandbox stopped (exit ${code})`)));
  });
}
