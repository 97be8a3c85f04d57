import { defineConfig } from 'vitest/config';

/**
 * Two projects: `unit` (in-process tests, the quick inner loop: `npm run test:unit`) and
 * `e2e` (spawned bots, crash, fuzz and security suites). `npm test` runs both.
 * The unit files share their two workers' loaded modules (`isolate: false`): every file builds
 * its own app and database, and nothing in them mocks a module, so loading the ~300 modules
 * of the app once per worker instead of once per file is what keeps the loop near 35 s.
 * Projects with different worker counts run one after the other (`groupOrder`): unit, then e2e.
 */
export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 30_000,
    pool: 'forks',
    // After each file: none of its log lines (in process or from spawned bots) holds a test secret.
    setupFiles: ['test/support/no-secrets.setup.ts'],
    projects: [
      { extends: true, test: { name: 'unit', include: ['test/unit/**/*.test.ts'], isolate: false, maxWorkers: 2, sequence: { groupOrder: 0 } } },
      { extends: true, test: { name: 'e2e', include: ['test/e2e/**/*.test.ts', 'test/robustness/**/*.test.ts'], sequence: { groupOrder: 1 } } },
    ],
  },
});
