import type { ArticleRow } from './load-article';
import type { ArticleSnapshot } from './revisions';

export function snapshotOf(row: ArticleRow, authorIds: string[]): ArticleSnapshot {
  return {
    headline: row.headline,
    kicker: row.kicker,
    summary: row.summary,
    byline: row.byline,
    authorIds,
    sectionId: row.sectionId,
    tags: row.tags,
    slug: row.slug,
    body: row.body,
    bodyText: row.bodyText,
    leadMediaId: row.leadMediaId,
    leadCaption: row.leadCaption,
    seoTitle: row.seoTitle,
    seoDescription: row.seoDescription,
  };
}

/**
 * The text an editor works on: a published story's pending update when there is
 * one, else its own columns.
 */
export function editableContentOf(row: ArticleRow, authorIds: string[]): ArticleSnapshot {
  return (row.pending as ArticleSnapshot | null) ?? snapshotOf(row, authorIds);
}
