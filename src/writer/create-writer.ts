import type { MemoryBackend } from '../api/backend.ts';
import type { AddMessageRequest } from '../api/requests.ts';
import { MemOSConfigError } from '../errors/index.ts';
import { backoffDelayMs, isRetryable, sleep } from '../retry/backoff.ts';
import type { MemoryEvents, WriterOptions } from '../types.ts';
import { type Outbox, openOutbox } from './outbox.ts';
import { conversationKeyOf, createWriteQueue, mergeKeyOf, type QueuedWrite } from './write-queue.ts';

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

/** The background writer: `enqueue` returns at once, delivery happens behind it. */
export interface Writer {
  /** Queues one turn's `addMessage` (journaled first when there is an outbox). Never throws. */
  enqueue(request: AddMessageRequest): void;
  /** Resolves when everything enqueued so far is delivered or dropped. */
  flush(): Promise<void>;
  /** Stops taking writes, flushes, closes the outbox, then calls `backend.close()`. */
  close(): Promise<void>;
  /** Writes not yet settled (waiting or in flight). */
  readonly pending: number;
}

interface Tracked extends QueuedWrite {
  readonly settled: Promise<void>;
  readonly settle: () => void;
}

function positiveInteger(name: string, value: number, minimum: number): number {
  if (!Number.isInteger(value) || value < minimum) {
    throw new MemOSConfigError(`writer.${name} must be an integer >= ${minimum}, got ${String(value)}`);
  }
  return value;
}

/**
 * Creates the background writer: per-conversation order, batching, bounded concurrency, retries with
 * backoff and one idempotency key per write, a bounded queue (overflow drops the oldest waiting
 * write, reported to `onDrop`), and an optional durable outbox replayed on start.
 *
 * @example
 * const writer = createWriter({ backend: new MemOSClient(), outbox: { path: '.memos/outbox.jsonl' } });
 * writer.enqueue({ user_id: 'u-42', conversation_id: 'c-1', messages: [{ role: 'user', content: 'Hi' }] });
 * await writer.close();
 */
export function createWriter({
  backend,
  concurrency = 4,
  maxQueue = 1000,
  maxBatchMessages = 20,
  maxRetries = 5,
  retryBaseDelayMs = 1000,
  retryMaxDelayMs = 30_000,
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
  const queue = createWriteQueue<Tracked>();
  const unsettled = new Set<Tracked>();
  const busy = new Set<string>();
  let sequence = 0;
  let running = 0;
  let closing = false;
  let closed: Promise<void> | undefined;

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

  const settle = (writes: readonly Tracked[]) => {
    try {
      outbox?.ack(writes.map((write) => write.id));
    } catch (error) {
      call(onError, { error, phase: 'outbox' });
    }
    for (const write of writes) {
      unsettled.delete(write);
      write.settle();
    }
  };

  const track = (id: string, request: AddMessageRequest): Tracked => {
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
      settled,
      settle: resolve,
    };
  };

  async function send(writes: readonly Tracked[]): Promise<void> {
    const request =
      writes.length === 1
        ? writes[0]!.request
        : { ...writes[0]!.request, messages: writes.flatMap((write) => write.request.messages) };
    // A write sent alone reuses its journal id, so a replay after a crash carries the same key.
    const idempotencyKey = writes.length === 1 ? writes[0]!.id : globalThis.crypto.randomUUID();
    const started = Date.now();
    for (let attempt = 1; ; attempt++) {
      try {
        // The writer owns the retries (maxRetries: 0), so a client's own retries do not multiply them.
        await backend.addMessage(request, { idempotencyKey, maxRetries: 0 });
        call(onWrite, { request, attempts: attempt, durationMs: Date.now() - started });
        return settle(writes);
      } catch (error) {
        call(onError, { error, phase: 'write' });
        if (isRetryable(error) && attempt <= maxRetries) {
          await sleep(
            backoffDelayMs(attempt - 1, error, {
              baseDelayMs: retryBaseDelayMs,
              maxDelayMs: retryMaxDelayMs,
            }),
          );
          continue;
        }
        // A merged batch refused for good may fail for one turn only (shape, token limit): retry alone.
        if (writes.length > 1 && !isRetryable(error)) {
          for (const write of writes) await send([write]);
          return;
        }
        // Each turn given back as it was enqueued, so the app can re-enqueue or store them one by one.
        for (const write of writes) call(onDrop, { request: write.request, reason: 'failed', error });
        return settle(writes);
      }
    }
  }

  function pump(): void {
    while (running < concurrency) {
      const batch = queue.takeBatch(maxBatchMessages, (key) => !busy.has(key));
      if (!batch) return;
      const key = batch[0]!.conversationKey;
      busy.add(key);
      running += 1;
      void send(batch).finally(() => {
        busy.delete(key);
        running -= 1;
        pump();
      });
    }
  }

  const admit = (write: Tracked) => {
    unsettled.add(write);
    if (queue.size >= maxQueue) {
      const oldest = queue.takeOldest();
      if (oldest) {
        call(onDrop, { request: oldest.request, reason: 'overflow' });
        settle([oldest]);
      }
    }
    queue.push(write);
    pump();
  };

  for (const record of outbox?.pending ?? []) admit(track(record.id, record.request));

  return {
    enqueue(request) {
      if (closing) return call(onDrop, { request, reason: 'closed' });
      const write = track(globalThis.crypto.randomUUID(), request);
      try {
        outbox?.append(write.id, request);
      } catch (error) {
        // The disk refused: still deliver from memory, and say the write is not durable.
        call(onError, { error, phase: 'outbox' });
      }
      admit(write);
      if (waitUntil) {
        try {
          waitUntil(write.settled);
        } catch (error) {
          call(onError, { error, phase: 'write' });
        }
      }
    },
    async flush() {
      await Promise.all([...unsettled].map((write) => write.settled));
    },
    close() {
      closing = true;
      closed ??= (async () => {
        await Promise.all([...unsettled].map((write) => write.settled));
        try {
          outbox?.close();
        } catch (error) {
          call(onError, { error, phase: 'outbox' });
        }
        await backend.close?.();
      })();
      return closed;
    },
    get pending() {
      return unsettled.size;
    },
  };
}
