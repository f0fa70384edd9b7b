import { DEFAULTS } from '../api/limits.ts';
import type { MemoryEventHooks, MemoryEvents, RecallResult, Reply, Turn } from '../types.ts';
import {
  createWriter,
  type WriterCloseResult,
  type WriterFlushResult,
  type WriterWaitOptions,
} from '../writer/create-writer.ts';
import { DEFAULT_MAX_TURN_CHARS } from './cap-turn-chars.ts';
import { createCapture } from './capture.ts';
import { createCircuitBreaker } from './circuit-breaker.ts';
import { resolveDefaultBackend } from './default-backend.ts';
import { createEventHub } from './event-hub.ts';
import { type ResolvedIdentity, resolveTurnIdentity } from './identity.ts';
import { createKeepAlive } from './keep-alive.ts';
import { createLruCache } from './lru-cache.ts';
import { validateMemoryOptions } from './memory-options.ts';
import { createRecall } from './recall.ts';
import type { Memory, MemoryOptions } from './types.ts';
import { waitWithin } from './wait-within.ts';

const FAILED: Record<MemoryEvents['error']['phase'], readonly [what: string, then: string]> = {
  recall: ['recall failed', 'the call went on without memory'],
  capture: ['capture failed', 'the turn was not stored'],
  write: ['a write to MemOS failed', 'it is retried when the failure is retryable, else dropped'],
  outbox: ['the write outbox failed', 'writes go on from memory, without durability'],
  'keep-alive': ["the host's waitUntil failed", 'the write goes on, but the host may end the function first'],
  listener: ['an event listener threw', 'the other listeners still ran'],
};
const MAX_CAUSE_CHARS = 300;

// Only the name and message: MemOS errors keep secrets out of those, and nothing else is printed.
function causeOf(error: unknown): { name: string; text: string } {
  const { name, message } = (typeof error === 'object' && error !== null ? error : {}) as {
    name?: unknown;
    message?: unknown;
  };
  const kind = typeof name === 'string' && name ? name : typeof error;
  const detail = typeof message === 'string' ? message : typeof error === 'string' ? error : '';
  const text = detail ? `${kind}: ${detail}` : kind;
  return { name: kind, text: text.length > MAX_CAUSE_CHARS ? `${text.slice(0, MAX_CAUSE_CHARS)}…` : text };
}

/**
 * Fail open, out loud: while nobody handles errors, says each kind of failure (phase + error name)
 * once, in one line naming the cause and the option that handles it.
 */
function warnOncePerKind(logger: { warn(message: string): void }, handled: () => boolean) {
  const said = new Set<string>();
  return function warnFailure({ error, phase }: MemoryEvents['error']): void {
    if (handled()) return;
    const cause = causeOf(error);
    const kind = `${phase}:${cause.name}`;
    if (said.has(kind)) return;
    said.add(kind);
    const [what, then] = FAILED[phase];
    logger.warn(
      `memos-middleware: ${what} (${cause.text}); ${then}. Pass onError to handle this, or logger: false to silence it.`,
    );
  };
}

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
    maxTurnChars = DEFAULT_MAX_TURN_CHARS,
    onAbort = 'user-only',
    addDefaults,
    resolveIdentity,
    waitUntil,
    writer: writerOptions = {},
    recallCache: { maxEntries = 500, ttlMs = 300_000 } = {},
    circuitBreaker = {},
    logger = globalThis.console,
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
  // Error listeners the app added (onError or events.on): while there is one, the default warning is quiet.
  let errorListeners = 0;
  const on: MemoryEventHooks['on'] = (name, listener) => {
    const off = events.on(name, listener);
    if (name !== 'error') return off;
    errorListeners += 1;
    let subscribed = true;
    return () => {
      if (subscribed) errorListeners -= 1;
      subscribed = false;
      off();
    };
  };
  if (options.onError) on('error', options.onError);
  const handled = () => errorListeners > 0;
  if (logger) events.on('error', warnOncePerKind(logger, handled));
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
  const keepAlive = createKeepAlive(waitUntil, (error) =>
    events.emit('error', { error, phase: 'keep-alive' }),
  );
  const captureStep = createCapture({
    // Late-bound: the writer's drop hook needs `captureStep`, and the writer may drop while it replays.
    writer: { enqueue: (request) => writer.enqueue(request) },
    delta: { includeToolCalls, includeFiles, maxToolResultChars, maxTurnChars, onAbort },
    addDefaults,
    seen: createLruCache<string, true>({ maxEntries: 1000, ttlMs: Number.POSITIVE_INFINITY }),
    onCaptured: (identity) => recallStep.forgetConversation(identity.userId, identity.conversationId),
    emit: (event) => events.emit('capture', event),
  });
  const writer = createWriter({
    ...writerOptions,
    backend,
    waitUntil: keepAlive,
    onWrite: (event) => events.emit('write', event),
    onError: (event) => events.emit('error', event),
    onDrop: (event) => {
      captureStep.forget(event.request);
      events.emit('drop', event);
    },
  });
  const pendingCaptures = new Set<Promise<void>>();

  return {
    events: { on },
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
      keepAlive(pending);
    },
    async flush(options: WriterWaitOptions = {}): Promise<WriterFlushResult> {
      // One deadline for both waits: the captures still resolving identity, then the writer.
      const deadline = options.timeoutMs === undefined ? undefined : Date.now() + options.timeoutMs;
      const left = () => (deadline === undefined ? {} : { timeoutMs: Math.max(0, deadline - Date.now()) });
      await waitWithin(Promise.all(pendingCaptures), left().timeoutMs);
      return writer.flush(left());
    },
    keepAlive,
    async close(options: WriterWaitOptions = {}): Promise<WriterCloseResult> {
      const deadline = options.timeoutMs === undefined ? undefined : Date.now() + options.timeoutMs;
      const left = () => (deadline === undefined ? {} : { timeoutMs: Math.max(0, deadline - Date.now()) });
      // A capture still resolving identity past the deadline reaches a closed writer: onDrop hears it.
      await waitWithin(Promise.all(pendingCaptures), left().timeoutMs);
      return writer.close(left());
    },
  };
}
