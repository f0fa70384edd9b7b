// The memories used reach `useChat`: `providerMetadata.memos` is on each `finish-step` part of
// `streamText`, so `toUIMessageStream({ messageMetadata })` puts them on the assistant message, as
// the client reads it (`readUIMessageStream`, what useChat runs).
import type { LanguageModelV4StreamPart } from '@ai-sdk/provider';
import {
  readUIMessageStream,
  stepCountIs,
  streamText,
  tool,
  toUIMessageStream,
  type UIMessage,
  type UIMessageChunk,
} from 'ai';
import { convertArrayToReadableStream, convertReadableStreamToArray, MockLanguageModelV4 } from 'ai/test';
import { type MemOSProviderMetadata, withMemOS } from 'memos-middleware/ai-sdk';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { MemOSTestServer } from '../support/memos-test-server.ts';
import { memoryOn, textParts, toolCallParts, useQuickStartServer } from './helpers.ts';

let server: MemOSTestServer;
useQuickStartServer('u-1', (started) => {
  server = started;
});

type Metadata = { memories?: MemOSProviderMetadata | undefined };

const messageMetadata = ({ part }: { part: { type: string; providerMetadata?: unknown } }) =>
  part.type === 'finish-step'
    ? { memories: (part.providerMetadata as { memos?: MemOSProviderMetadata } | undefined)?.memos }
    : undefined;

async function lastMessage(stream: ReadableStream<UIMessageChunk>): Promise<UIMessage<Metadata>> {
  let message: UIMessage<Metadata> | undefined;
  for await (const update of readUIMessageStream<UIMessage<Metadata>>({ stream })) message = update;
  return message!;
}

describe('providerMetadata.memos on finish-step, into message metadata', () => {
  it('streamText → toUIMessageStream({ messageMetadata }) → the assistant message carries the memories', async () => {
    const mock = new MockLanguageModelV4({
      doStream: { stream: convertArrayToReadableStream(textParts('Try a budget chain.')) },
    });
    const model = withMemOS(mock, { memory: memoryOn(server) });
    const result = streamText({
      model,
      prompt: 'Any hotel ideas for National Day?',
      providerOptions: { memos: { userId: 'u-1' } },
    });
    const [forParts, forUI] = result.stream.tee();
    const parts = await convertReadableStreamToArray(forParts);
    const finishStep = parts.find((part) => part.type === 'finish-step');
    expect((finishStep?.providerMetadata?.memos as MemOSProviderMetadata | undefined)?.source).toBe('search');

    const message = await lastMessage(toUIMessageStream({ stream: forUI, messageMetadata }));
    expect(message.role).toBe('assistant');
    expect(message.parts.some((part) => part.type === 'text' && part.text === 'Try a budget chain.')).toBe(
      true,
    );
    expect(message.metadata?.memories?.source).toBe('search');
    expect(message.metadata?.memories?.facts.map((fact) => fact.id)).toEqual(['fact-guangzhou']);
    expect(message.metadata?.memories?.preferences.map((preference) => preference.id)).toEqual([
      'pref-budget',
    ]);
  });

  it('a tool loop: every step carries them (steps 2..N from the turn cache), the message ends with them', async () => {
    const mock = new MockLanguageModelV4({
      doStream: [
        { stream: convertArrayToReadableStream<LanguageModelV4StreamPart>(toolCallParts('call-1')) },
        { stream: convertArrayToReadableStream(textParts('Sunny in Lyon.')) },
      ],
    });
    const model = withMemOS(mock, { memory: memoryOn(server) });
    const result = streamText({
      model,
      prompt: 'Weather for my trip?',
      tools: { weather: tool({ inputSchema: z.object({ city: z.string() }), execute: async () => 'Sunny' }) },
      stopWhen: stepCountIs(3),
      providerOptions: { memos: { userId: 'u-1' } },
    });
    const sources: string[] = [];
    const message = await lastMessage(
      toUIMessageStream({
        stream: result.stream,
        messageMetadata: (options) => {
          const metadata = messageMetadata(options);
          if (metadata?.memories) sources.push(metadata.memories.source);
          return metadata;
        },
      }),
    );
    expect(sources).toEqual(['search', 'cache']);
    expect(message.metadata?.memories?.facts.map((fact) => fact.id)).toEqual(['fact-guangzhou']);
    expect(server.requestsTo('/search/memory')).toHaveLength(1);
  });
});
