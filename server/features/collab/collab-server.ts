import { randomUUID } from 'node:crypto';
import { type Connection, type Document, Hocuspocus } from '@hocuspocus/server';
import { isEditable } from '../../../shared/articles/transitions';
import {
  articleIdOfDocument,
  type CollabCloseKind,
  collabCloseReason,
} from '../../../shared/collab/story-doc';
import { can, type Role } from '../../../shared/roles';
import type { Config } from '../../config';
import type { Database } from '../../db/client';
import type { EventBus } from '../../events/bus';
import type { Logger } from '../../trpc/context';
import { loadArticle } from '../articles/load-article';
import { findSessionUser, SESSION_COOKIE } from '../auth/sessions';
import { CollabRelay } from './collab-relay';
import { type Contributor, loadCollabState, recordContributor, saveCollabSnapshot } from './collab-store';
import { RefusedUpdate, UpdateGuard } from './update-guard';

/** Who a connection belongs to, set when it signs in to a document. */
export interface CollabContext {
  user: { id: string; name: string; role: Role };
  articleId: string;
}

export interface CollabDeps {
  config: Config;
  database: Database;
  events: EventBus;
  log: Logger;
  /** How long typing pauses before a snapshot is saved (Hocuspocus debounce), and the most it waits. */
  debounceMs?: number;
  maxDebounceMs?: number;
}

function cookieValue(header: string | null, name: string): string | undefined {
  for (const part of header?.split(';') ?? []) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) {
      try {
        return decodeURIComponent(rest.join('='));
      } catch {
        return undefined;
      }
    }
  }
  return undefined;
}

/** Closes the document for this connection; the provider reports the reason (see parseCollabClose). */
function closeError(kind: CollabCloseKind, message: string): Error & { reason: string } {
  return Object.assign(new Error(message), { reason: collabCloseReason(kind, message) });
}

/**
 * Barta's co-editing server: Hocuspocus with Barta's session cookie, rights table,
 * update checks and persistence. It has no port of its own: register-collab.ts hands
 * it the WebSocket connections Fastify upgrades on /collab.
 */
export function createCollabServer(deps: CollabDeps) {
  const { config, database, events, log } = deps;
  const db = database.db;
  const instanceId = randomUUID();
  const guards = new Map<string, UpdateGuard>();
  /** Who typed into each document since its last snapshot. */
  const contributors = new Map<string, Map<string, Role>>();
  /** Who of them is already recorded in the stored document (see recordContributor). */
  const recorded = new Map<string, Set<string>>();
  /** The story version each loaded document last agreed with. */
  const versions = new Map<string, number>();
  let relay: CollabRelay | undefined;

  async function store(document: Document) {
    const articleId = articleIdOfDocument(document.name);
    if (!articleId) return;
    const typed = contributors.get(document.name) ?? new Map<string, Role>();
    contributors.set(document.name, new Map());
    const list: Contributor[] = [...typed].map(([id, role]) => ({ id, role }));
    // The snapshot clears the stored list: whoever types from now on is recorded again
    // (a record waiting on the snapshot's row lock lands after it, for the next one).
    recorded.delete(document.name);
    try {
      const saved = await saveCollabSnapshot({ db, config, articleId, doc: document, contributors: list });
      recorded.delete(document.name);
      versions.set(document.name, saved.version);
      if (saved.wrote) events.publish({ type: 'article.changed', articleId, version: saved.version });
    } catch (error) {
      // Kept for the next snapshot: nobody's typing is dropped because one save failed.
      const again = contributors.get(document.name) ?? new Map();
      for (const [id, role] of typed) if (!again.has(id)) again.set(id, role);
      contributors.set(document.name, again);
      log.error({ err: error, document: document.name }, 'could not save a co-edited story');
      throw error;
    }
  }

  /**
   * Stores that this person is changing the document before their first change since
   * the last snapshot is applied, so a crash of this instance cannot lose their name.
   * A failure is logged, not fatal: the typing goes on, named from memory as before.
   */
  async function recordOnce(name: string, context: CollabContext) {
    const done = recorded.get(name) ?? new Set<string>();
    recorded.set(name, done);
    if (done.has(context.user.id)) return;
    try {
      await recordContributor(db, context.articleId, { id: context.user.id, role: context.user.role });
      done.add(context.user.id);
    } catch (error) {
      log.warn({ err: error, document: name }, 'could not record a co-editing contributor');
    }
  }

  const hocuspocus = new Hocuspocus<CollabContext>({
    name: `barta-${instanceId.slice(0, 8)}`,
    quiet: true,
    debounce: deps.debounceMs ?? 2_000,
    maxDebounce: deps.maxDebounceMs ?? 10_000,
    async onAuthenticate({ requestHeaders, documentName, connectionConfig }) {
      const session = await findSessionUser(
        db,
        cookieValue(requestHeaders.get('cookie'), SESSION_COOKIE),
        config.sessionDays,
      );
      if (!session) throw closeError('signed-out', 'Sign in to continue: your session has ended.');
      const articleId = articleIdOfDocument(documentName);
      if (!articleId || !can(session.user.role, 'articles.read')) {
        throw closeError('gone', 'You may not open this story.');
      }
      const story = await loadArticle(db, articleId).catch(() => null);
      if (!story) throw closeError('gone', 'That story does not exist or has been deleted.');
      // Reviewers and desk staff without the right to edit watch live, read-only.
      connectionConfig.readOnly = !can(session.user.role, 'articles.edit') || !isEditable(story.status);
      const { id, name, role } = session.user;
      return { user: { id, name, role }, articleId } satisfies CollabContext;
    },
    async onLoadDocument({ documentName }) {
      const articleId = articleIdOfDocument(documentName);
      if (!articleId) throw new Error('not a story document');
      return loadCollabState(db, articleId);
    },
    async afterLoadDocument({ document, documentName }) {
      guards.set(documentName, new UpdateGuard(document));
      relay?.hello(documentName);
    },
    async beforeSync({ type, payload, connection, context }) {
      // 1: sync step 2, 2: update. Both carry a Yjs update to be applied.
      if ((type !== 1 && type !== 2) || connection.readOnly) return;
      let changes = false;
      try {
        changes = guards.get(connection.document.name)?.check(payload, context.user.role) ?? false;
      } catch (error) {
        if (!(error instanceof RefusedUpdate)) throw error;
        log.warn(
          { user: context.user.id, document: connection.document.name, reason: error.message },
          'refused a co-editing update',
        );
        throw closeError('refused', error.userMessage);
      }
      if (changes) await recordOnce(connection.document.name, context);
    },
    async onChange({ documentName, transactionOrigin, update, connection }) {
      if (connection) {
        const user = (connection.context as CollabContext).user;
        const typed = contributors.get(documentName) ?? new Map<string, Role>();
        typed.set(user.id, user.role);
        contributors.set(documentName, typed);
      }
      relay?.shareUpdate(documentName, update, transactionOrigin);
    },
    async onAwarenessUpdate({ documentName, transactionOrigin, document, added, updated, removed }) {
      relay?.shareAwareness(documentName, document, [...added, ...updated, ...removed], transactionOrigin);
    },
    async onStoreDocument({ document }) {
      await store(document);
    },
    async afterUnloadDocument({ documentName }) {
      guards.get(documentName)?.destroy();
      guards.delete(documentName);
      contributors.delete(documentName);
      recorded.delete(documentName);
      versions.delete(documentName);
    },
  });

  function connectionsOf(userId: string): Connection<CollabContext>[] {
    const found: Connection<CollabContext>[] = [];
    for (const document of hocuspocus.documents.values()) {
      for (const connection of document.getConnections() as Connection<CollabContext>[]) {
        if (connection.context?.user?.id === userId) found.push(connection);
      }
    }
    return found;
  }

  const unsubscribe = events.subscribe((event) => {
    if (event.type === 'user.deactivated' || event.type === 'user.role_changed') {
      for (const connection of connectionsOf(event.userId)) {
        connection.close({
          code: 4403,
          reason: collabCloseReason('rights', 'Your rights changed: open the story again.'),
        });
      }
    } else if (event.type === 'article.changed' && event.version !== undefined) {
      const name = `story:${event.articleId}`;
      const document = hocuspocus.documents.get(name);
      // A write from outside the collaboration (or another instance's snapshot): bring it in.
      if (document && !document.isLoading && versions.get(name) !== event.version) {
        // Another instance's snapshot may have named (and cleared) those recorded here.
        recorded.delete(name);
        void document.saveMutex.runExclusive(() => store(document)).catch(() => {});
      }
    } else if (event.type === 'collab.update' && event.from !== instanceId) {
      void relay
        ?.receive(event)
        .catch((error) => log.warn({ err: error }, 'could not apply a relayed co-editing change'));
    }
  });

  relay = new CollabRelay({ hocuspocus, events, db, instanceId, log });

  return {
    hocuspocus,
    instanceId,
    /** Saves every open document now, closes every connection and stops listening. */
    async close() {
      unsubscribe();
      const pending = [...hocuspocus.documents.values()].map((document) =>
        document.saveMutex.runExclusive(() => store(document)).catch(() => {}),
      );
      await Promise.all(pending);
      hocuspocus.closeConnections();
    },
  };
}

export type CollabServer = ReturnType<typeof createCollabServer>;
