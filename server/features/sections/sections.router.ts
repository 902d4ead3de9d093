import { roleProcedure, router } from '../../trpc/init';
import { listSections } from './sections.queries';

export const sectionsRouter = router({
  list: roleProcedure('articles.read').query(({ ctx }) => listSections(ctx.db)),
});
