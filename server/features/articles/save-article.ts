import { and, eq, sql } from 'drizzle-orm';
import type { SaveArticleInput } from '../../../shared/articles/schemas';
import { isEditable, statusAfterEdit } from '../../../shared/articles/transitions';
import { AppError } from '../../../shared/errors';
import type { Tx } from '../../db/client';
import { articles, users } from '../../db/schema';
import type { Context } from '../../trpc/context';
import { writeAudit } from '../audit/write-audit';
import type { SessionUser } from '../auth/sessions';
import { siteOrigins } from './create-article';
import { authorIdsOf, indexReferences } from './index-references';
import { type ArticleRow, articleColumns, loadArticle } from './load-article';
import { currentLock } from './locks';
import { prepareContent } from './prepare-content';
import { recordRevision } from './revisions';
import { resolveSlug } from './slugs';
import { snapshotOf } from './snapshot';

// Reads through the save's own transaction: on PGlite a second connection would wait for it forever.
async function staleSaveError(tx: Tx, current: ArticleRow, authorIds: string[]): Promise<AppError> {
  const [editor] = current.updatedBy
    ? await tx.select({ name: users.name }).from(users).where(eq(users.id, current.updatedBy))
    : [];
  return new AppError('CONFLICT', {
    userMessage: `${editor?.name ?? 'Someone'} saved a newer version of this story while you were editing. Compare the two and choose what to keep: nothing has been lost.`,
    details: {
      kind: 'stale_save',
      version: current.version,
      updatedAt: current.updatedAt,
      updatedBy: editor?.name ?? null,
      status: current.status,
      content: snapshotOf(current, authorIds),
    },
  });
}

/**
 * Saves a story's content. The save names the version it started from: if the
 * story has moved on since, it is refused with CONFLICT and the newer version, so
 * no one's text is silently overwritten.
 */
export async function saveArticle({
  ctx,
  input,
  restoredFrom,
}: {
  ctx: Context & { user: SessionUser };
  input: SaveArticleInput;
  /** Set when restoring an old revision: recorded as a `restore` revision. */
  restoredFrom?: { version: number };
}) {
  const prepared = prepareContent(input.content, siteOrigins(ctx));
  const saved = await ctx.db.transaction(async (tx) => {
    const current = await loadArticle(tx, input.id, { forUpdate: true });
    if (current.version !== input.baseVersion) {
      throw await staleSaveError(tx, current, await authorIdsOf(tx, current.id));
    }
    if (!isEditable(current.status)) {
      throw new AppError('PRECONDITION_FAILED', {
        userMessage: 'This story is archived. Reopen it as a draft before editing.',
      });
    }
    const lock = await currentLock(tx, current.id);
    if (lock && (lock.userId !== ctx.user.id || lock.tabId !== input.tabId)) {
      throw new AppError('CONFLICT', {
        userMessage: `${lock.name} is editing this story now. Your text is kept in this tab; take over editing to save it.`,
        details: { kind: 'locked', holder: lock.name },
      });
    }
    const published = current.status === 'published';
    const { slug, slugAuto } = await resolveSlug(tx, {
      articleId: current.id,
      requested: prepared.requestedSlug,
      headlineSlug: prepared.headlineSlug,
      current: current.slug,
      // A published story's address stays put unless someone edits the slug by hand.
      slugAuto: current.slugAuto && !published && !current.publishedAt,
    });
    const status = statusAfterEdit(current.status, ctx.user.role, {
      approvedEditsNeedReview: ctx.config.approvedEditsNeedReview,
    });
    const [row] = await tx
      .update(articles)
      .set({
        ...prepared.columns,
        slug,
        slugAuto,
        status,
        ...(status !== current.status ? { statusChangedAt: sql`now()` } : {}),
        ...(published ? { publicUpdatedAt: sql`now()` } : {}),
        version: current.version + 1,
        updatedBy: ctx.user.id,
        updatedAt: sql`now()`,
      })
      .where(and(eq(articles.id, current.id), eq(articles.version, input.baseVersion)))
      .returning(articleColumns);
    await indexReferences(tx, row.id, prepared);
    await recordRevision(tx, {
      articleId: row.id,
      version: row.version,
      reason: restoredFrom ? 'restore' : input.mode,
      userId: ctx.user.id,
      // Autosaves coalesce only with the same tab's previous one (see revisions.ts).
      tabId: input.tabId,
      snapshot: snapshotOf(row, prepared.authorIds),
    });
    await writeAudit(tx, {
      actorId: ctx.user.id,
      action: restoredFrom
        ? 'article.restore_revision'
        : input.mode === 'autosave'
          ? 'article.autosave'
          : 'article.save',
      entityType: 'article',
      entityId: row.id,
      before: status !== current.status ? { status: current.status } : undefined,
      after: status !== current.status ? { status } : undefined,
      meta: { version: row.version, words: row.wordCount, restoredFrom: restoredFrom?.version },
    });
    return row;
  });
  ctx.events.publish({
    type: 'article.changed',
    articleId: saved.id,
    status: saved.status,
    version: saved.version,
  });
  return {
    id: saved.id,
    version: saved.version,
    slug: saved.slug,
    status: saved.status,
    updatedAt: saved.updatedAt,
    wordCount: saved.wordCount,
  };
}
