import { EventEmitter, on } from 'node:events';

/** Live events the dashboard listens to. Payloads stay small: ids and states, never bodies. */
export type BartaEvent =
  | { type: 'article.changed'; articleId: string; status?: string; version?: number }
  | { type: 'notification.created'; userId: string }
  | { type: 'comments.changed'; articleId: string }
  | { type: 'lock.changed'; articleId: string }
  | { type: 'schedule.changed' }
  | { type: 'media.changed'; mediaId: string }
  | { type: 'user.deactivated'; userId: string }
  /**
   * A user's role changed: their co-editing connections are closed and must sign in to the
   * story again; their dashboard (only theirs) reads its session again.
   */
  | { type: 'user.role_changed'; userId: string }
  /** A shared document's change for the other instances (server/features/collab/collab-relay.ts). */
  | {
      type: 'collab.update';
      from: string;
      document: string;
      /** base64 Yjs update or awareness update; absent for `reload` and `hello`. */
      update?: string;
      kind: 'update' | 'awareness' | 'reload' | 'hello';
    }
  /** A commit queued outbox messages: the outbox processor runs now rather than at its next poll. */
  | { type: 'outbox.queued' }
  /** Public pages showing these tags changed (server/site/cache-tags.ts): every instance drops them. */
  | { type: 'cache.invalidate'; tags: string[] };

/** Events between Barta's own parts, never sent to a browser. */
export const INTERNAL_EVENTS: ReadonlySet<BartaEvent['type']> = new Set([
  'outbox.queued',
  'cache.invalidate',
  'collab.update',
]);

/**
 * In-process event bus. On PostgreSQL, a listener relays events between
 * instances through NOTIFY (see pg-relay.ts); publishers never need to know.
 */
export class EventBus {
  private emitter = new EventEmitter();
  private relay?: (event: BartaEvent) => void;

  constructor() {
    this.emitter.setMaxListeners(0);
  }

  /** Sends to every subscriber here and, when relayed, on other instances. */
  publish(event: BartaEvent): void {
    this.emitter.emit('event', event);
    this.relay?.(event);
  }

  /** Delivers an event that came from another instance (not relayed again). */
  deliverRemote(event: BartaEvent): void {
    this.emitter.emit('event', event);
  }

  /** Whether events reach other instances (PostgreSQL with the relay started). */
  get relayed(): boolean {
    return this.relay !== undefined;
  }

  setRelay(relay: ((event: BartaEvent) => void) | undefined): void {
    this.relay = relay;
  }

  subscribe(listener: (event: BartaEvent) => void): () => void {
    this.emitter.on('event', listener);
    return () => this.emitter.off('event', listener);
  }

  /** Async iteration for tRPC subscriptions; ends when `signal` aborts. */
  async *stream(signal?: AbortSignal): AsyncGenerator<BartaEvent> {
    for await (const [event] of on(this.emitter, 'event', { signal })) {
      yield event as BartaEvent;
    }
  }
}
