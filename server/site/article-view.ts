import type { JSONContent } from '@tiptap/core';
import { extractFigureMediaIds, extractStoryLinks, renderBodyHtml } from '../../shared/editor';
import type { DbOrTx } from '../db/client';
import { type RenderMedia, resolveMediaForRender } from '../features/media/media.queries';
import { TAGS } from './cache-tags';
import {
  listAuthorNames,
  listPublicRelated,
  listPublicUpdates,
  type PublicUpdate,
  resolvePublicStories,
  type StoryCard,
  type StoryRow,
  storyPath,
} from './public-articles.queries';

export interface ArticleView {
  story: StoryRow;
  path: string;
  /** The desk byline, else the credited staff's names. */
  byline: string;
  lead: (RenderMedia & { caption: string }) | null;
  bodyHtml: string;
  related: { card: StoryCard; path: string; thumb: RenderMedia | null }[];
  /** Corrections and noted updates, newest first. */
  updates: PublicUpdate[];
  /** What the page shows besides the story itself: its page-cache tags. */
  tags: string[];
}

/**
 * Everything the article page shows, loaded in a fixed number of queries: ids of
 * linked stories and images are collected first and resolved in one query each.
 * Links and read-more boxes resolve through the public predicate, so a preview
 * shows exactly the links a reader would get.
 */
export async function loadArticleView(
  db: DbOrTx,
  story: StoryRow,
  siteOrigins: readonly string[],
): Promise<ArticleView> {
  const body = story.body as JSONContent;
  const storyIds = extractStoryLinks(body, siteOrigins).map((l) => l.articleId);
  const figureIds = extractFigureMediaIds(body);
  const [authors, stories, related, updates] = await Promise.all([
    story.byline ? Promise.resolve([]) : listAuthorNames(db, story.id),
    resolvePublicStories(db, storyIds),
    listPublicRelated(db, story.id),
    story.publicUpdatedAt ? listPublicUpdates(db, story.id) : Promise.resolve([]),
  ]);
  const mediaIds = [
    ...(story.leadMediaId ? [story.leadMediaId] : []),
    ...figureIds,
    ...related.flatMap((r) => (r.leadMediaId ? [r.leadMediaId] : [])),
  ];
  const media = await resolveMediaForRender(db, mediaIds);
  const bodyHtml = renderBodyHtml(body, {
    resolveStory: (id) => stories.get(id) ?? null,
    resolveMedia: (id) => media.get(id) ?? null,
    siteOrigins,
  });
  const leadMedia = story.leadMediaId ? media.get(story.leadMediaId) : undefined;
  return {
    story,
    path: storyPath(story.id, story.slug),
    byline: story.byline || authors.join(', '),
    lead: leadMedia ? { ...leadMedia, caption: story.leadCaption ?? leadMedia.caption } : null,
    bodyHtml,
    related: related.map((card) => ({
      card,
      path: storyPath(card.id, card.slug),
      thumb: card.leadMediaId ? (media.get(card.leadMediaId) ?? null) : null,
    })),
    updates,
    tags: [
      TAGS.site,
      TAGS.story(story.id),
      ...[...new Set([...storyIds, ...related.map((r) => r.id)])].map(TAGS.story),
      ...[...new Set(mediaIds)].map(TAGS.media),
    ],
  };
}
