import type { TRPCError } from '@trpc/server';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { users } from '../../db/schema';
import { createTestHarness, silentLog, type TestHarness } from '../../test/harness';
import { GENERIC_MESSAGE } from '../../trpc/errors';

describe('audit rows share the transaction of their change', () => {
  let h: TestHarness;
  beforeAll(async () => {
    h = await createTestHarness();
  });
  afterAll(() => h.close());

  it('rolls the change back when its audit row cannot be written, and answers a generic error', async () => {
    const admin = await h.makeUser('admin');
    const desk = await h.makeUser('desk');
    await h.db.execute(
      sql.raw(`
      create function refuse_role_audit() returns trigger language plpgsql as $$
      begin
        if new.action = 'user.change_role' then raise exception 'audit storage unavailable'; end if;
        return new;
      end $$`),
    );
    await h.db.execute(
      sql.raw(
        'create trigger refuse_role_audit before insert on audit_log for each row execute function refuse_role_audit()',
      ),
    );
    try {
      silentLog.errors.length = 0;
      const error = await h
        .caller(admin)
        .users.changeRole({ userId: desk.id, role: 'manager' })
        .then(
          () => null,
          (e: TRPCError) => e,
        );
      expect(error?.code).toBe('INTERNAL_SERVER_ERROR');
      expect(error?.message).toBe(GENERIC_MESSAGE);
      expect(silentLog.errors.length).toBe(1);
      const [row] = await h.db.select().from(users).where(eq(users.id, desk.id));
      expect(row.role).toBe('desk');
    } finally {
      await h.db.execute(sql.raw('drop trigger refuse_role_audit on audit_log'));
      await h.db.execute(sql.raw('drop function refuse_role_audit()'));
    }
  });
});
