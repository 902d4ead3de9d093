import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLES } from '../../../shared/roles';
import { buildApp } from '../../http/app';
import { errorOf } from '../../test/factories';
import { createTestHarness, type TestHarness } from '../../test/harness';

const SETTINGS = {
  siteName: 'দৈনিক নমুনা',
  masthead: 'সত্যের পক্ষে',
  editorName: 'কাল্পনিক সম্পাদক',
  publisherName: 'কাল্পনিক প্রকাশক',
  defaultByline: 'নিজস্ব প্রতিবেদক',
};

const footerOf = (body: string) => /<footer[\s\S]*?<\/footer>/.exec(body)?.[0] ?? '';

describe('site settings', () => {
  let h: TestHarness;
  let app: FastifyInstance;
  beforeAll(async () => {
    h = await createTestHarness();
    app = await buildApp({ config: h.config, database: h.database, events: h.events });
  });
  afterAll(async () => {
    await app.close();
    await h.close();
  });

  it('a fresh install names no real person: the product name and no imprint lines', async () => {
    const page = (await app.inject('/')).body;
    expect(page).toContain('<a class="site-name" href="/">বার্তা</a>');
    expect(footerOf(page)).not.toMatch(/সম্পাদক|প্রকাশক/);
  });

  it('only an administrator reads or changes them', async () => {
    for (const role of ROLES.filter((r) => r !== 'admin')) {
      const user = await h.makeUser(role);
      expect((await errorOf(h.caller(user).site.updateSettings(SETTINGS))).code).toBe('FORBIDDEN');
      expect((await errorOf(h.caller(user).site.settings())).code).toBe('FORBIDDEN');
    }
  });

  it('saves masthead and imprint, and the public site shows them at once', async () => {
    const admin = await h.makeUser('admin');
    const saved = await h.caller(admin).site.updateSettings(SETTINGS);
    expect(saved.effective).toEqual(SETTINGS);
    expect(saved.timeZone).toBe('Asia/Dhaka');
    await h.drainOutbox(); // as the server does right after the commit
    const page = (await app.inject('/')).body;
    expect(page).toContain('দৈনিক নমুনা');
    expect(page).toContain('সত্যের পক্ষে');
    expect(footerOf(page)).toContain('সম্পাদক : কাল্পনিক সম্পাদক');
    expect(footerOf(page)).toContain('প্রকাশক : কাল্পনিক প্রকাশক');
    expect((await app.inject('/rss.xml')).body).toContain('<title>দৈনিক নমুনা</title>');
  });

  it('refuses markup and an empty site name with field messages', async () => {
    const admin = await h.makeUser('admin');
    const empty = await errorOf(h.caller(admin).site.updateSettings({ ...SETTINGS, siteName: ' ' }));
    expect(empty.message).toMatch(/Site name is required/);
    const markup = await errorOf(
      h.caller(admin).site.updateSettings({ ...SETTINGS, editorName: '<b>x</b>' }),
    );
    expect(markup.message).toMatch(/Editor must be plain text/);
  });
});

describe('site settings with environment overrides', () => {
  it('SITE_NAME, SITE_EDITOR and SITE_PUBLISHER win over the stored values and are shown as locked', async () => {
    const h = await createTestHarness({ SITE_NAME: 'পরিবেশ বার্তা', SITE_EDITOR: 'পরিবেশ সম্পাদক' });
    const app = await buildApp({ config: h.config, database: h.database, events: h.events });
    try {
      const admin = await h.makeUser('admin');
      const saved = await h.caller(admin).site.updateSettings(SETTINGS);
      expect(saved.stored.siteName).toBe('দৈনিক নমুনা');
      expect(saved.effective).toMatchObject({
        siteName: 'পরিবেশ বার্তা',
        editorName: 'পরিবেশ সম্পাদক',
        publisherName: 'কাল্পনিক প্রকাশক',
      });
      expect(saved.lockedByEnvironment).toEqual({ siteName: 'SITE_NAME', editorName: 'SITE_EDITOR' });
      await h.drainOutbox();
      const page = (await app.inject('/')).body;
      expect(page).toContain('<a class="site-name" href="/">পরিবেশ বার্তা</a>');
      expect(footerOf(page)).toContain('সম্পাদক : পরিবেশ সম্পাদক');
      expect(footerOf(page)).toContain('প্রকাশক : কাল্পনিক প্রকাশক');
    } finally {
      await app.close();
      await h.close();
    }
  });
});
