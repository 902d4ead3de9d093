import { z } from 'zod';
import {
  ZArticleIdInput,
  ZCreateArticleInput,
  ZSaveArticleInput,
  ZTabId,
} from '../../../shared/articles/schemas';
import { ZCursorText } from '../../../shared/pagination';
import { uuidField } from '../../../shared/text';
import { roleProcedure, router } from '../../trpc/init';
import { getArticleForEditor, getRevision, listRecentArticles, listRevisions } from './articles.queries';
import { createArticle } from './create-article';
import { deleteArticle, purgeArticle, restoreArticle } from './delete-article';
import { duplicateArticle } from './duplicate-article';
import { loadArticle } from './load-article';
import { currentLock, heartbeatLock, releaseLock, tryAcquireLock } from './locks';
import { restoreRevision } from './restore-revision';
import { saveArticle } from './save-article';
import { takeOverLock } from './take-over-lock';

const ZLockInput = ZArticleIdInput.extend({ tabId: ZTabId });
/** `replaceTabId`: a tab of the same user and browser that has closed or crashed, whose lock this tab takes back. */
const ZAcquireLockInput = ZLockInput.extend({ replaceTabId: ZTabId.optional() });

export const articlesRouter = router({
  create: roleProcedure('articles.create')
    .input(ZCreateArticleInput)
    .mutation(({ ctx, input }) => createArticle({ ctx, input })),
  get: roleProcedure('articles.read')
    .input(ZArticleIdInput)
    .query(({ ctx, input }) => getArticleForEditor(ctx.db, input.id)),
  save: roleProcedure('articles.edit')
    .input(ZSaveArticleInput)
    .mutation(({ ctx, input }) => saveArticle({ ctx, input })),
  recent: roleProcedure('articles.read')
    .input(
      z.object({
        deleted: z.boolean().default(false),
        limit: z.number().int().min(1).max(100).default(50),
        cursor: ZCursorText.optional(),
      }),
    )
    .query(({ ctx, input }) => listRecentArticles(ctx.db, input)),
  duplicate: roleProcedure('articles.create')
    .input(ZArticleIdInput)
    .mutation(({ ctx, input }) => duplicateArticle({ ctx, input })),
  delete: roleProcedure('articles.delete')
    .input(ZArticleIdInput)
    .mutation(({ ctx, input }) => deleteArticle({ ctx, input })),
  restore: roleProcedure('articles.restore')
    .input(ZArticleIdInput)
    .mutation(({ ctx, input }) => restoreArticle({ ctx, input })),
  purge: roleProcedure('articles.purge')
    .input(ZArticleIdInput)
    .mutation(({ ctx, input }) => purgeArticle({ ctx, input })),

  revisions: roleProcedure('articles.read')
    .input(ZArticleIdInput)
    .query(({ ctx, input }) => listRevisions(ctx.db, input.id)),
  revision: roleProcedure('articles.read')
    .input(ZArticleIdInput.extend({ revisionId: uuidField('Revision') }))
    .query(({ ctx, input }) => getRevision(ctx.db, input.id, input.revisionId)),
  restoreRevision: roleProcedure('articles.edit')
    .input(ZLockInput.extend({ revisionId: uuidField('Revision'), baseVersion: z.number().int().min(1) }))
    .mutation(({ ctx, input }) => restoreRevision({ ctx, input })),

  /** Who is editing: take the soft lock, keep it alive, give it back, or take it over. */
  acquireLock: roleProcedure('articles.edit')
    .input(ZAcquireLockInput)
    .mutation(async ({ ctx, input }) => {
      await loadArticle(ctx.db, input.id);
      const held = await tryAcquireLock(ctx.db, input.id, ctx.user.id, input.tabId, {
        replaceTabId: input.replaceTabId,
      });
      if (held) ctx.events.publish({ type: 'lock.changed', articleId: input.id });
      return { held, holder: await currentLock(ctx.db, input.id) };
    }),
  heartbeatLock: roleProcedure('articles.edit')
    .input(ZLockInput)
    .mutation(async ({ ctx, input }) => ({
      held: await heartbeatLock(ctx.db, input.id, ctx.user.id, input.tabId),
      holder: await currentLock(ctx.db, input.id),
    })),
  releaseLock: roleProcedure('articles.edit')
    .input(ZLockInput)
    .mutation(async ({ ctx, input }) => {
      await releaseLock(ctx.db, input.id, ctx.user.id, input.tabId);
      ctx.events.publish({ type: 'lock.changed', articleId: input.id });
    }),
  takeOverLock: roleProcedure('articles.edit')
    .input(ZLockInput)
    .mutation(({ ctx, input }) => takeOverLock({ ctx, input })),
});
