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
import { buildMemoryBlock, type FormatMemoriesOptions, type MemoryBlock } from '../prompt/format-memories.ts';
import type { RecalledMemories, RecallResult, Turn } from '../types.ts';
import type { CircuitBreaker } from './circuit-breaker.ts';
import type { ResolvedIdentity } from './identity.ts';
import type { LruCache } from './lru-cache.ts';
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
  cache: LruCache<string, MemoryBlock>;
  breaker: CircuitBreaker;
  /** Tells `onError` and the `error` event, once per failed search. */
  report: (error: unknown) => void;
}

/** A recall without the identity and timing `createMemory` adds. */
export type RecallOutcome = Pick<RecallResult, 'block' | 'memories' | 'query' | 'source'>;

type FlightResult =
  | ({ ok: true } & MemoryBlock)
  | { ok: false; kind: 'timeout' | 'error' | 'abandoned' | 'config'; error: unknown };

interface Flight {
  readonly promise: Promise<FlightResult>;
  readonly abandon: () => void;
  waiters: number;
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

/**
 * Builds the recall step: one search per turn (an LRU keyed by user, conversation and query, and
 * concurrent identical searches coalesced), within a latency budget, behind a circuit breaker, and
 * failing open (no memories, `onError` told) unless `failMode` is `'throw'`.
 *
 * @example
 * const recall = createRecall(settings);
 * const { block, source } = await recall(turn, identity);
 */
export function createRecall(settings: RecallSettings) {
  const { backend, recallTimeoutMs, failMode, cache, breaker, report } = settings;
  const inFlight = new Map<string, Flight>();
  const outcome = (query: string | undefined, source: RecallOutcome['source']): RecallOutcome => ({
    block: '',
    memories: NO_MEMORIES,
    query,
    source,
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

  function startFlight(key: string, body: SearchMemoryRequest): Flight {
    const controller = new AbortController();
    let abandoned = false;
    const timer = setTimeout(() => {
      const message = `MemOS recall ran past its ${recallTimeoutMs} ms budget`;
      controller.abort(new MemOSTimeoutError(message, { timeoutMs: recallTimeoutMs }));
    }, recallTimeoutMs);
    const settle = (error: unknown): FlightResult => {
      if (MemOSConfigError.isInstance(error) || abandoned) {
        breaker.release();
        return { ok: false, kind: abandoned ? 'abandoned' : 'config', error };
      }
      // A request refused as invalid says nothing about the service's health.
      const refused =
        MemOSInvalidRequestError.isInstance(error) ||
        (MemOSAPIError.isInstance(error) && error.name === 'MemOSBadRequestError');
      if (refused) breaker.release();
      else breaker.onFailure();
      report(error);
      if (failMode === 'open') cache.set(key, { block: '', memories: NO_MEMORIES }, FAILED_RECALL_TTL_MS);
      return { ok: false, kind: MemOSTimeoutError.isInstance(error) ? 'timeout' : 'error', error };
    };
    const run = async (): Promise<FlightResult> => {
      try {
        const search = backend.searchMemory(body, { signal: controller.signal, timeoutMs: recallTimeoutMs });
        const data = await untilAborted(search, controller.signal);
        const built = buildMemoryBlock(data, { ...settings.format, query: body.query });
        breaker.onSuccess();
        cache.set(key, built);
        return { ok: true, ...built };
      } catch (error) {
        return settle(error);
      } finally {
        clearTimeout(timer);
        if (inFlight.get(key) === flight) inFlight.delete(key);
      }
    };
    const flight: Flight = {
      promise: run(),
      waiters: 0,
      abandon: () => {
        abandoned = true;
        if (inFlight.get(key) === flight) inFlight.delete(key);
        controller.abort(new MemOSAbortError('MemOS recall abandoned: every caller aborted'));
      },
    };
    inFlight.set(key, flight);
    return flight;
  }

  const callerAborted = (query: string, reason: unknown): RecallOutcome => {
    if (failMode === 'throw')
      throw new MemOSAbortError('MemOS recall aborted by the caller', { cause: reason });
    return outcome(query, 'timeout');
  };

  async function waitFor(
    flight: Flight,
    turn: Turn,
    query: string,
    initiator: boolean,
  ): Promise<RecallOutcome> {
    flight.waiters += 1;
    let result: FlightResult;
    try {
      result = await untilAborted(flight.promise, turn.signal);
    } catch (reason) {
      return callerAborted(query, reason);
    } finally {
      flight.waiters -= 1;
      // The last caller gone: abort the request itself (a no-op once the search has settled).
      if (flight.waiters === 0 && turn.signal?.aborted) flight.abandon();
    }
    if (result.ok) {
      return {
        block: result.block,
        memories: result.memories,
        query,
        source: initiator ? 'search' : 'cache',
      };
    }
    if (result.kind === 'config' || (failMode === 'throw' && result.kind !== 'abandoned')) throw result.error;
    return outcome(query, result.kind === 'error' ? 'error' : 'timeout');
  }

  return async function recall(turn: Turn, identity: ResolvedIdentity): Promise<RecallOutcome> {
    if (identity.skip) return outcome(undefined, 'skipped');
    const query = recallQuery(turn.messages);
    if (!query || query.length < MIN_QUERY_CHARS || settings.shouldRecall?.(query) === false) {
      return outcome(query || undefined, 'skipped');
    }
    const key = recallCacheKey(identity.userId, identity.conversationId, query);
    const cached = cache.get(key);
    if (cached) return { block: cached.block, memories: cached.memories, query, source: 'cache' };
    if (turn.signal?.aborted) return callerAborted(query, turn.signal.reason);
    const joined = inFlight.get(key);
    if (joined) return waitFor(joined, turn, query, false);
    if (!breaker.tryAcquire()) {
      if (failMode === 'throw') {
        throw new MemOSConnectionError(
          `MemOS recall skipped: the circuit is open after ${breaker.failures} consecutive failures`,
          { code: 'CIRCUIT_OPEN' },
        );
      }
      return outcome(query, 'circuit-open');
    }
    return waitFor(startFlight(key, searchBody(identity, query)), turn, query, true);
  };
}
