import type { MemoryBackend } from '../api/backend.ts';
import type { AddMessageRequest } from '../api/requests.ts';
import { MemOSConfigError } from '../errors/index.ts';
import { backoffDelayMs, isRetryable } from '../retry/backoff.ts';
import type { MemoryEvents, WriterOptions } from '../types.ts';
import { batchKey } from './batch-key.ts';
import { type Outbox, openOutbox } from './outbox.ts';
import { createWriteBreaker, type WriteBreaker } from './write-breaker.ts';
import {
  conversationKeyOf,
  createWriteQueue,
  mergeKeyOf,
  type QueuedWrite,
  type WriteBatch,
} from './write-queue.ts';

/** Options of `createWriter`: the tuning of `WriterOptions` plus the backend and the hooks. */
export interface CreateWriterOptions extends WriterOptions {
  backend: MemoryBackend;
  /** Given the promise of each enqueued write, so serverless hosts keep the work alive. */
  waitUntil?: ((promise: Promise<unknown>) => void) | undefined;
  onWrite?: ((event: MemoryEvents['write']) => void) | undefined;
  /** Told of every failed attempt (phase `'write'`) and outbox trouble (phase `'outbox'`). */
  onError?: ((event: MemoryEvents['error']) => void) | undefined;
  /** Given back every write that will not be delivered: failed for good, overflowed, or after close. */
  onDrop?: ((event: MemoryEvents['drop']) => void) | undefined;
}

/** How long `flush` or `close` may wait. */
export interface WriterWaitOptions {
  /**
   * Most milliseconds to wait. `flush` then resolves with what is still pending (it goes on in the
   * background); `close` hands what is left to the outbox (or to `onDrop`) and returns.
   * @default no limit
   */
  timeoutMs?: number | undefined;
}

/** What `flush` leaves behind. */
export interface WriterFlushResult {
  /** Writes still pending when `flush` returned (0 when everything enqueued before it settled). */
  readonly pending: number;
}

/** What `close` (or `destroy`) did with the writes it could not deliver in time. */
export interface WriterCloseResult {
  /** Left in the outbox, un-acknowledged: the next writer on that outbox delivers them. */
  readonly keptInOutbox: number;
  /** Handed to `onDrop` with reason `'closed'` (no outbox, or a write the disk refused to journal). */
  readonly dropped: number;
}

/** The background writer: `enqueue` returns at once, delivery happens behind it. */
export interface Writer {
  /** Queues one turn's `addMessage` (journaled first when there is an outbox). Never throws. */
  enqueue(request: AddMessageRequest): void;
  /** Resolves when everything enqueued so far is delivered or dropped, or when `timeoutMs` ran out. */
  flush(options?: WriterWaitOptions): Promise<WriterFlushResult>;
  /**
   * Stops taking writes, flushes (within `timeoutMs` when given: then in-flight requests are aborted,
   * backoffs cut short, and what is left goes to the outbox, else to `onDrop`), closes the outbox,
   * then calls `backend.close()`. A later call with a sooner deadline brings it forward.
   */
  close(options?: WriterWaitOptions): Promise<WriterCloseResult>;
  /** `close({ timeoutMs: 0 })`, at once: nothing more is sent, what is left is handed off now. */
  destroy(): Promise<WriterCloseResult>;
  /** Writes not yet settled (waiting, backing off or in flight). */
  readonly pending: number;
}

interface Tracked extends QueuedWrite {
  /** In the outbox: a replay will deliver it if this process does not. */
  journaled: boolean;
  readonly settled: Promise<void>;
  readonly settle: () => void;
}

// A request unanswered this long gives its concurrency slot back (it goes on until its own timeout),
// so hangs cannot take every slot for a whole timeout each; at most IN_FLIGHT_FACTOR × concurrency
// requests are out in all. The wait grows with how long answers usually take (4 × their moving
// average), so a slow but healthy MemOS (an LLM extractor answering in seconds) keeps its slots.
const SLOT_RELEASE_MIN_MS = 500;
const IN_FLIGHT_FACTOR = 4;

function positiveInteger(name: string, value: number, minimum: number): number {
  if (!Number.isInteger(value) || value < minimum) {
    throw new MemOSConfigError(`writer.${name} must be an integer >= ${minimum}, got ${String(value)}`);
  }
  return value;
}

function checkTimeout(timeoutMs: number | undefined): void {
  if (timeoutMs !== undefined && !(typeof timeoutMs === 'number' && timeoutMs >= 0)) {
    throw new MemOSConfigError(`timeoutMs must be a number >= 0, got ${String(timeoutMs)}`);
  }
}

function breakerOf(options: WriterOptions['circuitBreaker']): WriteBreaker | undefined {
  if (options === false) return undefined;
  const { failureThreshold, coolDownMs, maxCoolDownMs } = options ?? {};
  if (failureThreshold !== undefined) positiveInteger('circuitBreaker.failureThreshold', failureThreshold, 1);
  if (coolDownMs !== undefined) positiveInteger('circuitBreaker.coolDownMs', coolDownMs, 0);
  if (maxCoolDownMs !== undefined) positiveInteger('circuitBreaker.maxCoolDownMs', maxCoolDownMs, 0);
  return createWriteBreaker({ failureThreshold, coolDownMs, maxCoolDownMs });
}

/**
 * Creates the background writer: per-conversation order, batching, bounded concurrency, retries with
 * backoff outside the concurrency slots (a batch waiting to retry blocks only its own conversation),
 * one idempotency key per batch that is a function of its writes (stable across retries and crash
 * replays), a circuit breaker, a bounded queue (overflow drops the oldest waiting write, reported to
 * `onDrop`), an optional durable outbox replayed on start, and a `close` that can be cut short.
 *
 * @example
 * const writer = createWriter({ backend: new MemOSClient(), outbox: { path: '.memos/outbox.jsonl' } });
 * writer.enqueue({ user_id: 'u-42', conversation_id: 'c-1', messages: [{ role: 'user', content: 'Hi' }] });
 * await writer.close({ timeoutMs: 5_000 });
 */
export function createWriter({
  backend,
  concurrency = 4,
  maxQueue = 1000,
  maxBatchMessages = 20,
  maxRetries = 5,
  retryBaseDelayMs = 1000,
  retryMaxDelayMs = 30_000,
  circuitBreaker,
  outbox: outboxOptions,
  waitUntil,
  onWrite,
  onError,
  onDrop,
}: CreateWriterOptions): Writer {
  positiveInteger('concurrency', concurrency, 1);
  positiveInteger('maxQueue', maxQueue, 1);
  positiveInteger('maxBatchMessages', maxBatchMessages, 1);
  positiveInteger('maxRetries', maxRetries, 0);
  const breaker = breakerOf(circuitBreaker);
  const queue = createWriteQueue<Tracked>();
  const unsettled = new Set<Tracked>();
  // Conversations with a batch in flight or waiting to retry: their later writes wait (order).
  const busy = new Set<string>();
  const inFlight = new Map<WriteBatch<Tracked>, AbortController>();
  const backingOff = new Map<WriteBatch<Tracked>, ReturnType<typeof setTimeout>>();
  let breakerTimer: ReturnType<typeof setTimeout> | undefined;
  let sequence = 0;
  // Requests holding a slot, and requests out past their slot's wait (hanging, most likely).
  let running = 0;
  let lingering = 0;
  let usualAnswerMs = 0;
  // When each batch was first sent: a write event's duration spans its retries.
  const firstSentAt = new WeakMap<WriteBatch<Tracked>, number>();
  let closing = false;
  // Set when close's deadline passed: nothing is sent any more, every write has been handed off.
  let abandoned = false;
  let closed: Promise<WriterCloseResult> | undefined;
  let handOffResult: WriterCloseResult | undefined;
  let deadlineAt = Number.POSITIVE_INFINITY;
  let deadlineTimer: ReturnType<typeof setTimeout> | undefined;
  let reachDeadline!: () => void;
  const deadline = new Promise<void>((resolve) => {
    reachDeadline = resolve;
  });

  // Hooks are the app's code: a throwing one must not stop delivery.
  const call = <E>(hook: ((event: E) => void) | undefined, event: E) => {
    try {
      hook?.(event);
    } catch {
      // Reported nowhere on purpose: reporting a failing reporter would loop.
    }
  };
  const outbox: Outbox | undefined = outboxOptions ? openOutbox(outboxOptions.path) : undefined;
  if (outbox && outbox.unreadableLines > 0) {
    const error = new MemOSConfigError(
      `Skipped ${outbox.unreadableLines} unreadable outbox line(s) (torn by a crash?)`,
    );
    queueMicrotask(() => call(onError, { error, phase: 'outbox' }));
  }

  const settle = (writes: readonly Tracked[], { acknowledge = true } = {}) => {
    if (acknowledge) {
      try {
        outbox?.ack(writes.map((write) => write.id));
      } catch (error) {
        call(onError, { error, phase: 'outbox' });
      }
    }
    for (const write of writes) {
      unsettled.delete(write);
      write.settle();
    }
  };

  const track = (id: string, request: AddMessageRequest, journaled: boolean): Tracked => {
    let resolve!: () => void;
    const settled = new Promise<void>((done) => {
      resolve = done;
    });
    return {
      id,
      sequence: sequence++,
      request,
      conversationKey: conversationKeyOf(request),
      mergeKey: mergeKeyOf(request),
      journaled,
      settled,
      settle: resolve,
    };
  };

  const requestOf = (writes: readonly Tracked[]): AddMessageRequest =>
    writes.length === 1
      ? writes[0]!.request
      : { ...writes[0]!.request, messages: writes.flatMap((write) => write.request.messages) };

  const release = (conversationKey: string) => {
    busy.delete(conversationKey);
    pump();
  };

  async function attempt(batch: WriteBatch<Tracked>, conversationKey: string): Promise<void> {
    const { writes } = batch;
    if (batch.key === undefined) {
      batch.key = batchKey(writes);
      // Journaled before the first send, so a replay after a crash sends these writes, under this key.
      if (outbox && writes.length > 1) {
        try {
          outbox.batch(
            batch.key,
            writes.map((write) => write.id),
          );
        } catch (error) {
          call(onError, { error, phase: 'outbox' });
        }
      }
    }
    const request = requestOf(writes);
    const controller = new AbortController();
    inFlight.set(batch, controller);
    batch.attempts += 1;
    const started = Date.now();
    if (!firstSentAt.has(batch)) firstSentAt.set(batch, started);
    let holdsSlot = true;
    const slotTimer = setTimeout(
      () => {
        holdsSlot = false;
        running -= 1;
        lingering += 1;
        pump();
      },
      Math.max(SLOT_RELEASE_MIN_MS, 4 * usualAnswerMs),
    );
    let failure: { error: unknown } | undefined;
    try {
      // The writer owns the retries (maxRetries: 0), so a client's own retries do not multiply them.
      await backend.addMessage(request, {
        idempotencyKey: batch.key,
        maxRetries: 0,
        signal: controller.signal,
      });
    } catch (error) {
      failure = { error };
    } finally {
      clearTimeout(slotTimer);
      inFlight.delete(batch);
      if (holdsSlot) running -= 1;
      else lingering -= 1;
    }
    // Close's deadline passed while this was in flight: the writes were handed off already.
    if (abandoned) return breaker?.onNeutral();
    if (!failure) {
      const tookMs = Date.now() - started;
      usualAnswerMs = usualAnswerMs === 0 ? tookMs : usualAnswerMs * 0.9 + tookMs * 0.1;
      breaker?.onSuccess();
      const durationMs = Date.now() - (firstSentAt.get(batch) ?? started);
      call(onWrite, { request, attempts: batch.attempts, durationMs });
      settle(writes);
      return release(conversationKey);
    }
    const { error } = failure;
    call(onError, { error, phase: 'write' });
    const retryable = isRetryable(error);
    if (retryable) breaker?.onFailure();
    else breaker?.onSuccess();
    if (retryable && batch.attempts <= maxRetries) {
      // The slot is free at once; the batch comes back at the front of its conversation after the delay.
      const delayMs = backoffDelayMs(batch.attempts - 1, error, {
        baseDelayMs: retryBaseDelayMs,
        maxDelayMs: retryMaxDelayMs,
      });
      const timer = setTimeout(() => {
        backingOff.delete(batch);
        queue.requeue(batch);
        busy.delete(conversationKey);
        pump();
      }, delayMs);
      backingOff.set(batch, timer);
      return pump();
    }
    // A merged batch refused for good may fail for one turn only (shape, token limit): each turn goes
    // again alone (under its own id as key), in order, before the conversation's later writes.
    if (writes.length > 1 && !retryable) {
      for (const write of writes.toReversed()) queue.requeue({ writes: [write], key: write.id, attempts: 0 });
      return release(conversationKey);
    }
    // Each turn given back as it was enqueued, so the app can re-enqueue or store them one by one.
    for (const write of writes) call(onDrop, { request: write.request, reason: 'failed', error });
    settle(writes);
    release(conversationKey);
  }

  function pump(): void {
    while (!abandoned && running < concurrency && running + lingering < concurrency * IN_FLIGHT_FACTOR) {
      // While closing the breaker is bypassed: close drains with the retries it has, as before.
      if (breaker && !closing && !breaker.canSend()) {
        const reopensAt = breaker.reopensAt;
        if (breakerTimer === undefined && reopensAt !== undefined && queue.size > 0) {
          breakerTimer = setTimeout(
            () => {
              breakerTimer = undefined;
              pump();
            },
            Math.max(0, reopensAt - Date.now()),
          );
        }
        return;
      }
      const batch = queue.takeBatch(maxBatchMessages, (key) => !busy.has(key));
      if (!batch) return;
      const key = batch.writes[0]!.conversationKey;
      busy.add(key);
      running += 1;
      breaker?.onSend();
      void attempt(batch, key);
    }
  }

  const admit = (write: Tracked) => {
    unsettled.add(write);
    if (queue.size >= maxQueue) {
      // Sealed batches (retries, replays) stay whole; when only those wait, the newcomer is the victim.
      const victim = queue.takeOldest() ?? write;
      call(onDrop, { request: victim.request, reason: 'overflow' });
      settle([victim]);
      if (victim === write) return;
    }
    queue.push(write);
    pump();
  };

  // Replay: journaled batches go again exactly as they were; split ones' writes go alone.
  if (outbox) {
    const batchOfId = new Map(outbox.batches.flatMap((batch) => batch.ids.map((id) => [id, batch] as const)));
    const replayed = new Map<string, Tracked>();
    for (const record of outbox.pending) replayed.set(record.id, track(record.id, record.request, true));
    for (const record of outbox.pending) {
      const write = replayed.get(record.id)!;
      const batch = batchOfId.get(record.id);
      if (batch) {
        if (batch.ids[0] !== record.id) continue;
        const writes = batch.ids.map((id) => replayed.get(id)!);
        for (const member of writes) unsettled.add(member);
        queue.pushSealed({ writes, key: batch.key, attempts: 0 });
      } else if (record.alone) {
        unsettled.add(write);
        queue.pushSealed({ writes: [write], key: write.id, attempts: 0 });
      } else admit(write);
    }
    pump();
  }

  // Past the deadline: stop everything and hand each write still unsettled to the outbox or onDrop.
  function handOff(): WriterCloseResult {
    if (handOffResult) return handOffResult;
    abandoned = true;
    clearTimeout(deadlineTimer);
    clearTimeout(breakerTimer);
    for (const timer of backingOff.values()) clearTimeout(timer);
    backingOff.clear();
    for (const controller of inFlight.values()) controller.abort();
    queue.drain();
    let keptInOutbox = 0;
    let dropped = 0;
    const left = [...unsettled].sort((left, right) => left.sequence - right.sequence);
    for (const write of left) {
      if (outbox && write.journaled) {
        keptInOutbox += 1;
        settle([write], { acknowledge: false });
      } else {
        dropped += 1;
        call(onDrop, { request: write.request, reason: 'closed' });
        settle([write]);
      }
    }
    handOffResult = { keptInOutbox, dropped };
    return handOffResult;
  }

  const bringDeadlineForward = (timeoutMs: number) => {
    // No time at all: hand off now, as destroy() does, rather than a timer tick later.
    if (timeoutMs === 0) {
      if (unsettled.size > 0) handOff();
      reachDeadline();
      return;
    }
    const at = Date.now() + timeoutMs;
    if (at >= deadlineAt) return;
    deadlineAt = at;
    clearTimeout(deadlineTimer);
    deadlineTimer = setTimeout(reachDeadline, timeoutMs);
  };

  const close = (options: WriterWaitOptions = {}): Promise<WriterCloseResult> => {
    try {
      checkTimeout(options.timeoutMs);
    } catch (error) {
      return Promise.reject(error);
    }
    closing = true;
    closed ??= (async () => {
      if (options.timeoutMs !== 0) pump();
      await Promise.race([Promise.all([...unsettled].map((write) => write.settled)), deadline]);
      const result = unsettled.size > 0 ? handOff() : (handOffResult ?? { keptInOutbox: 0, dropped: 0 });
      abandoned = true;
      clearTimeout(deadlineTimer);
      clearTimeout(breakerTimer);
      try {
        outbox?.close();
      } catch (error) {
        call(onError, { error, phase: 'outbox' });
      }
      await backend.close?.();
      return result;
    })();
    if (options.timeoutMs !== undefined) bringDeadlineForward(options.timeoutMs);
    return closed;
  };

  return {
    enqueue(request) {
      if (closing) return call(onDrop, { request, reason: 'closed' });
      const id = globalThis.crypto.randomUUID();
      let journaled = false;
      try {
        outbox?.append(id, request);
        journaled = outbox !== undefined;
      } catch (error) {
        // The disk refused: still deliver from memory, and say the write is not durable.
        call(onError, { error, phase: 'outbox' });
      }
      const write = track(id, request, journaled);
      admit(write);
      if (waitUntil) {
        try {
          waitUntil(write.settled);
        } catch (error) {
          call(onError, { error, phase: 'write' });
        }
      }
    },
    async flush(options: WriterWaitOptions = {}) {
      checkTimeout(options.timeoutMs);
      const settledNow = Promise.all([...unsettled].map((write) => write.settled));
      if (options.timeoutMs === undefined) await settledNow;
      else {
        let timer: ReturnType<typeof setTimeout> | undefined;
        const timeUp = new Promise<void>((resolve) => {
          timer = setTimeout(resolve, options.timeoutMs);
        });
        await Promise.race([settledNow, timeUp]);
        clearTimeout(timer);
      }
      return { pending: unsettled.size };
    },
    close,
    destroy() {
      return close({ timeoutMs: 0 });
    },
    get pending() {
      return unsettled.size;
    },
  };
}
