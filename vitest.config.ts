import { defineConfig } from 'vitest/config';

// Unit tests (pure logic beside the code) and integration tests (routers on a
// real database) run in one vitest run; e2e lives under e2e/ with Playwright.
export default defineConfig({
  test: {
    include: ['shared/**/*.test.ts', 'server/**/*.test.ts', 'client/**/*.test.ts'],
    globalSetup: ['server/test/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
