import { storyPath } from '../../../shared/articles/paths';
import type { Notice } from '../../../shared/notifications/notices';
import type { Config } from '../../config';
import type { ArticleRow } from '../articles/load-article';
import type { OutboxMessage } from '../outbox/enqueue';
import type { NotificationKind } from '../workflow/notify';

/** What the publication pipeline needs to know of the installation. */
export interface PublicationDeps {
  timeZone: string;
  /** When set, every publication queues the outgoing webhook. */
  webhookUrl?: string;
  /** The public address, for links in webhooks and the site origins of body links. */
  publicOrigin?: string;
  /** Which instance acted, for the audit row. */
  instanceId?: string;
}

export function publicationDeps(config: Config): PublicationDeps {
  return { timeZone: config.timeZone, webhookUrl: config.webhookUrl, publicOrigin: config.publicOrigin };
}

export type PublicationEvent =
  | 'article.published'
  | 'article.republished'
  | 'article.updated'
  | 'article.unpublished';

const NOTICE_KIND: Record<PublicationEvent, NotificationKind> = {
  'article.published': 'published',
  'article.republished': 'published',
  'article.updated': 'updated',
  'article.unpublished': 'unpublished',
};

/**
 * The side effects of every publication, queued in its own transaction: the live
 * dashboard event, public-cache invalidation (the story, its section, home, feeds
 * and sitemaps), the webhook (once per publication; the receiver de-duplicates by
 * the Idempotency-Key) and the notifications of the story's people.
 */
export function publicationMessages(
  row: ArticleRow,
  params: {
    event: PublicationEvent;
    deps: PublicationDeps;
    /** The address and section before the change, when it moved: their pages change too. */
    before?: Pick<ArticleRow, 'slug' | 'sectionId'>;
    notify?: { userIds: string[]; message: string; notice?: Notice };
    data?: Record<string, unknown>;
  },
): OutboxMessage[] {
  const { event, deps, before } = params;
  const path = storyPath(row.id, row.slug);
  const messages: OutboxMessage[] = [
    {
      kind: 'event',
      payload: { type: 'article.changed', articleId: row.id, status: row.status, version: row.version },
    },
    {
      kind: 'cache',
      payload: {
        articleId: row.id,
        slug: row.slug,
        sectionId: row.sectionId,
        reason: event.slice('article.'.length),
        ...(before && before.slug !== row.slug ? { previousSlug: before.slug } : {}),
        ...(before && before.sectionId !== row.sectionId ? { previousSectionId: before.sectionId } : {}),
      },
    },
  ];
  if (deps.webhookUrl) {
    messages.push({
      kind: 'webhook',
      payload: {
        event,
        data: {
          id: row.id,
          slug: row.slug,
          headline: row.headline,
          url: deps.publicOrigin ? deps.publicOrigin + path : path,
          publishedAt: row.publishedAt,
          updatedAt: row.publicUpdatedAt,
          version: row.version,
          ...params.data,
        },
      },
    });
  }
  if (params.notify && params.notify.userIds.length > 0) {
    messages.push({
      kind: 'notify',
      payload: {
        userIds: params.notify.userIds,
        kind: NOTICE_KIND[event],
        articleId: row.id,
        message: params.notify.message,
        notice: params.notify.notice,
      },
    });
  }
  return messages;
}
