import { ZArticleIdInput } from '../../../shared/articles/schemas';
import {
  ZApproveInput,
  ZChecklistInput,
  ZSendBackInput,
  ZSubmitInput,
  ZTransitionInput,
  ZUnpublishInput,
} from '../../../shared/articles/transitions-schemas';
import { roleProcedure, router } from '../../trpc/init';
import { approveArticle } from './approve-article';
import { archiveArticle } from './archive-article';
import { runChecklist } from './checklist';
import { commentsRouter } from './comments.router';
import { notificationsRouter } from './notifications.router';
import { publishArticle } from './publish-article';
import { reopenArticle } from './reopen-article';
import { sendBackArticle } from './send-back-article';
import { submitArticle } from './submit-article';
import { unpublishArticle } from './unpublish-article';
import { listHistory, listReviewQueue } from './workflow.queries';

/**
 * Review workflow. Each procedure's right is the one its transition needs in
 * shared/articles/transitions.ts; the status machine then checks the state (and,
 * for republishing, the stricter right).
 */
export const workflowRouter = router({
  submit: roleProcedure('articles.submit')
    .input(ZSubmitInput)
    .mutation(({ ctx, input }) => submitArticle({ ctx, input })),
  approve: roleProcedure('articles.review')
    .input(ZApproveInput)
    .mutation(({ ctx, input }) => approveArticle({ ctx, input })),
  sendBack: roleProcedure('articles.review')
    .input(ZSendBackInput)
    .mutation(({ ctx, input }) => sendBackArticle({ ctx, input })),
  publish: roleProcedure('articles.publish')
    .input(ZTransitionInput)
    .mutation(({ ctx, input }) =>
      publishArticle({ ctx, input: { id: input.id, baseVersion: input.version } }),
    ),
  unpublish: roleProcedure('articles.unpublish')
    .input(ZUnpublishInput)
    .mutation(({ ctx, input }) => unpublishArticle({ ctx, input })),
  archive: roleProcedure('articles.unpublish')
    .input(ZTransitionInput)
    .mutation(({ ctx, input }) => archiveArticle({ ctx, input })),
  reopen: roleProcedure('articles.edit')
    .input(ZTransitionInput)
    .mutation(({ ctx, input }) => reopenArticle({ ctx, input })),

  /** The publish checklist as it stands: the editor's panel re-asks on every change. */
  checklist: roleProcedure('articles.read')
    .input(ZChecklistInput)
    .query(({ ctx, input }) =>
      runChecklist(ctx.db, input.id, { publishAt: input.publishAt ? new Date(input.publishAt) : undefined }),
    ),
  queue: roleProcedure('articles.review').query(({ ctx }) => listReviewQueue(ctx.db)),
  history: roleProcedure('articles.read')
    .input(ZArticleIdInput)
    .query(({ ctx, input }) => listHistory(ctx.db, input.id)),

  comments: commentsRouter,
  notifications: notificationsRouter,
});
