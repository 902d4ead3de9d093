import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { readConfig } from '../server/config';
import { type Database, queryRows } from '../server/db/client';
import { openConfiguredDatabase } from '../server/db/open-from-config';
import { EventBus } from '../server/events/bus';
import { createSession, SESSION_COOKIE } from '../server/features/auth/sessions';
import { listStories } from '../server/features/stories/list-stories';
import { buildApp } from '../server/http/app';
import type { Role } from '../shared/roles';
import type { StoryListRequest } from '../shared/stories/schemas';
import { ZStoryListInput } from '../shared/stories/schemas';
import { percentiles, RESULTS_DIR } from './lib/report';

export interface Scenario {
  name: string;
  role: Role;
  input: StoryListRequest;
  /** Load the second page (keyset cursor) instead of the first. */
  secondPage?: boolean;
}

export type Figures = ReturnType<typeof percentiles>;

/**
 * An in-process server on a random loopback port over the configured database,
 * with a signed-in session per role: requests go through HTTP, tRPC and the
 * session lookup exactly as the dashboard's do.
 */
export async function startBench(purpose: string) {
  // The benchmark measures the list itself, hundreds of pages a minute from one session.
  const config = readConfig({ ...process.env, LOG_LEVEL: 'silent', RATE_LIMITS: 'off' });
  const database: Database = await openConfiguredDatabase(config, purpose);
  const app = await buildApp({ config, database, events: new EventBus() });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const users = new Map<Role, { id: string; cookie: string }>();
  for (const role of ['admin', 'manager', 'editor', 'desk'] as Role[]) {
    // The busiest account of each role, so "My stories" is a heavy view, not an empty one.
    const [user] = await queryRows<{ id: string }>(
      database.db,
      sql`select u.id from users u left join article_authors aa on aa.user_id = u.id
        where u.role = ${role} and u.active group by u.id order by count(aa.article_id) desc limit 1`,
    );
    if (!user) throw new Error(`No ${role} account: run npm run bench:data first.`);
    const session = await createSession(database.db, {
      userId: user.id,
      days: 1,
      ip: '127.0.0.1',
      userAgent: 'bench',
    });
    users.set(role, { id: user.id, cookie: `${SESSION_COOKIE}=${session.token}` });
  }
  const [{ n }] = await queryRows<{ n: number }>(database.db, sql`select count(*)::int as n from articles`);

  async function viaHttp(scenario: Scenario, cursor?: string | null) {
    const user = users.get(scenario.role)!;
    const input = encodeURIComponent(JSON.stringify({ ...scenario.input, cursor }));
    const started = performance.now();
    const res = await fetch(`http://127.0.0.1:${port}/trpc/stories.list?input=${input}`, {
      headers: { cookie: user.cookie },
    });
    const body = (await res.json()) as { result?: { data: { nextCursor: string | null; items: unknown[] } } };
    const ms = performance.now() - started;
    if (!res.ok || !body.result)
      throw new Error(`${scenario.name}: HTTP ${res.status} ${JSON.stringify(body).slice(0, 300)}`);
    return { ms, page: body.result.data };
  }

  async function inDb(scenario: Scenario, cursor?: string | null) {
    const user = users.get(scenario.role)!;
    const input = ZStoryListInput.parse({ ...scenario.input, cursor });
    const started = performance.now();
    await listStories(database.db, input, { userId: user.id, timeZone: config.timeZone, now: new Date() });
    return performance.now() - started;
  }

  /** Warm-up, then `runs` timed requests through HTTP and `runs` straight to the query. */
  async function measure(scenario: Scenario, runs: number) {
    const first = await viaHttp(scenario);
    const cursor = scenario.secondPage ? first.page.nextCursor : undefined;
    for (let i = 0; i < 2; i++) await viaHttp(scenario, cursor);
    const http: number[] = [];
    const db: number[] = [];
    let rows = 0;
    for (let i = 0; i < runs; i++) {
      const r = await viaHttp(scenario, cursor);
      http.push(r.ms);
      rows = r.page.items.length;
      db.push(await inDb(scenario, cursor));
    }
    return { name: scenario.name, rows, http: percentiles(http), db: percentiles(db) };
  }

  return {
    database,
    config,
    stories: n,
    users,
    measure,
    async close() {
      await app.close();
      await database.close();
    },
  };
}

/** Rows in bench/lib/report.ts's shape, so `npm run bench` (run-all.ts) tabulates these results too. */
export function toRows(
  database: string,
  results: { name: string; http: Figures; db: Figures }[],
  target: { http: number; db?: number },
) {
  return results.flatMap((r) => [
    {
      metric: `${r.name} (${database}, tRPC)`,
      unit: 'ms' as const,
      ...r.http,
      target: { figure: 'p95' as const, op: '<=' as const, bound: target.http },
    },
    {
      metric: `${r.name} (${database}, database)`,
      unit: 'ms' as const,
      ...r.db,
      ...(target.db ? { target: { figure: 'p95' as const, op: '<=' as const, bound: target.db } } : {}),
    },
  ]);
}

export function printRow(
  r: { name: string; rows: number; http: Figures; db: Figures },
  target: { http: number; db?: number },
) {
  const ok = r.http.p95 <= target.http && (target.db === undefined || r.db.p95 <= target.db);
  console.log(
    `${ok ? 'ok  ' : 'SLOW'} ${r.name.padEnd(44)} rows ${String(r.rows).padStart(3)}  tRPC p50 ${r.http.p50} p95 ${r.http.p95} max ${r.http.max} ms | DB p50 ${r.db.p50} p95 ${r.db.p95} max ${r.db.max} ms`,
  );
  return ok;
}

/**
 * Measures each scenario (a refused request, such as the statement timeout, is a
 * result too, not a crash), prints a line per scenario and writes
 * bench/results/<name>-<database>.json. Returns whether all were within target.
 */
export async function runScenarios(
  bench: Awaited<ReturnType<typeof startBench>>,
  name: string,
  scenarios: Scenario[],
  runs: number,
  target: { http: number; db?: number },
  extra: Record<string, unknown> = {},
) {
  const results = [];
  let allOk = true;
  const failures: { name: string; error: string }[] = [];
  for (const scenario of scenarios) {
    try {
      const r = await bench.measure(scenario, runs);
      allOk = printRow(r, target) && allOk;
      results.push(r);
    } catch (error) {
      allOk = false;
      failures.push({ name: scenario.name, error: (error as Error).message.slice(0, 300) });
      console.log(`FAIL ${scenario.name}: ${(error as Error).message.slice(0, 160)}`);
    }
  }
  const kind = bench.database.kind;
  fs.mkdirSync(RESULTS_DIR, { recursive: true });
  const file = path.join(RESULTS_DIR, `${name}-${kind}.json`);
  const result = {
    at: new Date().toISOString(),
    database: kind,
    stories: bench.stories,
    runs,
    ...extra,
    target,
    results,
    rows: toRows(kind, results, target),
    failures,
  };
  fs.writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
  console.log(`${allOk ? 'All within target' : 'Some scenarios over target'}; written to ${file}`);
  return allOk;
}
