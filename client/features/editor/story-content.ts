import type { JSONContent } from '@tiptap/core';

/** Everything the editor sends in a save, in the shape of ZArticleContent's input. */
export interface StoryFields {
  headline: string;
  kicker: string;
  summary: string;
  byline: string;
  authorIds: string[];
  sectionId: string | null;
  tags: string[];
  /** '' while the slug follows the headline. */
  slug: string;
  leadMediaId: string | null;
  leadCaption: string | null;
  seoTitle: string;
  seoDescription: string;
}

export interface StoryContent extends StoryFields {
  body: JSONContent;
}

export const EMPTY_BODY: JSONContent = { type: 'doc', content: [{ type: 'paragraph' }] };

interface Source {
  headline: string;
  kicker: string;
  summary: string;
  byline: string;
  authorIds: string[];
  sectionId: string | null;
  tags: string[];
  slug: string;
  slugAuto?: boolean;
  leadMediaId: string | null;
  leadCaption: string | null;
  seoTitle: string;
  seoDescription: string;
}

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

export function sameContent(a: StoryContent, b: StoryContent): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
