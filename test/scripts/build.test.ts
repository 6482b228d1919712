/**
 * This file defines the test of what the build prints: Code.js's size in KiB and in bytes, both
 * of the file it wrote (the test run's setup builds dist/ first).
 */
import { statSync } from 'node:fs';
import { expect, it } from 'vitest';
import { writtenFiles } from '../../scripts/build.mjs';

it('prints the size of the Code.js it wrote, in KiB and bytes alike', async () => {
  const { size } = statSync(new URL('../../dist/Code.js', import.meta.url));
  const printed = /^dist\/Code\.js ([\d.]+) KiB \(([\d,]+) bytes\)/.exec(await writtenFiles());
  expect(Number(printed?.[2]?.replaceAll(',', ''))).toBe(size);
  expect(Math.abs(Number(printed?.[1]) - size / 1024)).toBeLessThanOrEqual(0.05); // one decimal
});
