import { APICallError, generateText, Output } from 'ai';
import { MockLanguageModelV4 } from 'ai/test';
import type { MemoryEvents } from 'memos-middleware';
import { type MemOSProviderMetadata, withMemOS } from 'memos-middleware/ai-sdk';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { MemOSTestServer } from '../support/memos-test-server.ts';
import { memoryOn, textResult, useQuickStartServer } from './helpers.ts';

let server: MemOSTestServer;
useQuickStartServer('u-1', (started) => {
  server = started;
});

const question = 'Any hotel ideas for National Day?';

describe('generateText', () => {
  it('exposes the memories used in providerMetadata.memos, next to the provider’s own metadata', async () => {
    const mock = new MockLanguageModelV4({
      doGenerate: { ...textResult('A budget chain.'), providerMetadata: { mock: { requestId: 'r-1' } } },
    });
    const recalls: MemoryEvents['recall'][] = [];
    const memory = memoryOn(server, { onRecall: (event) => recalls.push(event) });
    const result = await generateText({
      model: withMemOS(mock, { memory }),
      prompt: question,
      providerOptions: { memos: { userId: 'u-1' } },
    });
    const metadata = result.providerMetadata?.memos as MemOSProviderMetadata | undefined;
    expect(result.providerMetadata?.mock).toEqual({ requestId: 'r-1' });
    expect(metadata).toMatchObject({
      source: 'search',
      query: question,
      facts: [{ id: 'fact-guangzhou', relativity: 0.92 }],
      preferences: [{ id: 'pref-budget', text: 'Preference for cost-effective accommodations.' }],
    });
    expect(metadata?.block).toBe(recalls[0]?.block);
    expect(recalls.map((event) => event.source)).toEqual(['search']);
  });

  it('fails open on a hanging MemOS: the model still answers, onError is told, the source says timeout', async () => {
    server.faultAlways('/search/memory', { hang: true });
    const errors: MemoryEvents['error'][] = [];
    const memory = memoryOn(server, { recallTimeoutMs: 100, onError: (event) => errors.push(event) });
    const mock = new MockLanguageModelV4({ doGenerate: textResult('Answer without memories.') });
    const result = await generateText({
      model: withMemOS(mock, { memory, userId: 'u-1' }),
      instructions: 'You are a travel agent.',
      prompt: question,
    });
    expect(result.text).toBe('Answer without memories.');
    expect((result.providerMetadata?.memos as MemOSProviderMetadata | undefined)?.source).toBe('timeout');
    expect(mock.doGenerateCalls[0]?.prompt[0]).toEqual({
      role: 'system',
      content: 'You are a travel agent.',
    });
    expect(errors.map((event) => event.phase)).toEqual(['recall']);
    server.faultAlways('/search/memory', undefined);
  });

  it('a failing doGenerate stores the user message (default policy) and rethrows', async () => {
    const failure = new Error('provider down');
    const mock = new MockLanguageModelV4({
      doGenerate: async () => {
        throw failure;
      },
    });
    const memory = memoryOn(server);
    await expect(
      generateText({ model: withMemOS(mock, { memory, userId: 'u-1' }), prompt: question, maxRetries: 0 }),
    ).rejects.toThrow('provider down');
    await memory.flush();
    expect(server.requestsTo('/add/message').map((request) => request.body.messages.length)).toEqual([1]);
  });
});

const overloaded = () =>
  new APICallError({
    message: '503 from provider',
    url: 'https://provider.test',
    requestBodyValues: {},
    statusCode: 503,
  });

describe('retries', () => {
  it('a model call retried after a retryable failure stores the turn once', async () => {
    // What AI SDK's retry does: the wrapped model is called again with the same params.
    let calls = 0;
    const mock = new MockLanguageModelV4({
      doGenerate: async () => {
        calls += 1;
        if (calls === 1) throw overloaded();
        return textResult('A budget chain.');
      },
    });
    const memory = memoryOn(server, { conversationId: 'c-1' });
    const model = withMemOS(mock, { memory, userId: 'u-1' });
    const params = {
      prompt: [{ role: 'user' as const, content: [{ type: 'text' as const, text: question }] }],
    };
    await expect(model.doGenerate(params)).rejects.toThrow('503');
    await model.doGenerate(params);
    await memory.flush();
    expect(server.messages('u-1', 'c-1').map((message) => `${message.role}: ${message.content}`)).toEqual([
      `user: ${question}`,
      'assistant: A budget chain.',
    ]);
  });

  it('the last retryable failure is captured too: the user message is stored (more in outage.test.ts)', async () => {
    const mock = new MockLanguageModelV4({
      doGenerate: async () => {
        throw overloaded();
      },
    });
    const memory = memoryOn(server);
    await expect(
      generateText({ model: withMemOS(mock, { memory, userId: 'u-1' }), prompt: question, maxRetries: 0 }),
    ).rejects.toThrow('503');
    await memory.flush();
    expect(server.requestsTo('/add/message').map((request) => request.body.messages.length)).toEqual([1]);
  });
});

describe('structured output', () => {
  it('Output.object gets the memories in its prompt and the JSON answer is stored', async () => {
    const json = '{"city":"Chengdu","hotel":"Home Inn"}';
    const mock = new MockLanguageModelV4({ doGenerate: textResult(json) });
    const memory = memoryOn(server);
    const result = await generateText({
      model: withMemOS(mock, { memory, userId: 'u-1' }),
      prompt: question,
      output: Output.object({ schema: z.object({ city: z.string(), hotel: z.string() }) }),
    });
    await memory.flush();
    expect(result.output).toEqual({ city: 'Chengdu', hotel: 'Home Inn' });
    expect(mock.doGenerateCalls[0]?.responseFormat).toMatchObject({ type: 'json' });
    expect(mock.doGenerateCalls[0]?.prompt[0]?.content).toContain('7 Days Inn');
    expect(server.requestsTo('/add/message')[0]?.body.messages.at(-1)).toMatchObject({
      role: 'assistant',
      content: json,
    });
  });
});
