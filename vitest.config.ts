import { defineConfig } from 'vitest/config';

// One vitest run covers everything: unit/integration tests (node) and the browser e2e suite
// (Playwright driving Debian's Chromium against the preview server).
export default defineConfig({
  test: {
    clearMocks: true,
    restoreMocks: true,
    testTimeout: 20_000,
    hookTimeout: 60_000,
    env: { TZ: 'UTC' },
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/e2e/**', 'node_modules/**'],
          setupFiles: ['tests/setup/electron-mock.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.test.ts'],
          setupFiles: ['tests/setup/electron-mock.ts'],
          // Browser tests share one Chromium; run their files one after another.
          fileParallelism: false,
          testTimeout: 60_000,
        },
      },
    ],
  },
});
