import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../db/client';
import { approvedStory } from '../../test/factories';
import { createTestHarness, type TestHarness } from '../../test/harness';
import { cloneScheduled, countBy, waitFor } from './schedule-test-helpers';

const onPostgres = Boolean(process.env.TEST_DATABASE_URL);
const ROOT = path.resolve(import.meta.dirname, '../../..');

function startServer(url: string, port: number): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', 'server/index.ts'], {
    cwd: ROOT,
    stdio: 'ignore',
    env: {
      ...process.env,
      DATABASE_URL: url,
      PORT: String(port),
      DATA_DIR: `/tmp/barta-two-process-${port}`,
      LOG_LEVEL: 'warn',
      BARTA_ADMIN_EMAIL: 'admin@two-process.test',
      BARTA_ADMIN_PASSWORD: 'two-process-password',
    },
  });
}

async function healthy(port: number): Promise<boolean> {
  try {
    return (await fetch(`http://127.0.0.1:${port}/healthz`)).ok;
  } catch {
    return false;
  }
}

/**
 * Two real server processes on one PostgreSQL; 200 stories due within a few
 * seconds; one process is killed with SIGKILL midway. Every story must be
 * published exactly once: one status, one audit row, one publish revision each.
 */
describe.skipIf(!onPostgres)('two server processes, one killed midway', () => {
  let h: TestHarness;
  const servers: ChildProcess[] = [];
  beforeAll(async () => {
    h = await createTestHarness();
  });
  afterAll(async () => {
    for (const s of servers) if (s.exitCode === null) s.kill('SIGKILL');
    await h?.close();
  });

  it('publishes every story exactly once', { timeout: 120_000 }, async () => {
    const url = h.database.pool?.options.connectionString as string;
    const editor = await h.makeUser('editor');
    const template = await approvedStory(h, editor);
    const [a, b] = [startServer(url, 3191), startServer(url, 3192)];
    servers.push(a, b);
    await waitFor(async () => (await healthy(3191)) && (await healthy(3192)), 60_000, 200);

    const ids = await cloneScheduled(
      h.db,
      template.id,
      200,
      `now() + interval '1 second' + (g * interval '20 milliseconds')`,
    );
    // What a schedule verb does: tell every instance (through LISTEN/NOTIFY) that the schedule changed.
    await h.db.execute(
      sql`select pg_notify('barta_events', ${JSON.stringify({ from: 'test', event: { type: 'schedule.changed' } })})`,
    );
    // Kill one instance halfway through the run of due times.
    await new Promise((r) => setTimeout(r, 3000));
    a.kill('SIGKILL');
    const [{ n: doneAtKill }] = await queryRows<{ n: number }>(
      h.db,
      sql`select count(*)::int as n from articles where status = 'published' and id in ${ids}`,
    );

    await waitFor(
      async () =>
        (
          await countBy(
            h.db,
            sql`select status as key, count(*) as n from articles where id in ${ids} group by status`,
          )
        ).get('published') === 200,
      30_000,
      200,
    );
    const audits = await countBy(
      h.db,
      sql`select entity_id as key, count(*) as n from audit_log where action = 'article.publish' and entity_id in ${ids} group by entity_id`,
    );
    expect(audits.size).toBe(200);
    expect([...audits.values()].every((n) => n === 1)).toBe(true);
    const revisions = await countBy(
      h.db,
      sql`select article_id::text as key, count(*) as n from article_revisions where reason = 'publish' and article_id in ${ids} group by article_id`,
    );
    expect([...revisions.values()].every((n) => n === 1) && revisions.size === 200).toBe(true);
    // Both instances did part of the work.
    const byInstance = await countBy(
      h.db,
      sql`select meta->>'instance' as key, count(*) as n from audit_log where action = 'article.publish' and entity_id in ${ids} group by 1`,
    );
    expect(byInstance.size).toBe(2);
    expect(doneAtKill).toBeLessThan(200);
  });
});
