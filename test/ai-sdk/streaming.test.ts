import type { LanguageModelV4CallOptions, LanguageModelV4StreamPart } from '@ai-sdk/provider';
import { experimental_streamTextLowMemory, streamText } from 'ai';
import { convertArrayToReadableStream, convertReadableStreamToArray, MockLanguageModelV4 } from 'ai/test';
import { type MemOSProviderMetadata, withMemOS } from 'memos-middleware/ai-sdk';
import { describe, expect, it } from 'vitest';
import type { MemOSTestServer } from '../support/memos-test-server.ts';
import { manualStream, memoryOn, nextCapture, textParts, usage, useQuickStartServer } from './helpers.ts';

let server: MemOSTestServer;
useQuickStartServer('u-1', (started) => {
  server = started;
});

const question = 'Any hotel ideas for National Day?';
const answer = 'Try a budget chain other than 7 Days Inn, somewhere new.';
const params = (extra: Partial<LanguageModelV4CallOptions> = {}): LanguageModelV4CallOptions => ({
  prompt: [{ role: 'user', content: [{ type: 'text', text: question }] }],
  providerOptions: { memos: { userId: 'u-1' } },
  ...extra,
});
const storedRoles = () =>
  server
    .requestsTo('/add/message')
    .map((request) =>
      request.body.messages.map(
        (message: { role: string; content: string }) => `${message.role}: ${message.content}`,
      ),
    );

describe('streams pass through untouched', () => {
  it('yields the same parts as the bare model, plus providerMetadata.memos on the finish part', async () => {
    const bare = new MockLanguageModelV4({
      doStream: { stream: convertArrayToReadableStream(textParts(answer)) },
    });
    const direct = await convertReadableStreamToArray((await bare.doStream(params())).stream);

    const mock = new MockLanguageModelV4({
      doStream: { stream: convertArrayToReadableStream(textParts(answer)) },
    });
    const memory = memoryOn(server);
    const model = withMemOS(mock, { memory });
    const wrapped = await convertReadableStreamToArray((await model.doStream(params())).stream);

    const finish = wrapped.at(-1) as Extract<LanguageModelV4StreamPart, { type: 'finish' }>;
    const { memos, ...otherMetadata } = finish.providerMetadata ?? {};
    expect([...wrapped.slice(0, -1), { ...finish, providerMetadata: otherMetadata }]).toEqual(direct);
    expect(memos).toEqual({
      source: 'search',
      query: question,
      facts: [
        {
          id: 'fact-guangzhou',
          text: 'The user has planned to travel to Guangzhou during the summer and has decided to choose 7 Days Inn for accommodation.',
          relativity: 0.92,
        },
      ],
      preferences: [
        {
          id: 'pref-budget',
          text: 'Preference for cost-effective accommodations.',
          relativity: 0.81,
          type: 'implicit_preference',
        },
      ],
      toolMemories: [],
      block: expect.stringContaining('<memories>'),
    } satisfies MemOSProviderMetadata);
    await memory.flush();
    expect(storedRoles()).toEqual([[`user: ${question}`, `assistant: ${answer}`]]);
  });

  it('hands each part on as soon as the model sends it', async () => {
    const source = manualStream<LanguageModelV4StreamPart>();
    const mock = new MockLanguageModelV4({ doStream: { stream: source.stream } });
    const model = withMemOS(mock, { memory: memoryOn(server) });
    const reader = (await model.doStream(params())).stream.getReader();

    source.push({ type: 'stream-start', warnings: [] }, { type: 'text-start', id: 't1' });
    expect(await reader.read()).toEqual({ done: false, value: { type: 'stream-start', warnings: [] } });
    expect(await reader.read()).toEqual({ done: false, value: { type: 'text-start', id: 't1' } });
    source.push({ type: 'text-delta', id: 't1', delta: 'Hel' });
    // The model has not finished (nor even sent a second delta) and the delta is already through.
    expect(await reader.read()).toEqual({
      done: false,
      value: { type: 'text-delta', id: 't1', delta: 'Hel' },
    });
    await reader.cancel();
  });

  it('exposes the memories used on streamText’s finish event', async () => {
    const mock = new MockLanguageModelV4({
      doStream: { stream: convertArrayToReadableStream(textParts(answer)) },
    });
    const model = withMemOS(mock, { memory: memoryOn(server), userId: 'u-1' });
    const result = streamText({ model, prompt: question });
    const metadata = (await result.providerMetadata)?.memos as MemOSProviderMetadata | undefined;
    expect(metadata?.facts.map((fact) => fact.id)).toEqual(['fact-guangzhou']);
    expect((await result.providerMetadata)?.mock).toEqual({ served: 1 });
  });
});

describe('cancel and abort apply the abort policy', () => {
  it('a reader cancelling the model stream mid-answer stores the user message only (default policy)', async () => {
    const source = manualStream<LanguageModelV4StreamPart>();
    const mock = new MockLanguageModelV4({ doStream: { stream: source.stream } });
    const memory = memoryOn(server);
    const model = withMemOS(mock, { memory });
    const reader = (await model.doStream(params())).stream.getReader();
    source.push({ type: 'text-start', id: 't1' }, { type: 'text-delta', id: 't1', delta: 'Try a ' });
    await reader.read();
    await reader.read();
    await reader.cancel(new Error('client went away'));
    await memory.flush();

    expect(source.cancelled?.reason).toEqual(new Error('client went away'));
    expect(storedRoles()).toEqual([[`user: ${question}`]]);
  });

  it("with onAbort: 'partial' the partial answer is stored too", async () => {
    const source = manualStream<LanguageModelV4StreamPart>();
    const mock = new MockLanguageModelV4({ doStream: { stream: source.stream } });
    const memory = memoryOn(server, { onAbort: 'partial' });
    const model = withMemOS(mock, { memory });
    const reader = (await model.doStream(params())).stream.getReader();
    source.push(
      { type: 'text-start', id: 't1' },
      { type: 'text-delta', id: 't1', delta: 'Try a budget chain' },
    );
    await reader.read();
    await reader.read();
    await reader.cancel();
    await memory.flush();
    expect(storedRoles()).toEqual([[`user: ${question}`, 'assistant: Try a budget chain']]);
  });

  it('streamText’s abortSignal aborting mid-answer is captured once, before any flush of the stream', async () => {
    const source = manualStream<LanguageModelV4StreamPart>();
    const mock = new MockLanguageModelV4({ doStream: { stream: source.stream } });
    const memory = memoryOn(server, { onAbort: 'partial' });
    const model = withMemOS(mock, { memory, userId: 'u-1' });
    const controller = new AbortController();
    const result = streamText({ model, prompt: question, abortSignal: controller.signal });
    source.push({ type: 'text-start', id: 't1' }, { type: 'text-delta', id: 't1', delta: 'Try ' });
    const reader = result.textStream.getReader();
    expect(await reader.read()).toEqual({ done: false, value: 'Try ' });
    controller.abort();
    await result.consumeStream();
    await memory.flush();
    expect(storedRoles()).toEqual([[`user: ${question}`, 'assistant: Try']]);
  });

  it('a reader cancelling a single-consumer streamText reaches the model stream and is captured', async () => {
    const source = manualStream<LanguageModelV4StreamPart>();
    const mock = new MockLanguageModelV4({ doStream: { stream: source.stream } });
    const memory = memoryOn(server);
    const model = withMemOS(mock, { memory, userId: 'u-1' });
    const result = experimental_streamTextLowMemory({ model, prompt: question });
    source.push({ type: 'text-start', id: 't1' }, { type: 'text-delta', id: 't1', delta: 'Try ' });
    const reader = result.textStream.getReader();
    await reader.read();
    const captured = nextCapture(memory);
    await reader.cancel();
    await captured;
    await memory.flush();
    expect(source.cancelled).toBeDefined();
    expect(storedRoles()).toEqual([[`user: ${question}`]]);
  });

  it('with the default streamText, consumeStream() lets the answer finish and be stored after the reader left', async () => {
    // AI SDK 7 keeps a replay branch, so a reader's cancel never reaches the model stream;
    // consumeStream() (or an abortSignal) is how a route keeps the turn.
    const mock = new MockLanguageModelV4({
      doStream: { stream: convertArrayToReadableStream(textParts(answer)) },
    });
    const memory = memoryOn(server);
    const model = withMemOS(mock, { memory, userId: 'u-1' });
    const result = streamText({ model, prompt: question });
    const consumed = result.consumeStream();
    const reader = result.textStream.getReader();
    await reader.read();
    await reader.cancel();
    await consumed;
    await memory.flush();
    expect(storedRoles()).toEqual([[`user: ${question}`, `assistant: ${answer}`]]);
  });
});

describe('stream errors apply the abort policy', () => {
  it('a stream that fails upstream stores the user message only (default policy), and the error reaches the reader', async () => {
    const source = manualStream<LanguageModelV4StreamPart>();
    const mock = new MockLanguageModelV4({ doStream: { stream: source.stream } });
    const memory = memoryOn(server);
    const model = withMemOS(mock, { memory });
    const reader = (await model.doStream(params())).stream.getReader();
    source.push({ type: 'text-start', id: 't1' }, { type: 'text-delta', id: 't1', delta: 'Half an' });
    await reader.read();
    await reader.read();
    const failure = new Error('connection reset');
    source.fail(failure);
    await expect(reader.read()).rejects.toBe(failure);
    await memory.flush();
    expect(storedRoles()).toEqual([[`user: ${question}`]]);
    const stored = server.requestsTo('/add/message').flatMap((request) => request.body.messages);
    expect(stored.filter((message: { role: string }) => message.role === 'assistant')).toEqual([]);
    expect(JSON.stringify(stored)).not.toContain('Half an');
  });

  it("with onAbort: 'partial' a stream that fails upstream stores the partial answer too", async () => {
    const source = manualStream<LanguageModelV4StreamPart>();
    const mock = new MockLanguageModelV4({ doStream: { stream: source.stream } });
    const memory = memoryOn(server, { onAbort: 'partial' });
    const model = withMemOS(mock, { memory });
    const reader = (await model.doStream(params())).stream.getReader();
    source.push({ type: 'text-start', id: 't1' }, { type: 'text-delta', id: 't1', delta: 'Half an' });
    await reader.read();
    await reader.read();
    const failure = new Error('connection reset');
    source.fail(failure);
    await expect(reader.read()).rejects.toBe(failure);
    await memory.flush();
    expect(storedRoles()).toEqual([[`user: ${question}`, 'assistant: Half an']]);
  });

  it('an error part makes the turn an error even if the stream then finishes', async () => {
    const parts: LanguageModelV4StreamPart[] = [
      { type: 'text-start', id: 't1' },
      { type: 'text-delta', id: 't1', delta: 'Half' },
      { type: 'error', error: new Error('overloaded') },
      { type: 'finish', finishReason: { unified: 'error', raw: 'error' }, usage },
    ];
    const mock = new MockLanguageModelV4({ doStream: { stream: convertArrayToReadableStream(parts) } });
    const errors: string[] = [];
    const memory = memoryOn(server, { onCapture: (event) => errors.push(String(event.skipped ?? 'stored')) });
    const model = withMemOS(mock, { memory });
    await convertReadableStreamToArray((await model.doStream(params())).stream);
    await memory.flush();
    expect(storedRoles()).toEqual([[`user: ${question}`]]);
    expect(errors).toEqual(['stored']);
  });

  it('a doStream that rejects stores the user message and rethrows', async () => {
    const failure = new Error('503 from provider');
    const mock = new MockLanguageModelV4({
      doStream: async () => {
        throw failure;
      },
    });
    const memory = memoryOn(server);
    const model = withMemOS(mock, { memory });
    await expect(model.doStream(params())).rejects.toBe(failure);
    await memory.flush();
    expect(storedRoles()).toEqual([[`user: ${question}`]]);
  });
});
