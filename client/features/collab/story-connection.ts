import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import type * as Y from 'yjs';
import { COLLAB_PATH, storyDocumentName } from '../../../shared/collab/story-doc';

// The socket never connects if delay < minDelay: keep them equal.
const RETRY = { delay: 1_000, minDelay: 1_000, maxDelay: 10_000 };

function collabUrl(): string {
  return `${location.origin.replace(/^http/, 'ws')}${COLLAB_PATH}`;
}

/**
 * A Hocuspocus connection for one story's shared document: its own socket to /collab on
 * Barta's origin (the session cookie goes with the upgrade request). The caller attaches
 * the provider when it wants to connect, and destroys both.
 */
export function connectStory(
  articleId: string,
  doc: Y.Doc,
  options: {
    autoConnect: boolean;
    presence?: boolean;
    /** Typing held and sent merged per window of this many ms. */
    flushDelay?: number;
  },
): { socket: HocuspocusProviderWebsocket; provider: HocuspocusProvider } {
  const socket = new HocuspocusProviderWebsocket({
    url: collabUrl(),
    autoConnect: options.autoConnect,
    ...RETRY,
  });
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name: storyDocumentName(articleId),
    // The server reads the session cookie; the token only starts the handshake.
    token: 'session-cookie',
    document: doc,
    // Without presence nobody sees this connection in the story's list of people.
    ...(options.presence === false ? { awareness: null } : {}),
    ...(options.flushDelay ? { flushDelay: options.flushDelay } : {}),
  });
  return { socket, provider };
}
