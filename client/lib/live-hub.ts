import type { BartaEvent } from '../../server/events/bus';

export type LiveEvent = BartaEvent;
export type LiveHandler = (event: LiveEvent) => void;

/** Opens the one server stream; returns how to close it. */
export type OpenStream = (onEvent: (event: LiveEvent) => void) => () => void;

/** The parts of the Web Locks API the hub uses (injectable for tests). */
export interface LeaderLocks {
  request(name: string, callback: (lock: unknown) => Promise<void>): Promise<unknown>;
}

interface HubOptions {
  /** Scopes the leader and the channel: tabs of another signed-in user never share a stream. */
  scope: string;
  open: OpenStream;
  locks?: LeaderLocks | undefined;
  channel?: (name: string) => BroadcastChannel;
}

interface Relayed {
  scope: string;
  event: LiveEvent;
}

/**
 * One live stream per browser, however many tabs and features. Features register
 * handlers with `subscribe`; the tab that holds the leader lock keeps the only SSE
 * connection and relays each event to the other tabs over a BroadcastChannel. When
 * the leader closes or crashes, the browser hands the lock to the next tab, which
 * opens the stream. (Browsers allow six HTTP/1.1 connections per host: one stream
 * per feature per tab left saves waiting behind them.)
 */
export class LiveHub {
  private handlers = new Set<LiveHandler>();
  private channel: BroadcastChannel | null = null;
  private closeStream: (() => void) | null = null;
  private resign: (() => void) | null = null;
  private stopped = false;
  private generation = 0;
  /** Whether this tab holds the connection (for tests and diagnostics). */
  leader = false;

  constructor(private readonly options: HubOptions) {}

  start(): void {
    this.stopped = false;
    const generation = ++this.generation;
    const { locks, scope } = this.options;
    const makeChannel =
      this.options.channel ??
      (typeof BroadcastChannel === 'undefined' ? undefined : (name: string) => new BroadcastChannel(name));
    if (!locks || !makeChannel) {
      // No way to share: this tab keeps its own single stream.
      this.lead();
      return;
    }
    this.channel = makeChannel(`barta-live:${scope}`);
    this.channel.onmessage = (message: MessageEvent<Relayed>) => {
      if (!this.leader && message.data?.scope === scope) this.dispatch(message.data.event);
    };
    void locks.request(`barta-live-leader:${scope}`, () => {
      // Stopped (or restarted) while waiting for the lock: pass it on.
      if (this.stopped || generation !== this.generation) return Promise.resolve();
      this.lead();
      return new Promise<void>((resolve) => {
        this.resign = resolve;
      });
    });
  }

  private lead(): void {
    this.leader = true;
    this.closeStream = this.options.open((event) => {
      this.dispatch(event);
      this.channel?.postMessage({ scope: this.options.scope, event } satisfies Relayed);
    });
  }

  private dispatch(event: LiveEvent): void {
    for (const handler of this.handlers) {
      try {
        handler(event);
      } catch (error) {
        console.error('live event handler failed', error);
      }
    }
  }

  subscribe(handler: LiveHandler): () => void {
    this.handlers.add(handler);
    return () => this.handlers.delete(handler);
  }

  stop(): void {
    this.stopped = true;
    this.closeStream?.();
    this.closeStream = null;
    this.leader = false;
    this.resign?.();
    this.resign = null;
    this.channel?.close();
    this.channel = null;
  }
}
