import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import type { Hocuspocus } from '@hocuspocus/server';
import crossws from 'crossws/adapters/node';
import type { FastifyInstance } from 'fastify';
import { COLLAB_PATH } from '../../../shared/collab/story-doc';
import type { Config } from '../../config';
import type { Database } from '../../db/client';
import type { EventBus } from '../../events/bus';
import { type CollabServer, createCollabServer } from './collab-server';

/** Largest WebSocket message accepted: a pasted long story fits many times over. */
const MAX_MESSAGE_BYTES = 8 * 1024 * 1024;

/** The browser must be on our own site (or PUBLIC_ORIGIN): the session cookie alone does not prove it. */
function sameSite(req: IncomingMessage, config: Config): boolean {
  const origin = req.headers.origin;
  if (origin === undefined) return true;
  const forwarded = config.publicOrigin ? req.headers['x-forwarded-proto'] : undefined;
  const proto = typeof forwarded === 'string' ? forwarded.split(',')[0].trim() : 'http';
  return (
    origin === `${proto}://${req.headers.host}` ||
    origin === config.publicOrigin ||
    origin === `https://${req.headers.host}`
  );
}

/**
 * Co-editing over WebSocket on /collab, on Barta's own port: Fastify's HTTP server
 * hands upgrades to Hocuspocus (through crossws, as Hocuspocus's own server does).
 */
declare module 'fastify' {
  interface FastifyInstance {
    collab: CollabServer;
  }
}

export function registerCollab(
  app: FastifyInstance,
  deps: { config: Config; database: Database; events: EventBus; debounceMs?: number; maxDebounceMs?: number },
): CollabServer {
  const collab = createCollabServer({ ...deps, log: app.log });
  const peers = new WeakMap<object, ReturnType<Hocuspocus['handleConnection']>>();
  const ws = crossws({
    serverOptions: { maxPayload: MAX_MESSAGE_BYTES },
    hooks: {
      open(peer) {
        peers.set(
          peer,
          collab.hocuspocus.handleConnection(peer.websocket as WebSocket, peer.request as Request),
        );
      },
      message(peer, message) {
        peers.get(peer)?.handleMessage(message.uint8Array());
      },
      close(peer, event) {
        peers.get(peer)?.handleClose({ code: event.code ?? 1000, reason: event.reason ?? '' });
        peers.delete(peer);
      },
      error(_peer, error) {
        app.log.warn({ err: error }, 'co-editing connection error');
      },
    },
  });
  app.server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    const path = (req.url ?? '').split('?')[0];
    if (path !== COLLAB_PATH || !sameSite(req, deps.config)) {
      socket.end('HTTP/1.1 403 Forbidden\r\nConnection: close\r\n\r\n');
      return;
    }
    void ws.handleUpgrade(req, socket, head);
  });
  // Saved before the database closes (shutdown closes the app first).
  app.addHook('onClose', async () => collab.close());
  app.decorate('collab', collab);
  return collab;
}
