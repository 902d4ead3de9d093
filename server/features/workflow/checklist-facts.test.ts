import { eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { articles, storyLinks } from '../../db/schema';
import { approvedStory } from '../../test/factories';
import { createTestHarness, type TestHarness } from '../../test/harness';
import { gatherChecklistFacts } from './checklist';
import { gatherChecklistFactsBatch } from './checklist-facts';

let h: TestHarness;
beforeAll(async () => {
  h = await createTestHarness();
});
afterAll(() => h.close());

it('gives each story the same facts in a batch of many as alone (no mixing between stories)', async () => {
  const editor = await h.makeUser('editor');
  const a = await approvedStory(h, editor);
  const b = await approvedStory(h, editor);
  const c = await approvedStory(h, editor);
  // Spoil some facts: no lead image, a link to an unpublished story, a missing link target, a taken slug.
  await h.db
    .update(articles)
    .set({ leadMediaId: null, leadCaption: 'নিজের ক্যাপশন' })
    .where(eq(articles.id, b.id));
  await h.db.insert(storyLinks).values([
    { sourceId: a.id, targetId: b.id, kind: 'read_more' },
    { sourceId: a.id, targetId: crypto.randomUUID(), kind: 'inline' },
  ]);
  const [rowA] = await h.db.select({ slug: articles.slug }).from(articles).where(eq(articles.id, a.id));
  await h.db
    .update(articles)
    .set({ slug: rowA.slug })
    .where(eq(articles.id, c.id))
    .catch(() => {});
  const rows = await h.db
    .select()
    .from(articles)
    .where(inArray(articles.id, [a.id, b.id, c.id]));
  const publishAt = new Date(Date.now() + 60_000);
  const withTime = rows.map((r) => ({ ...r, publishAt }));
  await h.db.transaction(async (tx) => {
    const batch = await gatherChecklistFactsBatch(tx, withTime);
    for (const row of withTime) {
      const single = await gatherChecklistFacts(tx, row.id, { article: row, publishAt });
      const sortLinks = (f: typeof single) => ({
        ...f,
        links: [...f.links].sort((x, y) => x.targetId.localeCompare(y.targetId)),
      });
      expect(sortLinks(batch.get(row.id) as typeof single)).toEqual(sortLinks(single));
    }
  });
});
