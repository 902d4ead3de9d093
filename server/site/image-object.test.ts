import { eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { media } from '../db/schema';
import { EventBus } from '../events/bus';
import { buildApp } from '../http/app';
import { insertMedia, insertStory } from '../test/factories';
import { createTestHarness, type TestHarness } from '../test/harness';

describe('article page ImageObject', () => {
  let h: TestHarness;
  let app: FastifyInstance;

  beforeAll(async () => {
    h = await createTestHarness();
    app = await buildApp({ config: h.config, database: h.database, events: new EventBus() });
  });
  afterAll(async () => {
    await app.close();
    await h.close();
  });

  const jsonLdOf = async (path: string) => {
    const page = (await app.inject(path)).body;
    return JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/s.exec(page)![1]);
  };

  it('gives the lead photo creditText, creator and copyrightNotice', async () => {
    const lead = await insertMedia(h.db, { caption: 'বন্যায় ডুবে গেছে সড়ক।', credit: 'এএফপি' });
    await h.db
      .update(media)
      .set({ creator: 'মুনির উজ জামান', copyright: '© AFP 2024' })
      .where(eq(media.id, lead.id));
    const story = await insertStory(h.db, { headline: 'সিলেটে বন্যা', leadMediaId: lead.id });
    const json = await jsonLdOf(`/article/${story.id}/${story.slug}`);
    expect(json.image).toEqual([
      {
        '@type': 'ImageObject',
        url: expect.stringMatching(/\/media\/[^"]+-1280\.webp$/),
        contentUrl: expect.stringMatching(/-1280\.webp$/),
        width: 1280,
        height: 720,
        caption: 'বন্যায় ডুবে গেছে সড়ক।',
        creditText: 'এএফপি',
        creator: { '@type': 'Person', name: 'মুনির উজ জামান' },
        copyrightNotice: '© AFP 2024',
      },
    ]);
  });

  it('leaves out the rights properties a photo does not have', async () => {
    const lead = await insertMedia(h.db);
    const story = await insertStory(h.db, { headline: 'ছবির খবর', leadMediaId: lead.id });
    const [image] = (await jsonLdOf(`/article/${story.id}/${story.slug}`)).image;
    expect(image['@type']).toBe('ImageObject');
    expect(image).not.toHaveProperty('creditText');
    expect(image).not.toHaveProperty('creator');
    expect(image).not.toHaveProperty('copyrightNotice');
  });
});
