// A generated archive (npm run bench:data) for the benchmarks that start Barta servers:
// BENCH_ARCHIVE names a PostgreSQL database (postgres://…) or a PGlite DATA_DIR.
import { sql } from 'drizzle-orm';
import { readConfig } from '../../server/config';
import { queryRows } from '../../server/db/client';
import { openConfiguredDatabase } from '../../server/db/open-from-config';
import { createSession } from '../../server/features/auth/sessions';

export interface Archive {
  /** What a server process needs to open it. */
  env: Record<string, string>;
  /** A database label for the report. */
  label: string;
}

export function archiveFromEnvironment(): Archive | null {
  const where = process.env.BENCH_ARCHIVE;
  if (!where) return null;
  return /^postgres(ql)?:\/\//.test(where)
    ? { env: { DATABASE_URL: where }, label: `PostgreSQL archive ${new URL(where).pathname.slice(1)}` }
    : { env: { DATA_DIR: where }, label: `PGlite archive ${where}` };
}

/**
 * A session of the archive's busiest administrator, made in the database before any
 * server opens it (PGlite allows one process at a time), and the number of stories.
 */
export async function archiveSession(archive: Archive): Promise<{ token: string; stories: number }> {
  const config = readConfig({ ...process.env, ...archive.env, LOG_LEVEL: 'silent' });
  const database = await openConfiguredDatabase(config, 'a benchmark opening its archive');
  try {
    const [admin] = await queryRows<{ id: string }>(
      database.db,
      sql`select id from users where role = 'admin' and active order by created_at limit 1`,
    );
    if (!admin) throw new Error(`No administrator in ${archive.label}: run npm run bench:data first.`);
    const [{ n }] = await queryRows<{ n: number }>(database.db, sql`select count(*)::int as n from articles`);
    const session = await createSession(database.db, {
      userId: admin.id,
      days: 1,
      ip: '127.0.0.1',
      userAgent: 'bench',
    });
    return { token: session.token, stories: n };
  } finally {
    await database.close();
  }
}
