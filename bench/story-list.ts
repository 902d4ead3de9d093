// Story list latency through tRPC over HTTP and in the database alone:
//   DATABASE_URL=postgres://… node --import tsx bench/story-list.ts   (or DATA_DIR=… for PGlite)
// Targets: p95 ≤ 50 ms through tRPC; ≤ 10 ms in PostgreSQL.
import { sql } from 'drizzle-orm';
import { queryRows } from '../server/db/client';
import { runScenarios, type Scenario, startBench } from './bench-harness';

const RUNS = Number(process.env.BENCH_RUNS ?? 30);
const bench = await startBench('the story list benchmark (bench/story-list.ts)');
const pick = async (query: ReturnType<typeof sql>) =>
  (await queryRows<{ v: string }>(bench.database.db, query))[0]?.v;
const section = await pick(sql`select id::text as v from sections order by position desc limit 1`);
const tag = await pick(
  sql`select t as v from articles, unnest(tags) t group by t order by count(*) desc limit 1`,
);
const author = bench.users.get('editor')!.id;
const monthAgo = new Date(Date.now() - 30 * 86_400_000).toISOString();

const scenarios: Scenario[] = [
  { name: 'all, last edited (admin landing)', role: 'admin', input: {} },
  { name: 'all, last edited, page 2', role: 'admin', input: {}, secondPage: true },
  { name: 'view: my stories (editor)', role: 'editor', input: { view: 'mine' } },
  { name: 'view: waiting for review, oldest first', role: 'manager', input: { view: 'review', dir: 'asc' } },
  {
    name: 'view: scheduled today',
    role: 'desk',
    input: { view: 'scheduled_today', sort: 'publish_at', dir: 'asc' },
  },
  { name: 'view: approved, not scheduled', role: 'desk', input: { view: 'approved_unscheduled' } },
  { name: 'published, newest published', role: 'admin', input: { status: ['published'], sort: 'published' } },
  { name: 'drafts, headline A→Z', role: 'admin', input: { status: ['draft'], sort: 'headline', dir: 'asc' } },
  {
    name: 'section, created oldest first',
    role: 'admin',
    input: { sectionId: section, sort: 'created', dir: 'asc' },
  },
  { name: 'common tag, last edited', role: 'admin', input: { tag } },
  { name: 'author, published', role: 'admin', input: { authorId: author, sort: 'published' } },
  {
    name: 'published last 30 days, by created',
    role: 'admin',
    input: { dateField: 'published', from: monthAgo, sort: 'created' },
  },
  {
    name: 'no image, scheduled time',
    role: 'admin',
    input: { hasImage: false, sort: 'publish_at', dir: 'asc' },
  },
  { name: 'headline Z→A, page 2', role: 'admin', input: { sort: 'headline', dir: 'desc' }, secondPage: true },
  {
    name: 'section + image + published',
    role: 'admin',
    input: { sectionId: section, hasImage: true, status: ['published'], sort: 'published' },
  },
];

console.log(
  `Story list on ${bench.database.kind} with ${bench.stories.toLocaleString('en')} stories, ${RUNS} runs each`,
);
const target = bench.database.kind === 'postgres' ? { http: 50, db: 10 } : { http: 50 };
await runScenarios(bench, 'story-list', scenarios, RUNS, target);
await bench.close();
