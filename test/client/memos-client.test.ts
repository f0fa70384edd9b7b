import { inspect } from 'node:util';
import {
  DEFAULT_BASE_URL,
  MemOSAbortError,
  MemOSAPIError,
  MemOSAuthenticationError,
  MemOSClient,
  MemOSConfigError,
  MemOSNotFoundError,
  MemOSResponseError,
} from 'memos-middleware';
import { createMemOSServer, LocalMemOS } from 'memos-middleware/local';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { type MemOSTestServer, startMemOSTestServer } from '../support/memos-test-server.ts';

let server: MemOSTestServer;
const clients: MemOSClient[] = [];
const makeClient = (options: ConstructorParameters<typeof MemOSClient>[0] = {}) => {
  const client = new MemOSClient({ apiKey: 'test-key', baseURL: server.url, ...options });
  clients.push(client);
  return client;
};

beforeAll(async () => {
  server = await startMemOSTestServer();
});
afterEach(async () => {
  vi.unstubAllEnvs();
  await Promise.all(clients.splice(0).map((client) => client.destroy()));
  server.reset();
});
afterAll(() => server.close());

describe('MemOSClient endpoints', () => {
  it('searches with Token auth and returns the unwrapped, parsed data', async () => {
    server.seed('u-1', {
      facts: [{ memory_value: 'Lives in Lyon', create_time: 1762748859685 }],
      preferences: [{ preference: 'Prefers trains over planes', preference_type: 'implicit_preference' }],
    });
    const data = await makeClient().searchMemory({ user_id: 'u-1', query: 'Where do I live?' });

    expect(data.memory_detail_list?.map((memory) => memory.memory_value)).toEqual(['Lives in Lyon']);
    expect(data.memory_detail_list?.[0]?.create_time).toBe(1762748859685);
    expect(data.preference_detail_list?.[0]?.preference_type).toBe('implicit_preference');
    expect(data.preference_note).toContain('# Note:');
    const [request] = server.requestsTo('/search/memory');
    expect(request?.method).toBe('POST');
    expect(request?.headers.authorization).toBe('Token test-key');
    expect(request?.headers['content-type']).toBe('application/json');
    expect(request?.headers['idempotency-key']).toBeUndefined();
    expect(request?.body).toEqual({ user_id: 'u-1', query: 'Where do I live?' });
  });

  it('adds messages, reads them back, and reports task status', async () => {
    const client = makeClient();
    const added = await client.addMessage({
      user_id: 'u-1',
      conversation_id: 'c-1',
      messages: [
        { role: 'user', content: 'I moved to Lyon.' },
        { role: 'assistant', content: 'Noted!' },
      ],
    });
    expect(added).toMatchObject({ success: true, status: 'running' });
    expect(server.messages('u-1', 'c-1').map((message) => message.content)).toEqual([
      'I moved to Lyon.',
      'Noted!',
    ]);

    const read = await client.getMessage({ user_id: 'u-1', conversation_id: 'c-1', message_limit_number: 1 });
    expect(read.message_detail_list.map((message) => message.content)).toEqual(['Noted!']);

    const status = await client.getStatus({ task_id: added.task_id! });
    expect(status).toMatchObject({ task_id: added.task_id, status: 'completed' });
  });

  it('lists, fetches by id (URL-encoded), updates and deletes memories', async () => {
    server.seed('u-1', {
      facts: [{ id: 'mem/1 a', memory_value: 'Has a cat' }, { memory_value: 'Plays chess' }],
    });
    const client = makeClient();

    const page = await client.getMemory({ user_id: 'u-1', page: 1, size: 1 });
    expect(page.memory_detail_list).toHaveLength(1);
    expect(page).toMatchObject({ total: 2, pages: 2, current: 1 });

    const memory = await client.getMemoryById('mem/1 a');
    expect(memory).toMatchObject({ id: 'mem/1 a', content: 'Has a cat', user_id: 'u-1' });
    const [byId] = server.requestsTo('/get/memory/mem%2F1%20a');
    expect(byId?.method).toBe('GET');

    await expect(
      client.updateMemory({ memory_id: 'mem/1 a', content: 'Has two cats' }),
    ).resolves.toMatchObject({
      success: true,
    });
    expect((await client.getMemoryById('mem/1 a')).content).toBe('Has two cats');

    await client.deleteMemory({ memory_ids: ['mem/1 a'] });
    await expect(client.getMemoryById('mem/1 a')).rejects.toBeInstanceOf(MemOSNotFoundError);
    await expect(
      client.addFeedback({ user_id: 'u-1', feedback_content: 'I have no cat.' }),
    ).resolves.toMatchObject({
      success: true,
    });
  });

  it('treats envelope code 200 as success, like the vendor Python client', async () => {
    server.fault('/get/status', {
      status: 200,
      body: { code: 200, data: [{ task_id: 't-1', status: 'completed' }] },
    });
    await expect(makeClient().getStatus({ task_id: 't-1' })).resolves.toMatchObject({ status: 'completed' });
  });

  it('treats a 2xx with an empty body (async add answering 202) as success with empty data', async () => {
    server.fault('/add/message', { empty: 202 });
    const data = await makeClient().addMessage({
      user_id: 'u-1',
      messages: [{ role: 'user', content: 'hi' }],
    });
    expect(data).toEqual({});
  });

  it('turns data.success === false into an API error', async () => {
    server.fault('/delete/memory', {
      status: 200,
      body: { code: 0, data: { success: false }, message: 'nothing deleted' },
    });
    const error = await makeClient()
      .deleteMemory({ user_id: 'u-1' })
      .catch((caught: unknown) => caught);
    expect(MemOSAPIError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ status: 200, serverMessage: 'nothing deleted', isRetryable: false });
  });

  it('rejects a 2xx body that fails the response schema, without retrying', async () => {
    server.fault('/search/memory', {
      status: 200,
      body: { code: 0, data: { memory_detail_list: [{ memory_value: 'no id' }] } },
    });
    const error = await makeClient()
      .searchMemory({ user_id: 'u-1', query: 'q' })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(MemOSResponseError);
    expect((error as MemOSResponseError).issues[0]?.path).toBe('memory_detail_list.0.id');
    expect(server.requestsTo('/search/memory')).toHaveLength(1);
  });
});

describe('MemOSClient configuration', () => {
  it('reads MEMOS_API_KEY and MEMOS_BASE_URL from the environment', async () => {
    vi.stubEnv('MEMOS_API_KEY', 'test-key');
    vi.stubEnv('MEMOS_BASE_URL', `${server.url}/`);
    const client = new MemOSClient();
    clients.push(client);
    expect(client.baseURL).toBe(server.url);
    await client.searchMemory({ user_id: 'u-1', query: 'q' });
    expect(server.requestsTo('/search/memory')[0]?.headers.authorization).toBe('Token test-key');
  });

  it('defaults to the MemOS Cloud base URL, 10 s attempts and 2 retries', () => {
    vi.stubEnv('MEMOS_BASE_URL', '');
    const client = new MemOSClient({ apiKey: 'k' });
    expect(client).toMatchObject({ baseURL: DEFAULT_BASE_URL, timeoutMs: 10_000, maxRetries: 2 });
  });

  it('builds without a key (no secret at build time) and fails at the first MemOS Cloud request, saying how to provide one', async () => {
    vi.stubEnv('MEMOS_API_KEY', '');
    vi.stubEnv('MEMOS_BASE_URL', '');
    // The cloud's URL, answered by the test server: nothing leaves the machine.
    const toTestServer: typeof fetch = (input, init) =>
      fetch(String(input).replace(DEFAULT_BASE_URL, server.url), init);
    const client = new MemOSClient({ fetch: toTestServer });
    expect(client.baseURL).toBe(DEFAULT_BASE_URL);
    const error = await client
      .searchMemory({ user_id: 'u-1', query: 'hi' })
      .catch((caught: unknown) => caught);
    expect(MemOSConfigError.isInstance(error)).toBe(true);
    expect((error as Error).message).toMatch(/pass \{ apiKey \} or set MEMOS_API_KEY/);
    expect(server.requestsTo('/search/memory')).toHaveLength(0);
    // A key set later (a serverless runtime reads its secrets after the build) is picked up.
    vi.stubEnv('MEMOS_API_KEY', 'test-key');
    await expect(client.searchMemory({ user_id: 'u-1', query: 'hi' })).resolves.toBeDefined();
    expect(server.requestsTo('/search/memory')[0]?.headers.authorization).toBe('Token test-key');
  });

  it('talks to another base URL (a tokenless local server) without a key and without Authorization', async () => {
    vi.stubEnv('MEMOS_API_KEY', '');
    const engine = new LocalMemOS({ path: ':memory:' });
    const local = createMemOSServer({ backend: engine });
    const { baseURL } = await local.listen(0);
    try {
      const client = new MemOSClient({ baseURL });
      await expect(client.searchMemory({ user_id: 'u-1', query: 'hi' })).resolves.toBeDefined();
      // And against a server that wants a token, the request goes out bare and the answer says so.
      const guarded = new MemOSClient({ baseURL: server.url });
      const error = await guarded.searchMemory({ user_id: 'u-1', query: 'hi' }).catch((caught) => caught);
      expect(MemOSAuthenticationError.isInstance(error)).toBe(true);
      expect(server.requestsTo('/search/memory')[0]?.headers.authorization).toBeUndefined();
    } finally {
      await local.close();
      await engine.close();
    }
  });

  it.each([
    [{ timeoutMs: 0 }, /timeoutMs/],
    [{ maxRetries: -1 }, /maxRetries/],
    [{ baseURL: 'ftp://example.com' }, /baseURL/],
    [{ fetch: 'nope' }, /fetch/],
    [{ headers: { 'x-source': 'a\r\nb' } }, /line breaks/],
    [{ apikey: 'typo' }, /apikey/],
    [{ fetch: globalThis.fetch, dispatcher: { dispatch() {} } }, /either fetch or dispatcher/],
  ])('rejects bad options %j with MemOSConfigError', (options, message) => {
    expect(() => new MemOSClient({ apiKey: 'k', ...(options as object) })).toThrow(message);
    expect(() => new MemOSClient({ apiKey: 'k', ...(options as object) })).toThrow(MemOSConfigError);
  });

  it('sends extra headers but never lets them replace Authorization', async () => {
    const client = makeClient({ headers: { 'X-Source': 'tests', Authorization: 'Token other' } });
    await client.getStatus({ task_id: 'missing' }).catch(() => {});
    const [request] = server.requestsTo('/get/status');
    expect(request?.headers['x-source']).toBe('tests');
    expect(request?.headers.authorization).toBe('Token test-key');
  });

  it('shows its settings but not its key in JSON and inspect', () => {
    const client = makeClient({ apiKey: 'mpg-visible-secret' });
    expect(JSON.stringify(client)).not.toContain('mpg-visible-secret');
    expect(JSON.parse(JSON.stringify(client))).toMatchObject({ baseURL: server.url, transport: 'undici' });
    expect(inspect(client, { depth: Number.POSITIVE_INFINITY, showHidden: true })).not.toContain(
      'mpg-visible-secret',
    );
  });
});

describe('MemOSClient lifecycle', () => {
  it('close() waits for calls in flight, then refuses new ones', async () => {
    const client = makeClient();
    server.fault('/search/memory', { delayMs: 100 });
    const order: string[] = [];
    const call = client.searchMemory({ user_id: 'u-1', query: 'q' }).then(() => order.push('call'));
    await client.close().then(() => order.push('close'));
    await call;
    expect(order).toEqual(['call', 'close']);
    await expect(client.searchMemory({ user_id: 'u-1', query: 'q' })).rejects.toThrow(
      /after close\(\) or destroy\(\)/,
    );
    expect(server.requestsTo('/search/memory')).toHaveLength(1);
  });

  it('destroy() aborts calls in flight', async () => {
    const client = makeClient();
    server.fault('/search/memory', { hang: true });
    const call = client.searchMemory({ user_id: 'u-1', query: 'q' });
    await vi.waitUntil(() => server.requestsTo('/search/memory').length === 1);
    await client.destroy();
    const error = await call.catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(MemOSAbortError);
    expect((error as Error).message).toMatch(/client was destroyed/);
    expect(server.requestsTo('/search/memory')).toHaveLength(1);
  });
});
