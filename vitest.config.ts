import { defineConfig } from 'vitest/config';

// `npm test`: everything but the real-browser tests (those need Chromium: `npm run test:browser`).
// The CLI and example tests spawn the built package, so one build runs first (test/global-build.ts).
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/browser/**', '**/node_modules/**'],
    globalSetup: ['test/global-build.ts'],
  },
});
