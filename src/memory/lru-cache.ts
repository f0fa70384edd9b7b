/** Options of `createLruCache`. */
export interface LruCacheOptions {
  /** Entries kept; the least recently used goes first. */
  maxEntries: number;
  /** Lifetime of an entry in milliseconds (`Infinity` for none). */
  ttlMs: number;
}

/**
 * A small bounded LRU map with a time-to-live, on `Map`'s insertion order. Used for the capture
 * dedupe, which must not grow with traffic (recall keeps its own promise cache, in `recall.ts`).
 *
 * @example
 * const cache = createLruCache<string, number>({ maxEntries: 500, ttlMs: 120_000 });
 * cache.set('k', 1);
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
    set(key: Key, value: Value): void {
      entries.delete(key);
      entries.set(key, { value, expiresAt: Date.now() + ttlMs });
      while (entries.size > maxEntries) entries.delete(entries.keys().next().value as Key);
    },
    delete(key: Key): boolean {
      return entries.delete(key);
    },
    get size(): number {
      return entries.size;
    },
  };
}

/** The cache `createLruCache` returns. */
export type LruCache<Key, Value> = ReturnType<typeof createLruCache<Key, Value>>;
