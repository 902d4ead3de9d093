import type { Document, Hocuspocus } from '@hocuspocus/server';
import { eq, sql } from 'drizzle-orm';
import { applyAwarenessUpdate, encodeAwarenessUpdate } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { articleIdOfDocument } from '../../../shared/collab/story-doc';
import type { Db } from '../../db/client';
import { collabDocuments } from '../../db/schema';
import type { BartaEvent, EventBus } from '../../events/bus';
import type { Logger } from '../../trpc/context';

/** Origin of changes relayed from another instance: broadcast here, stored by the instance they came from. */
export const RELAY_ORIGIN = { source: 'redis' } as const;

/** NOTIFY payloads are at most 8,000 bytes: larger updates go through the database. */
const MAX_INLINE_BASE64 = 6_000;

type CollabEvent = Extract<BartaEvent, { type: 'collab.update' }>;

function isRelayed(origin: unknown): boolean {
  return typeof origin === 'object' && origin !== null && (origin as { source?: string }).source === 'redis';
}

/**
 * Carries shared-document changes between Barta instances on one PostgreSQL, over
 * the event bus's LISTEN/NOTIFY relay (server/events/pg-relay.ts). Small updates and
 * presence travel in the notification; a large one (a paste, a first sync) is merged
 * into collab_documents and the others are told to read it. An instance opening a
 * document says `hello`, and those that have it open store what they hold and answer
 * `reload`, so the newcomer starts from everything typed so far, saved or not.
 */
export class CollabRelay {
  constructor(
    private readonly deps: {
      hocuspocus: Hocuspocus;
      events: EventBus;
      db: Db;
      instanceId: string;
      log: Logger;
    },
  ) {}

  private publish(document: string, kind: CollabEvent['kind'], update?: Uint8Array) {
    if (!this.deps.events.relayed) return;
    this.deps.events.publish({
      type: 'collab.update',
      from: this.deps.instanceId,
      document,
      kind,
      update: update ? Buffer.from(update).toString('base64') : undefined,
    });
  }

  shareUpdate(name: string, update: Uint8Array, origin: unknown): void {
    if (!this.deps.events.relayed || isRelayed(origin)) return;
    if (update.byteLength * 1.34 < MAX_INLINE_BASE64) {
      this.publish(name, 'update', update);
      return;
    }
    const document = this.deps.hocuspocus.documents.get(name);
    if (!document) return;
    void this.mergeIntoDatabase(document)
      .then(() => this.publish(name, 'reload'))
      .catch((error) => this.deps.log.warn({ err: error, document: name }, 'could not relay a large update'));
  }

  shareAwareness(name: string, document: Document, clients: number[], origin: unknown): void {
    if (!this.deps.events.relayed || isRelayed(origin) || clients.length === 0) return;
    this.publish(name, 'awareness', encodeAwarenessUpdate(document.awareness, clients));
  }

  hello(name: string): void {
    this.publish(name, 'hello');
  }

  async receive(event: CollabEvent): Promise<void> {
    const document = this.deps.hocuspocus.documents.get(event.document);
    if (!document) return;
    const bytes = event.update ? new Uint8Array(Buffer.from(event.update, 'base64')) : undefined;
    if (event.kind === 'update' && bytes) Y.applyUpdate(document, bytes, RELAY_ORIGIN);
    else if (event.kind === 'awareness' && bytes)
      applyAwarenessUpdate(document.awareness, bytes, RELAY_ORIGIN);
    else if (event.kind === 'reload') await this.readFromDatabase(document);
    else if (event.kind === 'hello') {
      await this.mergeIntoDatabase(document);
      this.publish(event.document, 'reload');
    }
  }

  private async readFromDatabase(document: Document): Promise<void> {
    const articleId = articleIdOfDocument(document.name);
    if (!articleId) return;
    const [row] = await this.deps.db
      .select({ state: collabDocuments.state })
      .from(collabDocuments)
      .where(eq(collabDocuments.articleId, articleId));
    if (row) Y.applyUpdate(document, row.state, RELAY_ORIGIN);
  }

  /** Adds what this instance holds to the stored state (the row exists once a document is open). */
  private async mergeIntoDatabase(document: Document): Promise<void> {
    const articleId = articleIdOfDocument(document.name);
    if (!articleId) return;
    await this.deps.db.transaction(async (tx) => {
      const [row] = await tx
        .select({ state: collabDocuments.state })
        .from(collabDocuments)
        .where(eq(collabDocuments.articleId, articleId))
        .for('update');
      if (!row) return;
      Y.applyUpdate(document, row.state, RELAY_ORIGIN);
      await tx
        .update(collabDocuments)
        .set({ state: Y.encodeStateAsUpdate(document), updatedAt: sql`now()` })
        .where(eq(collabDocuments.articleId, articleId));
    });
  }
}
