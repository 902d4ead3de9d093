import { type ArticleContentInput, ZArticleContent } from '../../../shared/articles/schemas';
import { articles } from '../../db/schema';
import type { Context } from '../../trpc/context';
import { writeAudit } from '../audit/write-audit';
import type { SessionUser } from '../auth/sessions';
import { assertSectionTakesStories } from '../sections/section-write';
import { readStoredSiteSettings } from '../site/site-settings.queries';
import { indexReferences } from './index-references';
import { articleColumns } from './load-article';
import { EMPTY_BODY, prepareContent } from './prepare-content';
import { findUntouchedDraft } from './reuse-empty-draft';
import { recordRevision } from './revisions';
import { resolveSlug } from './slugs';
import { snapshotOf } from './snapshot';

/**
 * A new draft; whoever creates it is credited as its author unless others are named.
 * An empty "New story" reopens the user's untouched empty draft rather than making another.
 */
export async function createArticle({
  ctx,
  input,
}: {
  ctx: Context & { user: SessionUser };
  input: Partial<ArticleContentInput>;
}) {
  if (isEmptyStart(input)) {
    const untouched = await findUntouchedDraft(ctx.db, ctx.user.id);
    if (untouched) return untouched;
  }
  const content = ZArticleContent.parse({
    headline: '',
    kicker: '',
    summary: '',
    byline: '',
    sectionId: null,
    ...input,
    // "New story" sends nothing: an empty draft still has a (valid) body.
    body: input.body ?? EMPTY_BODY,
  });
  if (content.authorIds.length === 0) content.authorIds = [ctx.user.id];
  // The site settings' default byline ("নিজস্ব প্রতিবেদক") starts every story that names none.
  if (!content.byline) content.byline = (await readStoredSiteSettings(ctx.db)).defaultByline;
  const prepared = prepareContent(content, siteOrigins(ctx));
  const id = crypto.randomUUID();
  const article = await ctx.db.transaction(async (tx) => {
    await assertSectionTakesStories(tx, content.sectionId, null);
    const { slug, slugAuto } = await resolveSlug(tx, {
      articleId: id,
      requested: prepared.requestedSlug,
      headlineSlug: prepared.headlineSlug,
      current: null,
      slugAuto: true,
    });
    const [row] = await tx
      .insert(articles)
      .values({ id, ...prepared.columns, slug, slugAuto, createdBy: ctx.user.id, updatedBy: ctx.user.id })
      .returning(articleColumns);
    await indexReferences(tx, id, prepared);
    await recordRevision(tx, {
      articleId: id,
      version: 1,
      reason: 'create',
      userId: ctx.user.id,
      snapshot: snapshotOf(row, prepared.authorIds),
    });
    await writeAudit(tx, {
      actorId: ctx.user.id,
      action: 'article.create',
      entityType: 'article',
      entityId: id,
      after: { headline: row.headline, status: row.status, slug: row.slug },
    });
    return row;
  });
  ctx.events.publish({
    type: 'article.changed',
    articleId: id,
    status: article.status,
    version: article.version,
  });
  return { id: article.id, version: article.version, slug: article.slug, status: article.status };
}

/** Nothing given (schema defaults aside): the "New story" button. */
function isEmptyStart(input: Partial<ArticleContentInput>): boolean {
  return Object.values(input).every(
    (v) => v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0),
  );
}

/** Absolute URLs on these origins are links to our own stories. */
export function siteOrigins(ctx: Context): string[] {
  return ctx.config.publicOrigin ? [ctx.config.publicOrigin] : [];
}
