import { afterEach, describe, expect, it, vi } from 'vitest';
import { createAPIError, MemOSConnectionError } from '../../src/index.ts';
import { createWriter } from '../../src/writer/index.ts';
import { gate, recordingBackend, textsOf, turn } from './recording-backend.ts';

const rateLimited = (retryAfterMs: number) =>
  createAPIError({
    status: 429,
    code: undefined,
    serverMessage: 'slow down',
    endpoint: '/add/message',
    retryAfterMs,
  });
const refused = () => new MemOSConnectionError('refused', { code: 'ECONNREFUSED' });

afterEach(() => {
  vi.useRealTimers();
});

describe('createWriter: a retry waits outside the concurrency slots', () => {
  it('delivers other conversations while one waits out its backoff', async () => {
    vi.useFakeTimers();
    const { backend, calls } = recordingBackend((_call, index) => {
      if (index === 0) throw rateLimited(10_000);
    });
    const writer = createWriter({ backend, concurrency: 1 });
    writer.enqueue(turn('a', 'a1'));
    writer.enqueue(turn('b', 'b1'));
    writer.enqueue(turn('c', 'c1'));
    await vi.advanceTimersByTimeAsync(0);
    expect(calls.map(textsOf)).toEqual([['a1'], ['b1'], ['c1']]);
    expect(writer.pending).toBe(1);
    await vi.advanceTimersByTimeAsync(10_000);
    await writer.flush();
    expect(calls.map(textsOf)).toEqual([['a1'], ['b1'], ['c1'], ['a1']]);
  });

  it('keeps per-conversation order: turns queued behind a backing-off batch wait, and the batch is retried as it was, under the same key', async () => {
    vi.useFakeTimers();
    const held = gate();
    const { backend, calls } = recordingBackend((_call, index) => {
      if (index === 0) return held.promise;
      if (index === 1) throw rateLimited(5_000);
    });
    const writer = createWriter({ backend, concurrency: 1 });
    writer.enqueue(turn('a', 'a1'));
    writer.enqueue(turn('a', 'a2'));
    writer.enqueue(turn('a', 'a3'));
    held.open();
    await vi.advanceTimersByTimeAsync(0);
    // [a2, a3] failed and waits; a4 arrives meanwhile, b1 goes through.
    writer.enqueue(turn('a', 'a4'));
    writer.enqueue(turn('b', 'b1'));
    await vi.advanceTimersByTimeAsync(0);
    expect(calls.map(textsOf)).toEqual([['a1'], ['a2', 'a3'], ['b1']]);
    await vi.advanceTimersByTimeAsync(5_000);
    await writer.flush();
    expect(calls.map(textsOf)).toEqual([['a1'], ['a2', 'a3'], ['b1'], ['a2', 'a3'], ['a4']]);
    const key = (index: number) => calls[index]!.options?.idempotencyKey;
    expect(key(3)).toBe(key(1));
    expect(new Set([key(0), key(1), key(2), key(4)]).size).toBe(4);
  });
});

describe('createWriter: circuit breaker for writes', () => {
  it('sends one probe per cool-down to a dead MemOS instead of every retry of every slot, and delivers all once it is back', async () => {
    vi.useFakeTimers();
    let down = true;
    const onDrop = vi.fn();
    const { backend, calls } = recordingBackend(() => {
      if (down) throw refused();
    });
    const writer = createWriter({ backend, onDrop });
    for (let index = 0; index < 10; index += 1) writer.enqueue(turn(`c${index}`, `t${index}`));
    await vi.advanceTimersByTimeAsync(60_000);
    // Without a breaker: 10 writes × 6 attempts = 60 requests, and every write dropped.
    expect(calls.length).toBeLessThanOrEqual(15);
    expect(onDrop.mock.calls.filter(([event]) => event.reason === 'failed').length).toBeLessThanOrEqual(1);
    down = false;
    await vi.advanceTimersByTimeAsync(60_000);
    await writer.flush();
    const delivered = new Set(calls.slice(-10).flatMap((call) => textsOf(call) ?? []));
    const dropped = onDrop.mock.calls.flatMap(([event]) =>
      textsOf({ body: event.request, options: undefined }),
    );
    expect(delivered.size + dropped.length).toBe(10);
    expect(writer.pending).toBe(0);
  });

  it('opens only on consecutive failures: a failure between successes does not stop the writer', async () => {
    vi.useFakeTimers();
    const { backend, calls } = recordingBackend((_call, index) => {
      if (index % 2 === 0) throw refused();
    });
    const writer = createWriter({ backend, concurrency: 1, retryBaseDelayMs: 0 });
    for (let index = 0; index < 6; index += 1) writer.enqueue(turn(`c${index}`, `t${index}`));
    await vi.advanceTimersByTimeAsync(100);
    await writer.flush();
    expect(calls).toHaveLength(12);
  });

  it('can be turned off, or tuned', async () => {
    vi.useFakeTimers();
    const { backend, calls } = recordingBackend(() => {
      throw refused();
    });
    const writer = createWriter({ backend, maxRetries: 2, retryBaseDelayMs: 10, circuitBreaker: false });
    for (let index = 0; index < 5; index += 1) writer.enqueue(turn(`c${index}`, `t${index}`));
    await vi.advanceTimersByTimeAsync(1_000);
    await writer.flush();
    expect(calls).toHaveLength(15);
    const { backend: other } = recordingBackend();
    expect(() => createWriter({ backend: other, circuitBreaker: { failureThreshold: 0 } })).toThrow(
      /circuitBreaker.failureThreshold/,
    );
  });
});

describe('createWriter: a request that hangs gives its slot back', () => {
  const hang = () => new Promise<void>(() => {});

  it('after 500 ms without an answer the slot serves other conversations, up to 4 × concurrency in flight', async () => {
    vi.useFakeTimers();
    const { backend, calls } = recordingBackend(hang);
    const writer = createWriter({ backend, concurrency: 1 });
    for (let index = 0; index < 6; index += 1) writer.enqueue(turn(`c${index}`, `t${index}`));
    await vi.advanceTimersByTimeAsync(0);
    expect(calls).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(499);
    expect(calls).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(calls).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(calls).toHaveLength(4);
    await writer.destroy();
  });

  it('a slow but answering MemOS keeps its slots: the wait grows with the answers’ usual time', async () => {
    vi.useFakeTimers();
    const { backend, calls } = recordingBackend(
      () => new Promise<void>((resolve) => setTimeout(resolve, 3_000)),
    );
    const writer = createWriter({ backend, concurrency: 1 });
    writer.enqueue(turn('warm-up', 'w'));
    await vi.advanceTimersByTimeAsync(3_000);
    expect(calls).toHaveLength(1);
    for (let index = 0; index < 3; index += 1) writer.enqueue(turn(`c${index}`, `t${index}`));
    await vi.advanceTimersByTimeAsync(2_500);
    // Answers take 3 s: a request 2.5 s old is not hanging, so the single slot stays taken.
    expect(calls).toHaveLength(2);
    await writer.destroy();
  });
});
