// A bounded least-recently-used map with tags: the memory side of the public cache (cache.ts). Bounded by
// entry count and by an estimate of the bytes the values hold; evicting by tag is what invalidation uses.

export interface Entry<T> {
  value: T;
  tags: readonly string[];
  bytes: number;
  expires: number;
}

export class TaggedLru<T> {
  private readonly entries = new Map<string, Entry<T>>();
  private readonly byTag = new Map<string, Set<string>>();
  private bytes = 0;

  constructor(
    private readonly maxEntries: number,
    private readonly maxBytes: number,
  ) {}

  get size(): number {
    return this.entries.size;
  }

  get totalBytes(): number {
    return this.bytes;
  }

  /** The value while it is fresh, marked as just used; an expired entry is dropped. */
  get(key: string, now: number): T | undefined {
    return this.entry(key, now)?.value;
  }

  /** The entry (value and tags) while it is fresh, marked as just used; an expired entry is dropped. */
  entry(key: string, now: number): Entry<T> | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.expires <= now) {
      this.delete(key);
      return undefined;
    }
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry;
  }

  set(key: string, entry: Entry<T>): void {
    this.delete(key);
    if (entry.bytes > this.maxBytes / 4) return; // one huge value would evict everything else
    this.entries.set(key, entry);
    this.bytes += entry.bytes;
    for (const tag of entry.tags) {
      let keys = this.byTag.get(tag);
      if (!keys) this.byTag.set(tag, (keys = new Set()));
      keys.add(key);
    }
    // Map iteration is insertion order, and get() re-inserts: the first key is the least recently used.
    while (this.entries.size > this.maxEntries || this.bytes > this.maxBytes) {
      const oldest = this.entries.keys().next().value as string;
      this.delete(oldest);
    }
  }

  delete(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    this.bytes -= entry.bytes;
    for (const tag of entry.tags) {
      const keys = this.byTag.get(tag);
      keys?.delete(key);
      if (keys?.size === 0) this.byTag.delete(tag);
    }
  }

  /** Drops every entry carrying `tag`; returns how many. */
  deleteTag(tag: string): number {
    const keys = this.byTag.get(tag);
    if (!keys) return 0;
    const n = keys.size;
    for (const key of [...keys]) this.delete(key);
    return n;
  }

  clear(): void {
    this.entries.clear();
    this.byTag.clear();
    this.bytes = 0;
  }

  has(key: string): boolean {
    return this.entries.has(key);
  }

  /** Every cached value (tests: proving what the shared cache holds). */
  values(): T[] {
    return [...this.entries.values()].map((e) => e.value);
  }
}

/** Rough bytes a JSON-like value keeps alive (strings as UTF-16, a fixed cost per object, array slot and number). */
export function approximateBytes(value: unknown, depth = 0): number {
  if (value === null || value === undefined) return 8;
  switch (typeof value) {
    case "string":
      return 40 + value.length * 2;
    case "number":
    case "boolean":
      return 8;
    case "object": {
      if (value instanceof Date) return 48;
      if (depth > 20) return 64;
      let n = 64;
      if (Array.isArray(value)) for (const v of value) n += 8 + approximateBytes(v, depth + 1);
      else for (const [k, v] of Object.entries(value)) n += 16 + k.length * 2 + approximateBytes(v, depth + 1);
      return n;
    }
    default:
      return 16;
  }
}
