import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import NodeWebSocket from 'crossws/websocket';
import * as Y from 'yjs';
import { COLLAB_PATH, parseCollabClose, storyDocumentName } from '../../shared/collab/story-doc';
import { SESSION_COOKIE } from '../features/auth/sessions';

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
  });
  const closes: string[] = [];
  provider.on('close', ({ event }: { event: { reason: string } }) => {
    closes.push(parseCollabClose(event.reason ?? '').kind);
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
