import { sql } from 'drizzle-orm';
import { type EditOutcome, editOutcome, isEditable } from '../../../shared/articles/transitions';
import { AppError } from '../../../shared/errors';
import { type Notice, noticeFields } from '../../../shared/notifications/notices';
import type { Tx } from '../../db/client';
import type { RevisionReason } from '../../db/schema';
import type { OutboxMessage } from '../outbox/enqueue';
import { assertSectionTakesStories } from '../sections/section-write';
import { deskAndAuthors } from '../workflow/notify';
import { indexReferences } from './index-references';
import type { ArticleRow } from './load-article';
import type { PreparedContent } from './prepare-content';
import type { ArticleSnapshot } from './revisions';
import { resolveSlug } from './slugs';
import { snapshotOf } from './snapshot';
import type { Actor, StoryWrite } from './write-story';

/** Clears a story's pending update: published, discarded, or overtaken by an edit of the story itself. */
export const NO_PENDING = {
  pending: null,
  pendingBy: null,
  pendingAt: null,
  pendingReviewed: false,
  pendingPublishAt: null,
  pendingNote: null,
  pendingCorrection: false,
} satisfies StoryWrite['set'];

export interface ContentEdit {
  write: StoryWrite;
  outcome: EditOutcome;
  /** The text after the edit as the editor sees it (the pending update for a live story). */
  wordCount: number;
}

/** The snapshot a pending update keeps: what the editor wrote, with the live address unless a new one is asked for. */
function pendingSnapshot(current: ArticleRow, prepared: PreparedContent): ArticleSnapshot {
  const c = prepared.columns;
  return {
    headline: c.headline,
    kicker: c.kicker,
    summary: c.summary,
    byline: c.byline,
    authorIds: prepared.authorIds,
    sectionId: c.sectionId,
    tags: c.tags,
    slug: prepared.requestedSlug || current.slug,
    body: c.body,
    bodyText: c.bodyText,
    leadMediaId: c.leadMediaId,
    leadCaption: c.leadCaption,
    seoTitle: c.seoTitle,
    seoDescription: c.seoDescription,
  };
}

/** JSON with object keys sorted: jsonb hands objects back with its own key order. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

function sameText(a: ArticleSnapshot, b: ArticleSnapshot): boolean {
  const { bodyText: _a, ...restA } = a;
  const { bodyText: _b, ...restB } = b;
  return canonical(restA) === canonical(restB);
}

/**
 * The one rule for changing a story's text, used by saves, restores and bulk edits
 * alike (shared/articles/transitions.ts `editOutcome` decides where it lands):
 * - a published story's text goes to its pending update; readers keep the live text;
 * - otherwise into the story's columns, and an approved or scheduled story edited by a
 *   non-reviewer goes back to review, off the schedule, with the desk told.
 */
export async function planContentEdit(
  tx: Tx,
  params: {
    current: ArticleRow;
    liveAuthorIds: string[];
    actor: Actor;
    prepared: PreparedContent;
    approvedEditsNeedReview: boolean;
    reason: RevisionReason;
    tabId?: string;
    /** Everyone who typed into a co-edited snapshot. */
    contributorIds?: string[];
    audit: StoryWrite['audit'];
  },
): Promise<ContentEdit> {
  const { current, actor, prepared } = params;
  if (!isEditable(current.status)) {
    throw new AppError('PRECONDITION_FAILED', {
      userMessage: 'This story is archived. Reopen it as a draft before editing.',
    });
  }
  // An archived section takes no new stories, whichever edit tries (a save, a restore, a bulk move).
  const sectionNow = (current.pending as ArticleSnapshot | null)?.sectionId ?? current.sectionId;
  await assertSectionTakesStories(tx, prepared.columns.sectionId, sectionNow);
  const outcome = editOutcome(current.status, actor.role, {
    approvedEditsNeedReview: params.approvedEditsNeedReview,
  });
  const headline = prepared.columns.headline;

  if (outcome.target === 'pending') {
    const snapshot = pendingSnapshot(current, prepared);
    // Edited back to exactly the live text: there is no update left to publish.
    const unchanged = sameText(snapshot, snapshotOf(current, params.liveAuthorIds));
    const wasScheduled = current.pendingPublishAt !== null;
    const unschedule = wasScheduled && (unchanged || !outcome.reviewed);
    const write: StoryWrite = {
      before: current,
      set: unchanged
        ? NO_PENDING
        : {
            pending: snapshot,
            pendingBy: actor.id,
            pendingAt: sql`now()`,
            pendingReviewed: outcome.reviewed,
            ...(unschedule ? { pendingPublishAt: null } : {}),
          },
      revision: {
        reason: params.reason,
        snapshot,
        tabId: params.tabId,
        contributorIds: params.contributorIds,
      },
      audit: { ...params.audit, meta: { ...params.audit.meta, pendingUpdate: !unchanged } },
      outbox: (row) =>
        unschedule && !unchanged ? unscheduledNotice(row.id, { key: 'updateUnscheduled', headline }) : [],
    };
    if (unschedule && !unchanged) await addDesk(tx, write, current.id, actor.id);
    return { write, outcome: { ...outcome, unschedule }, wordCount: prepared.columns.wordCount };
  }

  const published = current.publishedAt !== null;
  const { slug, slugAuto } = await resolveSlug(tx, {
    articleId: current.id,
    requested: prepared.requestedSlug,
    headlineSlug: prepared.headlineSlug,
    current: current.slug,
    // A story that has been public keeps its address unless someone edits the slug by hand.
    slugAuto: current.slugAuto && !published,
  });
  await indexReferences(tx, current.id, prepared);
  const statusChanged = outcome.status !== current.status;
  const write: StoryWrite = {
    before: current,
    set: {
      ...prepared.columns,
      slug,
      slugAuto,
      status: outcome.status,
      ...(outcome.unschedule ? { publishAt: null, scheduleError: null } : {}),
      // The editor showed the pending text of a story taken down since: this edit carries it.
      ...(current.pending !== null ? NO_PENDING : {}),
    },
    revision: { reason: params.reason, tabId: params.tabId, contributorIds: params.contributorIds },
    audit: {
      ...params.audit,
      before: statusChanged ? { status: current.status } : params.audit.before,
      after: statusChanged ? { status: outcome.status } : params.audit.after,
      meta: {
        ...params.audit.meta,
        words: prepared.columns.wordCount,
        unscheduled: outcome.unschedule || undefined,
      },
    },
    outbox: (row) =>
      outcome.unschedule ? unscheduledNotice(row.id, { key: 'editedAfterApproval', headline }) : [],
  };
  if (outcome.unschedule) await addDesk(tx, write, current.id, actor.id);
  return { write, outcome, wordCount: prepared.columns.wordCount };
}

/** Schedulers re-arm, and the desk hears why (recipients filled in by `addDesk`). */
function unscheduledNotice(articleId: string, notice: Notice): OutboxMessage[] {
  return [
    { kind: 'event', payload: { type: 'schedule.changed' } },
    { kind: 'notify', payload: { userIds: [], kind: 'unscheduled', articleId, ...noticeFields(notice) } },
  ];
}

/** Fills the recipients of the write's notification: desk staff and the story's people, not the editor. */
async function addDesk(tx: Tx, write: StoryWrite, articleId: string, actorId: string): Promise<void> {
  const recipients = (await deskAndAuthors(tx, articleId)).filter((id) => id !== actorId);
  const make = write.outbox;
  write.outbox = (row) =>
    (make?.(row) ?? []).map((m) =>
      m.kind === 'notify' ? { ...m, payload: { ...m.payload, userIds: recipients } } : m,
    );
}
