import { z } from 'zod';
import { TAG_MAX } from '../../../shared/articles/schemas';
import { AppError } from '../../../shared/errors';
import {
  ZBulkItems,
  ZSavedViewInput,
  ZStoryListInput,
  ZStoryListPrefs,
} from '../../../shared/stories/schemas';
import { plainText, uuidField } from '../../../shared/text';
import { roleProcedure, router } from '../../trpc/init';
import { unscheduleArticle } from '../schedule/unschedule-article';
import { archiveArticle } from '../workflow/archive-article';
import { runBulk } from './bulk-run';
import { editStoryMeta, findSection } from './edit-story-meta';
import { listStories } from './list-stories';
import {
  createSavedView,
  deleteSavedView,
  updateSavedView,
  ZSavedViewIdInput,
  ZUpdateSavedViewInput,
} from './saved-views';
import { setStoryListPrefs } from './set-story-list-prefs';
import { getOverview, getStoryListPrefs, listSavedViews } from './stories.queries';

const read = roleProcedure('articles.read');

export const storiesRouter = router({
  /** The story list: filters, sort, search, keyset pages. */
  list: read
    .input(ZStoryListInput)
    .query(({ ctx, input }) =>
      listStories(ctx.db, input, { userId: ctx.user.id, timeZone: ctx.config.timeZone, now: new Date() }),
    ),
  overview: read.query(({ ctx }) => getOverview(ctx.db, ctx.config.timeZone)),

  savedViews: read.query(({ ctx }) => listSavedViews(ctx.db, ctx.user.id)),
  createView: read.input(ZSavedViewInput).mutation(({ ctx, input }) => createSavedView({ ctx, input })),
  updateView: read.input(ZUpdateSavedViewInput).mutation(({ ctx, input }) => updateSavedView({ ctx, input })),
  deleteView: read.input(ZSavedViewIdInput).mutation(({ ctx, input }) => deleteSavedView({ ctx, input })),

  prefs: read.query(({ ctx }) => getStoryListPrefs(ctx.db, ctx.user.id)),
  setPrefs: read.input(ZStoryListPrefs).mutation(({ ctx, input }) => setStoryListPrefs({ ctx, input })),

  /** Bulk actions: each row is checked against the rights table and the status machine on its own. */
  bulkAssignSection: roleProcedure('articles.edit')
    .input(z.object({ items: ZBulkItems, sectionId: uuidField('Section') }))
    .mutation(async ({ ctx, input }) => {
      const section = await findSection(ctx, input.sectionId);
      if (!section) throw new AppError('NOT_FOUND', { userMessage: 'That section no longer exists.' });
      const change = { kind: 'section' as const, sectionId: section.id, sectionName: section.nameBn };
      return runBulk(ctx, input.items, (item) => editStoryMeta({ ctx, ...item, change }));
    }),
  bulkAddTag: roleProcedure('articles.edit')
    .input(z.object({ items: ZBulkItems, tag: plainText('Tag', { min: 1, max: TAG_MAX }) }))
    .mutation(({ ctx, input }) =>
      runBulk(ctx, input.items, (item) =>
        editStoryMeta({ ctx, ...item, change: { kind: 'tag', tag: input.tag } }),
      ),
    ),
  /** Unschedule and archive go through the scheduling and workflow verbs, one row at a time. */
  bulkUnschedule: roleProcedure('articles.schedule')
    .input(z.object({ items: ZBulkItems }))
    .mutation(({ ctx, input }) =>
      runBulk(ctx, input.items, async (item) => {
        await unscheduleArticle({ ctx, input: item });
        return 'Unscheduled: back to approved.';
      }),
    ),
  bulkArchive: roleProcedure('articles.unpublish')
    .input(z.object({ items: ZBulkItems }))
    .mutation(({ ctx, input }) =>
      runBulk(ctx, input.items, async (item) => {
        await archiveArticle({ ctx, input: item });
        return 'Archived.';
      }),
    ),
});
