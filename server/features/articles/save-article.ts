import type { SaveArticleInput } from '../../../shared/articles/schemas';
import { AppError } from '../../../shared/errors';
import type { Context } from '../../trpc/context';
import type { SessionUser } from '../auth/sessions';
import { siteOrigins } from './create-article';
import { planContentEdit } from './edit-content';
import { authorIdsOf } from './index-references';
import { currentLock } from './locks';
import { prepareContent } from './prepare-content';
import { lockStory, writeStory } from './write-story';

/**
 * Saves a story's content. The save names the version it started from: if the
 * story has moved on since, it is refused with CONFLICT and the newer version, so
 * no one's text is silently overwritten. Where the text lands (the story, or a live
 * story's pending update) is `planContentEdit`'s rule.
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
    const current = await lockStory(tx, input.id, { baseVersion: input.baseVersion, conflict: 'save' });
    const lock = await currentLock(tx, current.id);
    if (lock && (lock.userId !== ctx.user.id || lock.tabId !== input.tabId)) {
      throw new AppError('CONFLICT', {
        userMessage: `${lock.name} is editing this story now. Your text is kept in this tab; take over editing to save it.`,
        details: { kind: 'locked', holder: lock.name },
      });
    }
    const edit = await planContentEdit(tx, {
      current,
      liveAuthorIds: await authorIdsOf(tx, current.id),
      actor: ctx.user,
      prepared,
      approvedEditsNeedReview: ctx.config.approvedEditsNeedReview,
      reason: restoredFrom ? 'restore' : input.mode,
      tabId: input.tabId,
      audit: {
        action: restoredFrom
          ? 'article.restore_revision'
          : input.mode === 'autosave'
            ? 'article.autosave'
            : 'article.save',
        meta: { restoredFrom: restoredFrom?.version },
      },
    });
    const row = await writeStory(tx, ctx.user, edit.write);
    return { row, edit };
  });
  const { row, edit } = saved;
  ctx.events.publish({
    type: 'article.changed',
    articleId: row.id,
    status: row.status,
    version: row.version,
  });
  if (edit.outcome.unschedule) ctx.events.publish({ type: 'outbox.queued' });
  return {
    id: row.id,
    version: row.version,
    slug: row.slug,
    status: row.status,
    updatedAt: row.pendingAt ?? row.updatedAt,
    wordCount: edit.wordCount,
    /** The text went to a pending update: readers still see the live version. */
    pendingUpdate: row.pending !== null,
    /** The edit sent the story back to review (and off the schedule, when it was scheduled). */
    sentBackToReview: edit.outcome.status !== edit.write.before.status,
    unscheduled: edit.outcome.unschedule,
  };
}
