/**
 * This file defines the browser the browser tests drive: Debian's chromium, headless, with the
 * flags that keep it off the network (this machine has none: without them it keeps trying to
 * reach Google's hosts). vitest's globalSetup calls `ensureChromium` first: as root (CI runs as
 * root on a fresh machine) it installs what is missing with apt-get, with a Chinese font so that
 * screenshots of the Chinese demo sheet show its text; anyone else is told in one line how to.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const CHROMIUM = '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const CHROMIUM_PACKAGE = 'chromium';
const CHINESE_FONT_PACKAGE = 'fonts-wqy-microhei';

export function ensureChromium(): void {
  const missing = [
    ...(existsSync(CHROMIUM) ? [] : [CHROMIUM_PACKAGE]),
    ...(hasChineseFont() ? [] : [CHINESE_FONT_PACKAGE]),
  ];
  if (missing.length === 0) return;
  const install = `apt-get install -y ${missing.join(' ')}`;
  if (process.getuid?.() === 0) {
    console.log(
      `Browser tests: installing ${missing.join(' and ')} (apt-get update && ${install})`,
    );
    aptGet(['update', '-qq']);
    aptGet(['install', '-y', '-qq', ...missing]);
  } else if (missing.includes(CHROMIUM_PACKAGE)) {
    console.error(
      `The browser tests need Debian's chromium at ${CHROMIUM}: run "sudo apt-get update && sudo ${install}", then npm test again.`,
    );
    process.exit(1);
  } else {
    console.warn(`Screenshots will show no Chinese text until you run "sudo ${install}".`);
  }
}

/** Whether fontconfig knows a font with Chinese glyphs (it comes with chromium). */
function hasChineseFont(): boolean {
  const listed = spawnSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' });
  return listed.status === 0 && listed.stdout.trim() !== '';
}

function aptGet(args: string[]): void {
  const run = spawnSync('apt-get', args, {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  if (run.status !== 0) throw new Error(`apt-get ${args.join(' ')} failed (exit ${run.status}).`);
}
