import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, users } from '../../db/schema';
import { errorOf } from '../../test/factories';
import { createTestHarness, type TestHarness, type TestUser } from '../../test/harness';
import { findSessionUser } from '../auth/sessions';

async function userCount(h: TestHarness) {
  const [row] = await h.db.select({ n: sql<number>`count(*)::int` }).from(users);
  return row.n;
}

describe('user administration', () => {
  let h: TestHarness;
  let admin: TestUser;
  beforeAll(async () => {
    h = await createTestHarness();
    admin = await h.makeUser('admin');
  });
  afterAll(() => h.close());

  it('invites an editor with a one-time link where they choose a password, and audits it', async () => {
    const { user, link } = await h.caller(admin).users.invite({
      name: 'রহিম উদ্দিন',
      email: 'Rahim@Barta.test ',
      role: 'editor',
    });
    expect(user).toMatchObject({ email: 'rahim@barta.test', role: 'editor' });
    expect(link.path).toMatch(/^\/admin\/set-password#[A-Za-z0-9_-]{43}$/);
    expect(link.mail).toBe('off');
    const token = link.path.split('#')[1];
    const signedIn = await h.caller(null).auth.setPasswordWithLink({ token, password: 'rahim-own-password' });
    expect(signedIn).toMatchObject({ email: 'rahim@barta.test', mustChangePassword: false });
    await h.caller(null).auth.signIn({ email: 'rahim@barta.test', password: 'rahim-own-password' });
    const [audit] = await h.db.select().from(auditLog).where(eq(auditLog.entityId, user.id));
    expect(audit).toMatchObject({ action: 'user.invite', actorId: admin.id, entityType: 'user' });
    expect(audit.after).toMatchObject({ email: 'rahim@barta.test', role: 'editor' });
  });

  it('refuses bad invites with clear messages and writes no row', async () => {
    const before = await userCount(h);
    const cases: Array<[Record<string, unknown>, RegExp]> = [
      [{ name: 'A', email: 'not-an-email', role: 'editor' }, /valid email/],
      [{ name: 'A', email: 'a1@barta.test', role: 'chief' }, /“chief” is not a role/],
      [{ name: '', email: 'a2@barta.test', role: 'editor' }, /Name is required/],
      [{ name: 'ক'.repeat(121), email: 'a3@barta.test', role: 'editor' }, /Name is too long/],
      [{ name: '<script>alert(1)</script>', email: 'a4@barta.test', role: 'editor' }, /plain text/],
    ];
    for (const [input, message] of cases) {
      const error = await errorOf(h.caller(admin).users.invite(input as never));
      expect(error.code).toBe('BAD_REQUEST');
      expect(error.message).toMatch(message);
    }
    const existing = await h.makeUser('desk');
    const taken = await errorOf(
      h.caller(admin).users.invite({ name: 'X', email: existing.email, role: 'desk' }),
    );
    expect(taken.code).toBe('CONFLICT');
    expect(await userCount(h)).toBe(before + 1);
  });

  it('stores names NFC-normalized', async () => {
    const decomposed = 'রাকিব'.normalize('NFD');
    const { user } = await h
      .caller(admin)
      .users.invite({ name: decomposed, email: 'nfc@barta.test', role: 'desk' });
    const [row] = await h.db.select().from(users).where(eq(users.id, user.id));
    expect(row.name).toBe('রাকিব'.normalize('NFC'));
  });

  it('changes a role and audits before and after', async () => {
    const desk = await h.makeUser('desk');
    await h.caller(admin).users.changeRole({ userId: desk.id, role: 'manager' });
    const [row] = await h.db.select().from(users).where(eq(users.id, desk.id));
    expect(row.role).toBe('manager');
    const [audit] = await h.db.select().from(auditLog).where(eq(auditLog.entityId, desk.id));
    expect(audit).toMatchObject({
      action: 'user.change_role',
      before: { role: 'desk' },
      after: { role: 'manager' },
    });
  });

  it('deactivating revokes every session at once; reactivating lets the user back', async () => {
    const editor = await h.makeUser('editor');
    expect(await findSessionUser(h.db, editor.sessionToken, 14)).not.toBeNull();
    const seen: string[] = [];
    const stop = h.events.subscribe((event) => event.type === 'user.deactivated' && seen.push(event.userId));
    const result = await h.caller(admin).users.setActive({ userId: editor.id, active: false });
    stop();
    expect(result.revokedSessions).toBe(1);
    expect(seen).toEqual([editor.id]);
    expect(await findSessionUser(h.db, editor.sessionToken, 14)).toBeNull();
    await h.caller(admin).users.setActive({ userId: editor.id, active: true });
    const [row] = await h.db.select().from(users).where(eq(users.id, editor.id));
    expect(row.active).toBe(true);
  });

  it('never leaves the newsroom without an active administrator', async () => {
    const self = await errorOf(h.caller(admin).users.setActive({ userId: admin.id, active: false }));
    expect(self.code).toBe('PRECONDITION_FAILED');
    const demote = await errorOf(h.caller(admin).users.changeRole({ userId: admin.id, role: 'editor' }));
    expect(demote.code).toBe('PRECONDITION_FAILED');
    expect(demote.message).toMatch(/at least one active administrator/);
  });

  it('resets a password with a link: sessions end when the new password is set', async () => {
    const editor = await h.makeUser('editor');
    const { link } = await h.caller(admin).users.resetPassword({ userId: editor.id });
    expect(await findSessionUser(h.db, editor.sessionToken, 14)).not.toBeNull();
    await h
      .caller(null)
      .auth.setPasswordWithLink({ token: link.path.split('#')[1], password: 'a new password 1' });
    expect(await findSessionUser(h.db, editor.sessionToken, 14)).toBeNull();
    const user = await h.caller(null).auth.signIn({ email: editor.email, password: 'a new password 1' });
    expect(user.mustChangePassword).toBe(false);
  });

  it('answers NOT_FOUND for a user that does not exist and BAD_REQUEST for a malformed id', async () => {
    const missing = await errorOf(
      h.caller(admin).users.changeRole({ userId: '6f1c1a5e-8d3b-4c1e-9a55-2b7c9d0e1f23', role: 'desk' }),
    );
    expect(missing.code).toBe('NOT_FOUND');
    const malformed = await errorOf(h.caller(admin).users.changeRole({ userId: 'x', role: 'desk' }));
    expect(malformed.code).toBe('BAD_REQUEST');
  });

  it('lists the audit log newest first with filters and keyset pages', async () => {
    const editor = await h.makeUser('editor');
    for (const role of ['desk', 'manager', 'editor'] as const) {
      await h.caller(admin).users.changeRole({ userId: editor.id, role });
    }
    const first = await h.caller(admin).audit.list({ entityType: 'user', entityId: editor.id, limit: 2 });
    expect(first.items.map((r) => r.after)).toEqual([{ role: 'editor' }, { role: 'manager' }]);
    expect(first.items[0].actorName).toBe(admin.name);
    const second = await h
      .caller(admin)
      .audit.list({ entityId: editor.id, limit: 2, cursor: first.nextCursor! });
    expect(second.items.map((r) => r.after)).toEqual([{ role: 'desk' }]);
    expect(second.nextCursor).toBeNull();
    const manager = await h.makeUser('manager');
    const byActor = await h.caller(manager).audit.list({ actorId: admin.id, limit: 200 });
    expect(byActor.items.every((r) => r.actorId === admin.id)).toBe(true);
    const future = await h.caller(manager).audit.list({ from: '2999-01-01T00:00:00Z', limit: 10 });
    expect(future.items).toEqual([]);
  });
});
