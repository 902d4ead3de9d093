import { z } from 'zod';
import { plainText, textField, uuidField } from '../text';

export const HEADLINE_MAX = 200;
export const TAG_MAX = 40;

const ZSlug = z
  .string()
  .trim()
  .toLowerCase()
  .max(120, 'Slug is too long: 120 characters at most.')
  .regex(
    /^([a-z0-9]+(-[a-z0-9]+)*)?$/,
    'Slug may hold only a-z, 0-9 and single hyphens, like elon-musk-loan.',
  );

/** Everything an editor writes on a story. The body is checked by shared/editor's validateBody on the server. */
export const ZArticleContent = z.object({
  headline: plainText('Headline', { max: HEADLINE_MAX }),
  kicker: plainText('Kicker', { max: 120 }),
  summary: plainText('Summary', { max: 600 }),
  byline: plainText('Byline', { max: 200 }),
  authorIds: z.array(uuidField('Author')).max(10, 'At most 10 authors.').default([]),
  sectionId: uuidField('Section').nullable(),
  tags: z
    .array(plainText('Tag', { min: 1, max: TAG_MAX }))
    .max(30, 'At most 30 tags.')
    .default([])
    .transform((tags) => [...new Set(tags)]),
  /** Empty: Barta makes one from the headline. */
  slug: ZSlug.default(''),
  body: z.unknown(),
  leadMediaId: uuidField('Lead image').nullable().default(null),
  leadCaption: plainText('Lead image caption', { max: 400 }).nullable().default(null),
  seoTitle: plainText('SEO title', { max: 200 }).default(''),
  seoDescription: plainText('SEO description', { max: 400 }).default(''),
});
export type ArticleContent = z.infer<typeof ZArticleContent>;
export type ArticleContentInput = z.input<typeof ZArticleContent>;

export const ZCreateArticleInput = ZArticleContent.partial();

/** The id an editor tab makes for itself: the edit lock names it. */
export const ZTabId = textField('Editor tab', { min: 8, max: 64 });

export const ZSaveArticleInput = z.object({
  id: uuidField('Story'),
  /** The version this edit started from: a save based on an older one is refused (CONFLICT). */
  baseVersion: z.number().int().min(1),
  /** autosave: coalesced revisions; save: an explicit revision. */
  mode: z.enum(['autosave', 'save']),
  /** The editor tab saving: a save from a tab that lost the edit lock is refused. */
  tabId: ZTabId,
  content: ZArticleContent,
});
export type SaveArticleInput = z.infer<typeof ZSaveArticleInput>;

export const ZArticleIdInput = z.object({ id: uuidField('Story') });
