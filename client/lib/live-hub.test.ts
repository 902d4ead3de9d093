import { afterEach, describe, expect, it, vi } from 'vitest';
import { type LeaderLocks, type LiveEvent, LiveHub } from './live-hub';

/** A Web Locks stand-in for one browser: one holder per name, the rest wait in order. */
function browserLocks(): LeaderLocks {
  const holders = new Map<string, Array<() => void>>();
  return {
    request(name, callback) {
      return new Promise((done) => {
        const run = async () => {
          await callback({});
          const waiting = holders.get(name)!;
          waiting.shift();
          waiting[0]?.();
          done(undefined);
        };
        const waiting = holders.get(name) ?? [];
        holders.set(name, waiting);
        waiting.push(run);
        if (waiting.length === 1) void run();
      });
    },
  };
}

describe('LiveHub: one stream per browser, shared by its tabs', () => {
  const hubs: LiveHub[] = [];
  afterEach(() => {
    for (const hub of hubs.splice(0)) hub.stop();
  });

  it('opens one stream for ten tabs, relays every event to all, and hands over when the leader closes', async () => {
    const locks = browserLocks();
    const streams: Array<{ emit: (event: LiveEvent) => void; closed: boolean }> = [];
    const open = (onEvent: (event: LiveEvent) => void) => {
      const stream = { emit: onEvent, closed: false };
      streams.push(stream);
      return () => {
        stream.closed = true;
      };
    };
    const received: LiveEvent[][] = [];
    for (let tab = 0; tab < 10; tab++) {
      const hub = new LiveHub({ scope: 'user-1', open, locks });
      const events: LiveEvent[] = [];
      received.push(events);
      hub.subscribe((event) => events.push(event));
      hub.start();
      hubs.push(hub);
    }
    await vi.waitFor(() => expect(streams).toHaveLength(1));
    expect(hubs.filter((hub) => hub.leader)).toHaveLength(1);

    const event: LiveEvent = { type: 'lock.changed', articleId: 'a1' };
    streams[0].emit(event);
    await vi.waitFor(() => expect(received.every((events) => events.length === 1)).toBe(true));
    expect(received[9]).toEqual([event]);

    // The leader tab closes: the next tab opens the one stream.
    hubs[0].stop();
    expect(streams[0].closed).toBe(true);
    await vi.waitFor(() => expect(streams).toHaveLength(2));
    expect(hubs.filter((hub) => hub.leader)).toHaveLength(1);
    streams[1].emit({ type: 'schedule.changed' });
    await vi.waitFor(() => expect(received[9]).toHaveLength(2));
    expect(received[0]).toHaveLength(1);
  });

  it('keeps another user’s tabs on their own stream, and falls back to one stream per tab without Web Locks', async () => {
    const locks = browserLocks();
    let opened = 0;
    const open = () => {
      opened++;
      return () => {};
    };
    for (const scope of ['user-1', 'user-2']) {
      const hub = new LiveHub({ scope, open, locks });
      hub.start();
      hubs.push(hub);
    }
    await vi.waitFor(() => expect(opened).toBe(2));
    const lonely = new LiveHub({ scope: 'user-1', open, locks: undefined });
    lonely.start();
    hubs.push(lonely);
    expect(opened).toBe(3);
  });
});
