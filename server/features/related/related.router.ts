import { ZArticleIdInput } from '../../../shared/articles/schemas';
import {
  ZBrokenLinksInput,
  ZRelatedTargetInput,
  ZReorderRelatedInput,
  ZStorySearchInput,
  ZSuggestionsInput,
} from '../../../shared/related/schemas';
import { roleProcedure, router } from '../../trpc/init';
import { addRelated } from './add-related';
import { listBrokenLinks } from './broken-links';
import { getStoryCard, listBacklinks, listRelated, takedownImpact } from './related.queries';
import { removeRelated } from './remove-related';
import { reorderRelated } from './reorder-related';
import { searchStories } from './story-search';
import { suggestRelated } from './suggestions';

export const relatedRouter = router({
  /** The related list in order, each with status and thumbnail. */
  list: roleProcedure('articles.read')
    .input(ZArticleIdInput)
    .query(({ ctx, input }) => listRelated(ctx.db, input.id)),
  add: roleProcedure('related.manage')
    .input(ZRelatedTargetInput)
    .mutation(({ ctx, input }) => addRelated({ ctx, input })),
  reorder: roleProcedure('related.manage')
    .input(ZReorderRelatedInput)
    .mutation(({ ctx, input }) => reorderRelated({ ctx, input })),
  remove: roleProcedure('related.manage')
    .input(ZRelatedTargetInput)
    .mutation(({ ctx, input }) => removeRelated({ ctx, input })),

  suggestions: roleProcedure('articles.read')
    .input(ZSuggestionsInput)
    .query(({ ctx, input }) => suggestRelated(ctx.db, input.id, input.limit)),
  /** Stories linking to this one (read-more, inline, related list). */
  backlinks: roleProcedure('articles.read')
    .input(ZArticleIdInput)
    .query(({ ctx, input }) => listBacklinks(ctx.db, input.id)),
  /** Called before unpublishing, archiving or deleting: which published stories would lose a link. */
  impact: roleProcedure('articles.read')
    .input(ZArticleIdInput)
    .query(({ ctx, input }) => takedownImpact(ctx.db, input.id)),
  /** The story picker: headline search, section filter, recent first. */
  search: roleProcedure('articles.read')
    .input(ZStorySearchInput)
    .query(({ ctx, input }) => searchStories(ctx.db, input)),
  /** One story's current headline and status (the read-more block in the editor); null if gone. */
  story: roleProcedure('articles.read')
    .input(ZArticleIdInput)
    .query(({ ctx, input }) => getStoryCard(ctx.db, input.id)),
  brokenLinks: roleProcedure('related.broken_links')
    .input(ZBrokenLinksInput)
    .query(({ ctx, input }) => listBrokenLinks(ctx.db, input)),
});
