import { sql } from 'drizzle-orm';
import { z } from 'zod';
import type { ArticleStatus } from '../../../shared/articles/status';
import { type DbOrTx, queryRows } from '../../db/client';
import { cursorKey, cursorTimestamp, defineCursor } from '../../db/keyset-cursor';
import { LINK_KINDS, type LinkKind } from './related.queries';

export interface BrokenLink {
  sourceId: string;
  sourceHeadline: string;
  kind: LinkKind;
  targetId: string;
  /** Null when the target was deleted for good. */
  targetHeadline: string | null;
  /** 'deleted' when in the bin, 'missing' when purged. */
  targetState: ArticleStatus | 'deleted' | 'missing';
  /** When the target stopped being published (its last status change or deletion). */
  brokenSince: Date | null;
}

interface Row {
  source_id: string;
  source_headline: string;
  kind: LinkKind;
  target_id: string;
  target_headline: string | null;
  target_status: ArticleStatus | null;
  target_deleted: boolean;
  broken_since: string | Date | null;
  cursor_at: string;
}

/** Keyset on (broken since µs UTC, source, target, kind). */
const brokenLinksCursor = defineCursor(
  'related.brokenLinks',
  z.object({
    at: cursorKey.timestamp,
    sourceId: cursorKey.uuid,
    targetId: cursorKey.uuid,
    kind: z.enum(LINK_KINDS),
  }),
);

/**
 * Published stories whose links (read-more, inline, related list) point at a story
 * readers cannot open: not published, in the bin, or gone. The public page already
 * leaves those links out; this is the desk's list to replace or remove them.
 * Most recently broken first, in keyset pages.
 */
export async function listBrokenLinks(db: DbOrTx, input: { cursor: string | null; limit: number }) {
  const since = sql`coalesce(t.deleted_at, t.status_changed_at, 'epoch'::timestamptz)`;
  const after = input.cursor ? brokenLinksCursor.decode(input.cursor) : null;
  const keyset = after
    ? sql`and (${since}, l.source_id, l.target_id, l.kind) < (${after.at}::timestamptz, ${after.sourceId}::uuid, ${after.targetId}::uuid, ${after.kind})`
    : sql``;
  const rows = await queryRows<Row>(
    db,
    sql`
    select l.source_id, s.headline as source_headline, l.kind, l.target_id,
      t.headline as target_headline, t.status as target_status, (t.deleted_at is not null) as target_deleted,
      case when t.id is null then null else ${since} end as broken_since,
      ${cursorTimestamp(since)} as cursor_at
    from story_links l
    join articles s on s.id = l.source_id
    left join articles t on t.id = l.target_id
    where s.status = 'published' and s.deleted_at is null
      and l.target_id <> l.source_id
      and (t.id is null or t.deleted_at is not null or t.status <> 'published')
      ${keyset}
    order by ${since} desc, l.source_id desc, l.target_id desc, l.kind desc
    limit ${input.limit + 1}`,
  );
  const items: BrokenLink[] = rows.slice(0, input.limit).map((r) => ({
    sourceId: r.source_id,
    sourceHeadline: r.source_headline,
    kind: r.kind,
    targetId: r.target_id,
    targetHeadline: r.target_headline,
    targetState: r.target_status === null ? 'missing' : r.target_deleted ? 'deleted' : r.target_status,
    brokenSince: r.broken_since === null ? null : new Date(r.broken_since),
  }));
  const last = rows[input.limit - 1];
  return {
    items,
    nextCursor:
      rows.length > input.limit && last
        ? brokenLinksCursor.encode({
            at: last.cursor_at,
            sourceId: last.source_id,
            targetId: last.target_id,
            kind: last.kind,
          })
        : null,
  };
}
