import type { TRPCError } from '@trpc/server';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../db/schema';
import { CookieRecorder, createTestHarness, TEST_PASSWORD, type TestHarness } from '../../test/harness';
import { findSessionUser } from './sessions';

describe('dashboard language', () => {
  let h: TestHarness;
  beforeAll(async () => {
    h = await createTestHarness();
  });
  afterAll(() => h.close());

  it('is Bengali for a new account, and sign-in tells the dashboard so', async () => {
    const editor = await h.makeUser('editor');
    expect(editor.language).toBe('bn');
    const signedIn = await h
      .caller(null, { cookies: new CookieRecorder() })
      .auth.signIn({ email: editor.email, password: TEST_PASSWORD });
    expect(signedIn.language).toBe('bn');
  });

  it('is kept with the account: the next sign-in and every session read it, with an audit row', async () => {
    const desk = await h.makeUser('desk');
    await expect(h.caller(desk).auth.setLanguage({ language: 'en' })).resolves.toEqual({ language: 'en' });
    expect((await findSessionUser(h.db, desk.sessionToken, 14))?.user.language).toBe('en');
    const again = await h
      .caller(null, { cookies: new CookieRecorder() })
      .auth.signIn({ email: desk.email, password: TEST_PASSWORD });
    expect(again.language).toBe('en');
    const rows = await h.db
      .select({ before: auditLog.before, after: auditLog.after })
      .from(auditLog)
      .where(and(eq(auditLog.entityId, desk.id), eq(auditLog.action, 'user.set_language')));
    expect(rows).toEqual([{ before: { language: 'bn' }, after: { language: 'en' } }]);
  });

  it('refuses a language the dashboard does not have, and a signed-out caller', async () => {
    const manager = await h.makeUser('manager');
    const bad = await h
      .caller(manager)
      // @ts-expect-error: not a dashboard language
      .auth.setLanguage({ language: 'fr' })
      .catch((e: TRPCError) => e);
    expect((bad as TRPCError).code).toBe('BAD_REQUEST');
    expect((bad as TRPCError).message).toMatch(/Choose bn \(Bengali\) or en \(English\)/);
    const anonymous = await h
      .caller(null)
      .auth.setLanguage({ language: 'en' })
      .catch((e: TRPCError) => e);
    expect((anonymous as TRPCError).code).toBe('UNAUTHORIZED');
    expect((await findSessionUser(h.db, manager.sessionToken, 14))?.user.language).toBe('bn');
  });

  it('is the one the setup screen was read in for the first administrator', async () => {
    const fresh = await createTestHarness();
    try {
      const admin = await fresh.caller(null, { cookies: new CookieRecorder() }).auth.setup({
        name: 'Admin',
        email: 'first@barta.test',
        password: 'long enough 123',
        language: 'en',
      });
      expect(admin.language).toBe('en');
    } finally {
      await fresh.close();
    }
  });
});
