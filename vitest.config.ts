import { defineConfig } from 'vitest/config';

/**
 * Three tiers: `unit` (pure code, beside it in src/), `api` (the HTTP API in-process through
 * inject(), on SQLite and, when TEST_DATABASE_URL is set, PostgreSQL), `e2e` (Chromium against a
 * running server and the built web app).
 */
export default defineConfig({
  test: {
    projects: [
      { extends: true, test: { name: 'unit', include: ['src/**/*.test.ts', 'web/**/*.test.ts'], environment: 'node' } },
      { extends: true, test: { name: 'api', include: ['test/**/*.test.ts'], testTimeout: 30_000, hookTimeout: 60_000 } },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['e2e/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
    coverage: {
      provider: 'v8',
      include: ['src/domain/**/*.ts'],
      exclude: ['**/*.test.ts'],
      reporter: ['text-summary'],
      thresholds: {
        // Safety-critical: every branch of the triage engine is exercised by a test.
        'src/domain/triage/**/*.ts': { branches: 100, lines: 100, functions: 100, statements: 100 },
      },
    },
  },
});
