import { AsyncLocalStorage } from "node:async_hooks";
import { randomUUID } from "node:crypto";
import { publish, RESYNC, type LiveBus, type LiveEvent } from "@commonplace/db/live";
import { approximateBytes, TaggedLru } from "./lru.ts";

// What public pages show identically to everyone (a paper, its public counts, a person's public profile),
// kept in this process's memory and dropped when PostgreSQL says a row behind it changed. PostgreSQL's own
// triggers (migration public_cache_invalidation) NOTIFY the keys a statement touched — paper:<id>, user:<id>,
// list:<id>, team:<id>, or "all" — on the live-events channel, so a write from any process (the API, the
// worker, another web instance, a script) reaches every instance's cache on commit.
//
// Safety rules:
// - only values computed for an anonymous reader go in (callers add the per-viewer parts afterwards);
// - while the LISTEN connection is not up, the cache is bypassed (nothing read, nothing kept), and when it
//   comes back (RESYNC) everything is dropped: events may have been missed;
// - a value loaded while one of its tags was invalidated is returned but not kept (it may predate the change);
// - sync(): a NOTIFY round trip through PostgreSQL. Notifications arrive in commit order, so once ours is back
//   every change committed before has been applied here (the API calls it after each mutation: read-your-writes).
//
// Rendered pages: the web server (apps/web/page-cache.mjs) keeps the HTML of the public pages it rendered for
// a visitor without a session in a second LRU here, tagged with the tags of every value the render read
// through get() (recordPage: an AsyncLocalStorage scope around the render). A value that could not be kept
// (null tags) makes the page unkeepable too; pages share the values' TTL, the bound on what a page shows that no
// read here covers. Invalidations drop pages and values alike.

export const TOPIC = "public-cache";

export interface PublicCacheOptions {
  maxEntries?: number;
  maxBytes?: number;
  /** A safety net for what no trigger announces (time-based freshness, e.g. related papers). */
  ttlMs?: number;
  syncTimeoutMs?: number;
}

/** A page as it was sent: status, headers (the CSP one carries `nonce`), and its UTF-8 body cut at each `nonce`. */
export interface CachedPage {
  status: number;
  headers: [string, string][];
  nonce: string;
  parts: Buffer[];
}

/** What one render read: the tags of every value, or that something could not be kept. */
interface Reading {
  tags: Set<string>;
  unkeepable: boolean;
}

/** A render being recorded (recordPage). */
export interface PageRecording {
  /** Runs `render` inside the recording scope (call it once, around the whole render). */
  run<T>(render: () => T): T;
  /** The finished page (null: do not keep); returns whether it was kept. Always call it once, also on failure. */
  finish(key: string, page: CachedPage | null): boolean;
}

type Publisher = Parameters<typeof publish>[0];

export class PublicCache {
  private readonly lru: TaggedLru<unknown>;
  private readonly pages: TaggedLru<CachedPage>;
  private readonly reading = new AsyncLocalStorage<Reading>();
  private readonly inFlight = new Map<string, Promise<unknown>>();
  /** Keys invalidated while a load was running, per running load. */
  private readonly loading = new Set<Set<string>>();
  private readonly barriers = new Map<string, () => void>();
  private readonly abort = new AbortController();
  private attached = false;
  private started = false;
  private readonly ttlMs: number;
  private readonly syncTimeoutMs: number;
  readonly stats = { hits: 0, misses: 0, bypassed: 0, invalidations: 0 };

  constructor(
    private readonly bus: LiveBus,
    options: PublicCacheOptions = {},
  ) {
    this.lru = new TaggedLru(options.maxEntries ?? 5000, options.maxBytes ?? 64 * 1024 * 1024);
    this.ttlMs = options.ttlMs ?? 5 * 60_000;
    this.syncTimeoutMs = options.syncTimeoutMs ?? 2000;
    this.pages = new TaggedLru(2000, 128 * 1024 * 1024);
  }

  /** Started, listening and connected: only then is anything read from or kept in memory. */
  get active(): boolean {
    return this.started && this.attached && this.bus.state().status === "up";
  }

  get size(): number {
    return this.lru.size;
  }

  get bytes(): number {
    return this.lru.totalBytes;
  }

  /** Every value held (tests prove no private row is among them). */
  values(): unknown[] {
    return this.lru.values();
  }

  /**
   * The cached value for `key`, or `load()`'s (kept under the tags `tagsOf` names; null tags: do not keep).
   * Concurrent misses for one key share one load.
   */
  async get<T>(key: string, load: () => Promise<T>, tagsOf: (value: T) => string[] | null): Promise<T> {
    const reading = this.reading.getStore();
    let value: T;
    try {
      value = await this.read(key, load, tagsOf);
    } catch (error) {
      // The page shows an error note in its place (search down …): never kept past the outage.
      if (reading) reading.unkeepable = true;
      throw error;
    }
    if (reading) {
      const tags = tagsOf(value);
      // Only a value the cache holds now can vouch for a page: one it declined (null tags, or loaded while one
      // of its tags was invalidated, possibly by another request's load this render joined) may be stale.
      if (tags && this.lru.has(key)) for (const t of tags) reading.tags.add(t);
      else reading.unkeepable = true;
    }
    return value;
  }

  private async read<T>(key: string, load: () => Promise<T>, tagsOf: (value: T) => string[] | null): Promise<T> {
    if (!this.active) {
      this.stats.bypassed++;
      return load();
    }
    const hit = this.lru.get(key, Date.now());
    if (hit !== undefined) {
      this.stats.hits++;
      return hit as T;
    }
    this.stats.misses++;
    const pending = this.inFlight.get(key);
    if (pending) return pending as Promise<T>;
    const seen = new Set<string>();
    this.loading.add(seen);
    const run = (async () => {
      try {
        const value = await load();
        const tags = tagsOf(value);
        if (tags && this.active && !seen.has("all") && !tags.some((t) => seen.has(t))) {
          this.lru.set(key, { value: deepFreeze(value), tags, bytes: approximateBytes(value), expires: Date.now() + this.ttlMs });
        }
        return value;
      } finally {
        this.loading.delete(seen);
        this.inFlight.delete(key);
      }
    })();
    this.inFlight.set(key, run);
    return run;
  }

  /** A page kept by recordPage under `key`, while the cache is active. */
  page(key: string): CachedPage | undefined {
    if (!this.active) return undefined;
    return this.pages.get(key, Date.now());
  }

  /**
   * Starts recording a render: what it reads through get() tags the page, and an invalidation of any of those
   * tags (or "all") before finish() means the page is not kept.
   */
  recordPage(): PageRecording {
    const reading: Reading = { tags: new Set(), unkeepable: false };
    const seen = new Set<string>();
    this.loading.add(seen);
    let finished = false;
    return {
      run: (render) => this.reading.run(reading, render),
      finish: (key, page) => {
        if (finished) return false;
        finished = true;
        this.loading.delete(seen);
        const tags = [...reading.tags];
        if (!page || reading.unkeepable || tags.length === 0 || !this.active || seen.has("all") || tags.some((t) => seen.has(t))) return false;
        const bytes = page.parts.reduce((n, part) => n + 64 + part.length, 256);
        this.pages.set(key, { value: page, tags, bytes, expires: Date.now() + this.ttlMs });
        return this.pages.has(key);
      },
    };
  }

  /** Drops what carries `tag` ("all": everything). Called for each NOTIFY; exported for tests and scripts. */
  invalidate(tag: string): void {
    this.stats.invalidations++;
    for (const seen of this.loading) seen.add(tag);
    if (tag === "all") {
      this.lru.clear();
      this.pages.clear();
    } else {
      this.lru.deleteTag(tag);
      this.pages.deleteTag(tag);
    }
  }

  /** Resolves once every change committed before the call has been applied here (see the header). */
  async sync(db: Publisher): Promise<void> {
    // Nothing held or loading (or a process that never read through the cache): nothing to wait for.
    if ((this.lru.size === 0 && this.pages.size === 0 && this.inFlight.size === 0 && this.loading.size === 0) || !this.active) return;
    const id = randomUUID();
    const arrived = new Promise<boolean>((resolve) => {
      const timer = setTimeout(() => resolve(false), this.syncTimeoutMs);
      this.barriers.set(id, () => {
        clearTimeout(timer);
        resolve(true);
      });
    });
    try {
      await publish(db, { topic: TOPIC, kind: "barrier", id });
      // No answer in time: the connection is in trouble, so nothing here can be trusted.
      if (!(await arrived)) this.invalidate("all");
    } catch {
      this.invalidate("all");
    } finally {
      this.barriers.delete(id);
    }
  }

  async close(): Promise<void> {
    this.abort.abort();
    this.lru.clear();
    this.pages.clear();
  }

  /**
   * Starts listening (a LISTEN connection that keeps the process alive): long-running servers only. A process
   * that never starts it (scripts, the worker, the seed) reads straight from PostgreSQL.
   */
  start(): void {
    if (this.started || this.abort.signal.aborted) return;
    this.started = true;
    void this.listen();
  }

  private async listen(): Promise<void> {
    while (!this.abort.signal.aborted) {
      const events = this.bus.subscribe(TOPIC, this.abort.signal);
      // The generator attaches its listener on the first next(), before it waits for the connection.
      let next = events.next();
      this.attached = true;
      try {
        for (let r = await next; !r.done; r = await next) {
          this.apply(r.value);
          next = events.next();
        }
      } catch {
        // The connection stayed down past the bus's wait: forget everything and try again.
      }
      this.attached = false;
      this.invalidate("all"); // renders and loads in progress learn of the gap too
      if (!this.abort.signal.aborted) await new Promise((r) => setTimeout(r, 1000).unref());
    }
  }

  private apply(event: LiveEvent): void {
    if (event.kind === RESYNC) return this.invalidate("all");
    if (event.kind === "barrier") return this.barriers.get(event.id ?? "")?.();
    if (event.kind === "invalidate" && event.id) this.invalidate(event.id);
  }
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}
