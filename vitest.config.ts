// This file defines how vitest runs the tests: which files, the setup, reporters and limits.
import { defineConfig } from 'vitest/config';

// The tests' own clock runs in a zone unlike any sheet zone they use, so that day counts taken
// in UTC or in the machine's zone instead of the sheet's fail.
process.env.TZ = 'Pacific/Marquesas';

// A test's time limit guards against hangs, not slowness. Some tests spawn clasp (about 2 s of
// CPU loading googleapis) or run the bundle on the rfm package's 39,999 customers; on a 2-core
// machine shared with other builds they took over 5 s (vitest's default) while taking 2 s idle.
// 60 s is far beyond what load stretches them to, and still ends a real hang.
const LIMIT_MS = 60_000;

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    setupFiles: ['test/fast-check-seed.ts'],
    reporters: ['default', './test/plain-summary-reporter.ts'],
    // vitest runs one file at a time on a 2-core machine (cores − 1 workers); the browser files
    // wait mostly on chromium, a process of its own, so two files at a time nearly halve the run.
    maxWorkers: 2,
    // worker threads start and import faster than forked processes (107 s against 125 s for the
    // whole run here); no test needs a process of its own
    pool: 'threads',
    // A worker keeps the modules it imported from one test file to the next (import 48 s → 19 s
    // of the run's CPU, 145 s → 102 s of wall time here). Nothing is shared by accident: the
    // fakes are made anew by each test, a test that fakes timers gives them back in afterEach
    // or onTestFinished, and the run passes with the files shuffled (--sequence.shuffle.files).
    isolate: false,
    testTimeout: LIMIT_MS,
    hookTimeout: LIMIT_MS,
    // expect.poll waits for a browser to show something; its default second is too short when
    // the machine is busy (a locale switch redrawing the grid took longer under load).
    expect: { poll: { timeout: 15_000 } },
  },
});
