import { randomUUID } from 'node:crypto';
import type { TRPCError } from '@trpc/server';
import { eq } from 'drizzle-orm';
import type { ArticleContentInput } from '../../../shared/articles/schemas';
import type { ArticleStatus } from '../../../shared/articles/status';
import { articles } from '../../db/schema';
import { insertMedia, insertSection } from '../../site/test-stories';
import type { TestHarness, TestUser } from '../../test/harness';

/** Factories for the workflow tests: a story that passes the checklist, and ways to spoil it. */

export async function errorOf(promise: Promise<unknown>): Promise<TRPCError> {
  try {
    await promise;
  } catch (error) {
    return error as TRPCError;
  }
  throw new Error('expected the call to fail');
}

export function detailsOf(error: TRPCError): Record<string, unknown> {
  return ((error.cause as { details?: unknown } | undefined)?.details ?? {}) as Record<string, unknown>;
}

export function makeSection(h: TestHarness) {
  return insertSection(h.db);
}

/** A ready library image with renditions, credited and captioned as the checklist wants. */
export function makeMedia(
  h: TestHarness,
  fields: Partial<{ alt: string; caption: string; credit: string }> = {},
) {
  return insertMedia(h.db, {
    alt: fields.alt ?? 'সংসদ ভবন',
    caption: fields.caption ?? 'সংসদ ভবনের সামনে মানুষ',
    credit: fields.credit ?? 'রয়টার্স',
  });
}

export const paragraph = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });
export const figure = (mediaId: string, alt: string) => ({
  type: 'figure',
  attrs: { mediaId, src: `/media/${mediaId}/original.jpg`, alt, credit: 'রয়টার্স', width: 1200, height: 800 },
  content: [{ type: 'text', text: 'ছবির ক্যাপশন' }],
});
export const readMore = (articleId: string) => ({ type: 'readMore', attrs: { articleId } });
export const doc = (...content: unknown[]) => ({ type: 'doc', content });

/** Everything the checklist wants, written by `author`. */
export async function readyContent(h: TestHarness): Promise<ArticleContentInput> {
  const section = await makeSection(h);
  const lead = await makeMedia(h);
  const inBody = await makeMedia(h);
  return {
    headline: `বাজেট পাস ${randomUUID().slice(0, 6)}`,
    kicker: 'সংসদ',
    summary: 'সংসদে আজ নতুন অর্থবছরের বাজেট পাস হয়েছে।',
    byline: 'নিজস্ব প্রতিবেদক',
    sectionId: section.id,
    leadMediaId: lead.id,
    body: doc(paragraph('ঢাকা — সংসদে আজ বাজেট পাস হয়েছে।'), figure(inBody.id, 'সংসদ ভবন')),
  };
}

export async function createStory(
  h: TestHarness,
  author: TestUser,
  content: Partial<ArticleContentInput> = {},
): Promise<{ id: string; version: number }> {
  const created = await h.caller(author).articles.create({ ...(await readyContent(h)), ...content });
  return { id: created.id, version: created.version };
}

/** Puts a story straight into `status` (for testing transitions out of it). */
export async function forceStatus(h: TestHarness, id: string, status: ArticleStatus) {
  const [row] = await h.db
    .update(articles)
    .set({
      status,
      publishAt: status === 'scheduled' ? new Date(Date.now() + 3_600_000) : null,
      publishedAt: ['published', 'unpublished'].includes(status) ? new Date() : null,
    })
    .where(eq(articles.id, id))
    .returning({ version: articles.version });
  return row.version;
}

export async function versionOf(h: TestHarness, id: string): Promise<number> {
  const [row] = await h.db.select({ version: articles.version }).from(articles).where(eq(articles.id, id));
  return row.version;
}

/** Saves `change` over what the editor shows now (a live story's pending update included), as the editor does. */
export async function saveEdit(
  h: TestHarness,
  user: TestUser,
  id: string,
  change: Partial<ArticleContentInput> = {},
  options: { mode?: 'autosave' | 'save'; tabId?: string } = {},
) {
  const current = await h.caller(user).articles.get({ id });
  const { headline, kicker, summary, byline, authorIds, sectionId, tags, slug, body } = current;
  const { leadMediaId, leadCaption, seoTitle, seoDescription } = current;
  return h.caller(user).articles.save({
    id,
    baseVersion: current.version,
    mode: options.mode ?? 'autosave',
    tabId: options.tabId ?? 'tab-test-helpers',
    content: {
      ...{ headline, kicker, summary, byline, authorIds, sectionId, tags, slug, body },
      ...{ leadMediaId, leadCaption, seoTitle, seoDescription },
      ...change,
    },
  });
}
