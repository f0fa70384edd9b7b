// The same scenarios against AI SDK 7 (spec v4), AI SDK 6 (spec v3, installed as `ai-v6`) and AI SDK 5
// (spec v2, `ai-v5`), each with its own generateText/streamText/wrapLanguageModel and its own mock
// model: one middleware, three majors.
import type { LanguageModelV4GenerateResult, LanguageModelV4StreamPart } from '@ai-sdk/provider';
import * as ai7 from 'ai';
import { convertArrayToReadableStream, MockLanguageModelV4 } from 'ai/test';
import * as ai5 from 'ai-v5';
import { MockLanguageModelV2 } from 'ai-v5/test';
import * as ai6 from 'ai-v6';
import { MockLanguageModelV3 } from 'ai-v6/test';
import { MemOSConfigError } from 'memos-middleware';
import {
  type MemOSProviderMetadata,
  memosMiddleware,
  SPECIFICATION_VERSION,
  type SupportedSpecificationVersion,
} from 'memos-middleware/ai-sdk';
import { demoModel } from 'memos-middleware/ai-sdk/demo';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { MemOSTestServer } from '../support/memos-test-server.ts';
import {
  manualStream,
  memoryOn,
  nextCapture,
  textParts,
  textResult,
  toolCallResult,
  useQuickStartServer,
} from './helpers.ts';

// AI SDK 6's own types accept the middleware declared as 'v3', with no cast.
const _typedForV6: Parameters<typeof ai6.wrapLanguageModel>[0]['middleware'] = memosMiddleware({
  userId: 'type-check-only',
  backend: { searchMemory: async () => ({}), addMessage: async () => ({}) } as never,
  specificationVersion: 'v3',
});
// AI SDK 5's middleware type has no specificationVersion (only an optional middlewareVersion): the default fits.
const _typedForV5: Parameters<typeof ai5.wrapLanguageModel>[0]['middleware'] = memosMiddleware({
  userId: 'type-check-only',
  backend: { searchMemory: async () => ({}), addMessage: async () => ({}) } as never,
});

// Spec v2 differs from v3/v4 only where these fixtures touch it: a bare-string finish reason and flat usage.
const v2Usage = { inputTokens: 10, outputTokens: 5, totalTokens: 15 };
const toV2Result = (result: LanguageModelV4GenerateResult) => ({
  ...result,
  finishReason: result.finishReason.unified,
  usage: v2Usage,
});
const toV2Parts = (stream: ReadableStream<LanguageModelV4StreamPart>) =>
  stream.pipeThrough(
    new TransformStream<LanguageModelV4StreamPart, object>({
      transform(part, controller) {
        controller.enqueue(
          part.type === 'finish'
            ? { ...part, finishReason: part.finishReason.unified, usage: v2Usage }
            : part,
        );
      },
    }),
  );

interface CallSeen {
  prompt: { role: string; content: unknown }[];
}
interface MockHandle {
  model: unknown;
  calls(): CallSeen[];
}
interface Major {
  name: string;
  /** What to declare; AI SDK 5 takes the default. */
  specificationVersion: SupportedSpecificationVersion | undefined;
  /** The offline demo model speaks spec v3 and v4 only. */
  demoModel: boolean;
  /** `instructions` in AI SDK 7, `system` in AI SDK 6. */
  systemOption: 'instructions' | 'system';
  generateText(
    options: object,
  ): Promise<{ text: string; providerMetadata?: Record<string, unknown> | undefined }>;
  streamText(options: object): {
    textStream: ReadableStream<string>;
    text: PromiseLike<string>;
    providerMetadata: PromiseLike<Record<string, unknown> | undefined>;
    consumeStream(): PromiseLike<void>;
  };
  wrapLanguageModel(options: { model: unknown; middleware: unknown }): unknown;
  stepCountIs(count: number): unknown;
  tool(definition: object): unknown;
  mockGenerate(results: LanguageModelV4GenerateResult[]): MockHandle;
  mockStream(streams: ReadableStream<LanguageModelV4StreamPart>[]): MockHandle;
}

const majors: Major[] = [
  {
    name: 'AI SDK 7 (spec v4)',
    specificationVersion: 'v4',
    demoModel: true,
    systemOption: 'instructions',
    generateText: ai7.generateText as never,
    streamText: ai7.streamText as never,
    wrapLanguageModel: ai7.wrapLanguageModel as never,
    stepCountIs: ai7.isStepCount,
    tool: ai7.tool as never,
    mockGenerate(results) {
      const mock = new MockLanguageModelV4({ doGenerate: results as never });
      return { model: mock, calls: () => mock.doGenerateCalls as never };
    },
    mockStream(streams) {
      const mock = new MockLanguageModelV4({ doStream: streams.map((stream) => ({ stream })) });
      return { model: mock, calls: () => mock.doStreamCalls as never };
    },
  },
  {
    name: 'AI SDK 6 (spec v3)',
    specificationVersion: 'v3',
    demoModel: true,
    systemOption: 'system',
    generateText: ai6.generateText as never,
    streamText: ai6.streamText as never,
    wrapLanguageModel: ai6.wrapLanguageModel as never,
    stepCountIs: ai6.stepCountIs,
    tool: ai6.tool as never,
    mockGenerate(results) {
      const mock = new MockLanguageModelV3({ doGenerate: results as never });
      return { model: mock, calls: () => mock.doGenerateCalls as never };
    },
    mockStream(streams) {
      const mock = new MockLanguageModelV3({ doStream: streams.map((stream) => ({ stream })) as never });
      return { model: mock, calls: () => mock.doStreamCalls as never };
    },
  },
  {
    name: 'AI SDK 5 (spec v2)',
    specificationVersion: undefined,
    demoModel: false,
    systemOption: 'system',
    generateText: ai5.generateText as never,
    streamText: ai5.streamText as never,
    wrapLanguageModel: ai5.wrapLanguageModel as never,
    stepCountIs: ai5.stepCountIs,
    tool: ai5.tool as never,
    mockGenerate(results) {
      const mock = new MockLanguageModelV2({ doGenerate: results.map(toV2Result) as never });
      return { model: mock, calls: () => mock.doGenerateCalls as never };
    },
    mockStream(streams) {
      const mock = new MockLanguageModelV2({
        doStream: streams.map((stream) => ({ stream: toV2Parts(stream) })) as never,
      });
      return { model: mock, calls: () => mock.doStreamCalls as never };
    },
  },
];

let server: MemOSTestServer;
useQuickStartServer('u-1', (started) => {
  server = started;
});

const question = 'Any hotel ideas for National Day?';
const identity = { providerOptions: { memos: { userId: 'u-1', conversationId: 'c-1' } } };
const stored = () =>
  server
    .requestsTo('/add/message')
    .map((request) =>
      request.body.messages.map(
        (message: { role: string; content: unknown }) => `${message.role}: ${message.content}`,
      ),
    );

describe.each(majors)('$name', (major) => {
  const wrap = (mock: MockHandle, memory = memoryOn(server)) => ({
    memory,
    model: major.wrapLanguageModel({
      model: mock.model,
      middleware: memosMiddleware({ memory, specificationVersion: major.specificationVersion }),
    }),
  });

  it('declares the spec version it was asked for', () => {
    expect(
      memosMiddleware({ memory: memoryOn(server), specificationVersion: major.specificationVersion }),
    ).toMatchObject({
      specificationVersion: major.specificationVersion ?? SPECIFICATION_VERSION,
    });
  });

  it('generate: the block ends the system prompt, metadata is exposed, the turn is stored', async () => {
    const mock = major.mockGenerate([textResult('Try Home Inn in Chengdu.')]);
    const { memory, model } = wrap(mock);
    const result = await major.generateText({
      model,
      [major.systemOption]: 'You are a travel agent.',
      prompt: question,
      ...identity,
    });
    await memory.flush();
    expect(result.text).toBe('Try Home Inn in Chengdu.');
    expect(mock.calls()[0]?.prompt[0]).toEqual({
      role: 'system',
      content: expect.stringMatching(
        /^You are a travel agent\.\n\n<memories>[\s\S]*7 Days Inn[\s\S]*<\/memories>$/,
      ),
    });
    const metadata = result.providerMetadata?.memos as MemOSProviderMetadata | undefined;
    expect(metadata?.facts.map((fact) => fact.id)).toEqual(['fact-guangzhou']);
    expect(server.requestsTo('/search/memory')[0]?.body).toMatchObject({
      user_id: 'u-1',
      conversation_id: 'c-1',
    });
    expect(stored()).toEqual([[`user: ${question}`, 'assistant: Try Home Inn in Chengdu.']]);
  });

  it('a 4-step tool loop: 1 search, the block on every step, 1 add', async () => {
    const mock = major.mockGenerate([
      toolCallResult('c1'),
      toolCallResult('c2'),
      toolCallResult('c3'),
      textResult('Sunny.'),
    ]);
    const { memory, model } = wrap(mock);
    const weather = major.tool({
      inputSchema: z.object({ city: z.string() }),
      execute: async ({ city }: { city: string }) => `${city}: sunny`,
    });
    const result = await major.generateText({
      model,
      prompt: 'Weather where I am going?',
      tools: { weather },
      stopWhen: major.stepCountIs(4),
      ...identity,
    });
    await memory.flush();
    expect(result.text).toBe('Sunny.');
    expect(mock.calls()).toHaveLength(4);
    for (const call of mock.calls()) expect(String(call.prompt[0]?.content)).toContain('<memories>');
    expect(server.requestsTo('/search/memory')).toHaveLength(1);
    expect(stored()).toEqual([['user: Weather where I am going?', 'assistant: Sunny.']]);
  });

  it('stream: the text is untouched, the finish carries the metadata, the turn is stored', async () => {
    const answer = 'Try Home Inn in Chengdu.';
    const mock = major.mockStream([convertArrayToReadableStream(textParts(answer))]);
    const { memory, model } = wrap(mock);
    const result = major.streamText({ model, prompt: question, ...identity });
    expect(await result.text).toBe(answer);
    const metadata = (await result.providerMetadata)?.memos as MemOSProviderMetadata | undefined;
    expect(metadata?.source).toBe('search');
    await memory.flush();
    expect(stored()).toEqual([[`user: ${question}`, `assistant: ${answer}`]]);
  });

  it('stream aborted mid-answer: the user message only', async () => {
    const source = manualStream<LanguageModelV4StreamPart>();
    const mock = major.mockStream([source.stream]);
    const { memory, model } = wrap(mock);
    const controller = new AbortController();
    const result = major.streamText({ model, prompt: question, abortSignal: controller.signal, ...identity });
    source.push({ type: 'text-start', id: 't1' }, { type: 'text-delta', id: 't1', delta: 'Try ' });
    const reader = result.textStream.getReader();
    expect((await reader.read()).value).toBe('Try ');
    // The mock ignores the signal (AI SDK 6 does not cancel the model stream on abort either):
    // the middleware hears the abort itself.
    const captured = nextCapture(memory);
    controller.abort();
    await captured;
    source.fail(new Error('test cleanup'));
    await memory.flush();
    expect(stored()).toEqual([[`user: ${question}`]]);
  });

  it('a file part in the user message is stored as a placeholder', async () => {
    const mock = major.mockGenerate([textResult('A beach.')]);
    const { memory, model } = wrap(mock);
    await major.generateText({
      model,
      messages: [
        {
          role: 'user',
          content: [
            { type: 'file', data: new Uint8Array([137, 80, 78, 71]), mediaType: 'image/png' },
            { type: 'text', text: 'Where was this photo taken?' },
          ],
        },
      ],
      ...identity,
    });
    await memory.flush();
    expect(stored()).toEqual([['user: [image]\nWhere was this photo taken?', 'assistant: A beach.']]);
  });

  it('a call without a userId rejects with MemOSConfigError', async () => {
    const mock = major.mockGenerate([textResult('ok')]);
    const { model } = wrap(mock);
    await expect(major.generateText({ model, prompt: question })).rejects.toThrow(MemOSConfigError);
    expect(mock.calls()).toHaveLength(0);
  });

  it.runIf(major.demoModel)('the offline demo model answers from the memories', async () => {
    const memory = memoryOn(server);
    const model = major.wrapLanguageModel({
      model: demoModel({ specificationVersion: major.specificationVersion ?? SPECIFICATION_VERSION }),
      middleware: memosMiddleware({ memory, specificationVersion: major.specificationVersion }),
    });
    const { text } = await major.generateText({
      model,
      prompt: 'National Day is coming. Any hotel ideas?',
      ...identity,
    });
    expect(text).toContain('[offline demo model]');
    expect(text).toContain('7 Days Inn');
  });
});
