import { DEFAULTS } from '../api/limits.ts';
import type { RecallResult, Reply, Turn } from '../types.ts';
import { createWriter } from '../writer/create-writer.ts';
import { createCapture } from './capture.ts';
import { createCircuitBreaker } from './circuit-breaker.ts';
import { resolveDefaultBackend } from './default-backend.ts';
import { createEventHub } from './event-hub.ts';
import { type ResolvedIdentity, resolveTurnIdentity } from './identity.ts';
import { createLruCache } from './lru-cache.ts';
import { validateMemoryOptions } from './memory-options.ts';
import { createRecall } from './recall.ts';
import type { Memory, MemoryOptions } from './types.ts';

/**
 * Creates the framework-free memory core every adapter calls: `recall(turn)` before the model call
 * (one search per turn, within a budget, failing open) and `capture(turn, reply)` after it (delta
 * only, deduplicated, written in the background). Options are checked here, once.
 *
 * @example
 * const memory = createMemory({ backend: new MemOSClient(), recallTimeoutMs: 800 });
 * const { block } = await memory.recall({ userId: 'u-42', messages });
 * memory.capture({ userId: 'u-42', messages }, { status: 'complete', text: answer });
 * await memory.close();
 */
export function createMemory(options: MemoryOptions = {}): Memory {
  validateMemoryOptions(options);
  const {
    backend: givenBackend,
    recallTimeoutMs = 1500,
    memoryLimit = DEFAULTS.memoryLimitNumber,
    preferenceLimit = DEFAULTS.preferenceLimitNumber,
    toolMemoryLimit = DEFAULTS.toolMemoryLimitNumber,
    includePreferences = true,
    includeToolMemory = false,
    relativity = DEFAULTS.relativity,
    filter,
    knowledgebaseIds,
    placement = 'system',
    template,
    maxBlockChars = 4000,
    maxItemChars = 500,
    includeCurrentTime = false,
    failMode = 'open',
    shouldRecall,
    includeToolCalls = false,
    includeFiles = false,
    maxToolResultChars = 2000,
    onAbort = 'user-only',
    addDefaults,
    resolveIdentity,
    waitUntil,
    writer: writerOptions = {},
    recallCache: { maxEntries = 500, ttlMs = 300_000 } = {},
    circuitBreaker = {},
  } = options;
  const staticIdentity = {
    userId: options.userId,
    conversationId: options.conversationId,
    agentId: options.agentId,
    appId: options.appId,
    readOnly: options.readOnly,
    skip: options.skip,
  };

  const events = createEventHub();
  if (options.onError) events.on('error', options.onError);
  if (options.onRecall) events.on('recall', options.onRecall);
  if (options.onCapture) events.on('capture', options.onCapture);
  if (options.onWrite) events.on('write', options.onWrite);
  if (options.onDrop) events.on('drop', options.onDrop);
  if (options.onInfo) events.on('info', options.onInfo);

  const chosen = givenBackend ? undefined : resolveDefaultBackend();
  const backend = givenBackend ?? chosen!.backend;
  // A microtask, so listeners added with `memory.events.on` right after creation hear it too.
  if (chosen) queueMicrotask(() => events.emit('info', chosen.info));

  const recallStep = createRecall({
    backend,
    recallTimeoutMs,
    memoryLimit,
    preferenceLimit,
    toolMemoryLimit,
    includePreferences,
    includeToolMemory,
    relativity,
    filter,
    knowledgebaseIds,
    failMode,
    shouldRecall,
    format: {
      relativity,
      includePreferences,
      includeToolMemory,
      maxItemChars,
      maxBlockChars,
      includeCurrentTime,
      template,
    },
    cache: { maxEntries, ttlMs },
    breaker: createCircuitBreaker(circuitBreaker),
    report: (error) => events.emit('error', { error, phase: 'recall' }),
  });
  const captureStep = createCapture({
    // Late-bound: the writer's drop hook needs `captureStep`, and the writer may drop while it replays.
    writer: { enqueue: (request) => writer.enqueue(request) },
    delta: { includeToolCalls, includeFiles, maxToolResultChars, onAbort },
    addDefaults,
    seen: createLruCache<string, true>({ maxEntries: 1000, ttlMs: Number.POSITIVE_INFINITY }),
    onCaptured: (identity) => recallStep.forgetConversation(identity.userId, identity.conversationId),
    emit: (event) => events.emit('capture', event),
  });
  const writer = createWriter({
    ...writerOptions,
    backend,
    waitUntil,
    onWrite: (event) => events.emit('write', event),
    onError: (event) => events.emit('error', event),
    onDrop: (event) => {
      captureStep.forget(event.request);
      events.emit('drop', event);
    },
  });
  const pendingCaptures = new Set<Promise<void>>();

  return {
    events: { on: events.on },
    backend,
    placement,
    async recall(turn: Turn): Promise<RecallResult> {
      const started = Date.now();
      const identity = await resolveTurnIdentity(staticIdentity, resolveIdentity, turn);
      const outcome = await recallStep.recall(turn, identity);
      const result: RecallResult = { ...outcome, identity, durationMs: Date.now() - started };
      events.emit('recall', result);
      return result;
    },
    capture(turn: Turn, reply: Reply): void {
      const identity = resolveTurnIdentity(staticIdentity, resolveIdentity, turn);
      if (!(identity instanceof Promise)) {
        captureStep.capture(turn, identity, reply);
        return;
      }
      // An async resolveIdentity: capture still returns at once; flush() and waitUntil cover the wait.
      const pending = identity.then(
        (resolved: ResolvedIdentity) => captureStep.capture(turn, resolved, reply),
        (error: unknown) => events.emit('error', { error, phase: 'capture' }),
      );
      pendingCaptures.add(pending);
      void pending.finally(() => pendingCaptures.delete(pending));
      waitUntil?.(pending);
    },
    async flush(): Promise<void> {
      await Promise.all(pendingCaptures);
      await writer.flush();
    },
    async close(): Promise<void> {
      await Promise.all(pendingCaptures);
      await writer.close();
    },
  };
}
