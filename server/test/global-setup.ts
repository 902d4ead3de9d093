import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { migrateDatabase, openDatabase } from '../db/client';

declare module 'vitest' {
  export interface ProvidedContext {
    /** PGlite: a migrated data directory dump every test file loads. */
    pgliteDumpPath: string;
    /** PostgreSQL: a migrated template database every test file copies. */
    pgTemplateUrl: string;
    pgServerUrl: string;
  }
}

function databaseUrl(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/**
 * Migrates once per run; each test file then gets its own copy of the migrated
 * database (PGlite dump or PostgreSQL template), so files never see each other's rows.
 */
export default async function setup(project: TestProject) {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (serverUrl) {
    const template = `barta_test_${Date.now()}_${process.pid}`;
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`create database ${template}`);
    const database = await openDatabase({ kind: 'postgres', url: databaseUrl(serverUrl, template), max: 1 });
    await migrateDatabase(database);
    await database.close();
    project.provide('pgTemplateUrl', databaseUrl(serverUrl, template));
    project.provide('pgServerUrl', serverUrl);
    project.provide('pgliteDumpPath', '');
    return async () => {
      // Drop the template and every per-file copy this run made.
      const { rows } = await admin.query<{ datname: string }>(
        `select datname from pg_database where datname like $1`,
        [`${template}%`],
      );
      for (const row of rows.sort((a, b) => b.datname.length - a.datname.length)) {
        await admin.query(`drop database if exists ${row.datname} with (force)`);
      }
      await admin.end();
    };
  }
  const database = await openDatabase({ kind: 'pglite', purpose: 'test template' });
  await migrateDatabase(database);
  const dump = await database.pglite!.dumpDataDir('none');
  await database.close();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'barta-test-'));
  const dumpPath = path.join(dir, 'migrated.tar');
  fs.writeFileSync(dumpPath, Buffer.from(await dump.arrayBuffer()));
  project.provide('pgliteDumpPath', dumpPath);
  project.provide('pgTemplateUrl', '');
  project.provide('pgServerUrl', '');
  return () => fs.rmSync(dir, { recursive: true, force: true });
}
