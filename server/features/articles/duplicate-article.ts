import type { Context } from '../../trpc/context';
import type { SessionUser } from '../auth/sessions';
import { getArticleForEditor } from './articles.queries';
import { createArticle } from './create-article';

/** A new draft with the same content; the copy gets its own slug and history. */
export async function duplicateArticle({
  ctx,
  input,
}: {
  ctx: Context & { user: SessionUser };
  input: { id: string };
}) {
  const source = await getArticleForEditor(ctx.db, input.id);
  return createArticle({
    ctx,
    input: {
      headline: source.headline,
      kicker: source.kicker,
      summary: source.summary,
      byline: source.byline,
      authorIds: source.authorIds,
      sectionId: source.sectionId,
      tags: source.tags,
      body: source.body,
      leadMediaId: source.leadMediaId,
      leadCaption: source.leadCaption,
      seoTitle: source.seoTitle,
      seoDescription: source.seoDescription,
    },
  });
}
