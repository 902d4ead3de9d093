import { sql } from 'drizzle-orm';
import { type Database, type DbOrTx, openDatabase, queryRows } from '../../db/client';
import type { TestHarness } from '../../test/harness';

/**
 * `count` scheduled copies of a ready story, due at `dueSql` (a SQL expression, e.g.
 * `now() - interval '1 second'`; `g` is the copy's number from 1). Credits the same authors.
 */
export async function cloneScheduled(db: DbOrTx, templateId: string, count: number, dueSql: string) {
  const rows = await queryRows<{ id: string }>(
    db,
    sql.raw(`
      with copies as (
        insert into articles (headline, kicker, summary, byline, section_id, slug, body, body_text,
                              word_count, lead_media_id, status, publish_at, created_by, updated_by)
        select a.headline || ' ' || g, a.kicker, a.summary, a.byline, a.section_id, a.slug || '-' || substr(md5(random()::text), 1, 10) || '-' || g,
               a.body, a.body_text, a.word_count, a.lead_media_id, 'scheduled', ${dueSql}, a.created_by, a.created_by
          from articles a, generate_series(1, ${Number(count)}) g
         where a.id = '${templateId}'
        returning id)
      select id from copies`),
  );
  await db.execute(
    sql`insert into article_authors (article_id, user_id, position)
        select c.id, aa.user_id, aa.position from article_authors aa
        cross join (select unnest(${sql.raw(`array[${rows.map((r) => `'${r.id}'::uuid`).join(',') || 'null::uuid'}]`)}) as id) c
        where aa.article_id = ${templateId}`,
  );
  return rows.map((r) => r.id);
}

/** Counts by key from a `select key, count(*)` query. */
export async function countBy(db: DbOrTx, query: ReturnType<typeof sql>): Promise<Map<string, number>> {
  const rows = await queryRows<{ key: string; n: number | string }>(db, query);
  return new Map(rows.map((r) => [r.key, Number(r.n)]));
}

/** More connections to the harness's database: separate pools on PostgreSQL, the same PGlite otherwise. */
export async function extraConnections(h: TestHarness, count: number): Promise<Database[]> {
  const url = h.database.pool?.options.connectionString;
  if (!url) return Array.from({ length: count }, () => h.database);
  return Promise.all(Array.from({ length: count }, () => openDatabase({ kind: 'postgres', url, max: 2 })));
}

export async function waitFor(
  check: () => Promise<boolean>,
  timeoutMs: number,
  stepMs = 20,
): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    if (await check()) return Date.now() - started;
    await new Promise((r) => setTimeout(r, stepMs));
  }
  throw new Error(`condition not met within ${timeoutMs} ms`);
}
