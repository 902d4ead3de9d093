import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../db/client';
import { insertIndexedStory } from '../../test/factories';
import { createTestHarness, type TestHarness } from '../../test/harness';
import { recompressSearchVectors } from './recompress-vectors';

const MIGRATION = path.resolve(import.meta.dirname, '../../../drizzle/0013_search_vector_lz4.sql');
const WORDS = ['ইলন', 'মাস্ক', 'গ্রোক', 'ডলার', 'ঋণ', 'চিপ', 'প্রতিষ্ঠান', 'সুপারক্লাস্টার', 'বিনিয়োগ'];

interface Stored {
  vector: string;
  bigrams: string;
  vectorCompression: string | null;
  bigramsCompression: string | null;
}

describe('the compression of the search vectors (migration 0013)', () => {
  let h: TestHarness;
  beforeAll(async () => {
    h = await createTestHarness();
  });
  afterAll(() => h.close());

  const stored = async (id: string) => {
    const [row] = await queryRows<Stored>(
      h.db,
      sql`select search_vector::text as vector, search_bigrams::text as bigrams,
        pg_column_compression(search_vector) as "vectorCompression",
        pg_column_compression(search_bigrams) as "bigramsCompression"
      from articles where id = ${id}::uuid`,
    );
    return row;
  };

  it('stores new vectors with lz4 where the database has it, and rewrites older pglz ones in batches, keeping every lexeme and position', async () => {
    const [{ lz4 }] = await queryRows<{ lz4: boolean }>(
      h.db,
      sql`select exists (select 1 from pg_attribute where attrelid = 'articles'::regclass
        and attname = 'search_vector' and attcompression = 'l') as lz4`,
    );
    // PostgreSQL here is built with lz4; PGlite is not, and keeps the default pglz.
    expect(lz4).toBe(h.database.kind === 'postgres');

    // A story written before the migration: its vectors compressed with pglz.
    await h.db.execute(sql`alter table articles alter column search_vector set compression pglz,
      alter column search_bigrams set compression pglz`);
    // A body of some eighty words, each a few times, so pglz finds the vectors worth compressing.
    const n = WORDS.length;
    const bodyText = Array.from(
      { length: 4 * n * n },
      (_, i) => `${WORDS[i % n]}${WORDS[Math.floor(i / n) % n]}`,
    ).join(' ');
    const id = await insertIndexedStory(h.db, { headline: 'ইলন মাস্কের ঋণ', bodyText });
    const before = await stored(id);
    expect([before.vectorCompression, before.bigramsCompression]).toEqual(['pglz', 'pglz']);

    await h.db.execute(sql.raw(fs.readFileSync(MIGRATION, 'utf8')));
    // The migration changes the columns only: the older story keeps pglz until the rewrite.
    expect((await stored(id)).vectorCompression).toBe('pglz');
    const others = await Promise.all([1, 2, 3].map(() => insertIndexedStory(h.db, { bodyText })));
    const result = await recompressSearchVectors(h.db, { batch: 2 });
    if (h.database.kind === 'postgres') {
      expect(result.scanned).toBeGreaterThanOrEqual(others.length + 1);
      expect(result.rewritten).toBe(1);
    } else expect(result).toEqual({ scanned: 0, rewritten: 0 });
    const after = await stored(id);
    expect(after.vector).toBe(before.vector);
    expect(after.bigrams).toBe(before.bigrams);
    const expected = h.database.kind === 'postgres' ? 'lz4' : 'pglz';
    expect([after.vectorCompression, after.bigramsCompression]).toEqual([expected, expected]);
    // Saved afresh, a story's vectors take the column's compression.
    const fresh = await stored(await insertIndexedStory(h.db, { bodyText }));
    expect(fresh.vectorCompression).toBe(expected);
  });
});
