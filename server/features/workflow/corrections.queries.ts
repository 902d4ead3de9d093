import { and, desc, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { ZCursorText } from '../../../shared/pagination';
import { uuidField } from '../../../shared/text';
import type { DbOrTx } from '../../db/client';
import { cursorKey, cursorTimestamp, defineCursor } from '../../db/keyset-cursor';
import { articles, articleUpdates, users } from '../../db/schema';

export const ZCorrectionsInput = z
  .object({
    /** One story's updates and corrections, or (absent) the newsroom's corrections. */
    articleId: uuidField('Story').optional(),
    limit: z.number().int().min(1).max(100).default(50),
    cursor: ZCursorText.optional(),
  })
  .default({ limit: 50 });

const correctionsCursor = defineCursor('corrections', z.tuple([cursorKey.timestamp, cursorKey.uuid]));

/**
 * Published updates, newest first: every update and correction of one story, or
 * the corrections of the whole newsroom (the corrections screen), keyset on
 * (published_at, id).
 */
export async function listCorrections(db: DbOrTx, input: z.infer<typeof ZCorrectionsInput>) {
  const after = input.cursor ? correctionsCursor.decode(input.cursor) : null;
  const keyset = after
    ? sql`(${articleUpdates.publishedAt}, ${articleUpdates.id}) < (${after[0]}::timestamptz, ${after[1]}::uuid)`
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
      cursorAt: cursorTimestamp(articleUpdates.publishedAt),
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
  const page = rows.slice(0, input.limit);
  const last = page[page.length - 1];
  return {
    items: page.map(({ cursorAt: _, ...item }) => item),
    nextCursor: rows.length > input.limit && last ? correctionsCursor.encode([last.cursorAt, last.id]) : null,
  };
}
