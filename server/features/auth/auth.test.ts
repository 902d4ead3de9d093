import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, sessions, users } from '../../db/schema';
import { errorOf } from '../../test/factories';
import { CookieRecorder, createTestHarness, TEST_PASSWORD, type TestHarness } from '../../test/harness';
import { findSessionUser, SESSION_COOKIE } from './sessions';
import { WRONG_CREDENTIALS } from './sign-in';

describe('sign-in', () => {
  let h: TestHarness;
  beforeAll(async () => {
    h = await createTestHarness();
  });
  afterAll(() => h.close());

  it('signs in with the right password, sets an HttpOnly session cookie and writes an audit row', async () => {
    const editor = await h.makeUser('editor');
    const cookies = new CookieRecorder();
    const user = await h
      .caller(null, { cookies })
      .auth.signIn({ email: editor.email.toUpperCase(), password: TEST_PASSWORD });
    expect(user).toMatchObject({ id: editor.id, role: 'editor' });
    const token = cookies.get(SESSION_COOKIE);
    expect(token).toBeTruthy();
    expect((await findSessionUser(h.db, token, 14))?.user.id).toBe(editor.id);
    const rows = await h.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, editor.id), eq(auditLog.action, 'user.sign_in')));
    expect(rows).toHaveLength(1);
  });

  it('gives the same message for a wrong password and an unknown email', async () => {
    const editor = await h.makeUser('editor');
    const wrong = await errorOf(
      h.caller(null).auth.signIn({ email: editor.email, password: 'not the password' }),
    );
    const unknown = await errorOf(
      h.caller(null).auth.signIn({ email: 'nobody@barta.test', password: 'not the password' }),
    );
    expect(wrong.code).toBe('UNAUTHORIZED');
    expect(unknown.code).toBe('UNAUTHORIZED');
    expect(wrong.message).toBe(WRONG_CREDENTIALS);
    expect(unknown.message).toBe(WRONG_CREDENTIALS);
  });

  it('locks the account from that address after five failures, with a message that says so', async () => {
    const editor = await h.makeUser('editor');
    const from = { ip: '203.0.113.7' };
    for (let i = 0; i < 5; i++) {
      const error = await errorOf(
        h.caller(null, from).auth.signIn({ email: editor.email, password: `wrong ${i}` }),
      );
      expect(error.code).toBe('UNAUTHORIZED');
    }
    // Even the right password is refused while locked.
    const locked = await errorOf(
      h.caller(null, from).auth.signIn({ email: editor.email, password: TEST_PASSWORD }),
    );
    expect(locked.code).toBe('TOO_MANY_REQUESTS');
    expect(locked.message).toMatch(/locked for 1[45] more minutes/);
    // Another address is not locked out by someone else's guessing.
    const other = await h
      .caller(null, { ip: '198.51.100.9' })
      .auth.signIn({ email: editor.email, password: TEST_PASSWORD });
    expect(other.id).toBe(editor.id);
  });

  it('lets a user sign in again once the failures are older than 15 minutes', async () => {
    const editor = await h.makeUser('editor');
    const from = { ip: '203.0.113.8' };
    for (let i = 0; i < 5; i++)
      await errorOf(h.caller(null, from).auth.signIn({ email: editor.email, password: 'x' }));
    await h.db.execute(
      sql`update login_failures set at = now() - interval '16 minutes' where email = ${editor.email}`,
    );
    const user = await h.caller(null, from).auth.signIn({ email: editor.email, password: TEST_PASSWORD });
    expect(user.id).toBe(editor.id);
  });

  it('refuses a deactivated user with a message that says why', async () => {
    const desk = await h.makeUser('desk', { active: false });
    const error = await errorOf(h.caller(null).auth.signIn({ email: desk.email, password: TEST_PASSWORD }));
    expect(error.code).toBe('FORBIDDEN');
    expect(error.message).toMatch(/deactivated/);
  });

  it('treats an expired session, a tampered token and a missing token as signed out', async () => {
    const editor = await h.makeUser('editor');
    expect(await findSessionUser(h.db, editor.sessionToken, 14)).not.toBeNull();
    expect(await findSessionUser(h.db, `${editor.sessionToken.slice(0, -2)}xx`, 14)).toBeNull();
    expect(await findSessionUser(h.db, undefined, 14)).toBeNull();
    expect(await findSessionUser(h.db, 'a'.repeat(5000), 14)).toBeNull();
    await h.db
      .update(sessions)
      .set({ expiresAt: sql`now() - interval '1 second'` })
      .where(eq(sessions.id, editor.sessionId));
    expect(await findSessionUser(h.db, editor.sessionToken, 14)).toBeNull();
  });

  it('signs out: the session row is gone and the cookie cleared', async () => {
    const editor = await h.makeUser('editor');
    const cookies = new CookieRecorder();
    cookies.set(SESSION_COOKIE, editor.sessionToken);
    await h.caller(editor, { cookies }).auth.signOut();
    expect(cookies.get(SESSION_COOKIE)).toBeUndefined();
    expect(await findSessionUser(h.db, editor.sessionToken, 14)).toBeNull();
  });

  it('changes the own password: old one stops working, other sessions end, clear errors for bad input', async () => {
    const editor = await h.makeUser('editor');
    const me = h.caller(editor);
    const wrong = await errorOf(
      me.auth.changePassword({ currentPassword: 'nope', newPassword: 'a brand new password' }),
    );
    expect(wrong.code).toBe('BAD_REQUEST');
    expect(wrong.message).toMatch(/current password is not correct/);
    const short = await errorOf(
      me.auth.changePassword({ currentPassword: TEST_PASSWORD, newPassword: 'short' }),
    );
    expect(short.code).toBe('BAD_REQUEST');
    expect(short.message).toMatch(/at least 10 characters/);

    const otherDevice = await h.caller(null, { cookies: new CookieRecorder() }).auth.signIn({
      email: editor.email,
      password: TEST_PASSWORD,
    });
    expect(otherDevice.id).toBe(editor.id);
    await me.auth.changePassword({ currentPassword: TEST_PASSWORD, newPassword: 'a brand new password' });
    const remaining = await h.db.select().from(sessions).where(eq(sessions.userId, editor.id));
    expect(remaining.map((s) => s.id)).toEqual([editor.sessionId]);
    const old = await errorOf(h.caller(null).auth.signIn({ email: editor.email, password: TEST_PASSWORD }));
    expect(old.code).toBe('UNAUTHORIZED');
    await h.caller(null).auth.signIn({ email: editor.email, password: 'a brand new password' });
  });

  it('rejects malformed sign-in input with field messages', async () => {
    const error = await errorOf(h.caller(null).auth.signIn({ email: 'not-an-email', password: '' }));
    expect(error.code).toBe('BAD_REQUEST');
    const count = await h.db.select({ n: sql<number>`count(*)::int` }).from(users);
    expect(count[0].n).toBeGreaterThan(0);
  });
});

describe('first run setup', () => {
  let h: TestHarness;
  beforeAll(async () => {
    h = await createTestHarness();
  });
  afterAll(() => h.close());

  it('reports that setup is needed, creates the first admin once, then refuses', async () => {
    expect((await h.caller(null).auth.session()).needsSetup).toBe(true);
    const cookies = new CookieRecorder();
    const input = { name: 'প্রশাসক', email: 'admin@barta.test', password: 'a long admin password' };
    const [first, second] = await Promise.allSettled([
      h.caller(null, { cookies }).auth.setup(input),
      h.caller(null).auth.setup({ ...input, email: 'other@barta.test' }),
    ]);
    const outcomes = [first.status, second.status].sort();
    expect(outcomes).toEqual(['fulfilled', 'rejected']);
    const rows = await h.db.select().from(users);
    expect(rows).toHaveLength(1);
    expect(rows[0].role).toBe('admin');
    expect((await h.caller(null).auth.session()).needsSetup).toBe(false);
    const again = await errorOf(h.caller(null).auth.setup({ ...input, email: 'third@barta.test' }));
    expect(again.code).toBe('CONFLICT');
    expect(again.message).toMatch(/already set up/);
    const audit = await h.db.select().from(auditLog).where(eq(auditLog.action, 'user.setup'));
    expect(audit).toHaveLength(1);
  });
});
