import type { IncomingMessage } from 'node:http';

/**
 * Where this process is in its life: serving, or draining before exit. Readiness
 * reads it; the shutdown sequence sets it and ends the open live streams, which
 * would otherwise keep the server from closing (their browsers reconnect elsewhere).
 */
export class Lifecycle {
  private drainingSince?: number;
  private readonly streams = new Set<IncomingMessage>();

  get draining(): boolean {
    return this.drainingSince !== undefined;
  }

  startDraining(): void {
    this.drainingSince ??= Date.now();
  }

  /** A long-lived response (SSE) that should not hold up the shutdown. */
  trackStream(req: IncomingMessage): void {
    this.streams.add(req);
    req.once('close', () => this.streams.delete(req));
  }

  get openStreams(): number {
    return this.streams.size;
  }

  /** Closes every live stream; EventSource clients reconnect, through the balancer, to another instance. */
  endStreams(): void {
    for (const req of this.streams) req.socket.destroy();
    this.streams.clear();
  }
}
