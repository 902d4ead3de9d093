import { randomUUID } from 'node:crypto';
import pg from 'pg';
import type { Logger } from '../trpc/context';
import type { BartaEvent, EventBus } from './bus';

export const EVENTS_CHANNEL = 'barta_events';

interface Envelope {
  from: string;
  event: BartaEvent;
}

export interface PgRelayOptions {
  /** Connection settings of the pool: the listener gets its own, unpooled connection. */
  connectionString: string;
  /** The pool used to send NOTIFY (any connection will do). */
  pool: pg.Pool;
  events: EventBus;
  log: Logger;
  instanceId?: string;
  /** First reconnect delay; doubles up to 30 s. */
  reconnectMs?: number;
}

/**
 * Relays EventBus events between instances sharing one PostgreSQL: every event
 * published here is sent with NOTIFY, and a dedicated connection LISTENs for the
 * others' (its own echo is recognised by the instance id and dropped). If the
 * listening connection drops it reconnects, then wakes the scheduler with a
 * `schedule.changed`, since notifications sent meanwhile are lost.
 */
export class PgRelay {
  readonly instanceId: string;
  private client?: pg.Client;
  private stopped = false;
  private retryTimer?: NodeJS.Timeout;
  private delay: number;

  constructor(private readonly options: PgRelayOptions) {
    this.instanceId = options.instanceId ?? randomUUID();
    this.delay = options.reconnectMs ?? 500;
  }

  async start(): Promise<void> {
    this.options.events.setRelay((event) => this.send(event));
    await this.connect();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.retryTimer);
    this.options.events.setRelay(undefined);
    await this.client?.end().catch(() => {});
  }

  private send(event: BartaEvent): void {
    const payload = JSON.stringify({ from: this.instanceId, event } satisfies Envelope);
    this.options.pool
      .query('select pg_notify($1, $2)', [EVENTS_CHANNEL, payload])
      .catch((error: Error) => this.options.log.warn({ err: error.message }, 'could not relay an event'));
  }

  private async connect(): Promise<void> {
    const client = new pg.Client({ connectionString: this.options.connectionString });
    client.on('notification', (message) => {
      if (message.channel !== EVENTS_CHANNEL || !message.payload) return;
      try {
        const envelope = JSON.parse(message.payload) as Envelope;
        if (envelope.from !== this.instanceId) this.options.events.deliverRemote(envelope.event);
      } catch {
        this.options.log.warn(
          { payload: message.payload.slice(0, 200) },
          'ignored a malformed relayed event',
        );
      }
    });
    client.on('error', (error) => {
      this.options.log.warn({ err: error.message }, 'event relay connection lost; reconnecting');
      this.reconnect(client);
    });
    client.on('end', () => this.reconnect(client));
    try {
      await client.connect();
      await client.query(`listen ${EVENTS_CHANNEL}`);
      this.client = client;
      this.delay = this.options.reconnectMs ?? 500;
    } catch (error) {
      this.options.log.warn({ err: (error as Error).message }, 'event relay could not connect; retrying');
      this.reconnect(client);
    }
  }

  private reconnect(client: pg.Client): void {
    if (this.stopped || (client !== this.client && this.client !== undefined)) return;
    this.client = undefined;
    client.removeAllListeners('end');
    client.end().catch(() => {});
    clearTimeout(this.retryTimer);
    this.retryTimer = setTimeout(async () => {
      await this.connect();
      // Anything sent while we were away is lost: re-read the schedule.
      if (this.client) this.options.events.deliverRemote({ type: 'schedule.changed' });
    }, this.delay);
    this.delay = Math.min(30_000, this.delay * 2);
  }
}
