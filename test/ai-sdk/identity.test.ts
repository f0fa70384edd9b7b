import { generateText, streamText, wrapLanguageModel } from 'ai';
import { convertArrayToReadableStream, MockLanguageModelV4 } from 'ai/test';
import { MemOSConfigError } from 'memos-middleware';
import { memosMiddleware, withMemOS } from 'memos-middleware/ai-sdk';
import { describe, expect, it } from 'vitest';
import type { MemOSTestServer } from '../support/memos-test-server.ts';
import { memoryOn, textParts, textResult, useQuickStartServer } from './helpers.ts';

let server: MemOSTestServer;
useQuickStartServer('u-ada', (started) => {
  server = started;
});

describe('identity per call through providerOptions.memos', () => {
  it('serves two users from one wrapped model, each with their own search and add', async () => {
    const mock = new MockLanguageModelV4({ doGenerate: textResult('ok') });
    const memory = memoryOn(server);
    const model = withMemOS(mock, { memory });
    await generateText({
      model,
      prompt: 'Hotel ideas?',
      providerOptions: { memos: { userId: 'u-ada', conversationId: 'c-1', agentId: 'travel-bot' } },
    });
    await generateText({ model, prompt: 'Dinner ideas?', providerOptions: { memos: { userId: 'u-bob' } } });
    await memory.flush();

    expect(
      server.requestsTo('/search/memory').map((request) => [request.body.user_id, request.body.query]),
    ).toEqual([
      ['u-ada', 'Hotel ideas?'],
      ['u-bob', 'Dinner ideas?'],
    ]);
    expect(server.requestsTo('/add/message').map((request) => request.body.user_id)).toEqual([
      'u-ada',
      'u-bob',
    ]);
    expect(server.requestsTo('/add/message')[0]?.body).toMatchObject({
      conversation_id: 'c-1',
      agent_id: 'travel-bot',
    });
    // Ada's memories reached Ada's prompt only.
    expect(mock.doGenerateCalls[0]?.prompt[0]?.content).toContain('Guangzhou');
    expect(mock.doGenerateCalls[1]?.prompt[0]?.role).toBe('user');
  });

  it('does not forward providerOptions.memos to the model, and keeps the other providers’ options', async () => {
    const mock = new MockLanguageModelV4({
      doStream: { stream: convertArrayToReadableStream(textParts('ok')) },
    });
    const model = withMemOS(mock, { memory: memoryOn(server) });
    const result = streamText({
      model,
      prompt: 'Hotel ideas?',
      providerOptions: { memos: { userId: 'u-ada' }, openai: { user: 'hashed-ada' } },
    });
    await result.consumeStream();
    expect(mock.doStreamCalls[0]?.providerOptions).toEqual({ openai: { user: 'hashed-ada' } });
  });

  it('per-call ids win over static ids; static ids fill in what the call leaves out', async () => {
    const mock = new MockLanguageModelV4({ doGenerate: textResult('ok') });
    const memory = memoryOn(server);
    const model = withMemOS(mock, { memory, userId: 'u-default', conversationId: 'c-static' });
    await generateText({ model, prompt: 'Hotel ideas?' });
    await generateText({ model, prompt: 'Hotel ideas?', providerOptions: { memos: { userId: 'u-ada' } } });
    await memory.flush();
    expect(
      server
        .requestsTo('/add/message')
        .map((request) => [request.body.user_id, request.body.conversation_id]),
    ).toEqual([
      ['u-default', 'c-static'],
      ['u-ada', 'c-static'],
    ]);
  });

  it('resolveIdentity receives the call params (here: a header) when the call carries no ids', async () => {
    const mock = new MockLanguageModelV4({ doGenerate: textResult('ok') });
    const memory = memoryOn(server, {
      resolveIdentity: (context) => {
        const params = context as { headers?: Record<string, string | undefined> };
        return { userId: params.headers?.['x-user-id'] };
      },
    });
    await generateText({
      model: withMemOS(mock, { memory }),
      prompt: 'Hotel ideas?',
      headers: { 'x-user-id': 'u-ada' },
    });
    expect(server.requestsTo('/search/memory')[0]?.body.user_id).toBe('u-ada');
  });

  it('readOnly recalls but never writes; skip does neither', async () => {
    const mock = new MockLanguageModelV4({ doGenerate: textResult('ok') });
    const memory = memoryOn(server);
    const model = withMemOS(mock, { memory });
    await generateText({
      model,
      prompt: 'Hotel ideas?',
      providerOptions: { memos: { userId: 'u-ada', readOnly: true } },
    });
    await generateText({
      model,
      prompt: 'Hotel ideas?',
      providerOptions: { memos: { userId: 'u-ada', skip: true } },
    });
    await memory.flush();
    expect(server.requestsTo('/search/memory')).toHaveLength(1);
    expect(server.requestsTo('/add/message')).toHaveLength(0);
    expect(mock.doGenerateCalls[1]?.prompt[0]?.role).toBe('user');
  });

  it('a call marked skip is left alone and needs no user id (a title generated on the side)', async () => {
    const mock = new MockLanguageModelV4({ doGenerate: textResult('Trip ideas') });
    const model = withMemOS(mock, { memory: memoryOn(server) });
    const { text, providerMetadata } = await generateText({
      model,
      prompt: 'Title for this chat?',
      providerOptions: { memos: { skip: true } },
    });
    expect(text).toBe('Trip ideas');
    expect(providerMetadata?.memos).toBeUndefined();
    expect(mock.doGenerateCalls[0]?.providerOptions).toEqual({});
    expect(server.requests).toHaveLength(0);
  });
});

describe('identity errors', () => {
  it('a call without a userId rejects with MemOSConfigError, and nothing is sent', async () => {
    const mock = new MockLanguageModelV4({ doGenerate: textResult('ok') });
    const model = withMemOS(mock, { memory: memoryOn(server) });
    const call = generateText({ model, prompt: 'Hotel ideas?' });
    await expect(call).rejects.toThrow(MemOSConfigError);
    await expect(call).rejects.toThrow(/providerOptions\.memos/);
    expect(mock.doGenerateCalls).toHaveLength(0);
    expect(server.requests).toHaveLength(0);
  });

  it('wrongly typed providerOptions.memos rejects with MemOSConfigError', async () => {
    const model = withMemOS(new MockLanguageModelV4({ doGenerate: textResult('ok') }), {
      memory: memoryOn(server),
    });
    await expect(
      generateText({ model, prompt: 'Hotel ideas?', providerOptions: { memos: { userId: 42 } } }),
    ).rejects.toThrow(/providerOptions\.memos: memos\.userId/);
    await expect(
      generateText({ model, prompt: 'Hotel ideas?', providerOptions: { memos: { user_id: 'u-ada' } } }),
    ).rejects.toThrow(MemOSConfigError);
  });

  it('rejects bad options when the middleware is built, not mid-request', () => {
    const memory = memoryOn(server);
    expect(() => memosMiddleware({ memory, recallTimeoutMs: 10 } as never)).toThrow(
      /only ids may be passed \(got recallTimeoutMs\)/,
    );
    expect(() => memosMiddleware({ memory: {} as never })).toThrow(MemOSConfigError);
    expect(() => memosMiddleware({ memory, specificationVersion: 'v9' as never })).toThrow(
      /specificationVersion/,
    );
    expect(() => memosMiddleware({ backend: memory.backend, recallTimeoutMs: -1 })).toThrow(MemOSConfigError);
  });

  it('builds its own memory from core options, reachable as middleware.memory', async () => {
    const middleware = memosMiddleware({
      backend: memoryOn(server).backend,
      userId: 'u-ada',
      placement: 'user',
    });
    const mock = new MockLanguageModelV4({ doGenerate: textResult('ok') });
    await generateText({ model: wrapLanguageModel({ model: mock, middleware }), prompt: 'Hotel ideas?' });
    await middleware.memory.flush();
    expect(middleware.memory.placement).toBe('user');
    expect(server.requestsTo('/add/message')).toHaveLength(1);
    const [userMessage] = mock.doGenerateCalls[0]?.prompt ?? [];
    expect(userMessage?.role === 'user' && userMessage.content[0]).toMatchObject({
      text: expect.stringMatching(/^<memories>[\s\S]*<\/memories>\n\nHotel ideas\?$/),
    });
  });
});
