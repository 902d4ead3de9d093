import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { type Database, MIGRATIONS_FOLDER, queryRows } from '../db/client';
import type { MediaStore } from '../media-store';
import type { Lifecycle } from './lifecycle';

export type CheckName = 'database' | 'store' | 'migrations';
export interface Readiness {
  ready: boolean;
  status: 'ready' | 'draining' | 'unavailable';
  checks: Record<CheckName, 'ok' | 'failed'>;
  /** Why each failed check failed: for the log, not for the response. */
  failures: Partial<Record<CheckName, string>>;
}

const CHECK_TIMEOUT_MS = 2000;

function withTimeout<T>(work: Promise<T>, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`${what} did not answer within ${CHECK_TIMEOUT_MS} ms`)),
      CHECK_TIMEOUT_MS,
    );
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

/** The newest migration in drizzle/, by the time drizzle-kit stamped it (what the migrator records). */
export function latestMigrationMillis(folder = MIGRATIONS_FOLDER): number {
  const journal = JSON.parse(fs.readFileSync(path.join(folder, 'meta', '_journal.json'), 'utf8')) as {
    entries: Array<{ when: number }>;
  };
  return Math.max(...journal.entries.map((e) => e.when));
}

/** Throws unless the database has every migration this build ships. */
async function checkMigrations(database: Database, latest: number): Promise<void> {
  const [row] = await queryRows<{ last: string | number | null }>(
    database.db,
    sql`select max(created_at) as last from drizzle.__drizzle_migrations`,
  );
  const last = Number(row?.last ?? 0);
  if (last < latest)
    throw new Error(`the database lacks migrations newer than ${new Date(last).toISOString()}`);
}

/**
 * Ready means: not draining, the database answers, the media store answers, and
 * the schema is this build's. Checks run together, each bounded by a timeout.
 */
export async function checkReadiness(deps: {
  database: Database;
  store: MediaStore;
  lifecycle: Lifecycle;
  latestMigration: number;
}): Promise<Readiness> {
  const checks: Array<[CheckName, () => Promise<unknown>]> = [
    ['database', () => deps.database.ping()],
    ['store', () => deps.store.check()],
    ['migrations', () => checkMigrations(deps.database, deps.latestMigration)],
  ];
  const results = await Promise.allSettled(checks.map(([name, run]) => withTimeout(run(), name)));
  const readiness: Readiness = {
    ready: false,
    status: 'unavailable',
    checks: { database: 'ok', store: 'ok', migrations: 'ok' },
    failures: {},
  };
  results.forEach((result, i) => {
    if (result.status === 'fulfilled') return;
    const name = checks[i][0];
    readiness.checks[name] = 'failed';
    readiness.failures[name] = result.reason instanceof Error ? result.reason.message : String(result.reason);
  });
  const healthy = Object.keys(readiness.failures).length === 0;
  readiness.status = deps.lifecycle.draining ? 'draining' : healthy ? 'ready' : 'unavailable';
  readiness.ready = readiness.status === 'ready';
  return readiness;
}
