// withMemOS(runnable): a real Runnable around a chat model (or any runnable taking messages), on
// LangChain's fakes and the MemOS test server over real HTTP.
import { BaseCallbackHandler } from '@langchain/core/callbacks/base';
import {
  AIMessage,
  type BaseMessage,
  HumanMessage,
  SystemMessage,
  ToolMessage,
} from '@langchain/core/messages';
import { StringOutputParser } from '@langchain/core/output_parsers';
import { ChatPromptTemplate } from '@langchain/core/prompts';
import { type Runnable, RunnableLambda } from '@langchain/core/runnables';
import { fakeModel } from '@langchain/core/testing';
import { FakeListChatModel } from '@langchain/core/utils/testing';
import { MemOSConfigError, type MemoryOptions } from 'memos-middleware';
import { withMemOS } from 'memos-middleware/langchain';
import { describe, expect, it } from 'vitest';
import { memoryOn, nextCapture, useQuickStartServer } from '../ai-sdk/helpers.ts';
import type { MemOSTestServer } from '../support/memos-test-server.ts';
import { blocksOf, QUESTION, textOf } from './helpers.ts';

let server: MemOSTestServer;
useQuickStartServer('ada', (started) => {
  server = started;
});

const ANSWER = 'Go to Guilin, and stay at a budget hotel.';
const ada = { configurable: { userId: 'ada', thread_id: 'chat-1' } };
const stored = () =>
  server
    .requestsTo('/add/message')
    .map((request) =>
      request.body.messages.map((m: { role: string; content: string }) => [m.role, m.content]),
    );

/** Records the messages each chat model call received (LangChain's own callback). */
function spy(): { handler: BaseCallbackHandler; seen: BaseMessage[][] } {
  const seen: BaseMessage[][] = [];
  const handler = BaseCallbackHandler.fromMethods({
    handleChatModelStart: (_llm, messages) => {
      seen.push(...messages);
    },
  });
  return { seen, handler };
}

const streamingModel = () => new FakeListChatModel({ responses: [ANSWER] });
function wrap<Input, Output>(model: Runnable<Input, Output>, options: MemoryOptions = {}) {
  const memory = memoryOn(server, options);
  return { memory, wrapped: withMemOS(model, { memory }) };
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}

describe('withMemOS: invoke, stream, batch', () => {
  it('invoke: the block is appended to the system message; one search; one add with the whole answer', async () => {
    const model = fakeModel().respond(new AIMessage(ANSWER));
    const { memory, wrapped } = wrap(model);
    const result = await wrapped.invoke(
      [new SystemMessage('You are a travel agent.'), new HumanMessage(QUESTION)],
      ada,
    );
    await memory.flush();

    expect(textOf(result)).toBe(ANSWER);
    const [system, human] = model.calls[0]?.messages ?? [];
    const [own, block] = blocksOf(system);
    expect(own).toBe('You are a travel agent.');
    expect(block).toContain('7 Days Inn');
    expect(textOf(human)).toBe(QUESTION);
    expect(server.requestsTo('/search/memory').map((request) => request.body)).toMatchObject([
      { user_id: 'ada', conversation_id: 'chat-1', query: QUESTION },
    ]);
    expect(stored()).toEqual([
      [
        ['user', QUESTION],
        ['assistant', ANSWER],
      ],
    ]);
  });

  it('stream: chunks pass through as they come; the turn is stored once, whole, after the last chunk', async () => {
    const { memory, wrapped } = wrap(streamingModel());
    const captures: unknown[] = [];
    memory.events.on('capture', (event) => captures.push(event));
    const chunks: string[] = [];
    for await (const chunk of await wrapped.stream(QUESTION, ada)) {
      chunks.push(chunk.text);
      if (chunks.length === 5) expect(captures).toHaveLength(0); // not before the stream is read
    }
    await memory.flush();

    expect(chunks.length).toBe(ANSWER.length); // one character per chunk
    expect(chunks.join('')).toBe(ANSWER);
    expect(captures).toHaveLength(1);
    expect(stored()).toEqual([
      [
        ['user', QUESTION],
        ['assistant', ANSWER],
      ],
    ]);
  });

  it.each([
    ['user-only', [[['user', QUESTION]]]],
    [
      'partial',
      [
        [
          ['user', QUESTION],
          ['assistant', 'Go to'],
        ],
      ],
    ],
    ['skip', []],
  ] as const)('a stream the reader leaves early is captured under onAbort %s', async (onAbort, expected) => {
    const { memory, wrapped } = wrap(streamingModel(), { onAbort });
    const capture = nextCapture(memory);
    let read = '';
    for await (const chunk of await wrapped.stream(QUESTION, ada)) {
      read += chunk.text;
      if (read.length === 'Go to'.length) break;
    }
    const event = await capture;
    await memory.flush();

    expect(event.skipped).toBe(onAbort === 'skip' ? 'abort-policy' : undefined);
    expect(stored()).toEqual(expected);
  });

  it('serverless: waitUntil gets a promise as the stream starts, which settles once the turn is written', async () => {
    const kept: Promise<unknown>[] = [];
    const { wrapped } = wrap(streamingModel(), { waitUntil: (promise) => kept.push(promise) });
    const stream = await wrapped.stream(QUESTION, ada);
    expect(kept).toHaveLength(1); // before the reader took any chunk: a disconnect cannot outrun it
    let settled = false;
    void kept[0]!.then(() => {
      settled = true;
    });
    let read = 0;
    for await (const _chunk of stream) {
      read += 1;
      if (read === 3) {
        await new Promise((resolve) => setTimeout(resolve, 20));
        expect(settled).toBe(false);
      }
    }
    await kept[0];
    expect(server.requestsTo('/add/message')).toHaveLength(1);
  });

  it('a stream that fails midway rejects the reader and is captured under onAbort', async () => {
    const failing = RunnableLambda.from(async function* (_input: unknown) {
      yield 'Go to ';
      throw new Error('connection reset');
    });
    const { memory, wrapped } = wrap(failing, { onAbort: 'partial' });
    let read = '';
    const error = await rejection(
      (async () => {
        for await (const chunk of await wrapped.stream(QUESTION, ada)) read += chunk;
      })(),
    );
    await memory.flush();

    expect((error as Error).message).toBe('connection reset');
    expect(read).toBe('Go to ');
    expect(stored()).toEqual([
      [
        ['user', QUESTION],
        ['assistant', 'Go to'],
      ],
    ]);
  });

  it('batch: one turn per input, each for its own user', async () => {
    const model = fakeModel()
      .respond(new AIMessage('For Ada: Guilin.'))
      .respond(new AIMessage('For Bob: Oslo.'));
    const { memory, wrapped } = wrap(model);
    const results = await wrapped.batch(
      ['Where should I go?', 'And where should I go?'],
      [{ configurable: { userId: 'ada' } }, { configurable: { userId: 'bob' } }],
      { maxConcurrency: 1 },
    );
    await memory.flush();

    expect(results.map((result) => textOf(result))).toEqual(['For Ada: Guilin.', 'For Bob: Oslo.']);
    expect(server.requestsTo('/search/memory').map((request) => request.body.user_id)).toEqual([
      'ada',
      'bob',
    ]);
    const adds = server.requestsTo('/add/message');
    expect(adds.map((request) => [request.body.user_id, request.body.messages[1].content])).toEqual([
      ['ada', 'For Ada: Guilin.'],
      ['bob', 'For Bob: Oslo.'],
    ]);
  });

  it('a call that fails is captured under onAbort and rethrown', async () => {
    const model = fakeModel().respond(new Error('provider down'));
    const { memory, wrapped } = wrap(model);
    const error = await rejection(wrapped.invoke(QUESTION, ada));
    await memory.flush();
    expect((error as Error).message).toBe('provider down');
    expect(stored()).toEqual([[['user', QUESTION]]]);
  });
});

describe('withMemOS in LCEL', () => {
  const prompt = ChatPromptTemplate.fromMessages([
    ['system', 'You are a travel agent.'],
    ['human', '{question}'],
  ]);

  it('prompt | withMemOS(model) | parser: invoke and stream both answer, recall and store', async () => {
    const { memory, wrapped } = wrap(new FakeListChatModel({ responses: [ANSWER, 'Stay two nights.'] }));
    const chain = prompt.pipe(wrapped).pipe(new StringOutputParser());
    const { handler, seen } = spy();

    expect(await chain.invoke({ question: QUESTION }, { ...ada, callbacks: [handler] })).toBe(ANSWER);
    let streamed = '';
    for await (const piece of await chain.stream({ question: 'How long should I stay?' }, ada))
      streamed += piece;
    await memory.flush();

    expect(streamed).toBe('Stay two nights.');
    expect(blocksOf(seen[0]?.[0])[0]).toBe('You are a travel agent.');
    expect(blocksOf(seen[0]?.[0])[1]).toContain('7 Days Inn');
    expect(server.requestsTo('/search/memory')).toHaveLength(2);
    expect(stored()).toEqual([
      [
        ['user', QUESTION],
        ['assistant', ANSWER],
      ],
      [
        ['user', 'How long should I stay?'],
        ['assistant', 'Stay two nights.'],
      ],
    ]);
  });

  it('takes a string, a prompt value or message-likes; other input is a MemOSConfigError', async () => {
    const model = fakeModel()
      .respond(new AIMessage('one'))
      .respond(new AIMessage('two'))
      .respond(new AIMessage('three'));
    const { wrapped } = wrap(model);
    await wrapped.invoke(QUESTION, ada);
    await wrapped.invoke(await prompt.invoke({ question: QUESTION }), ada);
    await wrapped.invoke([['human', QUESTION]], ada);
    for (const call of model.calls) {
      expect(call.messages.map((message) => message.type).at(-1)).toBe('human');
      expect(blocksOf(call.messages[0]).join('')).toContain('<memories>');
    }

    // biome-ignore lint/suspicious/noExplicitAny: input a chain would take, not messages
    const error = await rejection(wrapped.invoke({ question: QUESTION } as any, ada));
    expect(MemOSConfigError.isInstance(error)).toBe(true);
    expect((error as Error).message).toContain('wrap the runnable that takes messages');
    expect(model.callCount).toBe(3);
  });
});

describe('withMemOS identity and options', () => {
  it('sessionId is the conversation without thread_id; conversationId wins over both', async () => {
    const model = fakeModel().respond(new AIMessage('a')).respond(new AIMessage('b'));
    const { memory, wrapped } = wrap(model);
    await wrapped.invoke(QUESTION, { configurable: { userId: 'ada', sessionId: 'session-3' } });
    await wrapped.invoke(QUESTION, {
      configurable: { userId: 'ada', conversationId: 'chat-9', thread_id: 't', sessionId: 's' },
    });
    await memory.flush();
    expect(server.requestsTo('/search/memory').map((request) => request.body.conversation_id)).toEqual([
      'session-3',
      'chat-9',
    ]);
  });

  it('resolveIdentity(input, config) supplies what configurable lacks', async () => {
    const model = fakeModel().respond(new AIMessage('a'));
    const memory = memoryOn(server);
    const wrapped = withMemOS(model, {
      memory,
      resolveIdentity: (input, config) => ({
        userId: String(config?.metadata?.account),
        appId: typeof input === 'string' ? 'text' : 'messages',
      }),
    });
    await wrapped.invoke(QUESTION, { metadata: { account: 'acct-5' } });
    await memory.flush();
    expect(server.requestsTo('/add/message')[0]?.body).toMatchObject({ user_id: 'acct-5', app_id: 'text' });
  });

  it('no user: MemOSConfigError before the model is called; a bad configurable id names the field', async () => {
    const model = fakeModel().respond(new AIMessage('never'));
    const { wrapped } = wrap(model);
    const missing = await rejection(wrapped.invoke(QUESTION, { configurable: { thread_id: 't' } }));
    expect(MemOSConfigError.isInstance(missing)).toBe(true);
    const wrong = await rejection(wrapped.invoke(QUESTION, { configurable: { userId: '' } }));
    expect(MemOSConfigError.isInstance(wrong)).toBe(true);
    expect((wrong as Error).message).toContain('configurable.userId: must not be empty');
    expect(model.callCount).toBe(0);
    expect(server.requests).toHaveLength(0);
  });

  it('skip passes the input through untouched; readOnly recalls without storing', async () => {
    const model = fakeModel().respond(new AIMessage('a')).respond(new AIMessage('b'));
    const { memory, wrapped } = wrap(model);
    await wrapped.invoke(QUESTION, { configurable: { skip: true } });
    await wrapped.invoke(QUESTION, { configurable: { userId: 'ada', readOnly: true } });
    await memory.flush();
    expect(model.calls[0]?.messages.map((message) => message.type)).toEqual(['human']);
    expect(blocksOf(model.calls[1]?.messages[0]).join('')).toContain('<memories>');
    expect(server.requestsTo('/search/memory')).toHaveLength(1);
    expect(server.requestsTo('/add/message')).toHaveLength(0);
  });

  it('bad options are a MemOSConfigError at construction', () => {
    const model = fakeModel();
    const memory = memoryOn(server);
    // Each wrong on purpose, so typed `never`.
    const cases: (() => unknown)[] = [
      () => withMemOS({ invoke: () => 'not a runnable' } as never),
      () => withMemOS(model, { memory, recallTimeoutMs: 5 } as never),
      () => withMemOS(model, { resolveIdentity: 'u-1' } as never),
      () => withMemOS(model, { recallTimeoutMS: 5 } as never),
      () => withMemOS(model, { memory: {} as never }),
    ];
    for (const make of cases) expect(() => make()).toThrow(MemOSConfigError);
  });
});

describe('withMemOS across a manual tool loop', () => {
  it('an answer asking for tools is a step; the final answer stores the turn once, with the tool calls when asked', async () => {
    const call = new AIMessage({
      content: '',
      tool_calls: [{ id: 'call-1', name: 'weather', args: { city: 'Guilin' }, type: 'tool_call' }],
    });
    const model = fakeModel().respond(call).respond(new AIMessage('Guilin: sunny, go.'));
    const { memory, wrapped } = wrap(model, { includeToolCalls: true });
    const question = new HumanMessage(QUESTION);
    const first = await wrapped.invoke([question], ada);
    const tool = new ToolMessage({ content: 'Sunny in Guilin.', tool_call_id: 'call-1', name: 'weather' });
    await wrapped.invoke([question, first, tool], ada);
    await memory.flush();

    expect(server.requestsTo('/search/memory')).toHaveLength(1); // the second step reuses the turn's recall
    const adds = server.requestsTo('/add/message');
    expect(adds).toHaveLength(1);
    expect(adds[0]?.body.messages.map((message: { role: string }) => message.role)).toEqual([
      'user',
      'assistant',
      'tool',
      'assistant',
    ]);
  });
});
