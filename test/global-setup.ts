/**
 * This file defines the test run's setup: it builds dist/ once, so the bundle tests always load
 * what `npm run build` writes from the current sources, and makes sure the browser tests have
 * their browser (test/browser/chromium.ts).
 */
import { build } from '../scripts/build.mjs';
import { ensureChromium } from './browser/chromium';

export default async function setup(): Promise<void> {
  ensureChromium();
  await build();
}
