import { ZArticleContent } from '../../../shared/articles/schemas';
import { AppError } from '../../../shared/errors';
import type { Context } from '../../trpc/context';
import type { SessionUser } from '../auth/sessions';
import { getRevision } from './articles.queries';
import type { ArticleSnapshot } from './revisions';
import { saveArticle } from './save-article';

/**
 * Restores an old revision as a new version: nothing is rewound or lost, the
 * current text stays in the history as the revision before this one.
 */
export async function restoreRevision({
  ctx,
  input,
}: {
  ctx: Context & { user: SessionUser };
  input: { id: string; revisionId: string; baseVersion: number; tabId: string };
}) {
  const revision = await getRevision(ctx.db, input.id, input.revisionId);
  const snapshot = revision.snapshot as ArticleSnapshot;
  // The address stays as it is now (an auto slug follows the restored headline):
  // the old slug may belong to another story by now, and links are id-canonical anyway.
  const parsed = ZArticleContent.safeParse({ ...snapshot, slug: '' });
  if (!parsed.success) {
    throw new AppError('PRECONDITION_FAILED', {
      userMessage:
        'This revision cannot be restored: it no longer fits the story rules. Copy its text instead.',
    });
  }
  return saveArticle({
    ctx,
    input: {
      id: input.id,
      baseVersion: input.baseVersion,
      mode: 'save',
      tabId: input.tabId,
      content: parsed.data,
    },
    restoredFrom: { version: revision.version },
  });
}
