import { defineConfig } from 'vitest/config';

/**
 * Two projects: `unit` (in-process tests, the quick inner loop: `npm run test:unit`) and
 * `e2e` (spawned bots, crash, fuzz and security suites). `npm test` runs both.
 */
export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 30_000,
    pool: 'forks',
    // After each file: none of its log lines (in process or from spawned bots) holds a test secret.
    setupFiles: ['test/support/no-secrets.setup.ts'],
    projects: [
      { extends: true, test: { name: 'unit', include: ['test/unit/**/*.test.ts'] } },
      { extends: true, test: { name: 'e2e', include: ['test/e2e/**/*.test.ts', 'test/robustness/**/*.test.ts'] } },
    ],
  },
});
