import type { JSONContent } from '@tiptap/core';
import type { ArticleContent } from '../../../shared/articles/schemas';

/** Everything the editor sends in a save besides the body: ZArticleContent's fields. */
export type StoryFields = Omit<ArticleContent, 'body'>;

export interface StoryContent extends StoryFields {
  body: JSONContent;
}

export const EMPTY_BODY: JSONContent = { type: 'doc', content: [{ type: 'paragraph' }] };

/** A story or a revision snapshot: the same fields, and whether the slug follows the headline. */
type Source = StoryFields & { slugAuto?: boolean };

/** The fields of a story or revision snapshot; an automatic slug is sent as ''. */
export function fieldsOf(source: Source, slugAuto = source.slugAuto ?? false): StoryFields {
  return {
    headline: source.headline,
    kicker: source.kicker,
    summary: source.summary,
    byline: source.byline,
    authorIds: source.authorIds ?? [],
    sectionId: source.sectionId,
    tags: source.tags ?? [],
    slug: slugAuto ? '' : source.slug,
    leadMediaId: source.leadMediaId,
    leadCaption: source.leadCaption,
    seoTitle: source.seoTitle,
    seoDescription: source.seoDescription,
  };
}

/**
 * JSON with object keys sorted and text NFC-normalized, as the server stores it
 * (jsonb reorders keys): the same story text always gives the same string.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (typeof v === 'string') return v.normalize('NFC');
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      const entries = Object.entries(v as Record<string, unknown>).sort(([a], [b]) =>
        a < b ? -1 : a > b ? 1 : 0,
      );
      return Object.fromEntries(entries);
    }
    return v;
  });
}

export function sameContent(a: StoryContent, b: StoryContent): boolean {
  return canonicalJson(a) === canonicalJson(b);
}
