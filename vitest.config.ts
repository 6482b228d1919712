import { defineConfig } from 'vitest/config';

// The tests' own clock runs in a zone unlike any sheet zone they use, so that day counts taken
// in UTC or in the machine's zone instead of the sheet's fail.
process.env.TZ = 'Pacific/Marquesas';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    reporters: ['default', './test/plain-summary-reporter.ts'],
  },
});
