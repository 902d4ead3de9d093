import fs from 'node:fs';
import pg from 'pg';
import { inject } from 'vitest';
import { type Database, openDatabase } from '../db/client';

let counter = 0;

/**
 * A fresh migrated database for one test file: PGlite in memory by default,
 * PostgreSQL when TEST_DATABASE_URL is set. Close it in afterAll.
 */
export async function createTestDatabase(): Promise<Database> {
  const templateUrl = inject('pgTemplateUrl');
  if (templateUrl) {
    const template = new URL(templateUrl).pathname.slice(1);
    const name = `${template}_${process.pid}_${++counter}`;
    const admin = new pg.Client({ connectionString: inject('pgServerUrl') });
    await admin.connect();
    try {
      await admin.query(`create database ${name} template ${template}`);
    } finally {
      await admin.end();
    }
    const url = new URL(templateUrl);
    url.pathname = `/${name}`;
    const database = await openDatabase({ kind: 'postgres', url: url.toString(), max: 5 });
    const close = database.close;
    return {
      ...database,
      async close() {
        await close();
        const dropper = new pg.Client({ connectionString: inject('pgServerUrl') });
        await dropper.connect();
        await dropper.query(`drop database if exists ${name} with (force)`).finally(() => dropper.end());
      },
    };
  }
  const dump = fs.readFileSync(inject('pgliteDumpPath'));
  return openDatabase({ kind: 'pglite', purpose: 'test', loadDataDir: new Blob([dump]) });
}
