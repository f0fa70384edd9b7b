import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  createMemory,
  MemOSAbortError,
  type MemoryBackend,
  type MemoryEvents,
  type TurnMessage,
} from '../../src/index.ts';

afterEach(() => {
  vi.useRealTimers();
});

/** A backend whose writes never answer until aborted (a hanging MemOS); searches answer empty. */
function hangingBackend(): MemoryBackend & { readonly signals: (AbortSignal | undefined)[] } {
  const signals: (AbortSignal | undefined)[] = [];
  const unused = () => Promise.reject(new Error('not used'));
  return {
    signals,
    addMessage: (_body, options) => {
      signals.push(options?.signal);
      return new Promise((_resolve, reject) => {
        options?.signal?.addEventListener('abort', () => reject(new MemOSAbortError('aborted')), {
          once: true,
        });
      });
    },
    searchMemory: async () => ({}) as never,
    getMessage: unused,
    getMemory: unused,
    deleteMemory: unused,
  };
}

const user = (text: string): TurnMessage => ({ role: 'user', parts: [{ type: 'text', text }] });

describe('the memory core passes timeouts through to the writer', () => {
  it('close({ timeoutMs }) returns at the deadline and hands the unsent turn to onDrop', async () => {
    vi.useFakeTimers();
    const backend = hangingBackend();
    const drops: MemoryEvents['drop'][] = [];
    const memory = createMemory({
      backend,
      userId: 'u-1',
      logger: false,
      onDrop: (event) => drops.push(event),
    });
    memory.capture({ messages: [user('hello')] }, { status: 'complete', text: 'hi' });
    let settled = false;
    const closing = memory.close({ timeoutMs: 100 }).then((result) => {
      settled = true;
      return result;
    });
    await vi.advanceTimersByTimeAsync(99);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(await closing).toEqual({ dropped: 1, keptInOutbox: 0 });
    expect(drops.map((event) => event.reason)).toEqual(['closed']);
    expect(backend.signals[0]?.aborted).toBe(true);
  });

  it('flush({ timeoutMs }) reports what is still pending and drops nothing', async () => {
    vi.useFakeTimers();
    const drops: MemoryEvents['drop'][] = [];
    const memory = createMemory({
      backend: hangingBackend(),
      userId: 'u-1',
      logger: false,
      onDrop: (event) => drops.push(event),
    });
    memory.capture({ messages: [user('hello')] }, { status: 'complete', text: 'hi' });
    const flushing = memory.flush({ timeoutMs: 50 });
    await vi.advanceTimersByTimeAsync(50);
    expect(await flushing).toEqual({ pending: 1 });
    expect(drops).toEqual([]);
    await memory.close({ timeoutMs: 0 });
  });

  it('a capture waiting on an async resolveIdentity cannot hold close past its deadline', async () => {
    vi.useFakeTimers();
    const drops: MemoryEvents['drop'][] = [];
    const memory = createMemory({
      backend: hangingBackend(),
      logger: false,
      resolveIdentity: () => new Promise(() => {}),
      onDrop: (event) => drops.push(event),
    });
    memory.capture({ messages: [user('hello')] }, { status: 'complete', text: 'hi' });
    const closing = memory.close({ timeoutMs: 20 });
    await vi.advanceTimersByTimeAsync(20);
    expect(await closing).toEqual({ dropped: 0, keptInOutbox: 0 });
  });

  it('takes maxTurnChars and the writer circuitBreaker as options, and refuses bad ones', async () => {
    const captured: MemoryEvents['capture'][] = [];
    const memory = createMemory({
      backend: hangingBackend(),
      userId: 'u-1',
      logger: false,
      maxTurnChars: 500,
      writer: { circuitBreaker: false },
      onCapture: (event) => captured.push(event),
    });
    memory.capture({ messages: [user(`${'x'.repeat(5_000)} end`)] }, { status: 'complete', text: 'ok' });
    const [question] = captured[0]!.request!.messages;
    expect(String(question!.content).length).toBeLessThanOrEqual(500);
    expect(String(question!.content).endsWith(' end')).toBe(true);
    await memory.close({ timeoutMs: 0 });
    expect(() => createMemory({ backend: hangingBackend(), maxTurnChars: 10 })).toThrow(/maxTurnChars/);
    expect(() =>
      createMemory({ backend: hangingBackend(), writer: { circuitBreaker: { failureThreshold: 0 } } }),
    ).toThrow(/circuitBreaker/);
  });
});
