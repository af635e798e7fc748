import { defineConfig } from 'vitest/config';

// `npm run test:browser`: pages rendered by jiaokan, opened in headless Chromium from the system
// (/usr/bin/chromium, never a downloaded browser) through playwright-core.
export default defineConfig({
  test: {
    include: ['test/browser/**/*.test.ts'],
    globalSetup: ['test/global-build.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
    // expect.poll waits 1 s by default: a loaded CI machine once took longer than that to report a
    // fragment navigation after a click (hash still '' at 1 s). The pages are not slower than that for
    // people; the machine was. Timing belongs to the measured numbers the tests print, not to polls.
    expect: { poll: { timeout: 10_000 } },
  },
});
