import { eq, sql } from 'drizzle-orm';
import fc from 'fast-check';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type StoryListRequest, ZStoryListInput } from '../../../shared/stories/schemas';
import { type Database, type Db, migrateDatabase, openDatabase, queryRows } from '../../db/client';
import { articles } from '../../db/schema';
import { insertIndexedStory } from '../../test/factories';
import { createTestHarness, type TestHarness } from '../../test/harness';
import { listStories, storyPageQuery } from '../stories/list-stories';
import { buildSearchVectors } from './search-vector';

const HEADLINE = '‘গ্রোক’ চালাতে ১২ বিলিয়ন ডলার ঋণ নিচ্ছেন ইলন মাস্ক';

interface Fixture {
  headline: string;
  body: string;
  yaComposed: string;
  yaDecomposed: string;
  zwj: string;
  english: string;
  fields: string;
}

async function seed(db: Db): Promise<Fixture> {
  const now = Date.now();
  return {
    // The body hit is newer, so only ranking can put the headline hit first.
    headline: await insertIndexedStory(db, { headline: HEADLINE, updatedAt: new Date(now - 60_000) }),
    body: await insertIndexedStory(db, {
      headline: 'প্রযুক্তি খাতের খবর',
      bodyText: 'মাস্কের প্রতিষ্ঠান গ্রোক নিয়ে কাজ করছে। ডলার বিলিয়ন নয়।',
      updatedAt: new Date(now),
    }),
    // য় typed as one code point (U+09DF) in one story and as য + nukta in the other.
    yaComposed: await insertIndexedStory(db, { headline: 'বিজ\u09df দিবসের প্রস্তুতি' }),
    yaDecomposed: await insertIndexedStory(db, { summary: 'নতুন সম\u09af\u09bcসূচি' }),
    // র‍্যাব with a ZWJ after ra, as some keyboards type it.
    zwj: await insertIndexedStory(db, { headline: 'র\u200d্যাবের অভিযান', byline: 'নিজস্ব প্রতিবেদক' }),
    english: await insertIndexedStory(db, {
      headline: 'xAI plans',
      bodyText: 'Grok 4 launches in 2025 with 50% more users.',
    }),
    // The headline ends with the word the body starts with: no phrase spans the two.
    fields: await insertIndexedStory(db, { headline: 'নদীর পাড়', bodyText: 'পাড় ভাঙন চলছে নদীর পাড়ে' }),
  };
}

type Search = (q: string, extra?: StoryListRequest) => Promise<{ ids: string[]; notice: string | null }>;

/** The same cases on every database: PGlite, PostgreSQL, and PostgreSQL with a C locale. */
function searchCases(ready: () => { search: Search; f: Fixture }) {
  const ids = async (q: string, extra?: StoryListRequest) => (await ready().search(q, extra)).ids;

  it('ranks a headline match above a newer body match', async () => {
    const { f } = ready();
    const found = await ids('গ্রোক', { sort: 'relevance' });
    expect(found.slice(0, 2)).toEqual([f.headline, f.body]);
  });

  it('finds a word typed in NFD, with ZWJ/ZWNJ, or with curly quotes', async () => {
    const { f } = ready();
    expect(await ids('গ্রোক'.normalize('NFD'))).toContain(f.headline);
    expect(await ids('গ্রো\u200cক')).toContain(f.headline);
    expect(await ids('‘গ্রোক’')).toContain(f.headline);
    expect(await ids('র্যাবের')).toEqual([f.zwj]);
    expect(await ids('র\u200d্যাবের')).toEqual([f.zwj]);
  });

  it('matches য় however it was typed', async () => {
    const { f } = ready();
    expect(await ids('বিজ\u09af\u09bc')).toEqual([f.yaComposed]);
    expect(await ids('বিজ\u09df')).toEqual([f.yaComposed]);
    expect(await ids('সম\u09dfসূচি')).toEqual([f.yaDecomposed]);
  });

  it('treats Bengali and Latin digits alike', async () => {
    const { f } = ready();
    expect(await ids('12 বিলিয়ন')).toEqual([f.headline]);
    expect(await ids('১২ বিলিয়ন')).toEqual([f.headline]);
    expect(await ids('২০২৫')).toEqual([f.english]);
  });

  it('finds prefixes of the word being typed', async () => {
    const { f } = ready();
    expect(await ids('গ্রো')).toEqual(expect.arrayContaining([f.headline, f.body]));
    expect(await ids('ইলন মা')).toEqual([f.headline]);
    // A finished word (followed by a space) is not a prefix.
    expect(await ids('গ্রো ')).toEqual([]);
  });

  it('matches quoted phrases in order only', async () => {
    const { f } = ready();
    expect(await ids('"বিলিয়ন ডলার"')).toEqual([f.headline]);
    expect(await ids('“ডলার বিলিয়ন”')).toEqual([f.body]);
    // Best match (the dashboard's sort while searching) and a phrase beside a word.
    expect(await ids('"বিলিয়ন ডলার"', { sort: 'relevance' })).toEqual([f.headline]);
    expect(await ids('"ডলার বিলিয়ন"', { sort: 'relevance' })).toEqual([f.body]);
    expect(await ids('গ্রোক "বিলিয়ন ডলার"', { sort: 'relevance' })).toEqual([f.headline]);
    expect(await ids('"বিলিয়ন ডলার" মাস্কের')).toEqual([]);
  });

  it('matches phrases of three and more words in order, and never across fields', async () => {
    const { f } = ready();
    expect(await ids('"১২ বিলিয়ন ডলার ঋণ"')).toEqual([f.headline]);
    expect(await ids('"১২ বিলিয়ন ডলার ঋণ"', { sort: 'relevance' })).toEqual([f.headline]);
    expect(await ids('"ডলার বিলিয়ন নয়"')).toEqual([f.body]);
    // Each bigram occurs, but not one after the other.
    expect(await ids('"বিলিয়ন ডলার বিলিয়ন"')).toEqual([]);
    expect(await ids('"ইলন মাস্ক" "ডলার ঋণ নিচ্ছেন"', { sort: 'relevance' })).toEqual([f.headline]);
    expect(await ids('"নদীর পাড়"')).toEqual([f.fields]);
    expect(await ids('"পাড় পাড়"')).toEqual([]);
    expect(await ids('"পাড় ভাঙন"', { sort: 'relevance' })).toEqual([f.fields]);
  });

  it('searches English case-insensitively', async () => {
    const { f } = ready();
    expect(await ids('grok')).toEqual([f.english]);
    expect(await ids('GROK 4')).toEqual([f.english]);
  });

  it.each([
    ["'"],
    ['\\'],
    ['%'],
    ['_'],
    [':*'],
    ['&|!'],
    ['!!!'],
    ['<->'],
    ["'); drop table articles; --"],
    ["মাস্ক' | 'x"],
    ['a:*b & !c'],
    ["\\'গ্রোক\\'"],
    ['"'],
    ['\u0000'],
    ['ক'.repeat(10_000)],
    ['গ্রোক '.repeat(1600)],
  ])('takes hostile string #%# as data', async (q) => {
    const result = await ready().search(q);
    expect(Array.isArray(result.ids)).toBe(true);
  });

  it('ignores a search with no letters, and says so', async () => {
    const result = await ready().search('%_&|!:*');
    expect(result.notice).toMatch(/ignored/);
    expect(result.ids.length).toBeGreaterThanOrEqual(7);
  });

  it('still finds a word next to hostile characters', async () => {
    const { f } = ready();
    expect(await ids("'মাস্ক'")).toContain(f.headline);
    expect(await ids('মাস্ক%')).toContain(f.headline);
    expect(await ids('ইলন:* & !মাস্ক')).toContain(f.headline);
  });

  it('combines search with filters and keyset pages', async () => {
    const { f } = ready();
    const first = await ready().search('গ্রোক', { sort: 'relevance', limit: 1 });
    expect(first.ids).toEqual([f.headline]);
  });
}

describe('search through the story list', () => {
  let h: TestHarness;
  let f: Fixture;
  let search: Search;
  beforeAll(async () => {
    h = await createTestHarness();
    const admin = await h.makeUser('admin');
    f = await seed(h.db);
    search = async (q, extra = {}) => {
      const all: string[] = [];
      let page = await h.caller(admin).stories.list({ ...extra, q });
      all.push(...page.items.map((i) => i.id));
      // Walk the keyset pages too when asked for small pages.
      while (page.nextCursor && extra.limit && extra.limit > 1) {
        page = await h.caller(admin).stories.list({ ...extra, q, cursor: page.nextCursor });
        all.push(...page.items.map((i) => i.id));
      }
      return { ids: all, notice: page.notice };
    };
  });
  afterAll(() => h.close());

  searchCases(() => ({ search, f }));

  it('keeps the bigrams of a story through its saves, so a phrase finds the saved text', async () => {
    const editor = await h.makeUser('editor');
    const content = (text: string) => ({
      headline: 'সেতুর খবর',
      kicker: '',
      summary: '',
      byline: 'কাগজ ডেস্ক',
      sectionId: null,
      body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] },
    });
    const story = await h.caller(editor).articles.create(content('পদ্মা সেতু খুলল'));
    expect(await search('"পদ্মা সেতু খুলল"')).toMatchObject({ ids: [story.id] });
    await h.caller(editor).articles.save({
      id: story.id,
      baseVersion: story.version,
      mode: 'save',
      tabId: 'tab-bigrams1',
      content: content('যমুনা সেতু খুলল'),
    });
    expect((await search('"পদ্মা সেতু"')).ids).toEqual([]);
    expect((await search('"যমুনা সেতু খুলল"', { sort: 'relevance' })).ids).toEqual([story.id]);
    const [row] = await h.db
      .select({ bigrams: sql<string>`${articles.searchBigrams}::text` })
      .from(articles)
      .where(eq(articles.id, story.id));
    expect(row.bigrams).toContain("'যমুনা সেতু'");
  });

  it('finds the newest phrase matches of every age when too many match to rank them all', async () => {
    // The plan used past RANK_ALL_LIMIT matches looks in windows of last-edited time,
    // newest first: a match from this week, this year and years ago are all candidates.
    const day = 86_400_000;
    const now = Date.now();
    const ages = [1, 200, 3 * 365];
    const matches = [];
    for (const age of ages) {
      matches.push(
        await insertIndexedStory(h.db, {
          headline: 'বন্যার খবর',
          bodyText: 'তিস্তা ব্যারেজ খুলে দেওয়া হলো',
          updatedAt: new Date(now - age * day),
        }),
      );
    }
    await insertIndexedStory(h.db, {
      headline: 'ব্যারেজ তিস্তা',
      bodyText: 'তিস্তা নদী, ব্যারেজ নয়',
      updatedAt: new Date(now),
    });
    const ctx = { userId: (await h.makeUser('admin')).id, timeZone: 'Asia/Dhaka', now: new Date(now) };
    const input = ZStoryListInput.parse({ q: '"তিস্তা ব্যারেজ"', sort: 'relevance' });
    const rows = await queryRows<{ id: string }>(h.db, storyPageQuery(input, ctx, false).page);
    expect(rows.map((r) => r.id).sort()).toEqual([...matches].sort());
  });

  it('ranks a phrase in an old headline above newer body matches when too many match to rank them all', async () => {
    // The headline candidates of a phrase are narrowed by the bigram index; a headline
    // holding the words apart is no match, and nor is a story with no phrase at all.
    const now = Date.now();
    const headline = await insertIndexedStory(h.db, {
      headline: 'পদ্মার ভাঙন রোধে বাঁধ',
      updatedAt: new Date(now - 5 * 365 * 86_400_000),
    });
    const body = await insertIndexedStory(h.db, {
      headline: 'নদীর খবর',
      bodyText: 'পদ্মার ভাঙন রোধে কাজ চলছে',
      updatedAt: new Date(now),
    });
    await insertIndexedStory(h.db, {
      headline: 'ভাঙন নয়, পদ্মার বাঁধ',
      bodyText: 'ভাঙন থামেনি',
      updatedAt: new Date(now),
    });
    const ctx = { userId: (await h.makeUser('admin')).id, timeZone: 'Asia/Dhaka', now: new Date(now) };
    const input = ZStoryListInput.parse({ q: '"পদ্মার ভাঙন"', sort: 'relevance' });
    const rows = await queryRows<{ id: string }>(h.db, storyPageQuery(input, ctx, false).page);
    expect(rows.map((r) => r.id)).toEqual([headline, body]);
  });

  it('derives in SQL (for stories saved before the column) exactly the bigrams the server writes', async () => {
    const pieces = ['গ্রোক', 'ইলন', 'মাস্ক', ' ', ' ', '\n', "it's", 'a\\b', '১২', '।', 'x'];
    const texts = fc.array(fc.constantFrom(...pieces), { maxLength: 30 }).map((parts) => parts.join(''));
    await fc.assert(
      fc.asyncProperty(fc.array(texts, { minLength: 1, maxLength: 3 }), async (fields) => {
        const { searchVector, searchBigrams } = buildSearchVectors(
          fields.map((text, i) => ({ text, weight: (['A', 'B', 'D'] as const)[i] })),
        );
        const [row] = await queryRows<{ same: boolean }>(
          h.db,
          sql`select search_bigrams_of(${searchVector}::tsvector) = ${searchBigrams}::tsvector as same`,
        );
        expect(row.same).toBe(true);
      }),
      { numRuns: 60 },
    );
    // 300 repeats: past the 256 positions the word vector keeps of one word.
    const long = buildSearchVectors([{ text: 'ক খ গ '.repeat(300), weight: 'D' }]);
    const [row] = await queryRows<{ same: boolean }>(
      h.db,
      sql`select search_bigrams_of(${long.searchVector}::tsvector) = ${long.searchBigrams}::tsvector as same`,
    );
    expect(row.same).toBe(true);
  });

  it('refuses a search longer than 10,000 characters with a clear message', async () => {
    const admin = await h.makeUser('admin');
    await expect(h.caller(admin).stories.list({ q: 'ক'.repeat(10_001) })).rejects.toThrow(
      /Search is too long/,
    );
  });
});

const serverUrl = process.env.TEST_DATABASE_URL;

describe.skipIf(!serverUrl)('search on a PostgreSQL database with a C locale', () => {
  const name = `barta_c_locale_${process.pid}_${Date.now()}`;
  let database: Database;
  let f: Fixture;
  const admin = () => new pg.Client({ connectionString: serverUrl });

  beforeAll(async () => {
    const client = admin();
    await client.connect();
    await client.query(
      `create database ${name} with template template0 lc_ctype 'C' lc_collate 'C' encoding 'UTF8'`,
    );
    await client.end();
    const url = new URL(serverUrl as string);
    url.pathname = `/${name}`;
    database = await openDatabase({ kind: 'postgres', url: url.toString(), max: 2 });
    await migrateDatabase(database);
    const { rows } = await database.pool!.query(
      'select datctype from pg_database where datname = current_database()',
    );
    expect(rows[0].datctype).toBe('C');
    f = await seed(database.db);
  });
  afterAll(async () => {
    await database?.close();
    const client = admin();
    await client.connect();
    await client.query(`drop database if exists ${name} with (force)`);
    await client.end();
  });

  const search: Search = async (q, extra = {}) => {
    const input = ZStoryListInput.parse({ ...extra, q });
    const page = await listStories(database.db, input, {
      userId: '00000000-0000-4000-8000-000000000000',
      timeZone: 'Asia/Dhaka',
      now: new Date(),
    });
    return { ids: page.items.map((i) => i.id), notice: page.notice };
  };

  it("PostgreSQL's own parser would glue the quotes to the word here", async () => {
    const { rows } = await database.pool!.query(`select to_tsvector('simple', $1)::text as v`, [HEADLINE]);
    expect(rows[0].v).toContain('‘গ্রোক’');
  });

  searchCases(() => ({ search, f }));
});
