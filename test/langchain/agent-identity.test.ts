// Who an agent run belongs to, and what happens when that is missing or MemOS is down.
import { AIMessage, HumanMessage } from '@langchain/core/messages';
import { fakeModel } from '@langchain/core/testing';
import { MemorySaver } from '@langchain/langgraph';
import { createAgent } from 'langchain';
import { MemOSConfigError, type MemoryEvents } from 'memos-middleware';
import { memosAgentMiddleware } from 'memos-middleware/langchain';
import { describe, expect, it, vi } from 'vitest';
import { memoryOn, useQuickStartServer } from '../ai-sdk/helpers.ts';
import type { MemOSTestServer } from '../support/memos-test-server.ts';
import { blocksOf, QUESTION } from './helpers.ts';

let server: MemOSTestServer;
useQuickStartServer('ada', (started) => {
  server = started;
});

function agentWith(options: Parameters<typeof memosAgentMiddleware>[0] = {}, answer = 'Try Lyon.') {
  const model = fakeModel().respond(new AIMessage(answer));
  const memos = memosAgentMiddleware({ memory: memoryOn(server), ...options });
  const agent = createAgent({ model, tools: [], middleware: [memos], checkpointer: new MemorySaver() });
  return { model, memos, agent };
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}

describe('identity of an agent run', () => {
  it('thread_id is the conversation when the context gives none', async () => {
    const { memos, agent } = agentWith();
    await agent.invoke(
      { messages: [new HumanMessage(QUESTION)] },
      { context: { userId: 'ada' }, configurable: { thread_id: 'thread-9' } },
    );
    await memos.memory.flush();
    expect(server.requestsTo('/search/memory')[0]?.body.conversation_id).toBe('thread-9');
    expect(server.requestsTo('/add/message')[0]?.body.conversation_id).toBe('thread-9');
  });

  it('context.conversationId wins over thread_id; agentId and appId are written with the turn', async () => {
    const { memos, agent } = agentWith();
    await agent.invoke(
      { messages: [new HumanMessage(QUESTION)] },
      {
        context: { userId: 'ada', conversationId: 'chat-7', agentId: 'travel-bot', appId: 'web' },
        configurable: { thread_id: 'thread-9' },
      },
    );
    await memos.memory.flush();
    expect(server.requestsTo('/search/memory')[0]?.body.conversation_id).toBe('chat-7');
    expect(server.requestsTo('/add/message')[0]?.body).toMatchObject({
      user_id: 'ada',
      conversation_id: 'chat-7',
      agent_id: 'travel-bot',
      app_id: 'web',
    });
  });

  it('resolveIdentity(state, runtime) can supply the user', async () => {
    const { memos, agent } = agentWith({
      resolveIdentity: (state, runtime) => ({
        userId: `user-of-${String(runtime.configurable?.thread_id)}`,
        appId: state.messages[0]?.text.startsWith('National') ? 'holidays' : 'other',
      }),
    });
    await agent.invoke({ messages: [new HumanMessage(QUESTION)] }, { configurable: { thread_id: 't1' } });
    await memos.memory.flush();
    expect(server.requestsTo('/search/memory')[0]?.body.user_id).toBe('user-of-t1');
    expect(server.requestsTo('/add/message')[0]?.body).toMatchObject({
      user_id: 'user-of-t1',
      app_id: 'holidays',
    });
  });

  it('no user anywhere: MemOSConfigError before the model is called, and nothing sent', async () => {
    const { model, agent } = agentWith();
    const error = await rejection(
      agent.invoke({ messages: [new HumanMessage(QUESTION)] }, { configurable: { thread_id: 't1' } }),
    );
    expect(MemOSConfigError.isInstance(error)).toBe(true);
    expect((error as Error).message).toContain('no userId');
    expect(model.callCount).toBe(0);
    expect(server.requests).toHaveLength(0);
  });

  it('a context field of the wrong type is a MemOSConfigError naming it, not a ZodError', async () => {
    const { model, agent } = agentWith();
    const error = await rejection(
      // biome-ignore lint/suspicious/noExplicitAny: the wrong type is the point
      agent.invoke({ messages: [new HumanMessage(QUESTION)] }, { context: { userId: 42 as any } }),
    );
    expect(MemOSConfigError.isInstance(error)).toBe(true);
    expect((error as Error).message).toContain('context.userId');
    expect(model.callCount).toBe(0);
  });

  it('the context keys of other middleware pass through untouched', async () => {
    const { memos, agent } = agentWith();
    await agent.invoke(
      { messages: [new HumanMessage(QUESTION)] },
      // biome-ignore lint/suspicious/noExplicitAny: a key another middleware declares
      { context: { userId: 'ada', tenant: 'acme' } as any, configurable: { thread_id: 't1' } },
    );
    await memos.memory.flush();
    expect(server.requestsTo('/add/message')).toHaveLength(1);
  });

  it('readOnly recalls but stores nothing; skip leaves the run alone, with no user needed', async () => {
    const readOnly = agentWith();
    await readOnly.agent.invoke(
      { messages: [new HumanMessage(QUESTION)] },
      { context: { userId: 'ada', readOnly: true }, configurable: { thread_id: 't1' } },
    );
    await readOnly.memos.memory.flush();
    expect(server.requestsTo('/search/memory')).toHaveLength(1);
    expect(server.requestsTo('/add/message')).toHaveLength(0);

    server.reset();
    const skipped = agentWith();
    const result = await skipped.agent.invoke(
      { messages: [new HumanMessage(QUESTION)] },
      { context: { skip: true }, configurable: { thread_id: 't2' } },
    );
    await skipped.memos.memory.flush();
    expect(result.messages.at(-1)?.text).toBe('Try Lyon.');
    expect(server.requests).toHaveLength(0);
    expect(blocksOf(skipped.model.calls[0]?.messages[0]).join('')).not.toContain('<memories>');
  });
});

describe('a MemOS that hangs', () => {
  it('the agent answers within the recall budget without memory, and onError hears it', async () => {
    server.faultAlways('/search/memory', { hang: true });
    const errors: MemoryEvents['error'][] = [];
    const model = fakeModel().respond(new AIMessage('Try Lyon.'));
    const memory = memoryOn(server, { recallTimeoutMs: 150, onError: (event) => errors.push(event) });
    const agent = createAgent({
      model,
      tools: [],
      systemPrompt: 'Be brief.',
      middleware: [memosAgentMiddleware({ memory })],
    });

    const started = performance.now();
    const result = await agent.invoke(
      { messages: [new HumanMessage(QUESTION)] },
      { context: { userId: 'ada' } },
    );
    const elapsed = performance.now() - started;
    server.faultAlways('/search/memory', undefined);

    expect(result.messages.at(-1)?.text).toBe('Try Lyon.');
    expect(elapsed).toBeLessThan(1000);
    expect(blocksOf(model.calls[0]?.messages[0])).toEqual(['Be brief.']);
    expect(errors.map((event) => event.phase)).toEqual(['recall']);
    expect((errors[0]!.error as Error).name).toBe('MemOSTimeoutError');
  });

  it("recall gives up the moment the run's signal aborts, not at the end of its budget", async () => {
    server.faultAlways('/search/memory', { hang: true });
    const recalls: MemoryEvents['recall'][] = [];
    const model = fakeModel().respond(new AIMessage('never'));
    const memory = memoryOn(server, {
      recallTimeoutMs: 10_000,
      onRecall: (event) => recalls.push(event),
      onError: () => {},
    });
    const agent = createAgent({ model, tools: [], middleware: [memosAgentMiddleware({ memory })] });
    const controller = new AbortController();
    setTimeout(() => controller.abort(new Error('user left')), 100);

    const started = performance.now();
    await rejection(
      agent.invoke(
        { messages: [new HumanMessage(QUESTION)] },
        { context: { userId: 'ada' }, signal: controller.signal },
      ),
    );
    await vi.waitFor(() => expect(recalls).toHaveLength(1), { timeout: 2000 });
    server.faultAlways('/search/memory', undefined);

    expect(recalls[0]?.source).toBe('aborted');
    expect(performance.now() - started).toBeLessThan(2000);
    expect(model.callCount).toBe(0);
  });

  it('a model call that fails stores the user message under onAbort, and the error reaches the caller', async () => {
    const model = fakeModel().respond(new Error('provider down'));
    const memory = memoryOn(server);
    const agent = createAgent({ model, tools: [], middleware: [memosAgentMiddleware({ memory })] });
    const error = await rejection(
      agent.invoke({ messages: [new HumanMessage(QUESTION)] }, { context: { userId: 'ada' } }),
    );
    await memory.flush();
    expect(String((error as Error).message)).toContain('provider down');
    expect(
      server
        .requestsTo('/add/message')
        .map((request) => request.body.messages.map((m: { role: string }) => m.role)),
    ).toEqual([['user']]);
  });
});
