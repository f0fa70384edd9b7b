// memosAgentMiddleware next to LangChain's own middleware (summarization, model retry) and under every
// way of running an agent (invoke, stream in each mode, streamEvents).
import { AIMessage, HumanMessage } from '@langchain/core/messages';
import { fakeModel } from '@langchain/core/testing';
import { Command, interrupt, MemorySaver, type StreamMode } from '@langchain/langgraph';
import {
  type AgentMiddleware,
  createAgent,
  createMiddleware,
  modelRetryMiddleware,
  summarizationMiddleware,
} from 'langchain';
import { memosAgentMiddleware } from 'memos-middleware/langchain';
import { describe, expect, it } from 'vitest';
import { memoryOn, useQuickStartServer } from '../ai-sdk/helpers.ts';
import type { MemOSTestServer } from '../support/memos-test-server.ts';
import { blocksOf, QUESTION, textOf } from './helpers.ts';

let server: MemOSTestServer;
useQuickStartServer('ada', (started) => {
  server = started;
});

const SUMMARY_MARK = { lc_source: 'summarization' };

// LangChain's built-in middleware factories are typed through zod 3 types that do not check under our
// exactOptionalPropertyTypes (their parameter becomes `never`): the casts are for our tsconfig only.
const summarization = (options: object) =>
  summarizationMiddleware(options as never) as unknown as AgentMiddleware;
const retryOnce = () =>
  modelRetryMiddleware({
    maxRetries: 1,
    initialDelayMs: 0,
    jitter: false,
  } as never) as unknown as AgentMiddleware;
const storedContents = () =>
  server
    .requestsTo('/add/message')
    .map((request) => request.body.messages.map((m: { content: string }) => m.content));

describe('messages the user did not type', () => {
  it('summarizationMiddleware: its summary is neither the query nor stored; one search still serves the run', async () => {
    const summarizer = fakeModel().respond(new AIMessage('The user asked about Lyon and Paris before.'));
    const model = fakeModel().respond(new AIMessage('Go to Guilin this time.'));
    const memos = memosAgentMiddleware({ memory: memoryOn(server) });
    const agent = createAgent({
      model,
      tools: [],
      middleware: [
        summarization({ model: summarizer, trigger: { messages: 5 }, keep: { messages: 1 } }),
        memos,
      ],
    });
    const history = [
      new HumanMessage('What about Lyon?'),
      new AIMessage('Lyon is lovely.'),
      new HumanMessage('And Paris?'),
      new AIMessage('Paris too.'),
    ];
    const result = await agent.invoke(
      { messages: [...history, new HumanMessage(QUESTION)] },
      { context: { userId: 'ada' } },
    );
    await memos.memory.flush();

    // The summary really replaced the history, and the model saw it next to our block.
    const seen = model.calls[0]?.messages ?? [];
    expect(seen.map((message) => message.type)).toEqual(['system', 'human', 'human']);
    expect(seen[1]?.additional_kwargs).toMatchObject(SUMMARY_MARK);
    expect(blocksOf(seen[0]).join('')).toContain('7 Days Inn');
    expect(result.messages[0]?.additional_kwargs).toMatchObject(SUMMARY_MARK);

    expect(server.requestsTo('/search/memory').map((request) => request.body.query)).toEqual([QUESTION]);
    expect(storedContents()).toEqual([[QUESTION, 'Go to Guilin this time.']]);
  });

  it('a marked human message given as input is skipped, before or after the real one', async () => {
    const model = fakeModel().respond(new AIMessage('Noted.')).respond(new AIMessage('Noted again.'));
    const memos = memosAgentMiddleware({ memory: memoryOn(server) });
    const agent = createAgent({ model, tools: [], middleware: [memos] });
    const note = (text: string) => new HumanMessage({ content: text, additional_kwargs: SUMMARY_MARK });

    await agent.invoke(
      { messages: [note('Summary: nothing yet.'), new HumanMessage(QUESTION)] },
      { context: { userId: 'ada' } },
    );
    await agent.invoke(
      { messages: [new HumanMessage('Any hotel in Lyon?'), note('Reminder from the app: be brief.')] },
      { context: { userId: 'ada' } },
    );
    await memos.memory.flush();

    expect(server.requestsTo('/search/memory').map((request) => request.body.query)).toEqual([
      QUESTION,
      'Any hotel in Lyon?',
    ]);
    expect(storedContents()).toEqual([
      [QUESTION, 'Noted.'],
      ['Any hotel in Lyon?', 'Noted again.'],
    ]);
  });
});

describe('modelRetryMiddleware', () => {
  it('inside memos (listed after it): a failed attempt retried to an answer is one search and one add', async () => {
    const model = fakeModel().respond(new Error('503 overloaded')).respond(new AIMessage('Lyon, then.'));
    const memos = memosAgentMiddleware({ memory: memoryOn(server) });
    const retry = retryOnce();
    const agent = createAgent({ model, tools: [], middleware: [memos, retry] });
    const result = await agent.invoke(
      { messages: [new HumanMessage(QUESTION)] },
      { context: { userId: 'ada' } },
    );
    await memos.memory.flush();

    expect(textOf(result.messages.at(-1))).toBe('Lyon, then.');
    expect(model.callCount).toBe(2);
    for (const call of model.calls) expect(blocksOf(call.messages[0]).join('')).toContain('<memories>');
    expect(server.requestsTo('/search/memory')).toHaveLength(1);
    expect(storedContents()).toEqual([[QUESTION, 'Lyon, then.']]);
  });

  it('around memos (listed before it): the failed attempt stores the user message, the answer follows alone', async () => {
    const model = fakeModel().respond(new Error('503 overloaded')).respond(new AIMessage('Lyon, then.'));
    const memos = memosAgentMiddleware({ memory: memoryOn(server) });
    const retry = retryOnce();
    const agent = createAgent({ model, tools: [], middleware: [retry, memos] });
    await agent.invoke({ messages: [new HumanMessage(QUESTION)] }, { context: { userId: 'ada' } });
    await memos.memory.flush();

    expect(server.requestsTo('/search/memory')).toHaveLength(1);
    expect(storedContents()).toEqual([[QUESTION], ['Lyon, then.']]);
  });
});

describe('an interrupt inside the model call', () => {
  it('pauses the run without storing anything; the resumed run stores the turn once, with no new search', async () => {
    const model = fakeModel().respond(new AIMessage('Guilin, approved.'));
    const approval = createMiddleware({
      name: 'Approval',
      wrapModelCall: async (request, handler) => {
        const answer = interrupt('May I answer?');
        const reply = await handler(request);
        return answer === 'yes' ? reply : new AIMessage('Not approved.');
      },
    });
    const memos = memosAgentMiddleware({ memory: memoryOn(server) });
    const agent = createAgent({
      model,
      tools: [],
      middleware: [memos, approval],
      checkpointer: new MemorySaver(),
    });
    const config = { context: { userId: 'ada' }, configurable: { thread_id: 'approval' } };

    const paused = await agent.invoke({ messages: [new HumanMessage(QUESTION)] }, config);
    await memos.memory.flush();
    expect(paused.__interrupt__).toBeDefined();
    expect(model.callCount).toBe(0);
    expect(server.requestsTo('/add/message')).toHaveLength(0);

    const resumed = await agent.invoke(new Command({ resume: 'yes' }), config);
    await memos.memory.flush();
    expect(textOf(resumed.messages.at(-1))).toBe('Guilin, approved.');
    expect(blocksOf(model.calls[0]?.messages[0]).join('')).toContain('7 Days Inn');
    expect(server.requestsTo('/search/memory')).toHaveLength(1);
    expect(storedContents()).toEqual([[QUESTION, 'Guilin, approved.']]);
  });
});

describe('every way of running the agent', () => {
  const modes: (StreamMode | StreamMode[])[] = [
    'values',
    'updates',
    'messages',
    'debug',
    'custom',
    'tasks',
    'checkpoints',
    ['values', 'messages'],
  ];

  function agentOf() {
    const model = fakeModel().respond(new AIMessage('Try Guilin.'));
    const memos = memosAgentMiddleware({ memory: memoryOn(server) });
    const agent = createAgent({ model, tools: [], middleware: [memos], checkpointer: new MemorySaver() });
    return { model, memos, agent };
  }

  it.each(modes)(
    'stream with streamMode %j, fully read: the block reaches the model, one search, one add',
    async (streamMode) => {
      const { model, memos, agent } = agentOf();
      const stream = await agent.stream(
        { messages: [new HumanMessage(QUESTION)] },
        { context: { userId: 'ada' }, configurable: { thread_id: 'streamed' }, streamMode },
      );
      let chunks = 0;
      for await (const _chunk of stream) chunks += 1;
      await memos.memory.flush();

      if (streamMode !== 'custom') expect(chunks).toBeGreaterThan(0); // nothing writes custom chunks here
      expect(blocksOf(model.calls[0]?.messages[0]).join('')).toContain('7 Days Inn');
      expect(server.requestsTo('/search/memory')).toHaveLength(1);
      expect(storedContents()).toEqual([[QUESTION, 'Try Guilin.']]);
    },
  );

  it('streamEvents (v2), fully read: one search, one add', async () => {
    const { memos, agent } = agentOf();
    const events = agent.streamEvents(
      { messages: [new HumanMessage(QUESTION)] },
      { context: { userId: 'ada' }, configurable: { thread_id: 'events' }, version: 'v2' },
    );
    const names = new Set<string>();
    for await (const event of events) names.add(event.event);
    await memos.memory.flush();

    expect(names.has('on_chat_model_end')).toBe(true);
    expect(server.requestsTo('/search/memory')).toHaveLength(1);
    expect(storedContents()).toEqual([[QUESTION, 'Try Guilin.']]);
  });
});
