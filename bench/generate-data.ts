// Fills the configured database with a realistic archive for benchmarks:
//   npm run bench:data -- --stories 1000000 [--batch 1000] [--seed 1] [--copies 1]
// --copies K stores each generated story K times (the extra ones copied in SQL, spread over
// the same ten years): a 1,000,000-story archive from 100,000 generated ones in a fraction
// of the time, with the same per-story text statistics (only the texts repeat).
// PostgreSQL when DATABASE_URL is set, else PGlite in DATA_DIR (taking its lock).
import { randomUUID } from 'node:crypto';
import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import { readConfig } from '../server/config';
import { type Database, queryRows } from '../server/db/client';
import { openConfiguredDatabase } from '../server/db/open-from-config';
import { hashPassword } from '../server/features/auth/password';
import type { Role } from '../shared/roles';
import { type FakeStory, makeRandom, SECTIONS, StoryFactory, syntheticWord } from './fake-stories';
import { readSeedText, seedWords } from './seed-words';

export const BENCH_PASSWORD = 'bench-password-2025';

const { values: args } = parseArgs({
  options: {
    stories: { type: 'string', default: '10000' },
    batch: { type: 'string', default: '1000' },
    seed: { type: 'string', default: '1' },
    users: { type: 'string', default: '150' },
    media: { type: 'string', default: '5000' },
    /** Drop the story indexes during the load and build them once at the end (default above 50,000). */
    'defer-indexes': { type: 'string' },
    copies: { type: 'string', default: '1' },
  },
});

const copies = Math.max(1, Number(args.copies));
const total = Math.ceil(Number(args.stories) / copies);
const TEN_YEARS_S = 10 * 365 * 24 * 3600;
const batchSize = Number(args.batch);
const r = makeRandom(Number(args.seed));
const runTag = randomUUID().slice(0, 8);

async function ensureSections(database: Database): Promise<string[]> {
  for (const [i, [slug, nameBn, nameEn]] of SECTIONS.entries()) {
    await database.db.execute(
      sql`insert into sections (slug, name_bn, name_en, position) values (${slug}, ${nameBn}, ${nameEn}, ${i})
        on conflict (slug) do nothing`,
    );
  }
  const rows = await queryRows<{ id: string; slug: string }>(database.db, sql`select id, slug from sections`);
  const bySlug = new Map(rows.map((row) => [row.slug, row.id]));
  return SECTIONS.map(([slug]) => bySlug.get(slug) as string);
}

async function makeUsers(database: Database, count: number) {
  const hash = await hashPassword(BENCH_PASSWORD);
  const roles: Role[] = ['editor', 'editor', 'editor', 'editor', 'editor', 'editor', 'manager', 'desk'];
  const users = Array.from({ length: count }, (_, i) => ({
    id: randomUUID(),
    name: `${syntheticWord(i * 31 + 5)} ${syntheticWord(i * 37 + 11)}`,
    email: `bench-${runTag}-${i}@barta.test`,
    role: i === 0 ? 'admin' : roles[i % roles.length],
  }));
  await database.db.execute(
    sql`insert into users (id, email, name, role, password_hash)
      select u.id, u.email, u.name, u.role, ${hash}
      from unnest(${pgArray(users.map((u) => u.id))}::uuid[], ${pgArray(users.map((u) => u.email))}::text[],
        ${pgArray(users.map((u) => u.name))}::text[], ${pgArray(users.map((u) => u.role))}::text[]) as u(id, email, name, role)`,
  );
  return users;
}

async function makeMedia(database: Database, count: number): Promise<string[]> {
  const ids = Array.from({ length: count }, () => randomUUID());
  const renditions = ids.map((id) =>
    JSON.stringify([
      { width: 160, height: 160, format: 'webp', key: `bench/${id}-160sq.webp`, bytes: 6000, crop: 'square' },
      { width: 800, height: 533, format: 'webp', key: `bench/${id}-800.webp`, bytes: 60000 },
    ]),
  );
  for (let i = 0; i < count; i += 1000) {
    const slice = ids.slice(i, i + 1000);
    await database.db.execute(
      sql`insert into media (id, sha256, mime, width, height, bytes, original_key, alt, caption, credit, renditions, status)
        select m.id, md5(m.id::text) || md5(m.id::text || 'x'), 'image/jpeg', 1600, 1066, 400000,
          'bench/' || m.id || '.jpg', 'ছবি', 'ছবি : সংগৃহীত', 'সংগৃহীত', m.r::jsonb, 'ready'
        from unnest(${pgArray(slice)}::uuid[], ${pgArray(renditions.slice(i, i + 1000))}::text[]) as m(id, r)`,
    );
  }
  return ids;
}

/** A PostgreSQL array literal, bound as one parameter: every value quoted and escaped. */
function pgArray(values: (string | number | null)[]): string {
  return `{${values
    .map((v) => (v === null ? 'NULL' : `"${String(v).replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`))
    .join(',')}}`;
}

const iso = (d: Date | null) => (d ? d.toISOString() : null);

async function insertBatch(
  database: Database,
  stories: FakeStory[],
  ctx: {
    sectionIds: string[];
    users: { id: string; name: string }[];
    authorsOf: Map<string, string[]>;
    mediaIds: string[];
    earlier: string[];
  },
) {
  const col = <T extends string | number | null>(f: (s: FakeStory) => T) => pgArray(stories.map(f));
  const lead = stories.map((s) => (s.withImage ? r.pick(ctx.mediaIds) : null));
  await database.db.transaction(async (tx) => {
    await tx.execute(sql`insert into articles (id, status, status_changed_at, headline, kicker, summary, byline,
        section_id, tags, slug, slug_auto, body, body_text, word_count, lead_media_id, publish_at, published_at,
        public_updated_at, version, search_vector, search_bigrams, created_by, updated_by, created_at, updated_at)
      select id, status, status_changed_at, headline, kicker, summary, byline, section_id, tags::text[], slug, false,
        body::jsonb, body_text, word_count, lead_media_id, publish_at, published_at, null, 1 + (word_count % 5),
        search_vector::tsvector, search_bigrams::tsvector, created_by, updated_by, created_at, updated_at
      from unnest(${col((s) => s.id)}::uuid[], ${col((s) => s.status)}::text[],
        ${col((s) => iso(s.statusChangedAt))}::timestamptz[], ${col((s) => s.headline)}::text[],
        ${col((s) => s.kicker)}::text[], ${col((s) => s.summary)}::text[], ${col((s) => s.byline)}::text[],
        ${col((s) => ctx.sectionIds[s.sectionIndex])}::uuid[], ${col((s) => pgArray(s.tags))}::text[],
        ${col((s) => s.slug)}::text[], ${col((s) => s.body)}::text[], ${col((s) => s.bodyText)}::text[],
        ${col((s) => s.wordCount)}::int[], ${pgArray(lead)}::uuid[], ${col((s) => iso(s.publishAt))}::timestamptz[],
        ${col((s) => iso(s.publishedAt))}::timestamptz[], ${col((s) => s.searchVector)}::text[],
        ${col((s) => s.searchBigrams)}::text[],
        ${col((s) => ctx.authorsOf.get(s.id)?.[0] ?? null)}::uuid[],
        ${col((s) => ctx.authorsOf.get(s.id)?.[0] ?? null)}::uuid[],
        ${col((s) => iso(s.createdAt))}::timestamptz[], ${col((s) => iso(s.updatedAt))}::timestamptz[])
      as t(id, status, status_changed_at, headline, kicker, summary, byline, section_id, tags, slug, body, body_text,
        word_count, lead_media_id, publish_at, published_at, search_vector, search_bigrams, created_by, updated_by, created_at, updated_at)`);

    const pairs = stories.flatMap((s) =>
      (ctx.authorsOf.get(s.id) ?? []).map((u, i) => [s.id, u, i] as const),
    );
    await tx.execute(sql`insert into article_authors (article_id, user_id, position)
      select * from unnest(${pgArray(pairs.map((p) => p[0]))}::uuid[], ${pgArray(pairs.map((p) => p[1]))}::uuid[],
        ${pgArray(pairs.map((p) => p[2]))}::int[])`);

    const uses = stories.flatMap((s, i) => (lead[i] ? [[s.id, lead[i]] as const] : []));
    await tx.execute(sql`insert into media_usage (article_id, media_id, kind)
      select a, m, 'lead' from unnest(${pgArray(uses.map((u) => u[0]))}::uuid[], ${pgArray(uses.map((u) => u[1]))}::uuid[]) as t(a, m)`);

    // Related links to earlier stories, and a revision for some stories (full archives keep many).
    const related = ctx.earlier.length
      ? stories.filter(() => r.next() < 0.2).map((s) => [s.id, r.pick(ctx.earlier)] as const)
      : [];
    if (related.length) {
      await tx.execute(sql`insert into related_links (article_id, target_id, position)
        select a, t, 0 from unnest(${pgArray(related.map((x) => x[0]))}::uuid[], ${pgArray(related.map((x) => x[1]))}::uuid[]) as u(a, t)
        on conflict do nothing`);
    }
    const revised = stories.filter(() => r.next() < 0.05);
    if (revised.length) {
      await tx.execute(sql`insert into article_revisions (article_id, version, reason, snapshot, created_by, created_at)
        select a.id, 1, 'create', jsonb_build_object('headline', a.headline, 'summary', a.summary, 'body', a.body),
          a.created_by, a.created_at
        from articles a where a.id = any(${pgArray(revised.map((s) => s.id))}::uuid[])`);
    }
  });
}

/**
 * Copy k of every story this run generated: a new id and slug, and every timestamp moved
 * by one shift, so that the copy's creation lands k/copies of the ten years further back
 * (wrapping round), never in the future. Authors and the lead image go with it.
 */
async function copyStories(database: Database, userIds: string[], k: number) {
  const offset = Math.round((k * TEN_YEARS_S) / copies);
  const shift = sql.raw(`make_interval(secs => (extract(epoch from now() - a.created_at)
    - mod((extract(epoch from now() - a.created_at) + ${offset})::numeric, ${TEN_YEARS_S})::float8))`);
  const moved = (column: string) => sql.raw(`least(a.${column} + a.d, now())`);
  await database.db.execute(sql`with src as materialized (
      select gen_random_uuid() as new_id, a.*, ${shift} as d from articles a
      where a.created_by = any(${pgArray(userIds)}::uuid[]) and a.slug !~ '-c[0-9]+$'
    ), ins as (
      insert into articles (id, status, status_changed_at, headline, kicker, summary, byline, section_id, tags,
        slug, slug_auto, body, body_text, word_count, lead_media_id, publish_at, published_at, public_updated_at,
        version, search_vector, search_bigrams, created_by, updated_by, created_at, updated_at)
      select a.new_id, a.status, ${moved('status_changed_at')}, a.headline, a.kicker, a.summary, a.byline,
        a.section_id, a.tags, a.slug || '-c' || ${k}::int, false, a.body, a.body_text, a.word_count, a.lead_media_id,
        case when a.status = 'scheduled' then a.publish_at else ${moved('publish_at')} end,
        ${moved('published_at')}, null, a.version, a.search_vector, a.search_bigrams, a.created_by, a.updated_by,
        ${moved('created_at')}, ${moved('updated_at')}
      from src a
      returning id
    ), authors as (
      insert into article_authors (article_id, user_id, position)
      select src.new_id, aa.user_id, aa.position from src join article_authors aa on aa.article_id = src.id
    )
    insert into media_usage (article_id, media_id, kind)
    select src.new_id, mu.media_id, mu.kind from src join media_usage mu on mu.article_id = src.id`);
}

/**
 * Building an index once over a million rows is several times faster than
 * updating it a million times (the GIN search index above all). The exact
 * definitions are read back from the catalogue, so the rebuilt indexes are the
 * migration's own.
 */
async function dropStoryIndexes(database: Database) {
  const indexes = await queryRows<{ indexname: string; indexdef: string }>(
    database.db,
    sql`select indexname, indexdef from pg_indexes
      where schemaname = 'public' and tablename = 'articles' and indexname <> 'articles_pkey'`,
  );
  for (const index of indexes)
    await database.db.execute(sql.raw(`drop index if exists "${index.indexname}"`));
  return async () => {
    const started = performance.now();
    await database.db.execute(
      sql.raw(`set maintenance_work_mem = '${database.kind === 'postgres' ? '1GB' : '256MB'}'`),
    );
    for (const index of indexes) {
      const t = performance.now();
      await database.db.execute(
        sql.raw(index.indexdef.replace(/^CREATE (UNIQUE )?INDEX /, 'CREATE $1INDEX IF NOT EXISTS ')),
      );
      console.log(`  ${index.indexname}: ${((performance.now() - t) / 1000).toFixed(1)} s`);
    }
    console.log(
      `Rebuilt ${indexes.length} story indexes in ${((performance.now() - started) / 1000).toFixed(0)} s`,
    );
  };
}

async function main() {
  const config = readConfig(process.env);
  const database = await openConfiguredDatabase(config, 'the benchmark data generator (npm run bench:data)');
  console.log(
    `Generating ${total.toLocaleString('en')} stories${copies > 1 ? `, each stored ${copies} times,` : ''} into ${database.kind} (run ${runTag})`,
  );
  try {
    const sectionIds = await ensureSections(database);
    const users = await makeUsers(database, Number(args.users));
    const mediaIds = await makeMedia(database, Number(args.media));
    const words = seedWords(readSeedText());
    const factory = new StoryFactory(r, words, new Date(), 10 * 365 * 24 * 3600_000, runTag);
    const writers = users.filter((u) => u.role !== 'desk');
    const earlier: string[] = [];
    const defer = args['defer-indexes'] ? args['defer-indexes'] !== 'false' : total * copies >= 50_000;
    const rebuild = defer ? await dropStoryIndexes(database) : null;
    if (defer) console.log('Story indexes dropped for the load; they are rebuilt at the end.');
    const started = performance.now();
    try {
      // Generating a batch (CPU here) overlaps inserting the previous one (CPU in the database).
      let pending: Promise<void> = Promise.resolve();
      for (let done = 0; done < total; ) {
        const size = Math.min(batchSize, total - done);
        const authorsOf = new Map<string, string[]>();
        const stories: FakeStory[] = [];
        for (let i = 0; i < size; i++) {
          const authors = [writers[r.zipf(writers.length)]];
          if (r.next() < 0.15) authors.push(r.pick(writers));
          const unique = [...new Map(authors.map((a) => [a.id, a])).values()];
          const story = factory.make(
            done + i,
            total,
            unique.map((a) => a.name),
          );
          authorsOf.set(
            story.id,
            unique.map((a) => a.id),
          );
          stories.push(story);
        }
        await pending;
        pending = insertBatch(database, stories, {
          sectionIds,
          users,
          authorsOf,
          mediaIds,
          earlier: [...earlier],
        });
        for (const s of stories) if (r.next() < 0.01) earlier.push(s.id);
        done += size;
        const seconds = (performance.now() - started) / 1000;
        if (done % (batchSize * 10) === 0 || done === total) {
          const rate = done / seconds;
          console.log(
            `${done.toLocaleString('en')} stories, ${rate.toFixed(0)}/s, ${seconds.toFixed(0)} s elapsed, about ${((total - done) / rate).toFixed(0)} s to go`,
          );
        }
      }
      await pending;
      for (let k = 1; k < copies; k++) {
        const t = performance.now();
        await copyStories(
          database,
          users.map((u) => u.id),
          k,
        );
        console.log(`copy ${k} of ${copies - 1}: ${((performance.now() - t) / 1000).toFixed(0)} s`);
      }
    } finally {
      await rebuild?.();
    }
    console.log('Analyzing…');
    await database.db.execute(sql`analyze`);
    const seconds = (performance.now() - started) / 1000;
    console.log(
      `Done: ${(total * copies).toLocaleString('en')} stories in ${seconds.toFixed(1)} s (${((total * copies) / seconds).toFixed(0)}/s). Users sign in with password ${BENCH_PASSWORD}, e.g. ${users[0].email}`,
    );
  } finally {
    await database.close();
  }
}

await main();
