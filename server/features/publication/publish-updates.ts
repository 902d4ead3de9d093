import { sql } from 'drizzle-orm';
import { ZArticleContent } from '../../../shared/articles/schemas';
import { AppError } from '../../../shared/errors';
import { noticeFields } from '../../../shared/notifications/notices';
import type { Tx } from '../../db/client';
import { articleUpdates, type StoryUpdateKind } from '../../db/schema';
import { refreshSitemapMonths } from '../../site/sitemap-months';
import { NO_PENDING } from '../articles/edit-content';
import { authorIdsOf, indexReferences } from '../articles/index-references';
import type { ArticleRow } from '../articles/load-article';
import { prepareContent } from '../articles/prepare-content';
import { resolveSlug } from '../articles/slugs';
import { snapshotOf } from '../articles/snapshot';
import { type Actor, writeStory } from '../articles/write-story';
import { type PublicationDeps, publicationMessages } from './messages';
import { readinessOf, readinessReasons, storyPeopleOf } from './publish-stories';

export interface UpdateNote {
  /** Shown to readers under the date line; empty for a quiet update. */
  note: string;
  /** A correction: shown as "সংশোধনী" and listed on the corrections screen. */
  correction: boolean;
}

/**
 * Makes a published story's pending update live: the same checks as a first
 * publication (checklist, embargo), the same side effects (see messages.ts), an
 * "আপডেট" line with the time, and the update's note (or correction) on record.
 * The caller has locked the row and asked the status machine.
 */
export async function publishUpdate(
  tx: Tx,
  current: ArticleRow,
  actor: Actor | null,
  deps: PublicationDeps,
  options: { note: UpdateNote; now: Date; auditMeta?: Record<string, unknown> },
): Promise<{ row: ArticleRow } | { reasons: string[] }> {
  const parsed = ZArticleContent.safeParse(current.pending);
  if (!parsed.success) {
    throw new AppError('PRECONDITION_FAILED', {
      userMessage:
        'The pending update no longer fits the story rules: open it in the editor and save it again.',
    });
  }
  const origins = deps.publicOrigin ? [deps.publicOrigin] : [];
  const liveAuthorIds = await authorIdsOf(tx, current.id);
  const prepared = prepareContent(parsed.data, origins);
  const { slug } = await resolveSlug(tx, {
    articleId: current.id,
    requested: prepared.requestedSlug,
    headlineSlug: prepared.headlineSlug,
    current: current.slug,
    slugAuto: false,
  });
  // Links and images of the new text: the checklist reads them, and they are the story's now.
  await indexReferences(tx, current.id, prepared);
  const next: ArticleRow = { ...current, ...prepared.columns, slug };
  const readiness = await readinessOf(tx, [next], options.now, deps.timeZone);
  const reasons = readinessReasons(next, readiness.get(next.id)!, actor);
  if (reasons.length > 0) {
    // The scheduler's caller records why; the live version keeps its own links and images.
    const live = ZArticleContent.parse(snapshotOf(current, liveAuthorIds));
    await indexReferences(tx, current.id, prepareContent(live, origins));
    return { reasons };
  }

  const { note, correction } = options.note;
  const kind: StoryUpdateKind = correction ? 'correction' : 'update';
  const people = await storyPeopleOf(tx, [current], actor?.id ?? null);
  const row = await writeStory(tx, actor, {
    before: current,
    set: { ...prepared.columns, slug, ...NO_PENDING, publicUpdatedAt: sql`now()` },
    revision: { reason: 'publish' },
    audit: {
      action: 'article.publish_update',
      meta: { kind, note: note || undefined, ...options.auditMeta },
    },
    outbox: (written) =>
      publicationMessages(written, {
        event: 'article.updated',
        deps,
        before: current,
        data: { correction, note },
        notify: {
          userIds: people.get(current.id) ?? [],
          ...noticeFields({
            key: correction
              ? note
                ? 'correctionLiveNote'
                : 'correctionLive'
              : note
                ? 'updateLiveNote'
                : 'updateLive',
            headline: written.headline,
            note: note || undefined,
          }),
        },
      }),
  });
  await refreshSitemapMonths(tx, [row.publishedAt]);
  await tx.insert(articleUpdates).values({
    articleId: row.id,
    kind,
    note,
    version: row.version,
    publishedBy: actor?.id ?? null,
  });
  return { row };
}
