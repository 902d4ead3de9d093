import { and, eq, inArray, sql } from 'drizzle-orm';
import type { PgUpdateSetSource } from 'drizzle-orm/pg-core';
import { STATUS_LABELS } from '../../../shared/articles/status';
import { AppError } from '../../../shared/errors';
import type { Role } from '../../../shared/roles';
import type { Tx } from '../../db/client';
import { insertMany } from '../../db/insert-many';
import { articleAuthors, articles, auditLog, type RevisionReason, users } from '../../db/schema';
import { enqueueOutbox, type OutboxMessage } from '../outbox/enqueue';
import { type ArticleRow, articleColumns, loadArticle } from './load-article';
import { type ArticleSnapshot, recordRevisions } from './revisions';
import { editableContentOf, snapshotOf } from './snapshot';

/** Who changes a story: a signed-in person, or null for the system (the scheduler). */
export interface Actor {
  id: string;
  role: Role;
}

/** One change to one story row, as every feature describes it to the write path. */
export interface StoryWrite {
  /** The row as locked by `lockStory` (or the scheduler's claim) in this transaction. */
  before: ArticleRow;
  /**
   * Columns to change. Writes that share one `set` object are applied by one
   * statement (a scheduler batch); version, updated_at/by and status_changed_at
   * are the write path's to set.
   */
  set: PgUpdateSetSource<typeof articles>;
  /** A revision of the text after the change; `snapshot` when it is not the live columns (a pending update). */
  revision?: {
    reason: RevisionReason;
    snapshot?: ArticleSnapshot;
    tabId?: string;
    /** The credited authors (authorsOf), when the caller has read them in this transaction already. */
    authorIds?: string[];
    contributorIds?: string[];
  };
  audit: {
    action: `article.${string}`;
    before?: Record<string, unknown>;
    after?: Record<string, unknown>;
    meta?: Record<string, unknown>;
  };
  /** Side effects that happen only if the transaction commits (see server/features/outbox). */
  outbox?: (row: ArticleRow) => OutboxMessage[];
}

async function nameOf(tx: Tx, userId: string | null): Promise<string | null> {
  if (!userId) return null;
  const [who] = await tx.select({ name: users.name }).from(users).where(eq(users.id, userId));
  return who?.name ?? null;
}

/** Each story's credited authors, in byline order. */
export async function authorsOf(tx: Tx, ids: string[]): Promise<Map<string, string[]>> {
  const rows = ids.length
    ? await tx
        .select({ articleId: articleAuthors.articleId, userId: articleAuthors.userId })
        .from(articleAuthors)
        .where(inArray(articleAuthors.articleId, ids))
        .orderBy(articleAuthors.articleId, articleAuthors.position)
    : [];
  const map = new Map<string, string[]>(ids.map((id) => [id, []]));
  for (const r of rows) map.get(r.articleId)?.push(r.userId);
  return map;
}

/**
 * Locks a story for the rest of the transaction and refuses a change based on a
 * version the user no longer sees (CONFLICT). A stale save carries the newer text,
 * so the editor can show both sides; any other stale action says what happened.
 * Reads go through the transaction: on PGlite a second connection would wait for it.
 */
export async function lockStory(
  tx: Tx,
  id: string,
  options: { baseVersion?: number; conflict?: 'save' | 'action' } = {},
): Promise<ArticleRow> {
  const current = await loadArticle(tx, id, { forUpdate: true });
  if (options.baseVersion === undefined || current.version === options.baseVersion) return current;
  const who = await nameOf(tx, current.pendingBy ?? current.updatedBy);
  if (options.conflict === 'save') {
    const authors = await authorsOf(tx, [current.id]);
    throw new AppError('CONFLICT', {
      userMessage: `${who ?? 'Someone'} saved a newer version of this story while you were editing. Compare the two and choose what to keep: nothing has been lost.`,
      details: {
        kind: 'stale_save',
        version: current.version,
        updatedAt: current.pendingAt ?? current.updatedAt,
        updatedBy: who,
        status: current.status,
        content: editableContentOf(current, authors.get(current.id) ?? []),
      },
    });
  }
  throw new AppError('CONFLICT', {
    userMessage: `${who ?? 'Someone'} changed this story while you were looking at it (it is now ${STATUS_LABELS[current.status].toLowerCase()}). Reload to see the current version, then try again.`,
    details: { kind: 'stale_transition', version: current.version, status: current.status },
  });
}

/**
 * The one write path for story rows. Every change to an article (saves, transitions,
 * schedule edits, bulk edits, the scheduler's publications) comes here with rows
 * locked by `lockStory` or a claim: it applies the change and bumps the version,
 * then writes the revision, the audit row and the outbox messages, all in the
 * caller's transaction.
 */
export async function writeStories(tx: Tx, actor: Actor | null, writes: StoryWrite[]): Promise<ArticleRow[]> {
  if (writes.length === 0) return [];
  const written = new Map<string, ArticleRow>();
  const groups = new Map<StoryWrite['set'], StoryWrite[]>();
  for (const w of writes) groups.set(w.set, [...(groups.get(w.set) ?? []), w]);
  for (const [set, group] of groups) {
    const status = (set as { status?: string }).status;
    const values = {
      ...set,
      ...(status !== undefined
        ? {
            statusChangedAt: sql`case when ${articles.status} = ${status} then ${articles.statusChangedAt} else now() end`,
          }
        : {}),
      version: sql`${articles.version} + 1`,
      ...(actor ? { updatedBy: actor.id } : {}),
      updatedAt: sql`now()`,
    };
    // One row: the version in the WHERE guards even a caller that forgot to lock.
    const where =
      group.length === 1
        ? and(eq(articles.id, group[0].before.id), eq(articles.version, group[0].before.version))
        : inArray(
            articles.id,
            group.map((w) => w.before.id),
          );
    const rows = await tx.update(articles).set(values).where(where).returning(articleColumns);
    if (rows.length !== group.length) {
      throw new Error(`story write matched ${rows.length} of ${group.length} rows: were they locked?`);
    }
    for (const row of rows) written.set(row.id, row);
  }

  const needAuthors = writes
    .filter((w) => w.revision && !w.revision.snapshot && !w.revision.authorIds)
    .map((w) => w.before.id);
  const authors = await authorsOf(tx, needAuthors);
  await recordRevisions(
    tx,
    writes.flatMap((w) => {
      if (!w.revision) return [];
      const row = written.get(w.before.id) as ArticleRow;
      return [
        {
          articleId: row.id,
          version: row.version,
          reason: w.revision.reason,
          userId: actor?.id ?? null,
          tabId: w.revision.tabId,
          contributorIds: w.revision.contributorIds,
          snapshot: w.revision.snapshot ?? snapshotOf(row, w.revision.authorIds ?? authors.get(row.id) ?? []),
        },
      ];
    }),
  );
  await insertMany(
    tx,
    auditLog,
    writes.map((w) => {
      const row = written.get(w.before.id) as ArticleRow;
      return {
        actorId: actor?.id ?? null,
        action: w.audit.action,
        entityType: 'article',
        entityId: row.id,
        before: w.audit.before ?? null,
        after: w.audit.after ?? null,
        meta: { version: row.version, ...w.audit.meta },
      };
    }),
  );
  await enqueueOutbox(
    tx,
    writes.flatMap((w) => w.outbox?.(written.get(w.before.id) as ArticleRow) ?? []),
  );
  return writes.map((w) => written.get(w.before.id) as ArticleRow);
}

/** `writeStories` for one story. */
export async function writeStory(tx: Tx, actor: Actor | null, write: StoryWrite): Promise<ArticleRow> {
  const [row] = await writeStories(tx, actor, [write]);
  return row;
}
