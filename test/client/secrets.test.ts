import { createServer } from 'node:net';
import { inspect } from 'node:util';
import { MemOSClient, MemOSError } from 'memos-middleware';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type MemOSTestServer, startMemOSTestServer } from '../support/memos-test-server.ts';

const SECRET = 'mpg-SECRET-9f8e7d6c5b4a';
const FRAGMENT = 'SECRET-9f8e';

let server: MemOSTestServer;
let refusedURL: string;

beforeAll(async () => {
  server = await startMemOSTestServer({ token: SECRET });
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  refusedURL = `http://127.0.0.1:${(probe.address() as { port: number }).port}/api`;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
});
afterAll(() => server.close());

/** Every way the key could surface: JSON, a deep inspect with hidden fields, the stack, the cause chain. */
function renderings(error: unknown): string[] {
  const out = [JSON.stringify(error), inspect(error, { depth: Number.POSITIVE_INFINITY, showHidden: true })];
  let current: unknown = error;
  for (let depth = 0; current instanceof Error && depth < 10; depth++) {
    out.push(
      String(current.stack),
      current.message,
      JSON.stringify(Object.getOwnPropertyDescriptors(current)),
    );
    current = current.cause;
  }
  return out;
}

async function failureOf(call: () => Promise<unknown>): Promise<unknown> {
  try {
    await call();
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to fail');
}

const query = { user_id: 'u-1', query: 'q' };

describe('the API key never appears in an error', () => {
  const cases: [string, () => Promise<unknown>][] = [
    [
      'authentication failure (wrong key)',
      async () => {
        await new MemOSClient({ apiKey: `${SECRET}-wrong`, baseURL: server.url }).searchMemory(query);
      },
    ],
    [
      'server message echoing the key (HTTP 500)',
      async () => {
        server.fault('/search/memory', {
          status: 500,
          body: { code: 50000, message: `auth header was "Token ${SECRET}", key ${SECRET}` },
        });
        await new MemOSClient({ apiKey: SECRET, baseURL: server.url, maxRetries: 0 }).searchMemory(query);
      },
    ],
    [
      'envelope code echoing the key',
      async () => {
        server.fault('/search/memory', { code: 40309, message: `rate limited: ${SECRET}` });
        await new MemOSClient({ apiKey: SECRET, baseURL: server.url, maxRetries: 0 }).searchMemory(query);
      },
    ],
    [
      'plain-text 401 echoing the key',
      async () => {
        server.fault('/search/memory', { status: 401, body: `unauthorized Token ${SECRET}` });
        await new MemOSClient({ apiKey: SECRET, baseURL: server.url }).searchMemory(query);
      },
    ],
    [
      'refused connection (undici)',
      async () => {
        await new MemOSClient({ apiKey: SECRET, baseURL: refusedURL, maxRetries: 0 }).searchMemory(query);
      },
    ],
    [
      'refused connection (fetch TypeError and its cause)',
      async () => {
        await new MemOSClient({
          apiKey: SECRET,
          baseURL: refusedURL,
          maxRetries: 0,
          fetch: globalThis.fetch,
        }).searchMemory(query);
      },
    ],
    [
      'reset socket',
      async () => {
        server.fault('/search/memory', { reset: true });
        await new MemOSClient({ apiKey: SECRET, baseURL: server.url, maxRetries: 0 }).searchMemory(query);
      },
    ],
    [
      'timeout',
      async () => {
        server.fault('/search/memory', { hang: true });
        await new MemOSClient({
          apiKey: SECRET,
          baseURL: server.url,
          maxRetries: 0,
          timeoutMs: 30,
        }).searchMemory(query);
      },
    ],
    [
      'abort',
      async () => {
        await new MemOSClient({ apiKey: SECRET, baseURL: server.url }).searchMemory(query, {
          signal: AbortSignal.abort(),
        });
      },
    ],
    [
      'malformed JSON',
      async () => {
        server.fault('/search/memory', { malformed: true });
        await new MemOSClient({ apiKey: SECRET, baseURL: server.url }).searchMemory(query);
      },
    ],
    [
      'schema failure',
      async () => {
        server.fault('/search/memory', {
          status: 200,
          body: { code: 0, data: { memory_detail_list: 'nope' } },
        });
        await new MemOSClient({ apiKey: SECRET, baseURL: server.url }).searchMemory(query);
      },
    ],
    [
      'invalid request',
      async () => {
        await new MemOSClient({ apiKey: SECRET, baseURL: server.url }).searchMemory({
          user_id: 'u'.repeat(101),
          query: 'q',
        });
      },
    ],
    [
      'call after close',
      async () => {
        const client = new MemOSClient({ apiKey: SECRET, baseURL: server.url });
        await client.close();
        await client.searchMemory(query);
      },
    ],
    [
      'config: key with whitespace',
      async () => {
        new MemOSClient({ apiKey: `${SECRET} extra` });
      },
    ],
    [
      'config: bad option next to the key',
      async () => {
        new MemOSClient({ apiKey: SECRET, timeoutMs: -1 });
      },
    ],
    [
      'config: key given where a URL belongs',
      async () => {
        new MemOSClient({ apiKey: SECRET, baseURL: SECRET });
      },
    ],
  ];

  it.each(cases)('%s', async (_name, call) => {
    const error = await failureOf(call);
    expect(MemOSError.isInstance(error)).toBe(true);
    for (const text of renderings(error)) {
      expect(text).not.toContain(FRAGMENT);
    }
  });

  it('redacts, rather than drops, what the server said', async () => {
    server.fault('/search/memory', { code: 40309, message: `rate limited: ${SECRET}` });
    const error = await failureOf(() =>
      new MemOSClient({ apiKey: SECRET, baseURL: server.url, maxRetries: 0 }).searchMemory(query),
    );
    expect(error).toMatchObject({ serverMessage: 'rate limited: [redacted]', code: 40309 });
  });

  it('keeps the key out of the client’s own JSON and inspect output', () => {
    const client = new MemOSClient({ apiKey: SECRET, baseURL: server.url });
    expect(JSON.stringify(client)).not.toContain(FRAGMENT);
    expect(inspect(client, { depth: Number.POSITIVE_INFINITY, showHidden: true })).not.toContain(FRAGMENT);
    expect(JSON.stringify(Object.getOwnPropertyDescriptors(client))).not.toContain(FRAGMENT);
  });
});
