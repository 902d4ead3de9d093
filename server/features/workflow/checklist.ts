import { and, eq, isNull, ne } from 'drizzle-orm';
import {
  type ChecklistFacts,
  type ChecklistResult,
  checklistFailures,
  DEFAULT_CHECKLIST_CONFIG,
  evaluateChecklist,
  figuresOf,
} from '../../../shared/articles/checklist';
import { AppError } from '../../../shared/errors';
import type { DbOrTx } from '../../db/client';
import { articles, media, storyLinks } from '../../db/schema';
import { type ArticleRow, loadArticle } from '../articles/load-article';

export interface ChecklistOptions {
  /** When the story is to go out; default: its scheduled time if scheduled, else now. */
  publishAt?: Date;
  /** An already loaded (and locked) row, to avoid reading it twice. */
  article?: ArticleRow;
}

/** Loads everything the publish checklist looks at. */
export async function gatherChecklistFacts(
  tx: DbOrTx,
  articleId: string,
  options: ChecklistOptions = {},
): Promise<ChecklistFacts> {
  const article = options.article ?? (await loadArticle(tx, articleId));
  const publishAt =
    options.publishAt ??
    (article.status === 'scheduled' && article.publishAt ? article.publishAt : new Date());

  const [lead] = article.leadMediaId
    ? await tx
        .select({ alt: media.alt, caption: media.caption, credit: media.credit })
        .from(media)
        .where(eq(media.id, article.leadMediaId))
    : [];

  const linkRows = await tx
    .select({
      targetId: storyLinks.targetId,
      kind: storyLinks.kind,
      headline: articles.headline,
      status: articles.status,
      publishAt: articles.publishAt,
      deletedAt: articles.deletedAt,
    })
    .from(storyLinks)
    .leftJoin(articles, eq(articles.id, storyLinks.targetId))
    .where(and(eq(storyLinks.sourceId, article.id), ne(storyLinks.targetId, article.id)));

  const [slugOwner] = article.slug
    ? await tx
        .select({ id: articles.id })
        .from(articles)
        .where(and(eq(articles.slug, article.slug), ne(articles.id, article.id), isNull(articles.deletedAt)))
        .limit(1)
    : [];

  return {
    headline: article.headline,
    sectionId: article.sectionId,
    summary: article.summary,
    bodyText: article.bodyText,
    figures: figuresOf(article.body),
    lead: article.leadMediaId
      ? {
          alt: lead?.alt ?? '',
          // The story's own caption overrides the library's.
          caption: article.leadCaption ?? lead?.caption ?? '',
          credit: lead?.credit ?? '',
        }
      : null,
    links: linkRows.map((row) => ({
      targetId: row.targetId,
      kind: row.kind,
      headline: row.deletedAt ? null : row.headline,
      status: row.deletedAt ? null : row.status,
      publishAt: row.publishAt,
    })),
    slug: article.slug,
    slugTaken: Boolean(slugOwner),
    publishAt,
  };
}

export async function runChecklist(
  tx: DbOrTx,
  articleId: string,
  options: ChecklistOptions = {},
): Promise<ChecklistResult> {
  return evaluateChecklist(await gatherChecklistFacts(tx, articleId, options), DEFAULT_CHECKLIST_CONFIG);
}

/** Refuses with PRECONDITION_FAILED listing every failed item; returns the passing result. */
export async function assertChecklist(
  tx: DbOrTx,
  articleId: string,
  options: ChecklistOptions = {},
): Promise<ChecklistResult> {
  const result = await runChecklist(tx, articleId, options);
  if (!result.ok) {
    const failures = checklistFailures(result);
    throw new AppError('PRECONDITION_FAILED', {
      userMessage: `The story is not ready to publish. Fix ${failures.length === 1 ? 'this' : `these ${failures.length} things`} first: ${failures.join(' ')}`,
      details: { kind: 'checklist', items: result.items },
    });
  }
  return result;
}
