import { afterEach, describe, expect, it, vi } from 'vitest';
import { createAPIError, MemOSConnectionError, MemOSServerError } from '../../src/index.ts';
import { createWriter } from '../../src/writer/index.ts';
import { gate, recordingBackend, textsOf, turn } from './recording-backend.ts';

const serverError = () =>
  createAPIError({ status: 503, code: undefined, serverMessage: 'busy', endpoint: '/add/message' });
const badRequest = () =>
  createAPIError({ status: 200, code: 40000, serverMessage: 'bad', endpoint: '/add/message' });

afterEach(() => {
  vi.useRealTimers();
});

describe('createWriter: order, batching, concurrency', () => {
  it('returns from enqueue at once and delivers in the background', async () => {
    const held = gate();
    const { backend, calls } = recordingBackend(() => held.promise);
    const writer = createWriter({ backend });
    writer.enqueue(turn('c1', 'hello'));
    expect(writer.pending).toBe(1);
    expect(calls).toHaveLength(1);
    held.open();
    await writer.flush();
    expect(writer.pending).toBe(0);
  });

  it('keeps one write per conversation in flight and merges the turns queued behind it, in order', async () => {
    const held = gate();
    const { backend, calls } = recordingBackend((_call, index) => (index === 0 ? held.promise : undefined));
    const writer = createWriter({ backend });
    writer.enqueue(turn('a', 'a1'));
    writer.enqueue(turn('a', 'a2'));
    writer.enqueue(turn('b', 'b1'));
    writer.enqueue(turn('a', 'a3', 'a3-bis'));
    expect(calls.map(textsOf)).toEqual([['a1'], ['b1']]);
    held.open();
    await writer.flush();
    expect(calls.map(textsOf)).toEqual([['a1'], ['b1'], ['a2', 'a3', 'a3-bis']]);
  });

  it('caps a merged batch at maxBatchMessages and never merges different users, agents or defaults', async () => {
    const held = gate();
    const { backend, calls } = recordingBackend((_call, index) => (index === 0 ? held.promise : undefined));
    const writer = createWriter({ backend, maxBatchMessages: 4 });
    writer.enqueue(turn('a', 'first'));
    writer.enqueue(turn('a', '1', '2'));
    writer.enqueue(turn('a', '3', '4'));
    writer.enqueue(turn('a', '5', '6'));
    writer.enqueue({ ...turn('a', 'tagged'), tags: ['x'] });
    writer.enqueue({ ...turn('a', 'agent'), agent_id: 'bot' });
    held.open();
    await writer.flush();
    expect(calls.map(textsOf)).toEqual([['first'], ['1', '2', '3', '4'], ['5', '6'], ['tagged'], ['agent']]);
    expect(calls[3]!.body.tags).toEqual(['x']);
  });

  it('runs at most `concurrency` writes at once across conversations', async () => {
    let inFlight = 0;
    let most = 0;
    const held = gate();
    const { backend, calls } = recordingBackend(async () => {
      inFlight += 1;
      most = Math.max(most, inFlight);
      await held.promise;
      inFlight -= 1;
    });
    const writer = createWriter({ backend, concurrency: 2 });
    for (const conversation of ['a', 'b', 'c', 'd', 'e']) writer.enqueue(turn(conversation, conversation));
    expect(calls).toHaveLength(2);
    held.open();
    await writer.flush();
    expect(calls).toHaveLength(5);
    expect(most).toBe(2);
  });

  it('rejects bad tuning at construction', () => {
    const { backend } = recordingBackend();
    expect(() => createWriter({ backend, concurrency: 0 })).toThrow(/concurrency/);
    expect(() => createWriter({ backend, maxQueue: 1.5 })).toThrow(/maxQueue/);
  });
});

describe('createWriter: retries and failures', () => {
  it('retries a retryable failure with backoff, one idempotency key, and no client-side retries', async () => {
    vi.useFakeTimers();
    const onError = vi.fn();
    const onWrite = vi.fn();
    const { backend, calls } = recordingBackend((_call, index) => {
      if (index < 2) throw new MemOSConnectionError('refused', { code: 'ECONNREFUSED' });
    });
    const writer = createWriter({ backend, onError, onWrite });
    writer.enqueue(turn('a', 'hello'));
    await vi.runAllTimersAsync();
    await writer.flush();
    expect(calls).toHaveLength(3);
    const keys = new Set(calls.map((call) => call.options?.idempotencyKey));
    expect(keys.size).toBe(1);
    expect([...keys][0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(calls.every((call) => call.options?.maxRetries === 0)).toBe(true);
    expect(onError).toHaveBeenCalledTimes(2);
    expect(onError.mock.calls[0]![0]).toMatchObject({ phase: 'write' });
    expect(onWrite).toHaveBeenCalledWith(
      expect.objectContaining({ attempts: 3, request: turn('a', 'hello') }),
    );
  });

  it('gives up after maxRetries and hands the request to onDrop', async () => {
    vi.useFakeTimers();
    const onDrop = vi.fn();
    const { backend, calls } = recordingBackend(() => {
      throw serverError();
    });
    const writer = createWriter({ backend, maxRetries: 2, onDrop });
    writer.enqueue(turn('a', 'lost?'));
    await vi.runAllTimersAsync();
    await writer.flush();
    expect(calls).toHaveLength(3);
    expect(onDrop).toHaveBeenCalledTimes(1);
    expect(onDrop.mock.calls[0]![0]).toMatchObject({ reason: 'failed', request: turn('a', 'lost?') });
    expect(MemOSServerError.isInstance(onDrop.mock.calls[0]![0].error)).toBe(true);
  });

  it('gives back each turn of a merged batch that failed for good, as it was enqueued', async () => {
    vi.useFakeTimers();
    const held = gate();
    const onDrop = vi.fn();
    const { backend, calls } = recordingBackend((_call, index) => {
      if (index === 0) return held.promise;
      throw serverError();
    });
    const writer = createWriter({ backend, maxRetries: 1, onDrop });
    writer.enqueue(turn('a', 'first'));
    writer.enqueue(turn('a', 'second'));
    writer.enqueue(turn('a', 'third'));
    held.open();
    await vi.runAllTimersAsync();
    await writer.flush();
    expect(calls.map(textsOf)).toEqual([['first'], ['second', 'third'], ['second', 'third']]);
    expect(onDrop.mock.calls.map(([event]) => event.request)).toEqual([
      turn('a', 'second'),
      turn('a', 'third'),
    ]);
  });

  it('honours the delay a rate-limited answer asks for', async () => {
    vi.useFakeTimers();
    const { backend, calls } = recordingBackend((_call, index) => {
      if (index === 0)
        throw createAPIError({
          status: 429,
          code: undefined,
          serverMessage: 'slow down',
          endpoint: '/add/message',
          retryAfterMs: 5000,
        });
    });
    const writer = createWriter({ backend });
    writer.enqueue(turn('a', 'x'));
    await vi.advanceTimersByTimeAsync(4999);
    expect(calls).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(calls).toHaveLength(2);
    await writer.flush();
  });

  it('does not retry a non-retryable failure, and splits a refused batch so one bad turn loses only itself', async () => {
    const held = gate();
    const onDrop = vi.fn();
    const { backend, calls } = recordingBackend(async (call, index) => {
      if (index === 0) return held.promise;
      if (call.body.messages.some((message) => message.content === 'bad')) throw badRequest();
    });
    const writer = createWriter({ backend, onDrop });
    writer.enqueue(turn('a', 'first'));
    writer.enqueue(turn('a', 'good'));
    writer.enqueue(turn('a', 'bad'));
    writer.enqueue(turn('a', 'also good'));
    held.open();
    await writer.flush();
    expect(calls.map(textsOf)).toEqual([
      ['first'],
      ['good', 'bad', 'also good'],
      ['good'],
      ['bad'],
      ['also good'],
    ]);
    expect(onDrop).toHaveBeenCalledTimes(1);
    expect(onDrop.mock.calls[0]![0]).toMatchObject({ reason: 'failed', request: turn('a', 'bad') });
  });

  it('keeps delivering when the hooks throw', async () => {
    const { backend, calls } = recordingBackend((_call, index) => {
      if (index === 0) throw badRequest();
    });
    const boom = () => {
      throw new Error('hook bug');
    };
    const writer = createWriter({ backend, onError: boom, onDrop: boom, onWrite: boom, waitUntil: boom });
    writer.enqueue(turn('a', 'one'));
    writer.enqueue(turn('b', 'two'));
    await writer.flush();
    expect(calls.map(textsOf)).toEqual([['one'], ['two']]);
  });
});

describe('createWriter: queue limit, flush, close, waitUntil', () => {
  it('drops the oldest waiting write when the queue is full and says so', async () => {
    const held = gate();
    const onDrop = vi.fn();
    const { backend, calls } = recordingBackend(() => held.promise);
    const writer = createWriter({ backend, concurrency: 1, maxQueue: 2, onDrop });
    writer.enqueue(turn('a', 'in flight'));
    writer.enqueue(turn('b', 'oldest waiting'));
    writer.enqueue(turn('c', 'newer'));
    writer.enqueue(turn('d', 'newest'));
    expect(onDrop).toHaveBeenCalledTimes(1);
    expect(onDrop.mock.calls[0]![0]).toEqual({ reason: 'overflow', request: turn('b', 'oldest waiting') });
    held.open();
    await writer.flush();
    expect(calls.map(textsOf)).toEqual([['in flight'], ['newer'], ['newest']]);
  });

  it('flush waits for what was enqueued before it; close flushes, closes the backend, refuses later writes', async () => {
    const held = gate();
    const onDrop = vi.fn();
    const recording = recordingBackend(() => held.promise);
    const writer = createWriter({ backend: recording.backend, onDrop });
    writer.enqueue(turn('a', 'one'));
    let flushed = false;
    const flushing = writer.flush().then(() => {
      flushed = true;
    });
    await Promise.resolve();
    expect(flushed).toBe(false);
    const closing = writer.close();
    writer.enqueue(turn('a', 'too late'));
    expect(onDrop).toHaveBeenCalledWith({ reason: 'closed', request: turn('a', 'too late') });
    expect(recording.closed).toBe(0);
    held.open();
    await Promise.all([flushing, closing]);
    expect(flushed).toBe(true);
    expect(recording.closed).toBe(1);
    expect(recording.calls.map(textsOf)).toEqual([['one']]);
    await writer.close();
    expect(recording.closed).toBe(1);
  });

  it('hands waitUntil a promise per write that settles when the write does', async () => {
    const held = gate();
    const promises: Promise<unknown>[] = [];
    const { backend } = recordingBackend(() => held.promise);
    const writer = createWriter({ backend, waitUntil: (promise) => promises.push(promise) });
    writer.enqueue(turn('a', 'one'));
    writer.enqueue(turn('b', 'two'));
    expect(promises).toHaveLength(2);
    let settled = 0;
    for (const promise of promises) void promise.then(() => settled++);
    await Promise.resolve();
    expect(settled).toBe(0);
    held.open();
    await Promise.all(promises);
    expect(settled).toBe(2);
  });
});
