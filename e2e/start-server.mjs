// Starts the Barta server for end-to-end tests on fresh data: an emptied DATA_DIR
// (PGlite), or a new PostgreSQL database when TEST_DATABASE_URL is set.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';

const env = { ...process.env };
fs.rmSync(env.DATA_DIR, { recursive: true, force: true });

if (env.TEST_DATABASE_URL) {
  const admin = new pg.Client({ connectionString: env.TEST_DATABASE_URL });
  await admin.connect();
  // Databases left by earlier runs (named by their start time) are dropped once they are
  // two hours old, so a run going on beside this one keeps its own.
  const { rows } = await admin.query(`select datname from pg_database where datname ~ '^barta_e2e_[0-9]+$'`);
  for (const row of rows) {
    if (Date.now() - Number(row.datname.slice('barta_e2e_'.length)) > 2 * 3600_000) {
      await admin.query(`drop database if exists ${row.datname} with (force)`);
    }
  }
  const name = `barta_e2e_${Date.now()}`;
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(env.TEST_DATABASE_URL);
  url.pathname = `/${name}`;
  env.DATABASE_URL = url.toString();
  // For a second instance on the same database (e2e/fixtures/second-instance.ts).
  fs.mkdirSync(env.DATA_DIR, { recursive: true });
  fs.writeFileSync(path.join(env.DATA_DIR, 'database-url'), env.DATABASE_URL);
}

const server = spawn(process.execPath, ['--import', 'tsx', 'server/index.ts'], { stdio: 'inherit', env });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
