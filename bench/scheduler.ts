/**
 * Scheduler lateness: from publish_at to the committed publication, over 1,000
 * stories due in one burst and 1,000 spread over ten seconds, with two scheduler
 * instances (two pools) on a fresh PostgreSQL database, and one instance on PGlite.
 * Also: how long after start every overdue story is published.
 *
 *   node --import tsx bench/scheduler.ts
 *   BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/test (default) · BENCH_SKIP_PG=1 · BENCH_SKIP_PGLITE=1
 *   BENCH_SCHEDULER_BATCH=50 compares another batch size (default: the scheduler's own)
 *   BENCH_SCHEDULER_LEAD=0 compares another publication lead in ms (default: the scheduler's own)
 */
import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { type Database, migrateDatabase, openDatabase, queryRows } from '../server/db/client';
import { EventBus } from '../server/events/bus';
import type { ClaimOutcome } from '../server/features/schedule/claim-publications';
import { Scheduler, schedulerTuning } from '../server/features/schedule/scheduler';

const quiet = { error: (o: unknown) => console.error(o), warn() {}, info() {} };

interface Row {
  name: string;
  database: string;
  instances: number;
  stories: number;
  min: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  allPublishedAfterMs?: number;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function seedTemplate(db: Database['db']): Promise<string> {
  const [user] = await queryRows<{ id: string }>(
    db,
    sql`insert into users (email, name, role, password_hash) values ('bench@barta.test', 'Bench', 'editor', 'x') returning id`,
  );
  const [section] = await queryRows<{ id: string }>(
    db,
    sql`insert into sections (slug, name_bn, name_en) values ('bench', 'বেঞ্চ', 'Bench') returning id`,
  );
  const [media] = await queryRows<{ id: string }>(
    db,
    sql`insert into media (sha256, mime, width, height, bytes, original_key, alt, caption, credit, status)
        values (repeat('a', 64), 'image/jpeg', 1200, 800, 1000, 'aa/bench.jpg', 'বিকল্প', 'ক্যাপশন', 'রয়টার্স', 'ready') returning id`,
  );
  const body = {
    type: 'doc',
    content: [{ type: 'paragraph', content: [{ type: 'text', text: 'ঢাকা — বাজেট পাস।' }] }],
  };
  const [article] = await queryRows<{ id: string }>(
    db,
    sql`insert into articles (headline, summary, section_id, slug, body, body_text, lead_media_id, status, created_by)
        values ('বাজেট', 'সারাংশ', ${section.id}, 'bench-template', ${JSON.stringify(body)}::jsonb, 'ঢাকা — বাজেট পাস।', ${media.id}, 'approved', ${user.id})
        returning id`,
  );
  await db.execute(sql`insert into article_authors (article_id, user_id) values (${article.id}, ${user.id})`);
  return article.id;
}

let batchNo = 0;
async function insertDue(
  db: Database['db'],
  templateId: string,
  count: number,
  dueSql: string,
): Promise<void> {
  const tag = `b${++batchNo}`;
  await db.execute(
    sql.raw(`insert into articles (headline, summary, section_id, slug, body, body_text, lead_media_id, status, publish_at, created_by)
      select a.headline, a.summary, a.section_id, '${tag}-' || g, a.body, a.body_text, a.lead_media_id, 'scheduled', ${dueSql}, a.created_by
        from articles a, generate_series(1, ${count}) g where a.id = '${templateId}'`),
  );
}

async function pendingCount(db: Database['db']): Promise<number> {
  const [row] = await queryRows<{ n: string | number }>(
    db,
    sql`select count(*) as n from articles where status = 'scheduled'`,
  );
  return Number(row.n);
}

async function runScenario(
  name: string,
  kind: string,
  dbs: Database[],
  templateId: string,
  count: number,
  dueSql: string,
  startBefore: boolean,
): Promise<Row> {
  const lateness: number[] = [];
  const buses = dbs.map(() => new EventBus());
  const schedulers = dbs.map(
    (d, i) =>
      new Scheduler({
        db: d.db,
        events: buses[i],
        log: quiet,
        timeZone: 'Asia/Dhaka',
        instanceId: `bench-${i}`,
        ...schedulerTuning(d.kind),
        ...(process.env.BENCH_SCHEDULER_LEAD
          ? { publishLeadMs: Number(process.env.BENCH_SCHEDULER_LEAD) }
          : {}),
        batchSize: process.env.BENCH_SCHEDULER_BATCH ? Number(process.env.BENCH_SCHEDULER_BATCH) : undefined,
        onCommitted: ({ published, at }: { published: ClaimOutcome[]; at: number }) => {
          for (const p of published) lateness.push(at - p.publishAt.getTime());
        },
      }),
  );
  let started = 0;
  if (startBefore) for (const s of schedulers) s.start();
  await insertDue(dbs[0].db, templateId, count, dueSql);
  if (startBefore) {
    // What the LISTEN/NOTIFY relay does between instances: tell every scheduler the schedule changed.
    for (const bus of buses) bus.publish({ type: 'schedule.changed' });
  } else {
    started = Date.now();
    for (const s of schedulers) s.start();
  }
  const deadline = Date.now() + 60_000;
  while ((await pendingCount(dbs[0].db)) > 0 && Date.now() < deadline)
    await new Promise((r) => setTimeout(r, 20));
  const allPublishedAfterMs = startBefore ? undefined : Date.now() - started;
  for (const s of schedulers) await s.stop();
  const sorted = [...lateness].sort((a, b) => a - b);
  const row: Row = {
    name,
    database: kind,
    instances: dbs.length,
    stories: lateness.length,
    min: sorted[0],
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    max: sorted[sorted.length - 1],
    allPublishedAfterMs,
  };
  console.log(JSON.stringify(row));
  return row;
}

async function scenarios(kind: string, dbs: Database[], templateId: string): Promise<Row[]> {
  return [
    await runScenario(
      'burst: 1,000 due at one instant',
      kind,
      dbs,
      templateId,
      1000,
      `now() + interval '2 seconds'`,
      true,
    ),
    await runScenario(
      'spread: 1,000 due over 10 s',
      kind,
      dbs,
      templateId,
      1000,
      `now() + interval '2 seconds' + g * interval '10 milliseconds'`,
      true,
    ),
    await runScenario(
      'overdue at start: 1,000',
      kind,
      dbs,
      templateId,
      1000,
      `now() - interval '5 minutes'`,
      false,
    ),
  ];
}

async function postgresRows(): Promise<Row[]> {
  const serverUrl =
    process.env.BENCH_DATABASE_URL ??
    process.env.TEST_DATABASE_URL ??
    'postgres://postgres@127.0.0.1:5432/test';
  const name = `barta_bench_${Date.now()}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const dbs = [
    await openDatabase({ kind: 'postgres', url: url.toString(), max: 4 }),
    await openDatabase({ kind: 'postgres', url: url.toString(), max: 4 }),
  ];
  try {
    await migrateDatabase(dbs[0]);
    const templateId = await seedTemplate(dbs[0].db);
    return await scenarios('postgres', dbs, templateId);
  } finally {
    for (const d of dbs) await d.close();
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
  }
}

async function pgliteRows(): Promise<Row[]> {
  const db = await openDatabase({ kind: 'pglite', purpose: 'bench' });
  try {
    await migrateDatabase(db);
    const templateId = await seedTemplate(db.db);
    return await scenarios('pglite', [db], templateId);
  } finally {
    await db.close();
  }
}

const rows = [
  ...(process.env.BENCH_SKIP_PG ? [] : await postgresRows()),
  ...(process.env.BENCH_SKIP_PGLITE ? [] : await pgliteRows()),
];
console.table(rows);
// A comparison run (another batch size) prints its figures and leaves the results alone.
if (process.env.BENCH_SCHEDULER_BATCH) process.exit(0);
const out = path.join(import.meta.dirname, 'results', 'scheduler.json');
fs.mkdirSync(path.dirname(out), { recursive: true });
fs.writeFileSync(
  out,
  `${JSON.stringify({ at: new Date().toISOString(), targets: { p99Ms: 250, maxMs: 1000, overdueAllPublishedMs: 2000 }, rows }, null, 2)}\n`,
);
console.log(`wrote ${out}`);
