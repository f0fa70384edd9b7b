// The recall promise cache: one search per (user, conversation, query), shared by every caller; a
// failure reused keeps its kind; a caller's abort is its own source; a backend that throws
// synchronously is an ordinary failure.
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  createMemory,
  MemOSAbortError,
  MemOSTimeoutError,
  type MemoryBackend,
  type MemoryEvents,
  type RecallResult,
} from '../../src/index.ts';
import { type MemOSTestServer, startMemOSTestServer } from '../support/memos-test-server.ts';
import { clientFor, recordingFetch, turnOf } from './memory-test-kit.ts';

let server: MemOSTestServer;
beforeAll(async () => {
  server = await startMemOSTestServer();
});
afterEach(() => {
  vi.useRealTimers();
  server.reset();
});
afterAll(() => server.close());

const unused = async (): Promise<never> => {
  throw new Error('not used by recall');
};

/** A backend that validates before it does anything async, and refuses: it throws synchronously. */
function syncThrowingBackend() {
  const calls: string[] = [];
  const backend: MemoryBackend = {
    searchMemory(body) {
      calls.push(body.query);
      throw new Error('search index not ready');
    },
    addMessage: unused,
    getMessage: unused,
    getMemory: unused,
    deleteMemory: unused,
  };
  return { backend, calls };
}

const summary = (result: RecallResult) => [result.source, result.cached];

describe('recall: a backend that throws synchronously', () => {
  it('fails open once, is reused as the same failure, and searches again after the failure TTL', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const { backend, calls } = syncThrowingBackend();
    const errors: MemoryEvents['error'][] = [];
    const memory = createMemory({ backend, userId: 'u-1', onError: (event) => errors.push(event) });
    const turn = turnOf('Where do I live?');

    expect(summary(await memory.recall(turn))).toEqual(['error', false]);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ phase: 'recall', error: { message: 'search index not ready' } });
    expect(summary(await memory.recall(turn))).toEqual(['error', true]);
    expect(calls).toHaveLength(1);

    vi.advanceTimersByTime(30_001);
    expect(summary(await memory.recall(turn))).toEqual(['error', false]);
    expect(calls).toHaveLength(2);
    expect(errors).toHaveLength(2);
    expect(errors.map((event) => (event.error as Error).name)).toEqual(['Error', 'Error']);
  });

  it("rejects with the backend's own error under failMode 'throw', and the next call searches again", async () => {
    const { backend, calls } = syncThrowingBackend();
    const onError = vi.fn();
    const memory = createMemory({ backend, userId: 'u-1', failMode: 'throw', onError });
    const turn = turnOf('Where do I live?');
    for (let attempt = 1; attempt <= 3; attempt++) {
      const failure = await memory.recall(turn).catch((error: unknown) => error);
      expect(MemOSAbortError.isInstance(failure)).toBe(false);
      expect(failure).toMatchObject({ name: 'Error', message: 'search index not ready' });
      expect(calls).toHaveLength(attempt);
    }
    expect(onError).toHaveBeenCalledTimes(3);
  });
});

describe('recall: source tells a reused failure from reused memories', () => {
  it('a timed-out search reused by the later steps of the turn stays a timeout, told once', async () => {
    server.faultAlways('/search/memory', { hang: true });
    const { fetch, signals } = recordingFetch();
    const errors: MemoryEvents['error'][] = [];
    const recalls: MemoryEvents['recall'][] = [];
    const memory = createMemory({
      backend: clientFor(server, { fetch }),
      userId: 'u-1',
      recallTimeoutMs: 100,
      onError: (event) => errors.push(event),
      onRecall: (event) => recalls.push(event),
    });
    const results: RecallResult[] = [];
    for (let step = 0; step < 4; step++) results.push(await memory.recall(turnOf('Where do I live?')));

    expect(results.map(summary)).toEqual([
      ['timeout', false],
      ['timeout', true],
      ['timeout', true],
      ['timeout', true],
    ]);
    expect(results.map((result) => result.block)).toEqual(['', '', '', '']);
    expect(recalls.map(summary)).toEqual(results.map(summary));
    expect(errors).toHaveLength(1);
    expect(MemOSTimeoutError.isInstance(errors[0]!.error)).toBe(true);
    expect(signals).toHaveLength(1);
  });

  it('callers joining a failing search all see the error, and it is told once', async () => {
    server.faultAlways('/search/memory', { status: 500 });
    const onError = vi.fn();
    const memory = createMemory({ backend: clientFor(server), userId: 'u-1', onError });
    const results = await Promise.all([1, 2, 3].map(() => memory.recall(turnOf('Hotel ideas?'))));
    expect(results.map(summary)).toEqual([
      ['error', false],
      ['error', true],
      ['error', true],
    ]);
    expect(onError).toHaveBeenCalledTimes(1);
    expect(server.requestsTo('/search/memory')).toHaveLength(1);
  });

  it("says 'cache' only for memories a successful search found, 'search' for the search itself", async () => {
    server.seed('u-1', { facts: [{ id: 'f1', memory_value: 'Lives in Lyon.' }] });
    const memory = createMemory({ backend: clientFor(server), userId: 'u-1' });
    const first = await memory.recall(turnOf('Where do I live?'));
    const second = await memory.recall(turnOf('Where do I live?'));
    expect([summary(first), summary(second)]).toEqual([
      ['search', false],
      ['cache', true],
    ]);
    expect(second.block).toBe(first.block);
    expect(second.block).toContain('Lives in Lyon.');
  });
});

describe("recall: a caller's abort", () => {
  it("is 'aborted' (not a timeout, not an error), in the result and in the recall event", async () => {
    server.faultAlways('/search/memory', { hang: true });
    const onError = vi.fn();
    const recalls: MemoryEvents['recall'][] = [];
    const memory = createMemory({
      backend: clientFor(server),
      userId: 'u-1',
      recallTimeoutMs: 60_000,
      onError,
      onRecall: (event) => recalls.push(event),
    });
    const controller = new AbortController();
    const pending = memory.recall(
      turnOf('Where do I live?', { userId: 'u-1' }, { signal: controller.signal }),
    );
    await vi.waitFor(() => expect(server.requestsTo('/search/memory')).toHaveLength(1));
    controller.abort();
    expect(summary(await pending)).toEqual(['aborted', false]);
    // Already aborted before recall: no search at all.
    const already = await memory.recall(
      turnOf('Another question?', { userId: 'u-1' }, { signal: controller.signal }),
    );
    expect(summary(already)).toEqual(['aborted', false]);
    expect(recalls.map((event) => event.source)).toEqual(['aborted', 'aborted']);
    expect(onError).not.toHaveBeenCalled();
    expect(server.requestsTo('/search/memory')).toHaveLength(1);
  });

  it("rejects with MemOSAbortError under failMode 'throw'", async () => {
    server.faultAlways('/search/memory', { hang: true });
    const memory = createMemory({ backend: clientFor(server), userId: 'u-1', failMode: 'throw' });
    const controller = new AbortController();
    const pending = memory.recall(
      turnOf('Where do I live?', { userId: 'u-1' }, { signal: controller.signal }),
    );
    await vi.waitFor(() => expect(server.requestsTo('/search/memory')).toHaveLength(1));
    controller.abort(new Error('tab closed'));
    await expect(pending).rejects.toSatisfy(MemOSAbortError.isInstance);
    await expect(pending).rejects.toMatchObject({ cause: { message: 'tab closed' } });
  });

  it('leaves the shared search running to its budget: another caller still joins it', async () => {
    server.seed('u-1', { facts: [{ id: 'f1', memory_value: 'Lives in Lyon.' }] });
    server.fault('/search/memory', { delayMs: 300 });
    const { fetch, signals } = recordingFetch();
    const onError = vi.fn();
    const memory = createMemory({ backend: clientFor(server, { fetch }), userId: 'u-1', onError });
    const controller = new AbortController();
    const aborted = memory.recall(
      turnOf('Where do I live?', { userId: 'u-1' }, { signal: controller.signal }),
    );
    await vi.waitFor(() => expect(server.requestsTo('/search/memory')).toHaveLength(1), { interval: 2 });
    controller.abort();
    expect((await aborted).source).toBe('aborted');
    expect(signals[0]!.aborted).toBe(false);

    const joined = await memory.recall(turnOf('Where do I live?'));
    expect(summary(joined)).toEqual(['cache', true]);
    expect(joined.block).toContain('Lives in Lyon.');
    expect(server.requestsTo('/search/memory')).toHaveLength(1);
    expect(onError).not.toHaveBeenCalled();
  });

  it('a search every caller left is still ended by the budget, and that timeout is told', async () => {
    server.faultAlways('/search/memory', { hang: true });
    const { fetch, signals } = recordingFetch();
    const errors: unknown[] = [];
    const memory = createMemory({
      backend: clientFor(server, { fetch }),
      userId: 'u-1',
      recallTimeoutMs: 150,
      onError: (event) => errors.push(event.error),
    });
    const controller = new AbortController();
    const pending = memory.recall(
      turnOf('Where do I live?', { userId: 'u-1' }, { signal: controller.signal }),
    );
    await vi.waitFor(() => expect(server.requestsTo('/search/memory')).toHaveLength(1));
    controller.abort();
    expect((await pending).source).toBe('aborted');
    await vi.waitFor(() => expect(signals[0]!.aborted).toBe(true));
    await vi.waitFor(() => expect(errors).toHaveLength(1));
    expect(MemOSTimeoutError.isInstance(errors[0])).toBe(true);
  });
});

describe('recall: the cache', () => {
  it('joins a search still in flight even with ttlMs 0, and keeps nothing once it settled', async () => {
    server.fault('/search/memory', { delayMs: 30 });
    const memory = createMemory({ backend: clientFor(server), userId: 'u-1', recallCache: { ttlMs: 0 } });
    const together = await Promise.all([
      memory.recall(turnOf('Hotel ideas?')),
      memory.recall(turnOf('Hotel ideas?')),
    ]);
    expect(together.map(summary)).toEqual([
      ['search', false],
      ['cache', true],
    ]);
    await memory.recall(turnOf('Hotel ideas?'));
    expect(server.requestsTo('/search/memory')).toHaveLength(2);
  });

  it('keeps at most maxEntries searches, the least recently used going first', async () => {
    const memory = createMemory({
      backend: clientFor(server),
      userId: 'u-1',
      recallCache: { maxEntries: 2 },
    });
    const ask = async (question: string) => (await memory.recall(turnOf(question))).source;
    expect([await ask('Question one?'), await ask('Question two?'), await ask('Question one?')]).toEqual([
      'search',
      'search',
      'cache',
    ]);
    expect(await ask('Question three?')).toBe('search'); // evicts "two", the least recently used
    expect([await ask('Question one?'), await ask('Question two?')]).toEqual(['cache', 'search']);
  });

  it('forgets a success after ttlMs', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const memory = createMemory({ backend: clientFor(server), userId: 'u-1', recallCache: { ttlMs: 1_000 } });
    expect((await memory.recall(turnOf('Hotel ideas?'))).source).toBe('search');
    vi.advanceTimersByTime(999);
    expect((await memory.recall(turnOf('Hotel ideas?'))).source).toBe('cache');
    vi.advanceTimersByTime(1);
    expect((await memory.recall(turnOf('Hotel ideas?'))).source).toBe('search');
  });

  it('a capture during a search drops it: the next recall searches again, and the stale one stays out', async () => {
    server.fault('/search/memory', { hang: true });
    const memory = createMemory({
      backend: clientFor(server),
      userId: 'u-1',
      conversationId: 'trip',
      recallTimeoutMs: 300,
      onError: () => {},
    });
    const turn = turnOf('Hotel ideas?');
    const first = memory.recall(turn);
    await vi.waitFor(() => expect(server.requestsTo('/search/memory')).toHaveLength(1), { interval: 2 });
    memory.capture(turn, { status: 'complete', text: 'Try Chengdu.' });
    expect((await memory.recall(turn)).source).toBe('search');
    expect((await first).source).toBe('timeout');
    // The first search settling late does not put its failure back over the newer result.
    expect((await memory.recall(turn)).source).toBe('cache');
    expect(server.requestsTo('/search/memory')).toHaveLength(2);
    await memory.close();
  });
});
