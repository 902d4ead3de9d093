// `npm run drill`: the reliability drills at full size. Each prints what it tried and
// what it found, as counts; a leak, a lost text, a 500 or a double publication fails.
// (a) fuzz every tRPC input and the body validator, 10,000+ cases; (b) hostile uploads;
// (c) the rights matrix; (d) two server processes on PostgreSQL, one killed mid-burst;
// (e) two editors and a flaky network on one story; (f) every public route against every
// non-published state; (g) an axe scan of every dashboard screen and public page;
// (h) three server processes on one PostgreSQL and one S3 store (s3rver): media, publication
// and live events across instances, a SIGKILL mid-burst and a rolling restart.
// `npm test` runs the same drills in a short form.
import { spawnSync } from 'node:child_process';

const pg = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const env = { ...process.env, DRILL_RUNS: process.env.DRILL_RUNS ?? '10000' };
const steps = [
  [
    'vitest (a) fuzz inputs, (b) hostile uploads, (c) rights, (f) public leaks, validator property test',
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
    'vitest (h) three instances on one PostgreSQL and one S3 store, full size',
    ['node_modules/vitest/vitest.mjs', 'run', 'server/drills/multi-instance.test.ts'],
    { ...env, TEST_DATABASE_URL: pg, MULTI_INSTANCE_DRILL: 'full' },
  ],
  [
    'vite build for the browser drills',
    ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn'],
    env,
  ],
  [
    'playwright (e) two editors and a flaky network, (g) accessibility',
    ['node_modules/@playwright/test/cli.js', 'test', 'e2e/foundation', 'e2e/editor', 'e2e/drills'],
    env,
  ],
];
let failed = 0;
for (const [name, args, stepEnv] of steps) {
  console.log(`\n==== ${name} ====`);
  const status = spawnSync(process.execPath, args, { stdio: 'inherit', env: stepEnv }).status;
  if (status !== 0) failed++;
  console.log(`==== ${name}: ${status === 0 ? 'passed' : 'FAILED'} ====`);
}
console.log(`\n${steps.length - failed} drill steps passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
