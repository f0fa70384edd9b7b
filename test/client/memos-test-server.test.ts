import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  DEFAULT_PREFERENCE_NOTE,
  type MemOSTestServer,
  startMemOSTestServer,
} from '../support/memos-test-server.ts';

// The fixture other tests lean on: its wire format and fault queue must be exactly as documented.
let server: MemOSTestServer;
const post = async (endpoint: string, body: unknown, token = 'test-key') => {
  const response = await fetch(`${server.url}${endpoint}`, {
    method: 'POST',
    headers: { authorization: `Token ${token}`, 'content-type': 'application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await response.text();
  // biome-ignore lint/suspicious/noExplicitAny: the tests read arbitrary fields of the wire JSON
  let json: any;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: response.status, headers: response.headers, text, json };
};

beforeEach(async () => {
  server = await startMemOSTestServer();
});
afterEach(() => server.close());

describe('MemOS test server', () => {
  it('answers searches with seeded memories in order, limited, with the preference note', async () => {
    server.seed('u', {
      facts: [{ memory_value: 'a' }, { memory_value: 'b', relativity: 0.3 }, { memory_value: 'c' }],
      preferences: [{ preference: 'tea' }],
    });
    const { json } = await post('/search/memory', { user_id: 'u', query: 'q', memory_limit_number: 2 });
    expect(json.code).toBe(0);
    expect(json.message).toBe('ok');
    expect(
      json.data.memory_detail_list.map((memory: { memory_value: string }) => memory.memory_value),
    ).toEqual(['a', 'b']);
    expect(json.data.memory_detail_list.map((memory: { relativity: number }) => memory.relativity)).toEqual([
      0.9, 0.3,
    ]);
    expect(json.data.preference_note).toBe(DEFAULT_PREFERENCE_NOTE);

    const withoutPreferences = await post('/search/memory', {
      user_id: 'u',
      query: 'q',
      include_preference: false,
    });
    expect(withoutPreferences.json.data.preference_detail_list).toEqual([]);
    expect(withoutPreferences.json.data.preference_note).toBe('');
    const otherUser = await post('/search/memory', { user_id: 'someone-else', query: 'q' });
    expect(otherUser.json.data.memory_detail_list).toEqual([]);
  });

  it('answers auth and body problems the MemOS way: HTTP 200 with a code', async () => {
    expect((await post('/search/memory', { user_id: 'u', query: 'q' }, 'wrong')).json.code).toBe(40132);
    const missing = await fetch(`${server.url}/search/memory`, { method: 'POST', body: '{}' });
    expect(((await missing.json()) as { code: number }).code).toBe(40100);
    expect((await post('/search/memory', '{not json')).json.code).toBe(40000);
    expect((await post('/search/memory', { user_id: 'u'.repeat(101), query: 'q' })).json.code).toBe(40010);
    expect((await post('/nope', {})).status).toBe(404);
  });

  it('consumes queued faults one per request, endpoint first, then "*", then the standing fault', async () => {
    server.faultAlways('/get/status', { code: 50004 });
    server.fault('*', { status: 503 });
    server.fault('/get/status', { empty: 202 }, { malformed: true });
    const codes = [];
    for (let call = 0; call < 4; call++) {
      const { status, text } = await post('/get/status', { task_id: 't' });
      codes.push(`${status}:${text.slice(0, 12)}`);
    }
    expect(codes).toEqual(['202:', '200:{"code":0,"d', '503:', '200:{"code":5000']);
    server.faultAlways('/get/status', undefined);
    expect((await post('/get/status', { task_id: 't' })).json.code).toBe(50131);
    expect(server.requestsTo('/get/status')).toHaveLength(5);
  });

  it('sends status faults with their headers and body', async () => {
    server.fault('/search/memory', { status: 429, headers: { 'retry-after': '3' }, body: { code: 40309 } });
    const { status, headers, json } = await post('/search/memory', {});
    expect(status).toBe(429);
    expect(headers.get('retry-after')).toBe('3');
    expect(json).toEqual({ code: 40309 });
  });

  it('stores added messages per user and conversation and records every request', async () => {
    await post('/add/message', {
      user_id: ['a', 'b'],
      conversation_id: 'c',
      messages: [{ role: 'user', content: 'hi' }],
    });
    expect(server.messages('a', 'c')).toHaveLength(1);
    expect(server.messages('b')).toHaveLength(1);
    const [request] = server.requests;
    expect(request).toMatchObject({
      method: 'POST',
      endpoint: '/add/message',
      body: { conversation_id: 'c' },
    });
    expect(request?.headers.authorization).toBe('Token test-key');
    server.reset();
    expect(server.requests).toEqual([]);
    expect(server.messages('a', 'c')).toEqual([]);
  });

  it('close() ends hanging requests', async () => {
    server.fault('*', { hang: true });
    const pending = post('/get/status', {}).catch((error: unknown) => error);
    while (server.requests.length === 0) await new Promise((resolve) => setTimeout(resolve, 5));
    await server.close();
    expect(await pending).toBeInstanceOf(Error);
  });
});
