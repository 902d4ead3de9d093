import os from 'node:os';
import path from 'node:path';
import { defineConfig } from '@playwright/test';

// A fresh server on its own port and its own data: PGlite in a new DATA_DIR, or a
// new PostgreSQL database when TEST_DATABASE_URL is set (made in e2e/start-server.mjs).
const port = Number(process.env.E2E_PORT ?? 3100);
export const E2E_DATA_DIR = path.join(os.tmpdir(), `barta-e2e-${port}`);

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ? [['list'], ['json']] : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    browserName: 'chromium',
    locale: 'bn-BD',
    timezoneId: 'Asia/Dhaka',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  projects: [
    // The English first run sets up the shared server the journeys sign in to; the Bengali one
    // starts a fresh server of its own (e2e/fixtures/fresh-server.ts), so nothing waits for it.
    { name: 'first-run', testMatch: /foundation\/first-run\.spec\.ts/, grepInvert: /\(বাংলা\)/ },
    { name: 'first-run-bn', testMatch: /foundation\/first-run\.spec\.ts/, grep: /\(বাংলা\)/ },
    { name: 'journeys', testIgnore: /foundation\/first-run\.spec\.ts/, dependencies: ['first-run'] },
  ],
  webServer: {
    command: 'node e2e/start-server.mjs',
    url: `http://127.0.0.1:${port}/healthz`,
    timeout: 120_000,
    reuseExistingServer: false,
    stdout: 'pipe',
    // The whole suite signs in dozens of invited colleagues from one address within minutes,
    // past the per-address limit on password links; the limits have their own tests
    // (server/http/rate-limits.test.ts), and the fresh install of e2e/fixtures/fresh-server.ts keeps them on.
    env: { PORT: String(port), DATA_DIR: E2E_DATA_DIR, LOG_LEVEL: 'warn', RATE_LIMITS: 'off' },
  },
});
