import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatPublishedLine } from '../../../shared/bn/dates';
import { EventBus } from '../../events/bus';
import { buildApp } from '../../http/app';
import { LocalDiskMediaStore, setMediaStore } from '../../media-store';
import { createTestHarness, type TestHarness } from '../../test/harness';
import { JAPAN_STORY, RELATED_STORIES, SEED_STORY } from './demo-content';

describe('demo newsroom seed (demo.seed, the same function as npm run seed:demo)', () => {
  let h: TestHarness;
  let app: FastifyInstance;
  let mediaDir: string;

  beforeAll(async () => {
    h = await createTestHarness();
    mediaDir = fs.mkdtempSync(path.join(os.tmpdir(), 'barta-seed-media-'));
    setMediaStore(h.config, new LocalDiskMediaStore(mediaDir));
    app = await buildApp({ config: h.config, database: h.database, events: new EventBus() });
  });
  afterAll(async () => {
    await app.close();
    await h.close();
    fs.rmSync(mediaDir, { recursive: true, force: true });
  });

  it('is for administrators only and must be confirmed', async () => {
    const manager = await h.makeUser('manager');
    await expect(h.caller(manager).demo.seed({ confirm: true })).rejects.toThrow(/Your role/);
    const admin = await h.makeUser('admin');
    await expect(h.caller(admin).demo.seed({} as never)).rejects.toThrow(/Confirm/);
  });

  it('loads the reference story as the paper shows it, and a second run changes nothing', async () => {
    const admin = await h.makeUser('admin');
    const first = await h.caller(admin).demo.seed({ confirm: true });
    expect(first.sectionsCreated).toBe(6);
    expect(first.users.map((u) => [u.email, u.created])).toEqual([
      ['admin@demo.barta', true],
      ['manager@demo.barta', true],
      ['editor@demo.barta', true],
      ['desk@demo.barta', true],
    ]);
    expect(first.generatedPassword).toMatch(/\S{10,}/);
    expect(first.stories.every((s) => s.created)).toBe(true);

    const page = await app.inject(first.seedStoryPath);
    expect(page.statusCode).toBe(200);
    const body = page.body;
    const japan = first.stories.find((s) => s.key === JAPAN_STORY.key)!;
    const expected = [
      '<p class="section-label"><a href="/section/usa">যুক্তরাষ্ট্র</a></p>',
      `<h1>${SEED_STORY.headline}</h1>`,
      '<p class="byline">কাগজ ডেস্ক</p>',
      formatPublishedLine('2025-07-23T07:48:00Z'),
      '<figcaption>ইলন মাস্ক। <span class="credit">ছবি : সংগৃহীত</span></figcaption>',
      ...SEED_STORY.paragraphs.slice(0, 5).map((p) => `<p>${p}</p>`),
      `<a href="${japan.path}">${JAPAN_STORY.headline}</a>`,
      ...SEED_STORY.paragraphs.slice(5).map((p) => `<p>${p}</p>`),
      ...RELATED_STORIES.map((r) => `${r.kicker ? `${r.kicker} ` : ''}${r.headline}</span>`),
      '<p>সম্পাদক : নমুনা সম্পাদক</p>',
    ];
    let at = -1;
    for (const piece of expected) {
      const found = body.indexOf(piece.normalize('NFC'), at + 1);
      expect(found, `missing or out of order: ${piece.slice(0, 60)}`).toBeGreaterThan(at);
      at = found;
    }
    expect(formatPublishedLine('2025-07-23T07:48:00Z')).toBe('প্রকাশ: ২৩ জুলাই ২০২৫, ০১:৪৮ পিএম');
    // A generated lead image with every rendition, served from the media store.
    const src = /<figure class="lead-image"><img src="([^"]+)"/.exec(body)![1];
    expect((await app.inject(src)).statusCode).toBe(200);
    expect(
      /<figure class="lead-image"><img [^>]*srcset="([^"]+)"/.exec(body)![1].split(',').length,
    ).toBeGreaterThan(2);

    const again = await h.caller(admin).demo.seed({ confirm: true });
    expect(again.sectionsCreated).toBe(0);
    expect(again.users.every((u) => !u.created)).toBe(true);
    expect(again.generatedPassword).toBeNull();
    expect(again.stories.map((s) => [s.id, s.created])).toEqual(first.stories.map((s) => [s.id, false]));
    const same = await app.inject({
      url: first.seedStoryPath,
      headers: { 'if-none-match': String(page.headers.etag) },
    });
    expect(same.statusCode).toBe(304);
  });
});
