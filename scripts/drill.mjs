// `npm run drill`: the reliability drills at full size. Each prints what it tried and
// what it found, as counts; a leak, a lost text, a 500 or a double publication fails.
// (a) fuzz every tRPC input as every role and the body validator, 10,000+ cases, and every
// public route unauthenticated with generated paths, queries and headers; (b) hostile uploads;
// (c) the rights matrix; (d) two server processes on PostgreSQL, one killed mid-burst;
// (e) two editors and a flaky network on one story; (f) every public route against every
// non-published state; (g) an axe scan of every dashboard screen and public page;
// (h) never lose a sentence: two tabs and a take-over, a browser killed with SIGKILL,
// ten tabs on one live connection, offline close and reopen. (h) prints how many
// sentences were typed and how many were found afterwards; any missing one fails.
// (i) three server processes on one PostgreSQL and one S3 store (s3rver): media, publication
// and live events across instances, a SIGKILL mid-burst and a rolling restart.
// `npm test` runs the same drills in a short form.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const pg = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
// A new seed each run, printed so a failure can be replayed: DRILL_SEED=<seed> npm run drill.
const seed = process.env.DRILL_SEED ?? String(Math.floor(Math.random() * 2 ** 31));
console.log(`drill seed ${seed} (replay with DRILL_SEED=${seed} npm run drill)`);
const env = { ...process.env, DRILL_RUNS: process.env.DRILL_RUNS ?? '10000', DRILL_SEED: seed };
const steps = [
  [
    'vitest (a) fuzz tRPC inputs per role and public routes, (b) hostile uploads, (c) rights, (f) public leaks, validator property test',
    [
      'node_modules/vitest/vitest.mjs',
      'run',
      'server/drills/fuzz-inputs.test.ts',
      'shared/editor/validate.property.test.ts',
      'server/features/media/media.test.ts',
      'server/trpc/rights.test.ts',
      'server/site/only-published.test.ts',
    ],
    env,
  ],
  [
    'vitest (d) two processes on PostgreSQL, one killed with SIGKILL',
    ['node_modules/vitest/vitest.mjs', 'run', 'server/features/schedule/two-process.test.ts'],
    { ...env, TEST_DATABASE_URL: pg },
  ],
  [
    'vitest (i) three instances on one PostgreSQL and one S3 store, full size',
    ['node_modules/vitest/vitest.mjs', 'run', 'server/drills/multi-instance.test.ts'],
    { ...env, TEST_DATABASE_URL: pg, MULTI_INSTANCE_DRILL: 'full' },
  ],
  [
    'vite build for the browser drills',
    ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn'],
    env,
  ],
  [
    'playwright (e) two editors and a flaky network, (g) accessibility, (h) never lose a sentence',
    [
      'node_modules/@playwright/test/cli.js',
      'test',
      'e2e/foundation',
      'e2e/editor',
      'e2e/drills',
      'e2e/never-lose',
    ],
    env,
  ],
];
// Where e2e/never-lose/ledger.ts leaves each journey's count (one JSON file per journey).
const ledgerDir = path.join(os.tmpdir(), `barta-never-lose-${process.env.E2E_PORT ?? 3100}`);
fs.rmSync(ledgerDir, { recursive: true, force: true });
let failed = 0;
for (const [name, args, stepEnv] of steps) {
  console.log(`\n==== ${name} ====`);
  const status = spawnSync(process.execPath, args, { stdio: 'inherit', env: stepEnv }).status;
  if (status !== 0) failed++;
  console.log(`==== ${name}: ${status === 0 ? 'passed' : 'FAILED'} ====`);
}

// (h): every sentence typed in the never-lose journeys must be found again.
const journeys = fs.existsSync(ledgerDir)
  ? fs.readdirSync(ledgerDir).map((file) => JSON.parse(fs.readFileSync(path.join(ledgerDir, file), 'utf8')))
  : [];
const typed = journeys.reduce((sum, j) => sum + j.typed, 0);
const found = journeys.reduce((sum, j) => sum + j.found, 0);
console.log('\n==== (h) never lose a sentence ====');
for (const j of journeys) console.log(`  ${j.journey}: ${j.typed} typed, ${j.found} found`);
console.log(`  ${journeys.length} journeys: ${typed} sentences typed, ${found} found`);
if (journeys.length < 4 || found !== typed) failed++;

console.log(`\n${steps.length + 1 - failed} drill steps passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
