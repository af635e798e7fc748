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
  },
});
