import { sql } from 'drizzle-orm';
import {
  type ChecklistResult,
  checklistFailures,
  DEFAULT_CHECKLIST_CONFIG,
  evaluateChecklist,
} from '../../../shared/articles/checklist';
import { checkSystemTransition } from '../../../shared/articles/transitions';
import { AppError } from '../../../shared/errors';
import { noticeFields } from '../../../shared/notifications/notices';
import type { Tx } from '../../db/client';
import { articles } from '../../db/schema';
import { refreshSitemapMonths } from '../../site/sitemap-months';
import type { ArticleRow } from '../articles/load-article';
import type { Actor, StoryWrite } from '../articles/write-story';
import { authorsOf, writeStories } from '../articles/write-story';
import { embargoMessage } from '../schedule/embargo';
import { checklistError } from '../workflow/checklist';
import { gatherChecklistFactsBatch } from '../workflow/checklist-facts';
import { deskAndAuthors } from '../workflow/notify';
import { type PublicationDeps, publicationMessages } from './messages';

/**
 * Every publication sets the same columns: one statement publishes a scheduler batch.
 * A person publishes now; a scheduled story is published at its due time, which is
 * later than the transaction's start when the scheduler claimed the batch ahead.
 */
function publishSet(scheduled: boolean): StoryWrite['set'] {
  const at = scheduled ? sql`greatest(now(), ${articles.publishAt})` : sql`now()`;
  return {
    status: 'published',
    // A story that comes back keeps its first date and shows an update line.
    publishedAt: sql`coalesce(${articles.publishedAt}, ${at})`,
    publicUpdatedAt: sql`case when ${articles.publishedAt} is null then ${articles.publicUpdatedAt} else ${at} end`,
    slugAuto: false,
    scheduleError: null,
  };
}

/** The people told of a publication: credited authors and the creator, never the one who acted. */
export function peopleOf(
  rows: ArticleRow[],
  authors: Map<string, string[]>,
  actorId: string | null,
): Map<string, string[]> {
  const people = new Map<string, string[]>();
  for (const row of rows) {
    const all = [...(authors.get(row.id) ?? []), ...(row.createdBy ? [row.createdBy] : [])];
    people.set(
      row.id,
      [...new Set(all)].filter((id) => id !== actorId),
    );
  }
  return people;
}

/** `peopleOf`, reading the credited authors. */
export async function storyPeopleOf(
  tx: Tx,
  rows: ArticleRow[],
  actorId: string | null,
): Promise<Map<string, string[]>> {
  return peopleOf(
    rows,
    await authorsOf(
      tx,
      rows.map((r) => r.id),
    ),
    actorId,
  );
}

export interface Readiness {
  embargo?: string;
  checklist: ChecklistResult;
}

/** Why each story may not go out now: its embargo and its checklist, as the reader would meet them. */
export async function readinessOf(
  tx: Tx,
  rows: ArticleRow[],
  now: Date,
  timeZone: string,
): Promise<Map<string, Readiness>> {
  const facts = await gatherChecklistFactsBatch(
    tx,
    rows.map((r) => ({ ...r, publishAt: now })),
  );
  const problems = new Map<string, Readiness>();
  for (const row of rows) {
    const checklist = evaluateChecklist(facts.get(row.id)!, DEFAULT_CHECKLIST_CONFIG);
    const embargo =
      row.embargoUntil && row.embargoUntil.getTime() > now.getTime()
        ? embargoMessage(row.embargoUntil, timeZone)
        : undefined;
    problems.set(row.id, { embargo, checklist });
  }
  return problems;
}

/** A person publishing is refused with what to fix; the scheduler gets the reasons to record. */
export function readinessReasons(row: ArticleRow, readiness: Readiness, actor: Actor | null): string[] {
  if (actor && readiness.embargo) {
    throw new AppError('PRECONDITION_FAILED', {
      userMessage: readiness.embargo,
      details: { kind: 'embargo', embargoUntil: row.embargoUntil },
    });
  }
  if (actor && !readiness.checklist.ok) throw checklistError(readiness.checklist);
  return [...(readiness.embargo ? [readiness.embargo] : []), ...checklistFailures(readiness.checklist)];
}

export interface PublishOutcome {
  published: ArticleRow[];
  /** System publications only: what failed its checklist at the due time, now `schedule_failed`. */
  failed: { row: ArticleRow; reasons: string[] }[];
}

/**
 * The publication pipeline's first step: publish now, republish, or the scheduler's
 * due batch. Rows are locked by the caller, who has checked the action with the
 * status machine. A person is refused (embargo, checklist) with what to fix; for the
 * scheduler (actor null) a failing story becomes `schedule_failed` and the desk is told.
 */
export async function publishStories(
  tx: Tx,
  rows: ArticleRow[],
  actor: Actor | null,
  deps: PublicationDeps,
  options: { now: Date; auditMeta?: (row: ArticleRow) => Record<string, unknown> },
): Promise<PublishOutcome> {
  const readiness = await readinessOf(tx, rows, options.now, deps.timeZone);
  const passed: ArticleRow[] = [];
  const failed: { row: ArticleRow; reasons: string[] }[] = [];
  for (const row of rows) {
    const reasons = readinessReasons(row, readiness.get(row.id)!, actor);
    if (reasons.length === 0) passed.push(row);
    else failed.push({ row, reasons });
  }

  // Read once: who is told, and the byline of each publication's revision.
  const authors = await authorsOf(
    tx,
    passed.map((r) => r.id),
  );
  const people = peopleOf(passed, authors, actor?.id ?? null);
  const set = publishSet(actor === null);
  const publications: StoryWrite[] = passed.map((before) => {
    const republish = before.publishedAt !== null;
    const event = republish ? 'article.republished' : 'article.published';
    return {
      before,
      set,
      revision: { reason: 'publish', authorIds: authors.get(before.id) ?? [] },
      audit: {
        action: 'article.publish',
        before: { status: before.status },
        after: { status: 'published' },
        meta: { republish, from: before.status, ...options.auditMeta?.(before) },
      },
      outbox: (row) =>
        publicationMessages(row, {
          event,
          deps,
          notify: {
            userIds: people.get(row.id) ?? [],
            ...noticeFields({
              key: actor ? (republish ? 'liveAgain' : 'live') : 'publishedOnSchedule',
              headline: row.headline,
            }),
          },
        }),
    };
  });

  const failures: StoryWrite[] = [];
  for (const { row: before, reasons } of failed) {
    if (!checkSystemTransition(before.status, 'fail_due').ok) continue;
    const recipients = await deskAndAuthors(tx, before.id);
    failures.push({
      before,
      set: { status: 'schedule_failed', scheduleError: { at: options.now.toISOString(), reasons } },
      audit: {
        action: 'article.schedule_failed',
        before: { status: before.status },
        after: { status: 'schedule_failed' },
        meta: { reasons, ...options.auditMeta?.(before) },
      },
      outbox: (row) => [
        {
          kind: 'event',
          payload: { type: 'article.changed', articleId: row.id, status: row.status, version: row.version },
        },
        {
          kind: 'notify',
          payload: {
            userIds: recipients,
            kind: 'schedule_failed',
            articleId: row.id,
            ...noticeFields({ key: 'scheduleFailed', headline: row.headline, reasons }),
          },
        },
      ],
    });
  }
  const written = await writeStories(tx, actor, [...publications, ...failures]);
  await refreshSitemapMonths(
    tx,
    written.slice(0, publications.length).map((r) => r.publishedAt),
  );
  return {
    published: written.slice(0, publications.length),
    failed: failed
      .filter(({ row }) => failures.some((f) => f.before.id === row.id))
      .map(({ row, reasons }) => ({ row: written.find((w) => w.id === row.id)!, reasons })),
  };
}
