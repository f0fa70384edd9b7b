// The promise a model call registers with waitUntil: settled by the call's end, and released when its
// stream goes unread (a client that left a route which neither consumes the stream nor passes an abort
// signal: the model stream stalls, and the host must not wait for it until its own time limit).
import type { LanguageModelV4StreamPart } from '@ai-sdk/provider';
import { streamText, toUIMessageStream } from 'ai';
import { MockLanguageModelV4 } from 'ai/test';
import { createMemory, type Memory, type MemoryBackend } from 'memos-middleware';
import { withMemOS } from 'memos-middleware/ai-sdk';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { keepTurnAlive, UNREAD_RELEASE_MS } from '../../adapters/ai-sdk/keep-turn-alive.ts';
import { tapStream } from '../../adapters/ai-sdk/tap-stream.ts';
import { manualStream, textParts } from './helpers.ts';

/** A Memory that records what it was given to keep alive, with a flush the test resolves. */
function fakeMemory() {
  const kept: { promise: Promise<unknown>; settled: boolean }[] = [];
  let finishFlush!: () => void;
  const memory = {
    keepAlive(promise: Promise<unknown>) {
      const entry = { promise, settled: false };
      kept.push(entry);
      void promise.then(() => {
        entry.settled = true;
      });
    },
    flush: () =>
      new Promise<void>((resolve) => {
        finishFlush = resolve;
      }),
  } as unknown as Memory;
  return { memory, kept, finishFlush: () => finishFlush() };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

afterEach(() => {
  vi.useRealTimers();
});

describe('keepTurnAlive', () => {
  it('registers at once; captured() settles once the flush (the write) is done', async () => {
    const { memory, kept, finishFlush } = fakeMemory();
    const alive = keepTurnAlive(memory);
    expect(kept).toHaveLength(1);
    alive.captured();
    await tick();
    expect(kept[0]!.settled).toBe(false);
    finishFlush();
    await kept[0]!.promise;
  });

  it('released() settles at once, and the first report wins', async () => {
    const { memory, kept } = fakeMemory();
    const alive = keepTurnAlive(memory);
    alive.released();
    alive.captured();
    await kept[0]!.promise;
  });

  it('a stream unread for the release time settles it; one whose reader waits (a slow model) never does', async () => {
    vi.useFakeTimers();
    const { memory, kept } = fakeMemory();
    const waiting = keepTurnAlive(memory, { unreadReleaseMs: 1000 });
    const unread = keepTurnAlive(memory, { unreadReleaseMs: 1000 });
    waiting.demand(false);
    waiting.demand(true); // the reader asked; the model takes its time
    unread.demand(false); // a part was handed on, and nobody asked for the next
    await vi.advanceTimersByTimeAsync(999);
    expect(kept.map((entry) => entry.settled)).toEqual([false, false]);
    await vi.advanceTimersByTimeAsync(1);
    expect(kept.map((entry) => entry.settled)).toEqual([false, true]);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(kept[0]!.settled).toBe(false);
    // Reading resumes and stops again: a new window.
    waiting.demand(false);
    await vi.advanceTimersByTimeAsync(1000);
    expect(kept[0]!.settled).toBe(true);
  });

  it('a Memory without keepAlive (an older copy of the package) is left alone', () => {
    const alive = keepTurnAlive({ flush: async () => {} } as unknown as Memory);
    expect(() => alive.captured()).not.toThrow();
  });
});

describe('tapStream onDemand', () => {
  it('says when the reader is waiting for a part and when it has it', async () => {
    const events: string[] = [];
    const source = manualStream<string>();
    const reader = tapStream(source.stream, {
      onPart: (part) => {
        events.push(`part ${part}`);
        return part;
      },
      onEnd: (outcome) => events.push(outcome.status),
      onDemand: (waiting) => events.push(waiting ? 'waiting' : 'served'),
    }).getReader();
    const first = reader.read();
    await tick();
    expect(events).toEqual(['waiting']);
    source.push('a');
    await first;
    source.close();
    await reader.read();
    expect(events).toEqual(['waiting', 'served', 'part a', 'waiting', 'served', 'done']);
  });
});

describe('through streamText, when the client leaves a route that does not consume the stream', () => {
  it('the stalled stream releases its promise after UNREAD_RELEASE_MS, instead of holding the host forever', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const backend: MemoryBackend = {
      searchMemory: async () => ({
        memory_detail_list: [],
        preference_detail_list: [],
        tool_memory_detail_list: [],
      }),
      addMessage: async () => ({}),
      getMessage: async () => ({ message_detail_list: [] }),
      getMemory: async () => ({
        memory_detail_list: [],
        preference_detail_list: [],
        tool_memory_detail_list: [],
      }),
      deleteMemory: async () => ({}),
    } as unknown as MemoryBackend;
    const kept: { settled: boolean }[] = [];
    const captures: string[] = [];
    const memory = createMemory({
      backend,
      onCapture: () => captures.push('capture'),
      waitUntil: (promise) => {
        const entry = { settled: false };
        kept.push(entry);
        void promise.then(() => {
          entry.settled = true;
        });
      },
    });
    const source = manualStream<LanguageModelV4StreamPart>();
    const model = withMemOS(new MockLanguageModelV4({ doStream: { stream: source.stream } }), { memory });
    const result = streamText({ model, prompt: 'Hi', providerOptions: { memos: { userId: 'u-1' } } });
    const reader = toUIMessageStream({ stream: result.stream }).getReader();
    // Long enough to outgrow the pipeline's buffers (a short answer fits in them and is read to the end).
    const parts = textParts(Array.from({ length: 60 }, (_, index) => `word${index}`).join(' '));
    source.push(...parts.slice(0, 4));
    await reader.read();
    // What Next.js does when the client disconnects: the response body is cancelled.
    await reader.cancel(new Error('client left'));
    // The model goes on answering; nobody reads it any more (the replay branch applies backpressure).
    await vi.advanceTimersByTimeAsync(50);
    source.push(...parts.slice(4));
    source.close();
    await vi.advanceTimersByTimeAsync(UNREAD_RELEASE_MS - 500);
    expect(captures).toEqual([]);
    expect(kept).toHaveLength(1);
    expect(kept[0]!.settled).toBe(false);
    await vi.advanceTimersByTimeAsync(500);
    expect(kept[0]!.settled).toBe(true);
  });
});
