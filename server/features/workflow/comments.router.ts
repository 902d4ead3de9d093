import { ZArticleIdInput } from '../../../shared/articles/schemas';
import { ZAddCommentInput, ZCommentIdInput } from '../../../shared/articles/transitions-schemas';
import { roleProcedure, router } from '../../trpc/init';
import { addComment } from './add-comment';
import { setCommentResolved } from './set-comment-resolved';
import { listComments } from './workflow.queries';

/** Editorial comments: dashboard only, never on the public site or in feeds. */
export const commentsRouter = router({
  list: roleProcedure('articles.read')
    .input(ZArticleIdInput)
    .query(({ ctx, input }) => listComments(ctx.db, input.id)),
  add: roleProcedure('articles.comment')
    .input(ZAddCommentInput)
    .mutation(({ ctx, input }) => addComment({ ctx, input })),
  resolve: roleProcedure('articles.comment')
    .input(ZCommentIdInput)
    .mutation(({ ctx, input }) => setCommentResolved({ ctx, input: { id: input.id, resolved: true } })),
  reopen: roleProcedure('articles.comment')
    .input(ZCommentIdInput)
    .mutation(({ ctx, input }) => setCommentResolved({ ctx, input: { id: input.id, resolved: false } })),
});
