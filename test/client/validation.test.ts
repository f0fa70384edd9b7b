import { MemOSClient, MemOSInvalidRequestError } from 'memos-middleware';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type MemOSTestServer, startMemOSTestServer } from '../support/memos-test-server.ts';

let server: MemOSTestServer;
let client: MemOSClient;

beforeAll(async () => {
  server = await startMemOSTestServer();
  client = new MemOSClient({ apiKey: 'test-key', baseURL: server.url });
});
afterEach(() => server.reset());
afterAll(async () => {
  await client.close();
  await server.close();
});

async function rejection(call: Promise<unknown>): Promise<MemOSInvalidRequestError> {
  const error = await call.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(MemOSInvalidRequestError);
  return error as MemOSInvalidRequestError;
}

describe('request validation before sending', () => {
  it.each([
    ['user_id of 101 characters', { user_id: 'u'.repeat(101), query: 'q' }, 'user_id', /at most 100/],
    [
      'memory_limit_number 26',
      { user_id: 'u', query: 'q', memory_limit_number: 26 },
      'memory_limit_number',
      /at most 25/,
    ],
    [
      'a fractional limit',
      { user_id: 'u', query: 'q', preference_limit_number: 2.5 },
      'preference_limit_number',
      /integer/,
    ],
    [
      'an unknown (camelCase) key',
      { user_id: 'u', query: 'q', userId: 'u' },
      '',
      /Unrecognized key: "userId"/,
    ],
    ['an empty query', { user_id: 'u', query: '' }, 'query', /must not be empty/],
    ['both user_id and agent_id', { user_id: 'u', agent_id: 'a', query: 'q' }, 'user_id', /exactly one/],
    ['relativity above 1', { user_id: 'u', query: 'q', relativity: 1.5 }, 'relativity', /between 0 and 1/],
  ])('rejects a search with %s, sending nothing', async (_name, body, path, message) => {
    const error = await rejection(client.searchMemory(body as never));
    expect(error.issues).toContainEqual({ path, message: expect.stringMatching(message) });
    expect(error.message).toMatch(/^Invalid searchMemory request: /);
    expect(server.requests).toHaveLength(0);
  });

  it('rejects message_limit_number 51 on getMessage', async () => {
    const error = await rejection(
      client.getMessage({ user_id: 'u', conversation_id: 'c', message_limit_number: 51 }),
    );
    expect(error.issues).toEqual([
      { path: 'message_limit_number', message: 'message_limit_number must be at most 50' },
    ]);
    expect(server.requests).toHaveLength(0);
  });

  it('rejects bad writes: no messages, a bad role, delete with two modes, update with nothing to change', async () => {
    await rejection(client.addMessage({ user_id: 'u', messages: [] }));
    await rejection(
      client.addMessage({ user_id: 'u', messages: [{ role: 'robot' as never, content: 'x' }] }),
    );
    await rejection(client.deleteMemory({ user_id: 'u', memory_ids: ['m'] }));
    await rejection(client.updateMemory({ memory_id: 'm' }));
    await rejection(client.getMemoryById(''));
    await rejection(client.getMemory({ user_id: 'u', size: 51 }));
    expect(server.requests).toHaveLength(0);
  });

  it('reports every problem at once, each with its path', async () => {
    const error = await rejection(
      client.addMessage({
        user_id: 'u'.repeat(101),
        conversation_id: 'c'.repeat(101),
        messages: [{ role: 'user', content: 'x', chat_time: 5 as never }],
      }),
    );
    expect(error.issues.map((issue) => issue.path)).toEqual([
      'user_id',
      'conversation_id',
      'messages.0.chat_time',
    ]);
  });

  it('rejects bad per-request options', async () => {
    await rejection(client.searchMemory({ user_id: 'u', query: 'q' }, { timeoutMs: -5 }));
    await rejection(client.searchMemory({ user_id: 'u', query: 'q' }, { maxRetries: 1.5 }));
    await rejection(
      client.addMessage(
        { user_id: 'u', messages: [{ role: 'user', content: 'x' }] },
        { idempotencyKey: 'a\nb' },
      ),
    );
    await rejection(client.searchMemory({ user_id: 'u', query: 'q' }, { signal: 'stop' as never }));
    expect(server.requests).toHaveLength(0);
  });

  it('sends a valid body exactly as given', async () => {
    const body = {
      user_id: 'u',
      query: 'q',
      memory_limit_number: 25,
      include_preference: true,
      filter: { and: [{ agent_id: 'a' }] },
    };
    await client.searchMemory(body);
    expect(server.requestsTo('/search/memory')[0]?.body).toEqual(body);
  });
});
