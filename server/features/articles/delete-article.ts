import { eq, sql } from 'drizzle-orm';
import { AppError } from '../../../shared/errors';
import { can } from '../../../shared/roles';
import { articles } from '../../db/schema';
import { refreshSitemapMonths } from '../../site/sitemap-months';
import type { Context } from '../../trpc/context';
import { writeAudit } from '../audit/write-audit';
import type { SessionUser } from '../auth/sessions';
import { publicationDeps, publicationMessages } from '../publication/messages';
import { loadArticle } from './load-article';
import { writeStory } from './write-story';

type Ctx = Context & { user: SessionUser };

/** Moves a story to the bin. A live story may only be binned by someone who may unpublish it. */
export async function deleteArticle({ ctx, input }: { ctx: Ctx; input: { id: string } }) {
  const wasLive = await ctx.db.transaction(async (tx) => {
    const row = await loadArticle(tx, input.id, { forUpdate: true });
    if (
      (row.status === 'published' || row.status === 'scheduled') &&
      !can(ctx.user.role, 'articles.unpublish')
    ) {
      throw new AppError('FORBIDDEN', {
        userMessage: `This story is ${row.status}. Ask a manager to take it down before it is deleted.`,
      });
    }
    const live = row.status === 'published';
    await writeStory(tx, ctx.user, {
      before: row,
      set: { deletedAt: sql`now()`, deletedBy: ctx.user.id },
      audit: { action: 'article.delete', before: { status: row.status, headline: row.headline } },
      // Binning a live story takes it off the site: the same side effects as unpublishing.
      outbox: live
        ? (written) =>
            publicationMessages(written, {
              event: 'article.unpublished',
              deps: publicationDeps(ctx.config),
              data: { reason: 'deleted' },
            })
        : undefined,
    });
    if (live) await refreshSitemapMonths(tx, [row.publishedAt]);
    return live;
  });
  if (wasLive) ctx.events.publish({ type: 'outbox.queued' });
  ctx.events.publish({ type: 'article.changed', articleId: input.id });
}

/** Takes a story out of the bin; its slug must still be free. */
export async function restoreArticle({ ctx, input }: { ctx: Ctx; input: { id: string } }) {
  const wasLive = await ctx.db.transaction(async (tx) => {
    const row = await loadArticle(tx, input.id, { forUpdate: true, includeDeleted: true });
    if (!row.deletedAt) return false;
    const [clash] = await tx
      .select({ id: articles.id })
      .from(articles)
      .where(
        sql`${articles.slug} = ${row.slug} and ${articles.deletedAt} is null and ${articles.id} <> ${row.id}`,
      );
    const slug = clash ? `${row.slug}-restored-${row.id.slice(0, 6)}` : row.slug;
    const live = row.status === 'published';
    await writeStory(tx, ctx.user, {
      before: row,
      set: { deletedAt: null, deletedBy: null, slug },
      audit: { action: 'article.restore' },
      outbox: live
        ? (written) =>
            publicationMessages(written, { event: 'article.republished', deps: publicationDeps(ctx.config) })
        : undefined,
    });
    if (live) await refreshSitemapMonths(tx, [row.publishedAt]);
    return live;
  });
  if (wasLive) ctx.events.publish({ type: 'outbox.queued' });
  ctx.events.publish({ type: 'article.changed', articleId: input.id });
}

/** Deletes a binned story for good. Never a published one: readers may still have its link. */
export async function purgeArticle({ ctx, input }: { ctx: Ctx; input: { id: string } }) {
  await ctx.db.transaction(async (tx) => {
    const row = await loadArticle(tx, input.id, { forUpdate: true, includeDeleted: true });
    if (!row.deletedAt) {
      throw new AppError('PRECONDITION_FAILED', {
        userMessage: 'Move the story to the bin before deleting it for good.',
      });
    }
    if (row.publishedAt) {
      throw new AppError('PRECONDITION_FAILED', {
        userMessage: 'A story that has been published cannot be deleted for good. It stays in the bin.',
      });
    }
    await writeAudit(tx, {
      actorId: ctx.user.id,
      action: 'article.purge',
      entityType: 'article',
      entityId: row.id,
      before: { headline: row.headline, status: row.status },
    });
    await tx.delete(articles).where(eq(articles.id, row.id));
  });
}
