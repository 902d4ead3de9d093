import { asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STARTER_SECTIONS } from '../../../shared/sections/schemas';
import { auditLog, sections } from '../../db/schema';
import { createTestHarness, type TestHarness } from '../../test/harness';
import { ensureAdminFromEnvironment } from './setup-admin';

describe('first run from BARTA_ADMIN_EMAIL / BARTA_ADMIN_PASSWORD', () => {
  let h: TestHarness;
  beforeAll(async () => {
    h = await createTestHarness();
  });
  afterAll(() => h.close());

  it('creates the administrator and the starter sections once, so a story can be published', async () => {
    const admin = await ensureAdminFromEnvironment(h.db, {
      email: 'ops@barta.test',
      password: 'ops-password-1',
    });
    expect(admin).toMatchObject({ email: 'ops@barta.test' });
    const rows = await h.db.select().from(sections).orderBy(asc(sections.position));
    expect(rows.map((r) => r.nameBn)).toEqual(STARTER_SECTIONS.map((s) => s.nameBn));
    expect(rows.map((r) => r.slug)).toEqual(STARTER_SECTIONS.map((s) => s.slug));
    const audited = await h.db.select().from(auditLog).where(eq(auditLog.action, 'section.create'));
    expect(audited).toHaveLength(STARTER_SECTIONS.length);
    expect(audited.every((a) => a.actorId === admin?.id)).toBe(true);

    // A restart with the same variables changes nothing.
    expect(
      await ensureAdminFromEnvironment(h.db, { email: 'ops@barta.test', password: 'ops-password-1' }),
    ).toBeNull();
    expect(await h.db.select().from(sections)).toHaveLength(STARTER_SECTIONS.length);
  });
});
