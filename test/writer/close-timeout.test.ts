import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createAPIError, MemOSAbortError } from '../../src/index.ts';
import { createWriter } from '../../src/writer/index.ts';
import { recordingBackend, textsOf, turn } from './recording-backend.ts';

const rateLimited = () =>
  createAPIError({
    status: 429,
    code: undefined,
    serverMessage: 'slow down',
    endpoint: '/add/message',
    retryAfterMs: 1_500,
  });

/** A backend call that never answers until its signal aborts (a hanging MemOS). */
const hangUntilAborted = (signal: AbortSignal | undefined) =>
  new Promise<void>((_resolve, reject) => {
    signal?.addEventListener('abort', () => reject(new MemOSAbortError('aborted')), { once: true });
  });

let directory: string | undefined;
afterEach(() => {
  vi.useRealTimers();
  if (directory) rmSync(directory, { recursive: true, force: true });
  directory = undefined;
});

function settledFlag(promise: Promise<unknown>) {
  const state = { settled: false };
  void promise.then(() => {
    state.settled = true;
  });
  return state;
}

describe('createWriter: close({ timeoutMs }) and destroy()', () => {
  it('close({ timeoutMs }) stops waiting out backoffs at the deadline and hands what is left to onDrop', async () => {
    vi.useFakeTimers();
    const onDrop = vi.fn();
    const { backend, calls } = recordingBackend(() => {
      throw rateLimited();
    });
    const writer = createWriter({ backend, maxRetries: 3, onDrop });
    writer.enqueue(turn('a', 'stuck'));
    const closing = writer.close({ timeoutMs: 200 });
    const state = settledFlag(closing);
    await vi.advanceTimersByTimeAsync(199);
    expect(state.settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(state.settled).toBe(true);
    expect(await closing).toEqual({ dropped: 1, keptInOutbox: 0 });
    expect(onDrop).toHaveBeenCalledTimes(1);
    expect(onDrop.mock.calls[0]![0]).toMatchObject({ reason: 'closed', request: turn('a', 'stuck') });
    // No retry fires after close returned.
    await vi.advanceTimersByTimeAsync(10_000);
    expect(calls).toHaveLength(1);
    expect(writer.pending).toBe(0);
  });

  it('aborts a request still in flight at the deadline', async () => {
    vi.useFakeTimers();
    const onDrop = vi.fn();
    const signals: (AbortSignal | undefined)[] = [];
    const { backend } = recordingBackend((call) => {
      signals.push(call.options?.signal);
      return hangUntilAborted(call.options?.signal);
    });
    const writer = createWriter({ backend, onDrop });
    writer.enqueue(turn('a', 'hanging'));
    const closing = writer.close({ timeoutMs: 100 });
    await vi.advanceTimersByTimeAsync(100);
    expect(await closing).toEqual({ dropped: 1, keptInOutbox: 0 });
    expect(signals[0]?.aborted).toBe(true);
    expect(onDrop.mock.calls.map(([event]) => event.reason)).toEqual(['closed']);
  });

  it('with an outbox, leaves what is left in the journal (not onDrop), and the next writer delivers it', async () => {
    vi.useFakeTimers();
    directory = mkdtempSync(join(tmpdir(), 'memos-close-'));
    const path = join(directory, 'outbox.jsonl');
    const onDrop = vi.fn();
    const first = recordingBackend((call) => hangUntilAborted(call.options?.signal));
    const writer = createWriter({ backend: first.backend, outbox: { path }, onDrop });
    writer.enqueue(turn('a', 'one'));
    writer.enqueue(turn('b', 'two'));
    const closing = writer.close({ timeoutMs: 50 });
    await vi.advanceTimersByTimeAsync(50);
    expect(await closing).toEqual({ dropped: 0, keptInOutbox: 2 });
    expect(onDrop).not.toHaveBeenCalled();
    vi.useRealTimers();
    const second = recordingBackend();
    const next = createWriter({ backend: second.backend, outbox: { path } });
    await next.close();
    expect(second.calls.map(textsOf)).toEqual([['one'], ['two']]);
    expect(second.calls.map((call) => call.options?.idempotencyKey)).toEqual(
      first.calls.map((call) => call.options?.idempotencyKey),
    );
  });

  it('destroy() hands everything off at once and closes the backend; later closes give the same result', async () => {
    const onDrop = vi.fn();
    const recording = recordingBackend((call) => hangUntilAborted(call.options?.signal));
    const writer = createWriter({ backend: recording.backend, concurrency: 1, onDrop });
    writer.enqueue(turn('a', 'in flight'));
    writer.enqueue(turn('b', 'waiting'));
    const result = await writer.destroy();
    expect(result).toEqual({ dropped: 2, keptInOutbox: 0 });
    expect(onDrop.mock.calls.map(([event]) => textsOf({ body: event.request, options: undefined }))).toEqual([
      ['in flight'],
      ['waiting'],
    ]);
    expect(recording.closed).toBe(1);
    expect(await writer.close()).toEqual(result);
    writer.enqueue(turn('c', 'after'));
    expect(onDrop).toHaveBeenLastCalledWith({ reason: 'closed', request: turn('c', 'after') });
  });

  it('a later, shorter deadline (or destroy) cuts a close already waiting', async () => {
    vi.useFakeTimers();
    const { backend } = recordingBackend((call) => hangUntilAborted(call.options?.signal));
    const writer = createWriter({ backend });
    writer.enqueue(turn('a', 'x'));
    const patient = settledFlag(writer.close());
    const hurried = writer.close({ timeoutMs: 10 });
    await vi.advanceTimersByTimeAsync(10);
    expect(await hurried).toEqual({ dropped: 1, keptInOutbox: 0 });
    await vi.advanceTimersByTimeAsync(0);
    expect(patient.settled).toBe(true);
  });

  it('flush({ timeoutMs }) gives up waiting without dropping anything', async () => {
    vi.useFakeTimers();
    const onDrop = vi.fn();
    let fail = true;
    const { backend, calls } = recordingBackend(() => {
      if (fail) throw rateLimited();
    });
    const writer = createWriter({ backend, onDrop });
    writer.enqueue(turn('a', 'later'));
    const flushing = writer.flush({ timeoutMs: 100 });
    await vi.advanceTimersByTimeAsync(100);
    expect(await flushing).toEqual({ pending: 1 });
    fail = false;
    await vi.advanceTimersByTimeAsync(1_500);
    expect(await writer.flush()).toEqual({ pending: 0 });
    expect(calls.map(textsOf)).toEqual([['later'], ['later']]);
    expect(onDrop).not.toHaveBeenCalled();
  });

  it('refuses a bad timeout', async () => {
    const { backend } = recordingBackend();
    const writer = createWriter({ backend });
    await expect(writer.close({ timeoutMs: -1 })).rejects.toThrow(/timeoutMs/);
    await writer.close();
  });
});
