import type { MemoryBackend } from '../api/backend.ts';
import type { MemOSFilter, SearchMemoryRequest } from '../api/requests.ts';
import {
  MemOSAbortError,
  MemOSAPIError,
  MemOSConfigError,
  MemOSConnectionError,
  MemOSInvalidRequestError,
  MemOSTimeoutError,
} from '../errors/index.ts';
import { buildMemoryBlock, type FormatMemoriesOptions } from '../prompt/format-memories.ts';
import type { RecalledMemories, RecallResult, Turn } from '../types.ts';
import type { CircuitBreaker } from './circuit-breaker.ts';
import type { ResolvedIdentity } from './identity.ts';
import { recallQuery } from './turn-text.ts';

/** A failed search is remembered this long, so the other steps of a tool loop do not wait for it again. */
export const FAILED_RECALL_TTL_MS = 30_000;
const MIN_QUERY_CHARS = 3;
const NO_MEMORIES: RecalledMemories = Object.freeze({
  facts: [],
  preferences: [],
  toolMemories: [],
  preferenceNote: undefined,
});

/** What recall needs, resolved once by `createMemory`. */
export interface RecallSettings {
  backend: MemoryBackend;
  recallTimeoutMs: number;
  memoryLimit: number;
  preferenceLimit: number;
  toolMemoryLimit: number;
  includePreferences: boolean;
  includeToolMemory: boolean;
  relativity: number;
  filter: MemOSFilter | undefined;
  knowledgebaseIds: string[] | undefined;
  failMode: 'open' | 'throw';
  shouldRecall: ((query: string) => boolean) | undefined;
  format: FormatMemoriesOptions;
  /** Searches kept (least recently used first out) and how long a successful one is reused. */
  cache: { maxEntries: number; ttlMs: number };
  breaker: CircuitBreaker;
  /** Tells `onError` and the `error` event, once per failed search. */
  report: (error: unknown) => void;
}

/** A recall without the identity and timing `createMemory` adds. */
export type RecallOutcome = Pick<RecallResult, 'block' | 'memories' | 'query' | 'source' | 'cached'>;

/** How one search ended; the shared promise resolves with this and never rejects. */
type Settled =
  | { readonly ok: true; readonly block: string; readonly memories: RecalledMemories }
  | { readonly ok: false; readonly kind: 'timeout' | 'error' | 'config'; readonly error: unknown };

/** One search, shared by every caller of its key while it runs and, once settled, until it expires. */
interface Entry {
  readonly promise: Promise<Settled>;
  /** Set when the search settled: a hit then answers without awaiting anything. */
  settled: Settled | undefined;
  /** `Infinity` while in flight (the budget timer bounds it), then the time the result expires. */
  expiresAt: number;
}

/** Cache key of a search; its prefix without the query addresses one conversation. */
export const recallCacheKey = (userId: string, conversationId: string | undefined, query: string) =>
  JSON.stringify([userId, conversationId ?? null, query]);
/** The prefix shared by every `recallCacheKey` of one conversation. */
export const conversationCachePrefix = (userId: string, conversationId: string | undefined) =>
  `${JSON.stringify([userId, conversationId ?? null]).slice(0, -1)},`;

/** Settles with `promise`, or rejects with the signal's reason the moment it aborts. */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return promise;
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    if (signal.aborted) return onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

// A request refused as invalid says nothing about the service's health.
const isRefused = (error: unknown) =>
  MemOSInvalidRequestError.isInstance(error) ||
  (MemOSAPIError.isInstance(error) && error.name === 'MemOSBadRequestError');

/**
 * Builds the recall step: one promise cache keyed by (user, conversation, query), so the steps of a
 * turn, a prefetch and concurrent identical calls share one search; within a latency budget, behind
 * a circuit breaker, and failing open (no memories, `onError` told once per search) unless
 * `failMode` is `'throw'`. A successful search is reused for `cache.ttlMs`; a failed one, in
 * fail-open mode only, for `FAILED_RECALL_TTL_MS`, and a reuse keeps the failure's own source.
 *
 * The search runs with the budget as its own timeout; each caller races the shared promise against
 * its own signal only. When every caller has aborted, the search is left to its budget rather than
 * aborted: it is shared (a prefetch, the next step, a retry may still join it), its cost is bounded
 * by the budget, and counting waiters to abort it is the bookkeeping this cache exists to remove.
 *
 * @example
 * const { recall, forgetConversation } = createRecall(settings);
 * const { block, source } = await recall(turn, identity);
 * forgetConversation(identity.userId, identity.conversationId); // the turn was captured
 */
export function createRecall(settings: RecallSettings) {
  const { backend, recallTimeoutMs, failMode, breaker, report } = settings;
  const { maxEntries, ttlMs } = settings.cache;
  const failedTtlMs = Math.min(ttlMs, FAILED_RECALL_TTL_MS);
  const entries = new Map<string, Entry>();

  const outcome = (query: string | undefined, source: RecallOutcome['source']): RecallOutcome => ({
    block: '',
    memories: NO_MEMORIES,
    query,
    source,
    cached: false,
  });

  const searchBody = (identity: ResolvedIdentity, query: string): SearchMemoryRequest => ({
    query,
    user_id: identity.userId,
    ...(identity.conversationId ? { conversation_id: identity.conversationId } : {}),
    memory_limit_number: settings.memoryLimit,
    include_preference: settings.includePreferences,
    ...(settings.includePreferences ? { preference_limit_number: settings.preferenceLimit } : {}),
    include_tool_memory: settings.includeToolMemory,
    ...(settings.includeToolMemory ? { tool_memory_limit_number: settings.toolMemoryLimit } : {}),
    relativity: settings.relativity,
    ...(settings.filter ? { filter: settings.filter } : {}),
    ...(settings.knowledgebaseIds ? { knowledgebase_ids: settings.knowledgebaseIds } : {}),
  });

  const failed = (error: unknown): Settled => {
    if (MemOSConfigError.isInstance(error)) {
      breaker.release();
      return { ok: false, kind: 'config', error };
    }
    if (isRefused(error)) breaker.release();
    else breaker.onFailure();
    report(error);
    return { ok: false, kind: MemOSTimeoutError.isInstance(error) ? 'timeout' : 'error', error };
  };

  // Never rejects. Being async, a backend that throws synchronously lands in the same catch.
  async function search(body: SearchMemoryRequest): Promise<Settled> {
    const controller = new AbortController();
    const timer = setTimeout(() => {
      const message = `MemOS recall ran past its ${recallTimeoutMs} ms budget`;
      controller.abort(new MemOSTimeoutError(message, { timeoutMs: recallTimeoutMs }));
    }, recallTimeoutMs);
    try {
      const request = backend.searchMemory(body, { signal: controller.signal, timeoutMs: recallTimeoutMs });
      const data = await untilAborted(request, controller.signal);
      const built = buildMemoryBlock(data, { ...settings.format, query: body.query });
      breaker.onSuccess();
      return { ok: true, block: built.block, memories: built.memories };
    } catch (error) {
      return failed(error);
    } finally {
      clearTimeout(timer);
    }
  }

  // The entry is whole and in the map before the search starts, and a search settles only through
  // it: nothing can settle an entry that does not exist yet (a synchronous throw included).
  function start(key: string, body: SearchMemoryRequest): Entry {
    let resolve!: (settled: Settled) => void;
    const promise = new Promise<Settled>((settle) => {
      resolve = settle;
    });
    const entry: Entry = { promise, settled: undefined, expiresAt: Number.POSITIVE_INFINITY };
    entries.set(key, entry);
    while (entries.size > maxEntries) entries.delete(entries.keys().next().value as string);
    const settle = (settled: Settled) => {
      entry.settled = settled;
      // Dropped meanwhile (captured, evicted): a newer entry of the key is not this search's to touch.
      if (entries.get(key) === entry) {
        if (settled.ok) entry.expiresAt = Date.now() + ttlMs;
        else if (failMode === 'open' && settled.kind !== 'config') entry.expiresAt = Date.now() + failedTtlMs;
        else entries.delete(key);
      }
      resolve(settled);
    };
    // `search` never rejects; the second handler only guarantees no caller can wait forever.
    search(body).then(settle, (error: unknown) => settle({ ok: false, kind: 'error', error }));
    return entry;
  }

  // An unexpired entry, marked most recently used.
  function lookup(key: string): Entry | undefined {
    const entry = entries.get(key);
    if (entry === undefined) return undefined;
    entries.delete(key);
    if (entry.expiresAt <= Date.now()) return undefined;
    entries.set(key, entry);
    return entry;
  }

  const fromSearch = (settled: Settled, query: string, cached: boolean): RecallOutcome => {
    if (settled.ok) {
      const source = cached ? 'cache' : 'search';
      return { block: settled.block, memories: settled.memories, query, source, cached };
    }
    if (settled.kind === 'config' || failMode === 'throw') throw settled.error;
    return { block: '', memories: NO_MEMORIES, query, source: settled.kind, cached };
  };

  const callerAborted = (query: string, reason: unknown): RecallOutcome => {
    if (failMode === 'throw')
      throw new MemOSAbortError('MemOS recall aborted by the caller', { cause: reason });
    return outcome(query, 'aborted');
  };

  async function recall(turn: Turn, identity: ResolvedIdentity): Promise<RecallOutcome> {
    if (identity.skip) return outcome(undefined, 'skipped');
    const query = recallQuery(turn.messages);
    if (!query || query.length < MIN_QUERY_CHARS || settings.shouldRecall?.(query) === false) {
      return outcome(query || undefined, 'skipped');
    }
    const key = recallCacheKey(identity.userId, identity.conversationId, query);
    let entry = lookup(key);
    if (entry?.settled) return fromSearch(entry.settled, query, true);
    if (turn.signal?.aborted) return callerAborted(query, turn.signal.reason);
    const joined = entry !== undefined;
    if (!entry) {
      if (!breaker.tryAcquire()) {
        if (failMode === 'throw') {
          throw new MemOSConnectionError(
            `MemOS recall skipped: the circuit is open after ${breaker.failures} consecutive failures`,
            { code: 'CIRCUIT_OPEN' },
          );
        }
        return outcome(query, 'circuit-open');
      }
      entry = start(key, searchBody(identity, query));
    }
    let settled: Settled;
    try {
      settled = await untilAborted(entry.promise, turn.signal);
    } catch (reason) {
      return callerAborted(query, reason);
    }
    return fromSearch(settled, query, joined);
  }

  /** Drops every search of one conversation (its turn was captured: the next turn searches anew). */
  function forgetConversation(userId: string, conversationId: string | undefined): void {
    const prefix = conversationCachePrefix(userId, conversationId);
    for (const key of [...entries.keys()]) if (key.startsWith(prefix)) entries.delete(key);
  }

  return { recall, forgetConversation };
}
