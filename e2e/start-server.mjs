// Starts the Barta server for end-to-end tests on fresh data: an emptied DATA_DIR
// (PGlite), or a new PostgreSQL database when TEST_DATABASE_URL is set.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import pg from 'pg';

const env = { ...process.env };
fs.rmSync(env.DATA_DIR, { recursive: true, force: true });

if (env.TEST_DATABASE_URL) {
  const admin = new pg.Client({ connectionString: env.TEST_DATABASE_URL });
  await admin.connect();
  // Databases of earlier runs on this machine (runs are sequential here) are dropped first.
  const { rows } = await admin.query(`select datname from pg_database where datname like 'barta_e2e_%'`);
  for (const row of rows) await admin.query(`drop database if exists ${row.datname} with (force)`);
  const name = `barta_e2e_${Date.now()}`;
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(env.TEST_DATABASE_URL);
  url.pathname = `/${name}`;
  env.DATABASE_URL = url.toString();
}

const server = spawn(process.execPath, ['--import', 'tsx', 'server/index.ts'], { stdio: 'inherit', env });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
