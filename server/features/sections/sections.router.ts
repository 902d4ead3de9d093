import {
  ZSectionArchiveInput,
  ZSectionCreateInput,
  ZSectionIdInput,
  ZSectionReorderInput,
  ZSectionUpdateInput,
} from '../../../shared/sections/schemas';
import { roleProcedure, router } from '../../trpc/init';
import { archiveSection } from './archive-section';
import { createSection } from './create-sections';
import { deleteSection } from './delete-section';
import { reorderSections } from './reorder-sections';
import { listSections, listSectionsForManagement } from './sections.queries';
import { updateSection } from './update-section';

export const sectionsRouter = router({
  list: roleProcedure('articles.read').query(({ ctx }) => listSections(ctx.db)),
  manageList: roleProcedure('sections.manage').query(({ ctx }) => listSectionsForManagement(ctx.db)),
  create: roleProcedure('sections.manage')
    .input(ZSectionCreateInput)
    .mutation(({ ctx, input }) => createSection({ ctx, input })),
  update: roleProcedure('sections.manage')
    .input(ZSectionUpdateInput)
    .mutation(({ ctx, input }) => updateSection({ ctx, input })),
  reorder: roleProcedure('sections.manage')
    .input(ZSectionReorderInput)
    .mutation(({ ctx, input }) => reorderSections({ ctx, input })),
  archive: roleProcedure('sections.manage')
    .input(ZSectionArchiveInput)
    .mutation(({ ctx, input }) => archiveSection({ ctx, input })),
  delete: roleProcedure('sections.manage')
    .input(ZSectionIdInput)
    .mutation(({ ctx, input }) => deleteSection({ ctx, input })),
});
