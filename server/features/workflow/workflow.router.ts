import { ZArticleIdInput } from '../../../shared/articles/schemas';
import {
  ZApproveInput,
  ZChecklistInput,
  ZPublishUpdateInput,
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
import { listCorrections, ZCorrectionsInput } from './corrections.queries';
import { notificationsRouter } from './notifications.router';
import { publishArticle } from './publish-article';
import { publishUpdateNow } from './publish-update';
import { reopenArticle } from './reopen-article';
import { approveUpdate, discardUpdate } from './review-update';
import { sendBackArticle } from './send-back-article';
import { submitArticle } from './submit-article';
import { unpublishArticle } from './unpublish-article';
import { findSendBackGuidance, listHistory, listReviewQueue } from './workflow.queries';

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
  /** A live story's pending update: approve it, make it live (with a note or correction), or drop it. */
  approveUpdate: roleProcedure('articles.review')
    .input(ZTransitionInput)
    .mutation(({ ctx, input }) => approveUpdate({ ctx, input })),
  publishUpdate: roleProcedure('articles.publish')
    .input(ZPublishUpdateInput)
    .mutation(({ ctx, input }) => publishUpdateNow({ ctx, input })),
  discardUpdate: roleProcedure('articles.edit')
    .input(ZTransitionInput)
    .mutation(({ ctx, input }) => discardUpdate({ ctx, input })),
  corrections: roleProcedure('articles.read')
    .input(ZCorrectionsInput)
    .query(({ ctx, input }) => listCorrections(ctx.db, input)),
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

  /** The note and open comment count shown at the top of a sent-back story. */
  guidance: roleProcedure('articles.read')
    .input(ZArticleIdInput)
    .query(({ ctx, input }) => findSendBackGuidance(ctx.db, input.id)),
  comments: commentsRouter,
  notifications: notificationsRouter,
});
