import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type SaveFailure, SaveQueue, type SaveState } from './save-queue';

interface Call {
  content: string;
  baseVersion: number;
  mode: string;
  resolve: (version: number) => void;
  reject: (error: unknown) => void;
}

function setup(version = 1) {
  let text = '';
  const calls: Call[] = [];
  const states: SaveState[] = [];
  const synced: number[] = [];
  const queue = new SaveQueue<string>({
    version,
    read: () => text,
    send: (content, baseVersion, mode) =>
      new Promise((resolve, reject) =>
        calls.push({
          content,
          baseVersion,
          mode,
          resolve: (v) => resolve({ version: v, updatedAt: new Date(0) }),
          reject,
        }),
      ),
    classify: (error): SaveFailure =>
      error === 'offline' ? { kind: 'offline' } : { kind: 'stale', details: error },
    onState: (state) => states.push(state),
    onSynced: (v) => synced.push(v),
  });
  const type = (value: string) => {
    text = value;
    queue.markDirty();
  };
  return { queue, calls, states, synced, type };
}

describe('SaveQueue', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('saves a second after typing pauses, and at least every ten seconds while it goes on', async () => {
    const { calls, type } = setup();
    type('ক');
    await vi.advanceTimersByTimeAsync(900);
    type('কখ');
    await vi.advanceTimersByTimeAsync(900);
    expect(calls).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(200);
    expect(calls.map((c) => c.content)).toEqual(['কখ']);
    calls[0].resolve(2);
    await vi.advanceTimersByTimeAsync(0);
    for (let i = 0; i < 25; i++) {
      type(`লেখা ${i}`);
      await vi.advanceTimersByTimeAsync(500);
    }
    expect(calls.length).toBe(2);
    expect(calls[1].content).toMatch(/^লেখা \d+$/);
  });

  it('sends one save at a time, each based on the version the previous returned', async () => {
    const { queue, calls, type, synced } = setup(5);
    type('এক');
    void queue.flush();
    type('এক দুই');
    void queue.flush();
    void queue.flush('save');
    await vi.advanceTimersByTimeAsync(0);
    expect(calls).toHaveLength(1);
    calls[0].resolve(6);
    await vi.advanceTimersByTimeAsync(0);
    expect(calls).toHaveLength(2);
    expect(calls[1]).toMatchObject({ content: 'এক দুই', baseVersion: 6, mode: 'save' });
    calls[1].resolve(7);
    await vi.advanceTimersByTimeAsync(2_000);
    expect(calls).toHaveLength(2);
    expect(synced).toEqual([7]);
    expect(queue.version).toBe(7);
  });

  it('keeps a change pending while offline and retries it, at once when back online', async () => {
    const { queue, calls, states, type } = setup();
    type('অফলাইন');
    await vi.advanceTimersByTimeAsync(1_000);
    calls[0].reject('offline');
    await vi.advanceTimersByTimeAsync(0);
    // It says when it tries again (the first retry after a second).
    expect(states.at(-1)).toEqual({ phase: 'offline', reason: 'network', retryAt: Date.now() + 1_000 });
    expect(queue.busy).toBe(true);
    type('অফলাইন লেখা');
    expect(states.at(-1)).toMatchObject({ phase: 'offline' });
    queue.retryNow();
    await vi.advanceTimersByTimeAsync(0);
    expect(calls[1]).toMatchObject({ content: 'অফলাইন লেখা', baseVersion: 1 });
    calls[1].resolve(2);
    await vi.advanceTimersByTimeAsync(0);
    expect(states.at(-1)).toMatchObject({ phase: 'saved' });
    expect(queue.hasUnsaved).toBe(false);
  });

  it('stops on a stale save until the user chooses, then saves on top of the newer version', async () => {
    const { queue, calls, states, type } = setup(3);
    type('আমার লেখা');
    await vi.advanceTimersByTimeAsync(1_000);
    calls[0].reject({ version: 4 });
    await vi.advanceTimersByTimeAsync(0);
    expect(states.at(-1)).toEqual({ phase: 'conflict', details: { version: 4 } });
    type('আমার লেখা আরও');
    await vi.advanceTimersByTimeAsync(20_000);
    expect(calls).toHaveLength(1);
    expect(queue.hasUnsaved).toBe(true);
    queue.resume(4);
    await vi.advanceTimersByTimeAsync(0);
    expect(calls[1]).toMatchObject({ content: 'আমার লেখা আরও', baseVersion: 4 });
  });
});
