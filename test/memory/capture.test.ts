import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  createMemory,
  MemOSConfigError,
  type MemoryEvents,
  type Turn,
  type TurnMessage,
} from '../../src/index.ts';
import { type MemOSTestServer, startMemOSTestServer } from '../support/memos-test-server.ts';
import { clientFor, text } from './memory-test-kit.ts';

let server: MemOSTestServer;
beforeAll(async () => {
  server = await startMemOSTestServer();
});
afterEach(() => server.reset());
afterAll(() => server.close());

const conversation: TurnMessage[] = [
  text('system', 'You are a travel agent.'),
  text('user', 'I live in Lyon.'),
  text('assistant', 'Noted.'),
  text('user', 'I prefer trains to planes.'),
];
const turn = (extra: Partial<Turn> = {}): Turn => ({
  userId: 'u-1',
  conversationId: 'c-1',
  messages: conversation,
  time: Date.UTC(2025, 8, 28, 9, 5),
  ...extra,
});
const stored = () => server.messages('u-1', 'c-1').map((message) => `${message.role}: ${message.content}`);

describe('capture', () => {
  it('adds only the delta, in the background, with chat_time, identity tags and addDefaults', async () => {
    const memory = createMemory({
      backend: clientFor(server),
      agentId: 'travel-bot',
      appId: 'web',
      addDefaults: { tags: ['travel'], async_mode: false, info: { scene: 'chat' } },
    });
    memory.capture(turn(), { status: 'complete', text: 'Trains it is.' });
    expect(server.requestsTo('/add/message')).toHaveLength(0);
    await memory.flush();
    const [request] = server.requestsTo('/add/message');
    expect(request!.body).toEqual({
      tags: ['travel'],
      async_mode: false,
      info: { scene: 'chat' },
      user_id: 'u-1',
      conversation_id: 'c-1',
      agent_id: 'travel-bot',
      app_id: 'web',
      messages: [
        { role: 'user', content: 'I prefer trains to planes.', chat_time: '2025-09-28 09:05:00' },
        { role: 'assistant', content: 'Trains it is.', chat_time: '2025-09-28 09:05:00' },
      ],
    });
    expect(request!.headers['idempotency-key']).toMatch(/^[0-9a-f-]{36}$/);
    await memory.close();
  });

  it('drops a retried request and a re-sent history, but keeps the same words said later', async () => {
    const captures: MemoryEvents['capture'][] = [];
    const memory = createMemory({ backend: clientFor(server), onCapture: (event) => captures.push(event) });
    memory.capture(turn(), { status: 'complete', text: 'Trains it is.' });
    memory.capture(turn(), { status: 'complete', text: 'Trains it is.' });
    const later = [...conversation, text('assistant', 'Trains it is.'), text('user', 'Thanks!')];
    memory.capture(turn({ messages: later }), { status: 'complete', text: 'You are welcome.' });
    memory.capture(turn({ messages: later }), { status: 'complete', text: 'You are welcome.' });
    const evenLater = [...later, text('assistant', 'You are welcome.'), text('user', 'Thanks!')];
    memory.capture(turn({ messages: evenLater }), { status: 'complete', text: 'You are welcome.' });
    await memory.flush();
    expect(captures.map((event) => event.skipped)).toEqual([
      undefined,
      'duplicate',
      undefined,
      'duplicate',
      undefined,
    ]);
    expect(stored()).toEqual([
      'user: I prefer trains to planes.',
      'assistant: Trains it is.',
      'user: Thanks!',
      'assistant: You are welcome.',
      'user: Thanks!',
      'assistant: You are welcome.',
    ]);
    await memory.close();
  });

  it('never stores the injected block, wherever it was placed', async () => {
    const memory = createMemory({ backend: clientFor(server), placement: 'user' });
    server.seed('u-1', { facts: [{ memory_value: 'Lives in Lyon.' }] });
    const { block } = await memory.recall(turn());
    expect(block).toContain('Lives in Lyon.');
    const placed = [...conversation.slice(0, 3), text('user', `${block}\n\nI prefer trains to planes.`)];
    memory.capture(turn({ messages: placed }), { status: 'complete', text: 'Trains it is.' });
    await memory.flush();
    expect(stored()).toEqual(['user: I prefer trains to planes.', 'assistant: Trains it is.']);
    await memory.close();
  });

  it('recalls but never writes a readOnly turn, and does neither for a skip turn', async () => {
    const captures: MemoryEvents['capture'][] = [];
    const memory = createMemory({ backend: clientFor(server), onCapture: (event) => captures.push(event) });
    expect((await memory.recall(turn({ readOnly: true }))).source).toBe('search');
    memory.capture(turn({ readOnly: true }), { status: 'complete', text: 'x' });
    memory.capture(turn({ skip: true }), { status: 'complete', text: 'x' });
    await memory.flush();
    expect(captures.map((event) => event.skipped)).toEqual(['read-only', 'skip']);
    expect(server.requestsTo('/add/message')).toHaveLength(0);
  });

  it('applies the abort policy to aborted and failed replies', async () => {
    const aborted = { status: 'aborted', text: 'Well, trains are' } as const;
    for (const [onAbort, expected] of [
      ['user-only', ['user: I prefer trains to planes.']],
      ['partial', ['user: I prefer trains to planes.', 'assistant: Well, trains are']],
      ['skip', []],
    ] as const) {
      server.reset();
      const memory = createMemory({ backend: clientFor(server), onAbort });
      memory.capture(turn(), aborted);
      await memory.close();
      expect(stored()).toEqual(expected);
    }
  });

  it('stores a turn once across failed attempts and a later complete one (a retry, a regenerate)', async () => {
    const captures: MemoryEvents['capture'][] = [];
    const memory = createMemory({ backend: clientFor(server), onCapture: (event) => captures.push(event) });
    const failed = { status: 'error', text: '', error: new Error('503') } as const;
    memory.capture(turn(), failed);
    memory.capture(turn(), failed);
    memory.capture(turn(), { status: 'complete', text: 'Trains it is.' });
    memory.capture(turn(), { status: 'complete', text: 'Trains it is.' });
    // A regenerated answer to the same turn: the answer is new, the question is not.
    memory.capture(turn(), { status: 'complete', text: 'Trains, then.' });
    memory.capture(turn(), failed);
    await memory.flush();
    expect(captures.map((event) => event.skipped)).toEqual([
      undefined,
      'duplicate',
      undefined,
      'duplicate',
      undefined,
      'duplicate',
    ]);
    expect(captures.map((event) => event.request?.messages.map((message) => message.role))).toEqual([
      ['user'],
      undefined,
      ['assistant'],
      undefined,
      ['assistant'],
      undefined,
    ]);
    expect(stored()).toEqual([
      'user: I prefer trains to planes.',
      'assistant: Trains it is.',
      'assistant: Trains, then.',
    ]);
    await memory.close();
  });

  it('after a failed attempt, the complete one adds the tool calls and the answer, not the question', async () => {
    const memory = createMemory({ backend: clientFor(server), includeToolCalls: true });
    const steps: TurnMessage[] = [
      { role: 'assistant', parts: [{ type: 'tool-call', toolCallId: 'c1', toolName: 'trains', input: {} }] },
      {
        role: 'tool',
        parts: [{ type: 'tool-result', toolCallId: 'c1', toolName: 'trains', output: { next: '9:05' } }],
      },
    ];
    memory.capture(turn(), { status: 'error', text: '', steps, error: new Error('503') });
    memory.capture(turn(), { status: 'complete', text: 'The 9:05.', steps });
    await memory.flush();
    expect(
      server
        .requestsTo('/add/message')
        .map((request) => request.body.messages.map((message: { role: string }) => message.role)),
    ).toEqual([['user'], ['assistant', 'tool', 'assistant']]);
    await memory.close();
  });

  it('a different turn of the same words is not taken for a retry', async () => {
    const memory = createMemory({ backend: clientFor(server) });
    memory.capture(turn(), { status: 'error', text: '', error: new Error('503') });
    // The same question again, later in the conversation: another position, so another turn.
    const later = [...conversation, text('assistant', 'Sorry?'), text('user', 'I prefer trains to planes.')];
    memory.capture(turn({ messages: later }), { status: 'complete', text: 'Trains it is.' });
    // A different question at the same position: another turn too.
    const other = [...conversation.slice(0, 3), text('user', 'I prefer planes.')];
    memory.capture(turn({ messages: other }), { status: 'complete', text: 'Planes it is.' });
    await memory.flush();
    expect(stored()).toEqual([
      'user: I prefer trains to planes.',
      'user: I prefer trains to planes.',
      'assistant: Trains it is.',
      'user: I prefer planes.',
      'assistant: Planes it is.',
    ]);
    await memory.close();
  });

  it('throws MemOSConfigError without a userId, and reports a failing async resolveIdentity', async () => {
    const memory = createMemory({ backend: clientFor(server) });
    expect(() => memory.capture({ messages: conversation }, { status: 'complete', text: 'x' })).toThrow(
      MemOSConfigError,
    );
    const errors: MemoryEvents['error'][] = [];
    const hooked = createMemory({
      backend: clientFor(server),
      resolveIdentity: async () => ({ conversationId: 'no-user' }),
      onError: (event) => errors.push(event),
    });
    hooked.capture({ messages: conversation }, { status: 'complete', text: 'x' });
    await hooked.flush();
    expect(errors).toHaveLength(1);
    expect(errors[0]!.phase).toBe('capture');
    expect(MemOSConfigError.isInstance(errors[0]!.error)).toBe(true);
    expect(server.requests).toHaveLength(0);
  });

  it('waits for an async resolveIdentity in flush and hands the pending work to waitUntil', async () => {
    const kept: Promise<unknown>[] = [];
    const memory = createMemory({
      backend: clientFor(server),
      resolveIdentity: async () => ({ userId: 'u-1', conversationId: 'c-1' }),
      waitUntil: (promise) => kept.push(promise),
    });
    memory.capture({ messages: conversation }, { status: 'complete', text: 'Trains it is.' });
    expect(kept).toHaveLength(1);
    await Promise.all(kept);
    expect(kept).toHaveLength(2);
    await Promise.all(kept);
    expect(stored()).toEqual(['user: I prefer trains to planes.', 'assistant: Trains it is.']);
    await memory.close();
  });
});

describe('writes through the real client', () => {
  it('retries a failed add with the same idempotency key and reports the write', async () => {
    server.fault('/add/message', { status: 503 });
    const writes: MemoryEvents['write'][] = [];
    const errors: MemoryEvents['error'][] = [];
    const memory = createMemory({
      backend: clientFor(server),
      writer: { retryBaseDelayMs: 1 },
      onWrite: (event) => writes.push(event),
      onError: (event) => errors.push(event),
    });
    memory.capture(turn(), { status: 'complete', text: 'Trains it is.' });
    await memory.flush();
    const attempts = server.requestsTo('/add/message');
    expect(attempts).toHaveLength(2);
    expect(attempts[1]!.headers['idempotency-key']).toBe(attempts[0]!.headers['idempotency-key']);
    expect(writes.map((event) => event.attempts)).toEqual([2]);
    expect(errors.map((event) => event.phase)).toEqual(['write']);
    expect(stored()).toHaveLength(2);
    await memory.close();
  });

  it("treats MemOS's 202 with an empty body as a delivered async add", async () => {
    server.fault('/add/message', { empty: 202 });
    const onWrite = vi.fn();
    const onError = vi.fn();
    const memory = createMemory({ backend: clientFor(server), onWrite, onError });
    memory.capture(turn(), { status: 'complete', text: 'Trains it is.' });
    await memory.flush();
    expect(onWrite).toHaveBeenCalledTimes(1);
    expect(onError).not.toHaveBeenCalled();
    await memory.close();
  });

  it('hands a write that fails for good to onDrop, request included', async () => {
    server.faultAlways('/add/message', { code: 40000, message: 'Invalid request parameters' });
    const drops: MemoryEvents['drop'][] = [];
    const memory = createMemory({ backend: clientFor(server), onDrop: (event) => drops.push(event) });
    memory.capture(turn(), { status: 'complete', text: 'Trains it is.' });
    await memory.flush();
    expect(drops).toHaveLength(1);
    expect(drops[0]).toMatchObject({ reason: 'failed', request: { user_id: 'u-1', conversation_id: 'c-1' } });
    expect(drops[0]!.request.messages).toHaveLength(2);
    expect(server.requestsTo('/add/message')).toHaveLength(1);
  });

  it('lets a dropped turn be captured again (a client retry is not a duplicate once the write was lost)', async () => {
    server.fault('/add/message', { code: 40000, message: 'Invalid request parameters' });
    const captures: MemoryEvents['capture'][] = [];
    const memory = createMemory({ backend: clientFor(server), onCapture: (event) => captures.push(event) });
    memory.capture(turn(), { status: 'complete', text: 'Trains it is.' });
    await memory.flush();
    memory.capture(turn(), { status: 'complete', text: 'Trains it is.' });
    await memory.flush();
    expect(captures.map((event) => event.skipped)).toEqual([undefined, undefined]);
    expect(stored()).toEqual(['user: I prefer trains to planes.', 'assistant: Trains it is.']);
    await memory.close();
  });

  it('a dropped user-only write does not keep the question out of the complete capture', async () => {
    server.fault('/add/message', { code: 40000, message: 'Invalid request parameters' });
    const drops: MemoryEvents['drop'][] = [];
    const memory = createMemory({ backend: clientFor(server), onDrop: (event) => drops.push(event) });
    memory.capture(turn(), { status: 'error', text: '', error: new Error('503') });
    await memory.flush();
    expect(drops).toHaveLength(1);
    memory.capture(turn(), { status: 'error', text: '', error: new Error('503') });
    memory.capture(turn(), { status: 'complete', text: 'Trains it is.' });
    await memory.flush();
    expect(server.requestsTo('/add/message').map((request) => request.body.messages.length)).toEqual([
      1, 1, 1,
    ]);
    expect(stored()).toEqual(['user: I prefer trains to planes.', 'assistant: Trains it is.']);
    await memory.close();
  });

  it('close() delivers what was captured, then closes the client', async () => {
    const backend = clientFor(server);
    const memory = createMemory({ backend });
    memory.capture(turn(), { status: 'complete', text: 'Trains it is.' });
    await memory.close();
    expect(stored()).toHaveLength(2);
    await expect(backend.searchMemory({ user_id: 'u-1', query: 'after close' })).rejects.toSatisfy(
      MemOSConfigError.isInstance,
    );
  });
});

describe('events', () => {
  it('subscribes and unsubscribes, and a throwing listener breaks neither recall nor capture', async () => {
    const errors: MemoryEvents['error'][] = [];
    const recalls: string[] = [];
    const memory = createMemory({ backend: clientFor(server), onError: (event) => errors.push(event) });
    const off = memory.events.on('recall', (event) => recalls.push(event.source));
    memory.events.on('recall', () => {
      throw new Error('listener bug');
    });
    memory.events.on('capture', () => {
      throw new Error('listener bug');
    });
    memory.events.on('error', () => {
      throw new Error('error listener bug');
    });
    expect((await memory.recall(turn())).source).toBe('search');
    off();
    await memory.recall(turn());
    memory.capture(turn(), { status: 'complete', text: 'Trains it is.' });
    await memory.flush();
    expect(recalls).toEqual(['search']);
    expect(errors.map((event) => event.phase)).toEqual(['listener', 'listener', 'listener']);
    expect(stored()).toHaveLength(2);
    await memory.close();
  });
});
