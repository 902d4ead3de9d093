import { eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articles, auditLog, media, savedViews } from '../db/schema';
import { EventBus } from '../events/bus';
import { buildApp } from '../http/app';
import { errorOf, insertMedia, insertSection, insertStory } from '../test/factories';
import { createTestHarness, type TestHarness, type TestUser } from '../test/harness';

/**
 * One regression test per class of input that once made the server answer 500:
 * NUL and invalid text in public parameters, forged keyset cursors (public and
 * staff), lone surrogates in text stored as jsonb, and the plain-text rule applied
 * in one way everywhere. (Long searches: server/http/long-input.test.ts.)
 */
const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
const ZERO_ID = '00000000-0000-0000-0000-000000000000';
const NO_LONGER_VALID = /^This page link is no longer valid/;

describe('no input makes a 500', () => {
  let h: TestHarness;
  let app: FastifyInstance;
  let admin: TestUser;

  beforeAll(async () => {
    h = await createTestHarness();
    app = await buildApp({ config: h.config, database: h.database, events: new EventBus() });
    admin = await h.makeUser('admin');
    const section = await insertSection(h.db, { slug: 'জাতীয়' });
    await insertStory(h.db, { sectionId: section.id, publishedAt: new Date(Date.now() - 60_000) });
  });
  afterAll(async () => {
    await app.close();
    await h.close();
  });

  it('NUL and invalid text in public path and query parameters are a 404 or 400, not a database error', async () => {
    for (const url of ['/section/%00', '/section/abc%00', '/section/%01%02', '/article/%00/x']) {
      expect((await app.inject(url)).statusCode, url).toBe(404);
    }
    // Bytes that are not UTF-8 (a lone surrogate's encoding): Fastify refuses the path itself.
    expect((await app.inject('/section/%ED%A0%80')).statusCode).toBe(400);
    for (const url of [
      '/api/public/articles?section=%00',
      '/api/public/articles?section=x%00y',
      '/api/public/articles?section=a&section=b',
      '/api/public/articles?limit=1e999',
    ]) {
      expect((await app.inject(url)).statusCode, url).toBe(400);
    }
    // The same treatment as stored text: a slug typed in decomposed form finds its section.
    const nfd = encodeURIComponent('জাতীয়'.normalize('NFD'));
    expect((await app.inject(`/section/${nfd}`)).statusCode).toBe(200);
  });

  it('forged cursors on the public lists are a 400 "This page link is no longer valid"', async () => {
    const forged = [
      b64([1, 'public', { at: '2025-02-30T00:00:00.000000Z', id: ZERO_ID }]),
      b64([1, 'public', { at: '0000-01-01T00:00:00.000000Z', id: ZERO_ID }]),
      b64([1, 'public', { at: 12, id: 'x' }]),
      Buffer.from(`2025-02-30T00:00:00.000000Z|${ZERO_ID}`).toString('base64url'),
    ];
    for (const cursor of forged) {
      const home = await app.inject(`/?before=${cursor}`);
      expect(home.statusCode).toBe(400);
      expect(home.body).toContain('This page link is no longer valid');
      expect((await app.inject(`/section/${encodeURIComponent('জাতীয়')}?before=${cursor}`)).statusCode).toBe(
        400,
      );
      const api = await app.inject(`/api/public/articles?cursor=${cursor}`);
      expect(api.statusCode).toBe(400);
      expect(api.json().error).toMatch(NO_LONGER_VALID);
    }
  });

  it('forged cursors on the staff lists are a 400 "This page link is no longer valid"', async () => {
    const caller = h.caller(admin);
    const cases: [string, Promise<unknown>][] = [
      [
        'stories: a day not in the calendar',
        caller.stories.list({
          cursor: b64([1, 'stories.updated', ['desc', '2025-02-30T00:00:00.000000Z', ZERO_ID]]),
        }),
      ],
      [
        'stories: a year out of range',
        caller.stories.list({
          cursor: b64([1, 'stories.updated', ['desc', '0000-01-01T00:00:00.000000Z', ZERO_ID]]),
        }),
      ],
      [
        'stories: a key of the wrong type',
        caller.stories.list({ sort: 'headline', cursor: b64([1, 'stories.headline', ['desc', 5, ZERO_ID]]) }),
      ],
      [
        'stories: NUL in a text key',
        caller.stories.list({
          sort: 'headline',
          cursor: b64([1, 'stories.headline', ['desc', 'a\u0000', ZERO_ID]]),
        }),
      ],
      [
        'stories: a rank out of range',
        caller.stories.list({
          q: 'খবর',
          sort: 'relevance',
          cursor: b64([1, 'stories.relevance', ['desc', '1e39', ZERO_ID]]),
        }),
      ],
      [
        'stories: the old format',
        caller.stories.list({ cursor: b64(['updated', 'desc', '2025-02-30T00:00:00.000000Z', ZERO_ID]) }),
      ],
      ['audit: an id past bigint', caller.audit.list({ cursor: '99999999999999999999999' })],
      ['audit: a huge id in our envelope', caller.audit.list({ cursor: b64([1, 'audit', 1e23]) })],
      [
        'media: a day not in the calendar',
        caller.media.list({ cursor: b64([1, 'media.newest', ['2025-02-30T00:00:00.000000Z', ZERO_ID]]) }),
      ],
      [
        'media: the other sort',
        caller.media.list({
          sort: 'oldest',
          cursor: b64([1, 'media.newest', ['2025-07-01T00:00:00.000000Z', ZERO_ID]]),
        }),
      ],
      [
        'broken links: the old format',
        caller.related.brokenLinks({ cursor: `2025-02-30T00:00:00.000000Z|${ZERO_ID}|${ZERO_ID}|inline` }),
      ],
      [
        'bin: a forged key',
        caller.articles.recent({
          deleted: true,
          cursor: b64([1, 'articles.recent', ['9999-99-99T00:00:00.000000Z', ZERO_ID]]),
        }),
      ],
    ];
    for (const [name, call] of cases) {
      const error = await errorOf(call);
      expect(error.code, name).toBe('BAD_REQUEST');
      expect(error.message, name).toMatch(NO_LONGER_VALID);
    }
  });

  it('staff date filters refuse days that do not exist and years PostgreSQL cannot store', async () => {
    const caller = h.caller(admin);
    for (const from of ['2025-02-30T00:00:00Z', '0000-01-01T00:00:00Z']) {
      expect((await errorOf(caller.stories.list({ from }))).code).toBe('BAD_REQUEST');
      expect((await errorOf(caller.audit.list({ from }))).code).toBe('BAD_REQUEST');
    }
  });

  it('lone surrogates and NUL in text stored as jsonb (saved views, media fields, audit rows) are made valid', async () => {
    const caller = h.caller(admin);
    const { id } = await caller.stories.createView({
      name: 'আমার\ud800 দেখা\u0000',
      state: { q: 'গ্রোক\udc00', tag: 'ট্যাগ\ud83d' },
    });
    const [view] = await h.db.select().from(savedViews).where(eq(savedViews.id, id));
    expect(view.name).toBe('আমার\ufffd দেখা');
    expect(view.filters).toMatchObject({ q: 'গ্রোক\ufffd', tag: 'ট্যাগ\ufffd' });

    const image = await insertMedia(h.db);
    await caller.media.update({ id: image.id, caption: 'ছবি\ud800', credit: 'আলোকচিত্র\u0000: কাগজ' });
    const [row] = await h.db.select().from(media).where(eq(media.id, image.id));
    expect(row.caption).toBe('ছবি\ufffd');
    expect(row.credit).toBe('আলোকচিত্র: কাগজ');
    const audits = await h.db.select().from(auditLog).where(eq(auditLog.entityId, image.id));
    expect(JSON.stringify(audits.map((a) => a.after))).not.toMatch(/\\ud8|\\u0000/);
  });

  it('one plain-text rule: NUL is removed from a headline as from body text; markup is refused in media and figure captions alike', async () => {
    const caller = h.caller(admin);
    const created = await caller.articles.create({
      headline: 'শিরো\u0000নাম',
      body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'লে\u0000খা' }] }] },
    });
    const [story] = await h.db.select().from(articles).where(eq(articles.id, created.id));
    expect(story.headline).toBe('শিরোনাম');
    expect(story.bodyText).toBe('লেখা');

    const image = await insertMedia(h.db);
    const mediaError = await errorOf(
      caller.media.update({ id: image.id, caption: '<script>alert(1)</script>' }),
    );
    expect(mediaError.code).toBe('BAD_REQUEST');
    expect(mediaError.message).toMatch(/Caption must be plain text/);
    const figure = {
      type: 'figure',
      attrs: { mediaId: image.id, src: `/media/${image.renditions![0].key}` },
      content: [{ type: 'text', text: '<script>alert(1)</script>' }],
    };
    const figureError = await errorOf(
      caller.articles.create({ headline: 'ছবি', body: { type: 'doc', content: [figure] } }),
    );
    expect(figureError.code).toBe('BAD_REQUEST');
    expect(figureError.message).toMatch(/caption must be plain text/);
  });
});
