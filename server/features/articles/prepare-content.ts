import type { ArticleContent } from '../../../shared/articles/schemas';
import { countWords, slugify } from '../../../shared/bn';
import { extractFigureMediaIds, extractStoryLinks, validateBody } from '../../../shared/editor';
import { AppError } from '../../../shared/errors';
import { articleSearchVectors } from '../search/search-vector';

export const EMPTY_BODY = { type: 'doc', content: [{ type: 'paragraph' }] };

/** The columns a story's content sets, with everything derived from it. */
export interface PreparedContent {
  columns: {
    headline: string;
    kicker: string;
    summary: string;
    byline: string;
    sectionId: string | null;
    tags: string[];
    body: unknown;
    bodyText: string;
    wordCount: number;
    leadMediaId: string | null;
    leadCaption: string | null;
    seoTitle: string;
    seoDescription: string;
    searchVector: string;
    searchBigrams: string;
  };
  /** The slug asked for ('' = follow the headline). */
  requestedSlug: string;
  headlineSlug: string;
  authorIds: string[];
  links: { articleId: string; kind: 'read_more' | 'inline' }[];
  figureMediaIds: string[];
}

/**
 * Validates the body against the one editor schema (BAD_REQUEST naming the problem)
 * and derives plain text, word count, search vector, story links and image uses.
 */
export function prepareContent(content: ArticleContent, siteOrigins: string[] = []): PreparedContent {
  let validated: ReturnType<typeof validateBody>;
  try {
    validated = validateBody(content.body ?? EMPTY_BODY);
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('BAD_REQUEST', {
      userMessage: 'The story body could not be read. Reload the editor.',
    });
  }
  const bodyText = validated.text;
  const columns = {
    headline: content.headline,
    kicker: content.kicker,
    summary: content.summary,
    byline: content.byline,
    sectionId: content.sectionId,
    tags: content.tags,
    body: validated.doc,
    bodyText,
    wordCount: countWords(bodyText),
    leadMediaId: content.leadMediaId,
    leadCaption: content.leadCaption,
    seoTitle: content.seoTitle,
    seoDescription: content.seoDescription,
    ...articleSearchVectors({ ...content, bodyText }),
  };
  return {
    columns,
    requestedSlug: content.slug,
    headlineSlug: slugify(content.headline),
    authorIds: [...new Set(content.authorIds)],
    links: extractStoryLinks(validated.doc, siteOrigins),
    figureMediaIds: extractFigureMediaIds(validated.doc),
  };
}
