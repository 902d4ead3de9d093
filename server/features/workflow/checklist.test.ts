import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArticleContentInput } from '../../../shared/articles/schemas';
import { articles, media } from '../../db/schema';
import {
  createStory,
  detailsOf,
  doc,
  errorOf,
  figure,
  forceStatus,
  makeMedia,
  paragraph,
  readMore,
  readyContent,
} from '../../test/factories';
import { createTestHarness, type TestHarness, type TestUser } from '../../test/harness';

/** The publish checklist on real stories: each failing item alone, then all together. */
describe('publish checklist', () => {
  let h: TestHarness;
  let editor: TestUser;
  let manager: TestUser;

  beforeAll(async () => {
    h = await createTestHarness();
    editor = await h.makeUser('editor');
    manager = await h.makeUser('manager');
  });
  afterAll(() => h.close());

  async function failuresOf(id: string) {
    const version = await forceStatus(h, id, 'approved');
    const error = await errorOf(h.caller(editor).workflow.publish({ id, version }));
    expect(error.code).toBe('PRECONDITION_FAILED');
    const items = detailsOf(error).items as { id: string; ok: boolean; message: string }[];
    return { error, failed: items.filter((i) => !i.ok).map((i) => [i.id, i.message]) };
  }

  async function storyWith(overrides: Partial<ArticleContentInput>) {
    return createStory(h, editor, overrides);
  }

  it('passes a ready story, and the live checklist query says so', async () => {
    const story = await storyWith({});
    const result = await h.caller(editor).workflow.checklist({ id: story.id });
    expect(result.ok).toBe(true);
    expect(result.items.map((i) => i.id)).toEqual([
      'headline',
      'section',
      'summary',
      'body',
      'lead_image',
      'lead_alt',
      'lead_caption',
      'lead_credit',
      'figures_alt',
      'links',
      'slug',
    ]);
  });

  it.each([
    ['headline', { headline: '', slug: 'no-headline' }, 'Write a headline.'],
    ['section', { sectionId: null }, 'Choose a section for the story.'],
    ['summary', { summary: '' }, 'Write a summary.'],
    ['body', { body: doc({ type: 'paragraph' }) }, 'The story body is empty: write the story.'],
    ['lead_image', { leadMediaId: null }, 'Choose a lead image (with alt text, a caption and a credit).'],
  ] as const)('%s alone', async (id, overrides, message) => {
    const story = await storyWith(overrides as Partial<ArticleContentInput>);
    const { failed, error } = await failuresOf(story.id);
    expect(failed).toEqual([[id, message]]);
    expect(error.message).toBe(`The story is not ready to publish. Fix this first: ${message}`);
  });

  it.each([
    ['lead_alt', { alt: '' }, 'Add alt text to the lead image (describe it for readers who cannot see it).'],
    ['lead_caption', { caption: '' }, 'Add a caption to the lead image.'],
    ['lead_credit', { credit: '' }, 'Add a credit to the lead image (who took it or where it is from).'],
  ] as const)('%s alone (from the media library item)', async (id, fields, message) => {
    const lead = await makeMedia(h, fields);
    const story = await storyWith({ leadMediaId: lead.id });
    expect((await failuresOf(story.id)).failed).toEqual([[id, message]]);
  });

  it('a caption written on the story counts for the lead image', async () => {
    const lead = await makeMedia(h, { caption: '' });
    const story = await storyWith({ leadMediaId: lead.id, leadCaption: 'গল্পের নিজস্ব ক্যাপশন' });
    expect((await h.caller(editor).workflow.checklist({ id: story.id })).ok).toBe(true);
  });

  it('figures_alt alone', async () => {
    const image = await makeMedia(h);
    const story = await storyWith({ body: doc(paragraph('লেখা'), figure(image.id, '')) });
    expect((await failuresOf(story.id)).failed).toEqual([
      ['figures_alt', 'One image in the story has no alt text: add it in the image’s settings.'],
    ]);
  });

  it('links alone: a read-more to a draft, an inline link to a story scheduled later', async () => {
    const draft = await storyWith({ headline: 'খসড়া খবর' });
    const later = await storyWith({ headline: 'পরের খবর' });
    await forceStatus(h, later.id, 'scheduled');
    const published = await storyWith({ headline: 'প্রকাশিত খবর' });
    await forceStatus(h, published.id, 'published');
    const link = { type: 'link', attrs: { href: `/article/${later.id}/x` } };
    const story = await storyWith({
      body: doc(paragraph('লেখা'), readMore(draft.id), readMore(published.id), {
        type: 'paragraph',
        content: [{ type: 'text', text: 'পরের', marks: [link] }],
      }),
    });
    expect((await failuresOf(story.id)).failed).toEqual([
      [
        'links',
        'The story links to stories that are not published: “খসড়া খবর” (draft), “পরের খবর” (scheduled to publish after this story). Publish them first or remove the links.',
      ],
    ]);
    // Checked as of a time after the linked story goes out, the link is fine.
    const inTwoHours = new Date(Date.now() + 7_200_000).toISOString();
    const atThatTime = await h.caller(editor).workflow.checklist({ id: story.id, publishAt: inTwoHours });
    expect(atThatTime.items.find((i) => i.id === 'links')?.message).toContain('খসড়া খবর');
    expect(atThatTime.items.find((i) => i.id === 'links')?.message).not.toContain('পরের খবর');
  });

  it('a link to a story deleted since is caught', async () => {
    const target = await storyWith({ headline: 'মুছে ফেলা খবর' });
    await forceStatus(h, target.id, 'published');
    const story = await storyWith({ body: doc(paragraph('লেখা'), readMore(target.id)) });
    await h.caller(manager).articles.delete({ id: target.id });
    expect((await failuresOf(story.id)).failed).toEqual([
      [
        'links',
        'The story links to stories that are not published: a story that no longer exists. Publish them first or remove the links.',
      ],
    ]);
  });

  it('lists every failure together', async () => {
    const draft = await storyWith({});
    const bare = await h.caller(editor).articles.create({
      headline: '',
      slug: 'bare-story',
      body: doc(readMore(draft.id)),
    });
    const { failed, error } = await failuresOf(bare.id);
    expect(failed.map(([id]) => id)).toEqual([
      'headline',
      'section',
      'summary',
      'body',
      'lead_image',
      'links',
    ]);
    expect(error.message).toMatch(
      /^The story is not ready to publish\. Fix these 6 things first: Write a headline\. /,
    );
  });

  it('the headline limit is the shared HEADLINE_MAX', async () => {
    const story = await storyWith({});
    await h.db
      .update(articles)
      .set({ headline: 'ক'.repeat(201) })
      .where(eq(articles.id, story.id));
    expect((await failuresOf(story.id)).failed).toEqual([
      ['headline', 'Shorten the headline: it has 201 characters, the limit is 200.'],
    ]);
  });

  it('checks the lead image as the library holds it now', async () => {
    const content = await readyContent(h);
    const story = await storyWith(content);
    await h.db
      .update(media)
      .set({ credit: '' })
      .where(eq(media.id, content.leadMediaId as string));
    expect((await failuresOf(story.id)).failed.map(([id]) => id)).toEqual(['lead_credit']);
  });
});
