import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { auditLog, userTokens } from '../../db/schema';
import { errorOf } from '../../test/factories';
import { CookieRecorder, createTestHarness, type TestHarness, type TestUser } from '../../test/harness';
import { hashToken } from './sessions';

const tokenOf = (link: { path: string }) => link.path.split('#')[1];

describe('invite and reset links', () => {
  let h: TestHarness;
  let admin: TestUser;
  beforeAll(async () => {
    h = await createTestHarness();
    admin = await h.makeUser('admin');
  });
  afterAll(() => h.close());

  it('an invited colleague cannot sign in until they set a password through the link', async () => {
    const { user, link } = await h
      .caller(admin)
      .users.invite({ name: 'নতুন সহকর্মী', email: 'new@barta.test', role: 'editor' });
    const before = await errorOf(
      h.caller(null).auth.signIn({ email: user.email, password: 'anything-at-all' }),
    );
    expect(before.code).toBe('UNAUTHORIZED');
    const token = tokenOf(link);
    expect(await h.caller(null).auth.accountLink({ token })).toMatchObject({
      purpose: 'invite',
      name: 'নতুন সহকর্মী',
      email: 'new@barta.test',
    });
    const cookies = new CookieRecorder();
    const signedIn = await h
      .caller(null, { cookies })
      .auth.setPasswordWithLink({ token, password: 'my own password' });
    expect(signedIn).toMatchObject({ id: user.id, role: 'editor', mustChangePassword: false });
    expect(cookies.values.get('barta_session')).toBeTruthy();
    const actions = await h.db
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(eq(auditLog.entityId, user.id));
    expect(actions.map((a) => a.action)).toEqual(
      expect.arrayContaining(['user.invite', 'user.accept_invite']),
    );
  });

  it('stores only a hash of the token', async () => {
    const { user, link } = await h
      .caller(admin)
      .users.invite({ name: 'হ্যাশ', email: 'hash@barta.test', role: 'desk' });
    const rows = await h.db.select().from(userTokens).where(eq(userTokens.userId, user.id));
    expect(rows).toHaveLength(1);
    expect(rows[0].tokenHash).toBe(hashToken(tokenOf(link)));
    expect(JSON.stringify(rows)).not.toContain(tokenOf(link));
  });

  it('works once: a second use is refused and the password stays', async () => {
    const { user, link } = await h
      .caller(admin)
      .users.invite({ name: 'একবার', email: 'once@barta.test', role: 'editor' });
    const token = tokenOf(link);
    await h.caller(null).auth.setPasswordWithLink({ token, password: 'first password' });
    const again = await errorOf(
      h.caller(null).auth.setPasswordWithLink({ token, password: 'second password' }),
    );
    expect(again.code).toBe('PRECONDITION_FAILED');
    expect(again.message).toMatch(/already been used/);
    await h.caller(null).auth.signIn({ email: user.email, password: 'first password' });
    expect((await errorOf(h.caller(null).auth.accountLink({ token }))).message).toMatch(/already been used/);
  });

  it('expires: an invite after seven days, a reset after one', async () => {
    const { link } = await h
      .caller(admin)
      .users.invite({ name: 'দেরি', email: 'late@barta.test', role: 'editor' });
    const editor = await h.makeUser('editor');
    const reset = (await h.caller(admin).users.resetPassword({ userId: editor.id })).link;
    const now = Date.now();
    expect(new Date(link.expiresAt).getTime() - now).toBeGreaterThan(6.9 * 86_400_000);
    expect(new Date(reset.expiresAt).getTime() - now).toBeLessThanOrEqual(86_400_000);
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime(now + 25 * 3600_000);
      const expiredReset = await errorOf(
        h.caller(null).auth.setPasswordWithLink({ token: tokenOf(reset), password: 'too late password' }),
      );
      expect(expiredReset.code).toBe('PRECONDITION_FAILED');
      expect(expiredReset.message).toMatch(/expired/);
      // The invite still works on day two.
      expect(await h.caller(null).auth.accountLink({ token: tokenOf(link) })).toMatchObject({
        purpose: 'invite',
      });
      vi.setSystemTime(now + 8 * 86_400_000);
      const expiredInvite = await errorOf(h.caller(null).auth.accountLink({ token: tokenOf(link) }));
      expect(expiredInvite.message).toMatch(/expired. Ask an administrator for a new one/);
    } finally {
      vi.useRealTimers();
    }
  });

  it('a reset link keeps the old password until used; a newer link replaces an older one', async () => {
    const editor = await h.makeUser('editor');
    const first = (await h.caller(admin).users.resetPassword({ userId: editor.id })).link;
    const second = (await h.caller(admin).users.resetPassword({ userId: editor.id })).link;
    await h.caller(null).auth.signIn({ email: editor.email, password: 'correct horse battery' });
    const old = await errorOf(h.caller(null).auth.accountLink({ token: tokenOf(first) }));
    expect(old.message).toMatch(/not valid/);
    expect(await h.caller(null).auth.accountLink({ token: tokenOf(second) })).toMatchObject({
      purpose: 'reset',
    });
    await h.caller(null).auth.setPasswordWithLink({ token: tokenOf(second), password: 'brand new password' });
    const oldPassword = await errorOf(
      h.caller(null).auth.signIn({ email: editor.email, password: 'correct horse battery' }),
    );
    expect(oldPassword.code).toBe('UNAUTHORIZED');
  });

  it('an invite whose link was lost gets a new invite link, not a reset', async () => {
    const { user } = await h
      .caller(admin)
      .users.invite({ name: 'হারানো', email: 'lost@barta.test', role: 'desk' });
    const { link } = await h.caller(admin).users.resetPassword({ userId: user.id });
    expect(await h.caller(null).auth.accountLink({ token: tokenOf(link) })).toMatchObject({
      purpose: 'invite',
    });
  });

  it('refuses a deactivated account and a malformed token', async () => {
    const { user, link } = await h
      .caller(admin)
      .users.invite({ name: 'বন্ধ', email: 'off@barta.test', role: 'desk' });
    await h.caller(admin).users.setActive({ userId: user.id, active: false });
    const off = await errorOf(
      h.caller(null).auth.setPasswordWithLink({ token: tokenOf(link), password: 'a password here' }),
    );
    expect(off.code).toBe('FORBIDDEN');
    const malformed = await errorOf(h.caller(null).auth.accountLink({ token: 'short' }));
    expect(malformed.code).toBe('BAD_REQUEST');
    expect(malformed.message).toMatch(/link is incomplete/);
  });

  it('only an administrator makes links', async () => {
    const manager = await h.makeUser('manager');
    const editor = await h.makeUser('editor');
    expect((await errorOf(h.caller(manager).users.resetPassword({ userId: editor.id }))).code).toBe(
      'FORBIDDEN',
    );
  });
});
