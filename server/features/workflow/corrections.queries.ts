import { and, desc, eq, lt, or } from 'drizzle-orm';
import { z } from 'zod';
import { uuidField } from '../../../shared/text';
import type { DbOrTx } from '../../db/client';
import { articles, articleUpdates, users } from '../../db/schema';

export const ZCorrectionsInput = z
  .object({
    /** One story's updates and corrections, or (absent) the newsroom's corrections. */
    articleId: uuidField('Story').optional(),
    limit: z.number().int().min(1).max(100).default(50),
    cursor: z.object({ publishedAt: z.iso.datetime(), id: z.uuid() }).optional(),
  })
  .default({ limit: 50 });

/**
 * Published updates, newest first: every update and correction of one story, or
 * the corrections of the whole newsroom (the corrections screen), keyset on
 * (published_at, id).
 */
export async function listCorrections(db: DbOrTx, input: z.infer<typeof ZCorrectionsInput>) {
  const keyset = input.cursor
    ? or(
        lt(articleUpdates.publishedAt, new Date(input.cursor.publishedAt)),
        and(
          eq(articleUpdates.publishedAt, new Date(input.cursor.publishedAt)),
          lt(articleUpdates.id, input.cursor.id),
        ),
      )
    : undefined;
  const rows = await db
    .select({
      id: articleUpdates.id,
      articleId: articleUpdates.articleId,
      kind: articleUpdates.kind,
      note: articleUpdates.note,
      version: articleUpdates.version,
      publishedAt: articleUpdates.publishedAt,
      publishedByName: users.name,
      headline: articles.headline,
      slug: articles.slug,
      status: articles.status,
    })
    .from(articleUpdates)
    .innerJoin(articles, eq(articles.id, articleUpdates.articleId))
    .leftJoin(users, eq(users.id, articleUpdates.publishedBy))
    .where(
      and(
        input.articleId
          ? eq(articleUpdates.articleId, input.articleId)
          : eq(articleUpdates.kind, 'correction'),
        keyset,
      ),
    )
    .orderBy(desc(articleUpdates.publishedAt), desc(articleUpdates.id))
    .limit(input.limit + 1);
  const items = rows.slice(0, input.limit);
  const last = items[items.length - 1];
  return {
    items,
    nextCursor:
      rows.length > input.limit && last ? { publishedAt: last.publishedAt.toISOString(), id: last.id } : null,
  };
}
