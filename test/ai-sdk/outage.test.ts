// A provider outage: every attempt of the AI SDK's retry fails (or some do, then one succeeds). The
// user's message must be stored once whatever happens; the answer, when one finally comes, once too.
import type { LanguageModelV4CallOptions, LanguageModelV4StreamPart } from '@ai-sdk/provider';
import { APICallError, generateText, streamText } from 'ai';
import { convertArrayToReadableStream, MockLanguageModelV4 } from 'ai/test';
import type { MemoryEvents, MemoryOptions } from 'memos-middleware';
import { withMemOS } from 'memos-middleware/ai-sdk';
import { describe, expect, it } from 'vitest';
import type { MemOSTestServer } from '../support/memos-test-server.ts';
import { memoryOn, textParts, textResult, useQuickStartServer } from './helpers.ts';

let server: MemOSTestServer;
useQuickStartServer('u-1', (started) => {
  server = started;
});

const question = 'Any hotel ideas for National Day?';
const answer = 'A budget chain near the station.';

// `retry-after-ms: 0` lets the SDK's retry go at once instead of after its 2 s default backoff.
const overloaded = () =>
  new APICallError({
    message: '503 from provider',
    url: 'https://provider.test',
    requestBodyValues: {},
    statusCode: 503,
    responseHeaders: { 'retry-after-ms': '0' },
  });

/** Each add request's messages, as `role: content` lines. */
const adds = () =>
  server
    .requestsTo('/add/message')
    .map((request) =>
      request.body.messages.map(
        (message: { role: string; content: string }) => `${message.role}: ${message.content}`,
      ),
    );
const held = () => server.messages('u-1', 'c-1').map((message) => `${message.role}: ${message.content}`);

function setUp(options: MemoryOptions = {}) {
  const captures: MemoryEvents['capture'][] = [];
  const memory = memoryOn(server, {
    conversationId: 'c-1',
    onCapture: (event) => captures.push(event),
    ...options,
  });
  const outcomes = () => captures.map((event) => event.skipped ?? 'stored');
  return { memory, outcomes };
}

/** A doGenerate that fails with `failures` in turn, then answers. */
function generateAfter(...failures: Error[]) {
  let calls = 0;
  return async () => {
    const failure = failures[calls++];
    if (failure) throw failure;
    return textResult(answer);
  };
}

/** A doStream that fails with `failures` in turn (before any output), then streams the answer. */
function streamAfter(...failures: Error[]) {
  let calls = 0;
  return async () => {
    const failure = failures[calls++];
    if (failure) throw failure;
    return { stream: convertArrayToReadableStream(textParts(answer)) };
  };
}

describe('generateText during a provider outage', () => {
  it('503 on every attempt stores the user message once, in one add', async () => {
    const { memory, outcomes } = setUp();
    const mock = new MockLanguageModelV4({ doGenerate: generateAfter(overloaded(), overloaded()) });
    await expect(
      generateText({ model: withMemOS(mock, { memory, userId: 'u-1' }), prompt: question, maxRetries: 1 }),
    ).rejects.toThrow('503');
    await memory.flush();
    expect(mock.doGenerateCalls).toHaveLength(2);
    expect(adds()).toEqual([[`user: ${question}`]]);
    expect(outcomes()).toEqual(['stored', 'duplicate']);
  });

  it('503 then success stores the user message once and the answer once (two adds)', async () => {
    const { memory, outcomes } = setUp();
    const mock = new MockLanguageModelV4({ doGenerate: generateAfter(overloaded()) });
    const result = await generateText({
      model: withMemOS(mock, { memory, userId: 'u-1' }),
      prompt: question,
      maxRetries: 1,
    });
    await memory.flush();
    expect(result.text).toBe(answer);
    // The failed attempt's add carries the question; the retry's only what was not stored yet.
    expect(adds()).toEqual([[`user: ${question}`], [`assistant: ${answer}`]]);
    expect(held()).toEqual([`user: ${question}`, `assistant: ${answer}`]);
    expect(outcomes()).toEqual(['stored', 'stored']);
  });

  it('the retry reuses the recall of the failed attempt: one search for the turn', async () => {
    const { memory } = setUp();
    const mock = new MockLanguageModelV4({ doGenerate: generateAfter(overloaded(), overloaded()) });
    await generateText({
      model: withMemOS(mock, { memory, userId: 'u-1' }),
      prompt: question,
      maxRetries: 2,
    });
    await memory.flush();
    expect(mock.doGenerateCalls).toHaveLength(3);
    expect(mock.doGenerateCalls.map((call) => JSON.stringify(call.prompt[0]))).toEqual(
      Array(3).fill(JSON.stringify(mock.doGenerateCalls[0]!.prompt[0])),
    );
    expect(server.requestsTo('/search/memory')).toHaveLength(1);
    expect(held()).toEqual([`user: ${question}`, `assistant: ${answer}`]);
  });

  it('a non-retryable failure is tried once and stores the user message once', async () => {
    const { memory, outcomes } = setUp();
    const mock = new MockLanguageModelV4({ doGenerate: generateAfter(new Error('bad request')) });
    await expect(
      generateText({ model: withMemOS(mock, { memory, userId: 'u-1' }), prompt: question, maxRetries: 1 }),
    ).rejects.toThrow('bad request');
    await memory.flush();
    expect(mock.doGenerateCalls).toHaveLength(1);
    expect(adds()).toEqual([[`user: ${question}`]]);
    expect(outcomes()).toEqual(['stored']);
  });
});

describe('streamText during a provider outage (doStream fails before any output)', () => {
  it('503 on every attempt stores the user message once', async () => {
    const { memory, outcomes } = setUp();
    const mock = new MockLanguageModelV4({ doStream: streamAfter(overloaded(), overloaded()) });
    const errors: unknown[] = [];
    const result = streamText({
      model: withMemOS(mock, { memory, userId: 'u-1' }),
      prompt: question,
      maxRetries: 1,
      onError: ({ error }) => {
        errors.push(error);
      },
    });
    await result.consumeStream();
    await memory.flush();
    expect(errors).toHaveLength(1);
    expect(mock.doStreamCalls).toHaveLength(2);
    expect(adds()).toEqual([[`user: ${question}`]]);
    expect(outcomes()).toEqual(['stored', 'duplicate']);
  });

  it('503 then success stores the user message once and the answer once', async () => {
    const { memory, outcomes } = setUp();
    const mock = new MockLanguageModelV4({ doStream: streamAfter(overloaded()) });
    const result = streamText({
      model: withMemOS(mock, { memory, userId: 'u-1' }),
      prompt: question,
      maxRetries: 1,
    });
    expect(await result.text).toBe(answer);
    await memory.flush();
    expect(adds()).toEqual([[`user: ${question}`], [`assistant: ${answer}`]]);
    expect(held()).toEqual([`user: ${question}`, `assistant: ${answer}`]);
    expect(outcomes()).toEqual(['stored', 'stored']);
  });
});

describe('a stream retried after it started (streamRetries)', () => {
  const halfThenFailure = (): LanguageModelV4StreamPart[] => [
    { type: 'stream-start', warnings: [] },
    { type: 'text-start', id: 't1' },
    { type: 'text-delta', id: 't1', delta: 'A budget ' },
    { type: 'error', error: overloaded() },
  ];
  const retriedStream = () => {
    let calls = 0;
    return async () => ({
      stream: convertArrayToReadableStream(calls++ === 0 ? halfThenFailure() : textParts(answer)),
    });
  };

  it("stores the user message once; 'partial' keeps the half answer next to the complete one", async () => {
    for (const [onAbort, expected] of [
      ['user-only', [[`user: ${question}`], [`assistant: ${answer}`]]],
      ['partial', [[`user: ${question}`, 'assistant: A budget'], [`assistant: ${answer}`]]],
    ] as const) {
      server.reset();
      const { memory } = setUp({ onAbort });
      const mock = new MockLanguageModelV4({ doStream: retriedStream() });
      const result = streamText({
        model: withMemOS(mock, { memory, userId: 'u-1' }),
        prompt: question,
        streamRetries: 1,
        onError: () => {},
      });
      expect(await result.text).toBe(answer);
      await memory.flush();
      expect(mock.doStreamCalls).toHaveLength(2);
      expect(adds()).toEqual(expected);
    }
  });
});

describe('the abort policy decides what a failed attempt stores', () => {
  it("'skip': an outage stores nothing, a retried success stores the whole turn in one add", async () => {
    const { memory: outage } = setUp({ onAbort: 'skip' });
    const failing = new MockLanguageModelV4({ doGenerate: generateAfter(overloaded(), overloaded()) });
    await expect(
      generateText({
        model: withMemOS(failing, { memory: outage, userId: 'u-1' }),
        prompt: question,
        maxRetries: 1,
      }),
    ).rejects.toThrow('503');
    await outage.flush();
    expect(adds()).toEqual([]);

    const { memory } = setUp({ onAbort: 'skip' });
    const recovering = new MockLanguageModelV4({ doGenerate: generateAfter(overloaded()) });
    await generateText({
      model: withMemOS(recovering, { memory, userId: 'u-1' }),
      prompt: question,
      maxRetries: 1,
    });
    await memory.flush();
    expect(adds()).toEqual([[`user: ${question}`, `assistant: ${answer}`]]);
  });

  it("'partial': a failure before any output stores what there is (the user message), then the answer once", async () => {
    const { memory: outage } = setUp({ onAbort: 'partial' });
    const failing = new MockLanguageModelV4({ doStream: streamAfter(overloaded(), overloaded()) });
    await streamText({
      model: withMemOS(failing, { memory: outage, userId: 'u-1' }),
      prompt: question,
      maxRetries: 1,
      onError: () => {},
    }).consumeStream();
    await outage.flush();
    expect(adds()).toEqual([[`user: ${question}`]]);
    server.reset();

    const { memory } = setUp({ onAbort: 'partial' });
    const recovering = new MockLanguageModelV4({ doStream: streamAfter(overloaded()) });
    await streamText({
      model: withMemOS(recovering, { memory, userId: 'u-1' }),
      prompt: question,
      maxRetries: 1,
    }).consumeStream();
    await memory.flush();
    expect(adds()).toEqual([[`user: ${question}`], [`assistant: ${answer}`]]);
  });
});

describe('flush after a failed call', () => {
  it('resolves only once the failed turn reached the backend (slow add, async resolveIdentity)', async () => {
    server.fault('/add/message', { delayMs: 100 });
    const { memory } = setUp({
      conversationId: undefined,
      resolveIdentity: async () => ({ userId: 'u-1', conversationId: 'c-1' }),
    });
    const mock = new MockLanguageModelV4({ doGenerate: generateAfter(overloaded(), overloaded()) });
    await expect(
      generateText({ model: withMemOS(mock, { memory }), prompt: question, maxRetries: 1 }),
    ).rejects.toThrow('503');
    await memory.flush();
    expect(held()).toEqual([`user: ${question}`]);
  });
});

describe('a dropped write does not block the turn', () => {
  it('a user-only write the writer dropped is stored again with the answer of a later attempt', async () => {
    server.fault('/add/message', { code: 40000, message: 'Invalid request parameters' });
    const drops: MemoryEvents['drop'][] = [];
    const { memory } = setUp({ onDrop: (event) => drops.push(event) });
    const mock = new MockLanguageModelV4({ doGenerate: generateAfter(overloaded()) });
    const model = withMemOS(mock, { memory, userId: 'u-1' });
    const params: LanguageModelV4CallOptions = {
      prompt: [{ role: 'user', content: [{ type: 'text', text: question }] }],
    };
    await expect(model.doGenerate(params)).rejects.toThrow('503');
    await memory.flush();
    expect(drops).toHaveLength(1);
    // The app regenerates the same turn.
    await model.doGenerate(params);
    await memory.flush();
    expect(held()).toEqual([`user: ${question}`, `assistant: ${answer}`]);
  });
});
