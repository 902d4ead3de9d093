// `npm test`: every test. Unit and integration tests (vitest), then end-to-end journeys
// (Playwright, in Debian's Chromium against a fresh server). Ends with one line:
// "N passed, N failed". TEST_DATABASE_URL=postgres://... runs it all on PostgreSQL.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const reports = fs.mkdtempSync(path.join(os.tmpdir(), 'barta-test-report-'));
const run = (command, args, env = {}) =>
  spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } }).status ?? 1;

const counts = { passed: 0, failed: 0, skipped: 0 };
let exitCode = 0;
const database = process.env.TEST_DATABASE_URL ? 'PostgreSQL' : 'PGlite';
console.log(`\n== Unit and integration tests (${database}) ==`);
const vitestReport = path.join(reports, 'vitest.json');
exitCode |= run(process.execPath, [
  'node_modules/vitest/vitest.mjs',
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${vitestReport}`,
]);
if (fs.existsSync(vitestReport)) {
  const report = JSON.parse(fs.readFileSync(vitestReport, 'utf8'));
  counts.passed += report.numPassedTests;
  counts.failed += report.numFailedTests + (report.numRuntimeErrorTestSuites ?? 0);
  counts.skipped += report.numPendingTests + report.numTodoTests;
} else counts.failed += 1;

console.log(`\n== End-to-end tests (${database}, Chromium) ==`);
exitCode |= run(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn']);
const playwrightReport = path.join(reports, 'playwright.json');
exitCode |= run(process.execPath, ['node_modules/@playwright/test/cli.js', 'test'], {
  PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightReport,
});
if (fs.existsSync(playwrightReport)) {
  const { stats } = JSON.parse(fs.readFileSync(playwrightReport, 'utf8'));
  counts.passed += stats.expected + stats.flaky;
  counts.failed += stats.unexpected;
  counts.skipped += stats.skipped;
} else counts.failed += 1;

fs.rmSync(reports, { recursive: true, force: true });
const skipped = counts.skipped ? `, ${counts.skipped} skipped` : '';
console.log(`\n${counts.passed} passed, ${counts.failed} failed${skipped}`);
process.exit(exitCode || counts.failed ? 1 : 0);
