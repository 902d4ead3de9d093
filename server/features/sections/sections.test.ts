import { eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLES, type Role } from '../../../shared/roles';
import { STARTER_SECTIONS } from '../../../shared/sections/schemas';
import { auditLog, sections } from '../../db/schema';
import { buildApp } from '../../http/app';
import { errorOf, insertStory } from '../../test/factories';
import { createTestHarness, type TestHarness, type TestUser } from '../../test/harness';

/** The masthead's section links of a public page, once the outbox has run (the server runs it at each commit). */
async function navOf(h: TestHarness, app: FastifyInstance, path = '/'): Promise<string> {
  await h.drainOutbox();
  const body = (await app.inject(path)).body;
  return /<nav aria-label="বিভাগ">[\s\S]*?<\/nav>/.exec(body)?.[0] ?? '';
}

describe('sections', () => {
  let h: TestHarness;
  let app: FastifyInstance;
  const staff = {} as Record<Role, TestUser>;
  beforeAll(async () => {
    h = await createTestHarness();
    app = await buildApp({ config: h.config, database: h.database, events: h.events });
    for (const role of ROLES) staff[role] = await h.makeUser(role);
  });
  afterAll(async () => {
    await app.close();
    await h.close();
  });

  it('lets desk and admin manage sections, and no one else', async () => {
    for (const role of ROLES) {
      const call = h.caller(staff[role]).sections.create({ nameBn: `বিভাগ ${role}`, nameEn: `Desk ${role}` });
      if (role === 'admin' || role === 'desk') {
        await expect(call).resolves.toMatchObject({ slug: `desk-${role}` });
      } else {
        expect((await errorOf(call)).code).toBe('FORBIDDEN');
      }
    }
    expect((await errorOf(h.caller(staff.manager).sections.manageList())).code).toBe('FORBIDDEN');
    expect((await errorOf(h.caller(null).sections.list())).code).toBe('UNAUTHORIZED');
  });

  it('creates with a slug from the English name, then the Bengali one; refuses a taken slug', async () => {
    const desk = h.caller(staff.desk);
    const sport = await desk.sections.create({ nameBn: 'খেলা', nameEn: 'Sport News' });
    expect(sport.slug).toBe('sport-news');
    const bnOnly = await desk.sections.create({ nameBn: 'প্রবাস', nameEn: 'প্রবাস' });
    expect(bnOnly.slug).toBe('probas');
    const taken = await errorOf(
      desk.sections.create({ nameBn: 'খেলাধুলা', nameEn: 'Sports', slug: 'sport-news' }),
    );
    expect(taken.code).toBe('CONFLICT');
    expect(taken.message).toMatch(/already used by the section “Sport News”/);
    const bad = await errorOf(desk.sections.create({ nameBn: 'ক', nameEn: 'K', slug: 'Not A Slug!' }));
    expect(bad.code).toBe('BAD_REQUEST');
    expect(bad.message).toMatch(/a-z, 0-9 and hyphens/);
    const empty = await errorOf(desk.sections.create({ nameBn: '', nameEn: 'Empty' }));
    expect(empty.message).toMatch(/Bengali name is required/);
    const [audit] = await h.db.select().from(auditLog).where(eq(auditLog.entityId, sport.id));
    expect(audit).toMatchObject({ action: 'section.create', actorId: staff.desk.id });
  });

  it('renames in both languages and hides from the masthead, and readers see it at once', async () => {
    const admin = h.caller(staff.admin);
    const s = await admin.sections.create({ nameBn: 'বানিজ্য', nameEn: 'Trade' });
    expect(await navOf(h, app)).toContain('বানিজ্য');
    await admin.sections.update({ id: s.id, nameBn: 'বাণিজ্য', nameEn: 'Business', slug: 'business' });
    const home = await navOf(h, app);
    expect(home).toContain('/section/business');
    expect(home).not.toContain('বানিজ্য');
    await admin.sections.update({ id: s.id, nameBn: 'বাণিজ্য', nameEn: 'Business', slug: '', hidden: true });
    expect(await navOf(h, app)).not.toContain('/section/business');
    // Hidden is not archived: stories can still be filed in it.
    expect((await admin.sections.list()).map((x) => x.id)).toContain(s.id);
  });

  it('reorders the masthead; a stale list is refused', async () => {
    const desk = h.caller(staff.desk);
    const all = await desk.sections.manageList();
    const reversed = all.map((s) => s.id).reverse();
    await desk.sections.reorder({ ids: reversed });
    expect((await desk.sections.manageList()).map((s) => s.id)).toEqual(reversed);
    const stale = await errorOf(desk.sections.reorder({ ids: reversed.slice(1) }));
    expect(stale.code).toBe('CONFLICT');
    expect(stale.message).toMatch(/reload/);
  });

  it('refuses to delete a section that has stories, archives it instead; an unused one is deleted', async () => {
    const desk = h.caller(staff.desk);
    const used = await desk.sections.create({ nameBn: 'পুরনো', nameEn: 'Old Desk' });
    await insertStory(h.db, { sectionId: used.id, headline: 'পুরনো খবর' });
    const refused = await errorOf(desk.sections.delete({ id: used.id }));
    expect(refused.code).toBe('PRECONDITION_FAILED');
    expect(refused.message).toMatch(/has 1 story and cannot be deleted: archive it instead/);
    expect(await h.db.select().from(sections).where(eq(sections.id, used.id))).toHaveLength(1);

    await desk.sections.archive({ id: used.id, archived: true });
    expect((await desk.sections.list()).map((s) => s.id)).not.toContain(used.id);
    const managed = (await desk.sections.manageList()).find((s) => s.id === used.id);
    expect(managed).toMatchObject({ storyCount: 1 });
    expect(managed?.archivedAt).toBeInstanceOf(Date);
    expect(await navOf(h, app)).not.toContain('/section/old-desk');
    // Its page and stories stay for readers who follow old links.
    expect((await app.inject('/section/old-desk')).statusCode).toBe(200);
    // An archived section takes no new stories.
    const editor = await h.makeUser('editor');
    const refusedStory = await errorOf(
      h.caller(editor).articles.create({ headline: 'নতুন', sectionId: used.id }),
    );
    expect(refusedStory.code).toBe('BAD_REQUEST');
    expect(refusedStory.message).toMatch(/“পুরনো” is archived and takes no new stories/);
    await desk.sections.archive({ id: used.id, archived: false });
    expect((await desk.sections.list()).map((s) => s.id)).toContain(used.id);

    const unused = await desk.sections.create({ nameBn: 'ভুল', nameEn: 'Mistake' });
    await desk.sections.delete({ id: unused.id });
    expect(await h.db.select().from(sections).where(eq(sections.id, unused.id))).toHaveLength(0);
    const actions = await h.db
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(eq(auditLog.entityId, used.id));
    expect(actions.map((a) => a.action)).toEqual(
      expect.arrayContaining(['section.create', 'section.archive', 'section.restore']),
    );
  });
});

describe('first-run setup with starter sections', () => {
  it('saves the administrator with the sections as edited, in order, in one step', async () => {
    const h = await createTestHarness();
    try {
      const edited = STARTER_SECTIONS.slice(0, 3).map((s) => ({ ...s }));
      edited[1] = { nameBn: 'বিশ্ব', nameEn: 'World', slug: '' };
      await h.caller(null).auth.setup({
        name: 'সম্পাদক',
        email: 'admin@barta.test',
        password: 'a long password',
        sections: edited,
      });
      const rows = await h.db.select().from(sections).orderBy(sections.position);
      expect(rows.map((r) => [r.nameBn, r.slug])).toEqual([
        ['জাতীয়', 'national'],
        ['বিশ্ব', 'world'],
        ['রাজনীতি', 'politics'],
      ]);
    } finally {
      await h.close();
    }
  });

  it('creates nothing when two sections share a slug', async () => {
    const h = await createTestHarness();
    try {
      const twice = { nameBn: 'খেলা', nameEn: 'Sports', slug: 'sports' };
      const error = await errorOf(
        h.caller(null).auth.setup({
          name: 'A',
          email: 'a@barta.test',
          password: 'a long password',
          sections: [twice, twice],
        }),
      );
      expect(error.code).toBe('CONFLICT');
      expect(await h.db.select().from(sections)).toHaveLength(0);
      expect((await h.caller(null).auth.session()).needsSetup).toBe(true);
    } finally {
      await h.close();
    }
  });
});
