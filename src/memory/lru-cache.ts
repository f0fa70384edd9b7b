/** Options of `createLruCache`. */
export interface LruCacheOptions {
  /** Entries kept; the least recently used goes first. */
  maxEntries: number;
  /** Lifetime of an entry in milliseconds (`Infinity` for none). */
  ttlMs: number;
}

/**
 * A small bounded LRU map with a time-to-live, on `Map`'s insertion order. Used for the per-turn
 * recall cache and the capture dedupe, both of which must not grow with traffic.
 *
 * @example
 * const cache = createLruCache<string, number>({ maxEntries: 500, ttlMs: 120_000 });
 * cache.set('k', 1, 5_000); // this entry lives 5 s
 * cache.get('k'); // 1
 */
export function createLruCache<Key, Value>({ maxEntries, ttlMs }: LruCacheOptions) {
  const entries = new Map<Key, { value: Value; expiresAt: number }>();
  return {
    get(key: Key): Value | undefined {
      const entry = entries.get(key);
      if (!entry) return undefined;
      entries.delete(key);
      if (entry.expiresAt <= Date.now()) return undefined;
      entries.set(key, entry);
      return entry.value;
    },
    /** Stores `value`; `entryTtlMs` shortens (never lengthens) the cache's lifetime for this entry. */
    set(key: Key, value: Value, entryTtlMs: number = ttlMs): void {
      entries.delete(key);
      entries.set(key, { value, expiresAt: Date.now() + Math.min(ttlMs, entryTtlMs) });
      while (entries.size > maxEntries) entries.delete(entries.keys().next().value as Key);
    },
    delete(key: Key): boolean {
      return entries.delete(key);
    },
    /** Deletes every entry whose key matches. */
    deleteWhere(matches: (key: Key) => boolean): void {
      for (const key of [...entries.keys()]) if (matches(key)) entries.delete(key);
    },
    get size(): number {
      return entries.size;
    },
  };
}

/** The cache `createLruCache` returns. */
export type LruCache<Key, Value> = ReturnType<typeof createLruCache<Key, Value>>;
