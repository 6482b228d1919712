/**
 * This file defines the test run's setup: it builds dist/ once, so the bundle tests always load
 * what `npm run build` writes from the current sources.
 */
import { build } from '../scripts/build.mjs';

export default async function setup(): Promise<void> {
  await build();
}
