import { createServer } from 'node:net';
import { MemOSAbortError, MemOSClient, MemOSConnectionError, MemOSTimeoutError } from 'memos-middleware';
import { Agent } from 'undici';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { type MemOSTestServer, startMemOSTestServer } from '../support/memos-test-server.ts';

let server: MemOSTestServer;
const clients: MemOSClient[] = [];
const makeClient = (options: ConstructorParameters<typeof MemOSClient>[0] = {}) => {
  const client = new MemOSClient({ apiKey: 'test-key', baseURL: server.url, ...options });
  clients.push(client);
  return client;
};
const search = (client: MemOSClient, options?: Parameters<MemOSClient['searchMemory']>[1]) =>
  client.searchMemory({ user_id: 'u-1', query: 'q' }, options);

/** A loopback port nobody listens on. */
async function closedPort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as { port: number };
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

beforeAll(async () => {
  server = await startMemOSTestServer();
});
beforeEach(() => {
  vi.spyOn(Math, 'random').mockReturnValue(0);
});
afterEach(async () => {
  vi.restoreAllMocks();
  await Promise.all(clients.splice(0).map((client) => client.destroy()));
  server.reset();
});
afterAll(() => server.close());

describe('keep-alive', () => {
  it('reuses one connection for sequential calls through its own undici Agent', async () => {
    const client = makeClient();
    for (let call = 0; call < 5; call++) await search(client);
    expect(server.requestsTo('/search/memory')).toHaveLength(5);
    expect(server.socketCount).toBe(1);
  });

  it('keeps using one connection across retries', async () => {
    server.fault('/search/memory', { status: 503 }, { status: 503 });
    await search(makeClient());
    expect(new Set(server.requests.map((request) => request.socketId)).size).toBe(1);
  });

  it('uses a caller’s dispatcher and leaves it open on close()', async () => {
    const agent = new Agent();
    const client = makeClient({ dispatcher: agent });
    await search(client);
    await client.close();
    expect(agent.closed).toBe(false);
    await agent.close();
  });
});

describe('fetch transport', () => {
  it('sends through the given fetch with the same wire format', async () => {
    const seen: string[] = [];
    const client = makeClient({
      fetch: (url, init) => {
        seen.push(`${init.method} ${url}`);
        return globalThis.fetch(url, init);
      },
    });
    await search(client);
    await client.getMemoryById('missing').catch(() => {});
    expect(seen).toEqual([`POST ${server.url}/search/memory`, `GET ${server.url}/get/memory/missing`]);
    expect(server.requestsTo('/search/memory')[0]?.headers.authorization).toBe('Token test-key');
    expect(JSON.parse(JSON.stringify(client)).transport).toBe('fetch');
  });

  it('maps a fetch TypeError to MemOSConnectionError with the code from its cause', async () => {
    const client = makeClient({
      baseURL: `http://127.0.0.1:${await closedPort()}/api`,
      fetch: globalThis.fetch,
      maxRetries: 1,
    });
    const error = await search(client).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(MemOSConnectionError);
    expect(error).toMatchObject({ code: 'ECONNREFUSED', isRetryable: true });
  });
});

describe('connection errors', () => {
  it('maps a refused connection to MemOSConnectionError (ECONNREFUSED), after retrying', async () => {
    const client = makeClient({ baseURL: `http://127.0.0.1:${await closedPort()}/api`, maxRetries: 2 });
    const error = await search(client).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(MemOSConnectionError);
    expect(error).toMatchObject({ code: 'ECONNREFUSED' });
    expect((error as Error).message).toMatch(/connection failed \(ECONNREFUSED\)/);
  });

  it('maps a socket reset to MemOSConnectionError (UND_ERR_SOCKET)', async () => {
    server.faultAlways('/search/memory', { reset: true });
    const error = await search(makeClient({ maxRetries: 0 })).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(MemOSConnectionError);
    expect((error as MemOSConnectionError).code).toMatch(/UND_ERR_SOCKET|ECONNRESET/);
  });
});

describe('timeouts', () => {
  it('ends a hanging attempt after timeoutMs with MemOSTimeoutError', async () => {
    server.faultAlways('/search/memory', { hang: true });
    const error = await search(makeClient({ timeoutMs: 50, maxRetries: 0 })).catch(
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(MemOSTimeoutError);
    expect(error).toMatchObject({ timeoutMs: 50, isRetryable: true });
    expect((error as Error).message).toBe('MemOS /search/memory timed out after 50 ms');
  });

  it('lets a request shorten the budget, with the fetch transport too', async () => {
    server.faultAlways('/search/memory', { hang: true });
    const client = makeClient({ fetch: globalThis.fetch, maxRetries: 0 });
    await expect(search(client, { timeoutMs: 40 })).rejects.toMatchObject({
      name: 'MemOSTimeoutError',
      timeoutMs: 40,
    });
  });

  it('answers normally when a delay stays within the budget', async () => {
    server.fault('/search/memory', { delayMs: 30 });
    await expect(search(makeClient({ timeoutMs: 5_000 }))).resolves.toBeDefined();
    expect(server.requestsTo('/search/memory')).toHaveLength(1);
  });
});

describe('abort', () => {
  it('rejects at once, sending nothing, when the signal is already aborted', async () => {
    const error = await search(makeClient(), { signal: AbortSignal.abort() }).catch(
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(MemOSAbortError);
    expect(server.requests).toHaveLength(0);
  });

  it.each(['undici', 'fetch'] as const)(
    'aborts a request in flight and does not retry it (%s)',
    async (kind) => {
      server.faultAlways('/search/memory', { hang: true });
      const client = makeClient(kind === 'fetch' ? { fetch: globalThis.fetch } : {});
      const controller = new AbortController();
      const call = search(client, { signal: controller.signal }).catch((caught: unknown) => caught);
      await vi.waitUntil(() => server.requestsTo('/search/memory').length === 1);
      controller.abort(new Error('user left'));
      const error = await call;
      expect(error).toBeInstanceOf(MemOSAbortError);
      expect(error).toMatchObject({ isRetryable: false });
      expect(server.requestsTo('/search/memory')).toHaveLength(1);
    },
  );
});
