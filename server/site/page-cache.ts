/**
 * The rendered-page cache of the public site. Entries are the bytes of a reader
 * response, keyed by origin and URL, and tagged with what the page shows (the story,
 * the stories it links to, its images, its section, the site's sections). A tag's
 * version is bumped when what it names changes (see cache-tags.ts); an entry is good
 * only while every one of its tags still has the version it was rendered with. So a
 * hit costs a few map lookups: no database, no hashing. Bounded by bytes (LRU), and
 * one render per key at a time (others wait for it).
 */

export interface CachedPage {
  status: number;
  contentType: string;
  body: Buffer;
  etag: string;
  tags: readonly string[];
  cacheControl: string;
}

interface Entry extends CachedPage {
  versions: number[];
  at: number;
}

export interface PageCacheStats {
  hits: number;
  misses: number;
  entries: number;
  bytes: number;
  maxBytes: number;
  invalidations: number;
}

/** Per-entry bookkeeping on top of the body: key, tags, headers. */
const ENTRY_OVERHEAD = 512;

export class PageCache {
  private entries = new Map<string, Entry>();
  private tagVersions = new Map<string, number>();
  private inflight = new Map<string, Promise<void>>();
  private bytes = 0;
  private stats = { hits: 0, misses: 0, invalidations: 0 };
  /** Bumped by every invalidation: a render that saw it change meanwhile is not stored. */
  generation = 0;

  constructor(
    private readonly options: {
      maxBytes: number;
      /** A safety net for a change no event announced: entries older than this are rendered again. */
      maxAgeMs: number;
      now?: () => number;
    },
  ) {}

  private now(): number {
    return this.options.now?.() ?? Date.now();
  }

  private version(tag: string): number {
    return this.tagVersions.get(tag) ?? 0;
  }

  /** The entry for `key` if it is still what the page shows, refreshed as most recently used. */
  get(key: string): CachedPage | null {
    const entry = this.entries.get(key);
    if (!entry) {
      this.stats.misses++;
      return null;
    }
    const stale =
      this.now() - entry.at > this.options.maxAgeMs ||
      entry.tags.some((t, i) => this.version(t) !== entry.versions[i]);
    if (stale) {
      this.drop(key, entry);
      this.stats.misses++;
      return null;
    }
    this.entries.delete(key);
    this.entries.set(key, entry);
    this.stats.hits++;
    return entry;
  }

  /**
   * Stores a rendered page, unless an invalidation came while it was rendered
   * (`startedAt`: the generation before the render): it may show the old state.
   */
  set(key: string, page: CachedPage, startedAt = this.generation): void {
    if (startedAt !== this.generation) return;
    const size = page.body.length + key.length + ENTRY_OVERHEAD;
    if (size > this.options.maxBytes / 4) return;
    const previous = this.entries.get(key);
    if (previous) this.drop(key, previous);
    const versions = page.tags.map((t) => this.version(t));
    this.entries.set(key, { ...page, versions, at: this.now() });
    this.bytes += size;
    for (const [oldest, entry] of this.entries) {
      if (this.bytes <= this.options.maxBytes) break;
      this.drop(oldest, entry);
    }
  }

  /** Everything tagged with any of `tags` is stale from now on, on this instance. */
  invalidate(tags: readonly string[]): void {
    for (const tag of tags) this.tagVersions.set(tag, this.version(tag) + 1);
    this.generation++;
    this.stats.invalidations++;
  }

  /**
   * Runs `render` unless another request for `key` is rendering already, in which
   * case it waits for that one (a wave of readers of one new story costs one render).
   */
  async once(key: string, render: () => Promise<void>): Promise<'rendered' | 'waited'> {
    const running = this.inflight.get(key);
    if (running) {
      await running.catch(() => {});
      return 'waited';
    }
    const job = render().finally(() => this.inflight.delete(key));
    this.inflight.set(key, job);
    await job;
    return 'rendered';
  }

  snapshot(): PageCacheStats {
    return { ...this.stats, entries: this.entries.size, bytes: this.bytes, maxBytes: this.options.maxBytes };
  }

  private drop(key: string, entry: Entry): void {
    this.entries.delete(key);
    this.bytes -= entry.body.length + key.length + ENTRY_OVERHEAD;
  }
}
