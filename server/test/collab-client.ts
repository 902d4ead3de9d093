import type { AddressInfo } from 'node:net';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import NodeWebSocket from 'crossws/websocket';
import type { FastifyInstance } from 'fastify';
import * as Y from 'yjs';
import { COLLAB_PATH, parseCollabClose, storyDocumentName } from '../../shared/collab/story-doc';
import type { EventBus } from '../events/bus';
import { SESSION_COOKIE } from '../features/auth/sessions';
import { buildApp } from '../http/app';
import type { TestHarness } from './harness';

/** A co-editing client in Node, signed in with a session cookie as a browser would be. */
export interface CollabClient {
  doc: Y.Doc;
  provider: HocuspocusProvider;
  /** Why the server closed the document, each time (see parseCollabClose). */
  closes: string[];
  synced: Promise<void>;
  /** Resolves when every local change has been acknowledged by the server. */
  settled(): Promise<void>;
  destroy(): void;
}

export function connectCollab(options: {
  port: number;
  token: string;
  articleId: string;
  doc?: Y.Doc;
  /** Hold document updates for this window and send them merged, as the dashboard does. */
  flushDelay?: number;
}): CollabClient {
  const cookie = `${SESSION_COOKIE}=${encodeURIComponent(options.token)}`;
  const Socket = class extends (NodeWebSocket as unknown as new (url: string, opts?: unknown) => WebSocket) {
    constructor(url: string) {
      super(url, { headers: { cookie } });
    }
  };
  const websocket = new HocuspocusProviderWebsocket({
    url: `ws://127.0.0.1:${options.port}${COLLAB_PATH}`,
    WebSocketPolyfill: Socket,
    delay: 50,
    minDelay: 50,
    maxDelay: 500,
  });
  const doc = options.doc ?? new Y.Doc();
  const provider = new HocuspocusProvider({
    websocketProvider: websocket,
    name: storyDocumentName(options.articleId),
    token: 'session-cookie',
    document: doc,
    ...(options.flushDelay ? { flushDelay: options.flushDelay } : {}),
  });
  const closes: string[] = [];
  provider.on('close', ({ event }: { event: { reason: string } }) => {
    closes.push(parseCollabClose(event.reason ?? '').kind);
  });
  // Refused while signing in to the document: no close, a reason only.
  provider.on('authenticationFailed', ({ reason }: { reason: string }) => {
    closes.push(parseCollabClose(reason).kind);
  });
  const synced = new Promise<void>((resolve) => provider.on('synced', () => resolve()));
  provider.attach();
  return {
    doc,
    provider,
    closes,
    synced,
    async settled() {
      while (provider.hasUnsyncedChanges) await new Promise((r) => setTimeout(r, 10));
    },
    destroy() {
      provider.destroy();
      websocket.destroy();
    },
  };
}

/** Waits until `check` holds, polling; fails after `ms`. */
export async function eventually(
  check: () => boolean | Promise<boolean>,
  ms = 10_000,
  what = 'condition',
): Promise<void> {
  const started = Date.now();
  while (!(await check())) {
    if (Date.now() - started > ms) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/**
 * A Barta app with co-editing, listening on a free loopback port: snapshots are saved
 * after `debounceMs` of quiet (at most `maxDebounceMs`), so a test picks how soon typing
 * reaches the story row. `events` defaults to the harness's bus.
 */
export async function listenWithCollab(
  h: TestHarness,
  collab: { debounceMs: number; maxDebounceMs: number },
  events: EventBus = h.events,
): Promise<{ app: FastifyInstance; port: number }> {
  const app = await buildApp({ config: h.config, database: h.database, events, collab });
  await app.listen({ port: 0, host: '127.0.0.1' });
  return { app, port: (app.server.address() as AddressInfo).port };
}
