/**
 * The editor's save queue: one save in flight per tab, in order, each based on
 * the version the previous one returned. Changes are saved about a second after
 * typing pauses and at least every ten seconds while it goes on. A network
 * failure keeps the change pending and retries with backoff (and at once when
 * the browser says it is online again); a refusal stops the queue until the
 * editor decides (conflict screen, lost lock, invalid field).
 */

export type SaveMode = 'autosave' | 'save';

/** Why a save did not reach the server: no network, no answer in time, or a server error. */
export type OfflineReason = 'network' | 'no-answer' | 'server';

export type SaveFailure =
  | { kind: 'offline'; reason?: OfflineReason }
  | { kind: 'stale'; details: unknown }
  | { kind: 'locked'; holder: string | null }
  | { kind: 'invalid'; error: unknown };

export type SaveState =
  | { phase: 'idle' }
  | { phase: 'pending' }
  | { phase: 'saving' }
  | { phase: 'saved'; at: Date }
  /** Not sent or not answered: kept on the device, tried again at `retryAt` (ms since epoch). */
  | { phase: 'offline'; reason: OfflineReason; retryAt: number }
  | { phase: 'conflict'; details: unknown }
  | { phase: 'locked'; holder: string | null }
  | { phase: 'error'; error: unknown };

export interface SaveResult {
  version: number;
  updatedAt: Date | string;
}

export interface SaveQueueOptions<C> {
  version: number;
  /** Reads the editor's content at the moment of saving. */
  read: () => C;
  send: (content: C, baseVersion: number, mode: SaveMode) => Promise<SaveResult>;
  /** Sorts a failed send: offline (retry), or a refusal the user must see. */
  classify: (error: unknown) => SaveFailure;
  onState: (state: SaveState) => void;
  /** Called after a save the server has, with no change made since: the local copy may go. */
  onSynced?: (version: number) => void;
  debounceMs?: number;
  maxWaitMs?: number;
  retryMs?: (attempt: number) => number;
}

const defaultRetry = (attempt: number) => Math.min(30_000, 1_000 * 2 ** attempt);

export class SaveQueue<C> {
  version: number;
  private dirty = false;
  private explicit = false;
  private inFlight: Promise<void> | null = null;
  private debounceTimer: ReturnType<typeof setTimeout> | null = null;
  private maxWaitTimer: ReturnType<typeof setTimeout> | null = null;
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  private attempt = 0;
  private stopped = false;
  private paused = false;
  private readonly debounceMs: number;
  private readonly maxWaitMs: number;
  private readonly retryMs: (attempt: number) => number;

  private phase: SaveState['phase'] = 'idle';

  private emit(state: SaveState): void {
    this.phase = state.phase;
    this.options.onState(state);
  }

  constructor(private readonly options: SaveQueueOptions<C>) {
    this.version = options.version;
    this.debounceMs = options.debounceMs ?? 1_000;
    this.maxWaitMs = options.maxWaitMs ?? 10_000;
    this.retryMs = options.retryMs ?? defaultRetry;
  }

  get hasUnsaved(): boolean {
    return this.dirty;
  }

  /** Refused (conflict, lock, invalid field): waiting for the user, sending again would be refused too. */
  get refused(): boolean {
    return this.paused;
  }

  /** Something the server does not have yet: a change waiting, or a save still in flight. */
  get busy(): boolean {
    return this.dirty || this.explicit || this.inFlight !== null;
  }

  /** Something changed: save after a pause, and at least every maxWaitMs. */
  markDirty(): void {
    if (this.stopped) return;
    this.dirty = true;
    // Paused (refused) or offline (a retry is due): the change waits for that.
    if (this.paused || this.retryTimer) return;
    // Once per burst of typing, not per keystroke: each state change re-renders the screen.
    if (!this.inFlight && this.phase !== 'pending') this.emit({ phase: 'pending' });
    if (this.debounceTimer) clearTimeout(this.debounceTimer);
    this.debounceTimer = setTimeout(() => void this.flush(), this.debounceMs);
    this.maxWaitTimer ??= setTimeout(() => void this.flush(), this.maxWaitMs);
  }

  /** Saves now. `save` makes an explicit revision even when nothing changed. */
  async flush(mode: SaveMode = 'autosave'): Promise<void> {
    if (this.stopped) return;
    if (mode === 'save') this.explicit = true;
    if (this.paused && mode !== 'save') return;
    this.paused = false;
    this.clearTimers();
    if (this.inFlight) {
      // One save at a time: the change is picked up when the current one returns.
      await this.inFlight;
      if (this.dirty || this.explicit) return this.flush(this.explicit ? 'save' : 'autosave');
      return;
    }
    if (!this.dirty && !this.explicit) return;
    this.inFlight = this.sendOnce();
    try {
      await this.inFlight;
    } finally {
      this.inFlight = null;
    }
    if (!this.paused && (this.dirty || this.explicit) && !this.debounceTimer && !this.retryTimer) {
      this.debounceTimer = setTimeout(() => void this.flush(), this.debounceMs);
    }
  }

  private async sendOnce(): Promise<void> {
    const mode: SaveMode = this.explicit ? 'save' : 'autosave';
    this.dirty = false;
    this.explicit = false;
    this.emit({ phase: 'saving' });
    let result: SaveResult;
    try {
      result = await this.options.send(this.options.read(), this.version, mode);
    } catch (error) {
      this.dirty = true;
      if (mode === 'save') this.explicit = true;
      this.fail(this.options.classify(error));
      return;
    }
    this.attempt = 0;
    this.version = result.version;
    if (this.dirty) {
      this.emit({ phase: 'pending' });
    } else {
      this.emit({ phase: 'saved', at: new Date(result.updatedAt) });
      this.options.onSynced?.(result.version);
    }
  }

  private fail(failure: SaveFailure): void {
    if (failure.kind === 'offline') {
      const delay = this.retryMs(this.attempt++);
      this.emit({ phase: 'offline', reason: failure.reason ?? 'network', retryAt: Date.now() + delay });
      this.retryTimer = setTimeout(() => {
        this.retryTimer = null;
        void this.flush();
      }, delay);
      return;
    }
    // A refusal waits for the user: retrying would only be refused again.
    this.paused = true;
    if (failure.kind === 'stale') this.emit({ phase: 'conflict', details: failure.details });
    else if (failure.kind === 'locked') this.emit({ phase: 'locked', holder: failure.holder });
    else this.emit({ phase: 'error', error: failure.error });
  }

  /** The browser is back online: try now instead of waiting for the backoff. */
  retryNow(): void {
    if (this.retryTimer) {
      clearTimeout(this.retryTimer);
      this.retryTimer = null;
      this.attempt = 0;
      void this.flush();
    }
  }

  /** After the user chose in the conflict screen (or took the lock back): continue from `version`. */
  resume(version: number, { discardChanges = false } = {}): void {
    this.version = version;
    this.paused = false;
    if (discardChanges) {
      this.dirty = false;
      this.explicit = false;
      this.emit({ phase: 'idle' });
      return;
    }
    if (this.dirty || this.explicit) void this.flush(this.explicit ? 'save' : 'autosave');
  }

  /** Stop sending (lost the lock): changes are still tracked and kept locally by the caller. */
  pause(): void {
    this.paused = true;
    this.clearTimers();
  }

  /** Undoes stop(): React's StrictMode unmounts and remounts effects once in development. */
  start(): void {
    this.stopped = false;
  }

  stop(): void {
    this.stopped = true;
    this.clearTimers();
  }

  private clearTimers(): void {
    for (const timer of [this.debounceTimer, this.maxWaitTimer, this.retryTimer]) {
      if (timer) clearTimeout(timer);
    }
    this.debounceTimer = null;
    this.maxWaitTimer = null;
    this.retryTimer = null;
  }
}
