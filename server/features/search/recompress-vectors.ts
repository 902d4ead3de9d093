import { sql } from 'drizzle-orm';
import { type DbOrTx, queryRows } from '../../db/client';

/** Whether the search columns take lz4 (PostgreSQL after migration 0013; PGlite has no lz4). */
export async function searchColumnsUseLz4(db: DbOrTx): Promise<boolean> {
  const [row] = await queryRows<{ lz4: boolean }>(
    db,
    sql`select exists (select 1 from pg_attribute where attrelid = 'articles'::regclass
      and attname = 'search_vector' and attcompression = 'l') as lz4`,
  );
  return row.lz4;
}

/**
 * Writes the stored search vectors of older stories anew, so they take the columns'
 * lz4 compression (a stored value keeps the compression it was written with). It walks
 * the stories in id order, one short transaction per batch, so readers and editors are
 * never held up; `|| ''` changes no lexeme or position. Safe to stop and run again.
 */
export async function recompressSearchVectors(
  db: DbOrTx,
  { batch = 2_000, onBatch }: { batch?: number; onBatch?: (done: number, rewritten: number) => void } = {},
): Promise<{ scanned: number; rewritten: number }> {
  if (!(await searchColumnsUseLz4(db))) return { scanned: 0, rewritten: 0 };
  let after = '00000000-0000-0000-0000-000000000000';
  let scanned = 0;
  let rewritten = 0;
  for (;;) {
    const [step] = await queryRows<{ last: string | null; seen: number; changed: number }>(
      db,
      sql`with page as (
          select id from articles where id > ${after}::uuid order by id limit ${batch}
        ), changed as (
          update articles a
            set search_vector = a.search_vector || ''::tsvector,
                search_bigrams = a.search_bigrams || ''::tsvector
          from page
          where a.id = page.id
            and (pg_column_compression(a.search_vector) = 'pglz'
              or pg_column_compression(a.search_bigrams) = 'pglz')
          returning 1
        )
        select (select max(id::text) from page) as last,
          (select count(*) from page)::int as seen,
          (select count(*) from changed)::int as changed`,
    );
    if (!step.last) break;
    after = step.last;
    scanned += step.seen;
    rewritten += step.changed;
    onBatch?.(scanned, rewritten);
  }
  return { scanned, rewritten };
}
