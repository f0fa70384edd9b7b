import {
  MemOSAbortError,
  MemOSAuthenticationError,
  MemOSBadRequestError,
  MemOSClient,
  MemOSConnectionError,
  MemOSRateLimitError,
  MemOSResponseError,
  MemOSServerError,
  MemOSTimeoutError,
} from 'memos-middleware';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseRetryAfter, RETRY_POLICY, retryDelayMs } from '../../src/client/retry.ts';
import { type Fault, type MemOSTestServer, startMemOSTestServer } from '../support/memos-test-server.ts';

type ErrorClass = abstract new (...args: never[]) => Error;

let server: MemOSTestServer;
const clients: MemOSClient[] = [];
const makeClient = (options: ConstructorParameters<typeof MemOSClient>[0] = {}) => {
  const client = new MemOSClient({ apiKey: 'test-key', baseURL: server.url, ...options });
  clients.push(client);
  return client;
};
const search = (client: MemOSClient, options?: Parameters<MemOSClient['searchMemory']>[1]) =>
  client.searchMemory({ user_id: 'u-1', query: 'q' }, options);
const add = (client: MemOSClient, options?: Parameters<MemOSClient['addMessage']>[1]) =>
  client.addMessage(
    { user_id: 'u-1', conversation_id: 'c-1', messages: [{ role: 'user', content: 'hi' }] },
    options,
  );

/** A fetch over the real server that counts calls, so tests know when the client has sent (or not). */
function observedFetch() {
  const observed = { calls: 0, answered: 0 };
  const fetch = async (url: string, init: RequestInit) => {
    observed.calls += 1;
    const response = await globalThis.fetch(url, init);
    const text = await response.text();
    observed.answered += 1;
    return new Response(text, { status: response.status, headers: response.headers });
  };
  return { observed, fetch };
}
const realTurn = () => new Promise((resolve) => setImmediate(resolve));
/** Polls on real event-loop turns (vi.waitUntil would advance the fake clock while it polls). */
async function until(condition: () => boolean): Promise<void> {
  const deadline = performance.now() + 5_000;
  while (!condition()) {
    if (performance.now() > deadline) throw new Error('condition not met within 5 s');
    await realTurn();
  }
  await realTurn();
}

beforeAll(async () => {
  server = await startMemOSTestServer();
});
beforeEach(() => {
  // Backoff is not what most tests here are about: zero jitter keeps them instant.
  vi.spyOn(Math, 'random').mockReturnValue(0);
});
afterEach(async () => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  await Promise.all(clients.splice(0).map((client) => client.destroy()));
  server.reset();
});
afterAll(() => server.close());

describe('retries', () => {
  it.each<[string, Fault, ErrorClass]>([
    ['HTTP 503', { status: 503 }, MemOSServerError],
    ['HTTP 500 with an envelope', { status: 500, body: { code: 50000, message: 'boom' } }, MemOSServerError],
    ['HTTP 502 with an HTML page', { status: 502, body: '<html>Bad Gateway</html>' }, MemOSServerError],
    ['HTTP 408', { status: 408 }, MemOSServerError],
    ['HTTP 409', { status: 409 }, MemOSServerError],
    ['HTTP 429', { status: 429 }, MemOSRateLimitError],
    ['code 40309 (rate limited)', { code: 40309 }, MemOSRateLimitError],
    ['code 50004 (memory service unavailable)', { code: 50004 }, MemOSServerError],
    ['a reset connection', { reset: true }, MemOSConnectionError],
  ])('retries %s, then succeeds', async (_name, fault, errorClass) => {
    server.fault('/search/memory', fault, fault);
    const data = await search(makeClient());
    expect(data.memory_detail_list).toEqual([]);
    expect(server.requestsTo('/search/memory')).toHaveLength(3);

    server.reset();
    server.faultAlways('/search/memory', fault);
    const error = await search(makeClient({ maxRetries: 1 })).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(errorClass);
    expect(server.requestsTo('/search/memory')).toHaveLength(2);
  });

  it('retries a timed-out attempt', async () => {
    server.fault('/search/memory', { hang: true });
    await search(makeClient({ timeoutMs: 50 }));
    expect(server.requestsTo('/search/memory')).toHaveLength(2);

    server.faultAlways('/search/memory', { hang: true });
    const error = await search(makeClient({ timeoutMs: 50, maxRetries: 2 })).catch(
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(MemOSTimeoutError);
    expect(error).toMatchObject({ timeoutMs: 50 });
    expect(server.requestsTo('/search/memory')).toHaveLength(2 + 3);
  });

  it.each<[string, Fault, ErrorClass]>([
    ['a malformed 200 body', { malformed: true }, MemOSResponseError],
    ['HTTP 400', { status: 400, body: { detail: 'bad include_memory_view' } }, MemOSBadRequestError],
    ['code 40000', { code: 40000 }, MemOSBadRequestError],
    ['code 40132 (bad key)', { code: 40132 }, MemOSAuthenticationError],
    ['HTTP 401', { status: 401 }, MemOSAuthenticationError],
  ])('does not retry %s', async (_name, fault, errorClass) => {
    server.fault('/search/memory', fault);
    const error = await search(makeClient()).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(errorClass);
    expect(server.requestsTo('/search/memory')).toHaveLength(1);
  });

  it('lets a request override maxRetries (0 = one attempt)', async () => {
    server.faultAlways('/search/memory', { status: 503 });
    await expect(search(makeClient(), { maxRetries: 0 })).rejects.toBeInstanceOf(MemOSServerError);
    expect(server.requestsTo('/search/memory')).toHaveLength(1);
  });
});

describe('idempotency keys on writes', () => {
  it('sends one key across the retries of a write, and a new key for the next write', async () => {
    const client = makeClient();
    server.fault('/add/message', { status: 503 }, { reset: true });
    await add(client);
    await add(client);
    const keys = server.requestsTo('/add/message').map((request) => request.headers['idempotency-key']);
    expect(keys).toHaveLength(4);
    expect(keys[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(keys[1]).toBe(keys[0]);
    expect(keys[2]).toBe(keys[0]);
    expect(keys[3]).not.toBe(keys[0]);
  });

  it('uses the caller’s key when given, on every write endpoint', async () => {
    server.seed('u-1', { facts: [{ id: 'm-1', memory_value: 'x' }] });
    const client = makeClient();
    server.fault('/update/memory', { status: 500 });
    await client.updateMemory({ memory_id: 'm-1', title: 't' }, { idempotencyKey: 'update-1' });
    await client.addFeedback({ user_id: 'u-1', feedback_content: 'no' }, { idempotencyKey: 'feedback-1' });
    await client.deleteMemory({ memory_ids: ['m-1'] }, { idempotencyKey: 'delete-1' });
    const keyOf = (endpoint: string) =>
      server.requestsTo(endpoint).map((request) => request.headers['idempotency-key']);
    expect(keyOf('/update/memory')).toEqual(['update-1', 'update-1']);
    expect(keyOf('/add/feedback')).toEqual(['feedback-1']);
    expect(keyOf('/delete/memory')).toEqual(['delete-1']);
  });
});

describe('backoff and Retry-After (fake timers)', () => {
  it('waits exactly what Retry-After asks (seconds) before the retry', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const { observed, fetch } = observedFetch();
    server.fault('/search/memory', { status: 429, headers: { 'retry-after': '2' } });
    const result = search(makeClient({ fetch, timeoutMs: 600_000 }));
    await until(() => observed.answered === 1);

    await vi.advanceTimersByTimeAsync(1_999);
    expect(observed.calls).toBe(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(observed.calls).toBe(2);
    await expect(result).resolves.toMatchObject({ memory_detail_list: [] });
  });

  it('honours retry-after-ms, and an HTTP date', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const { observed, fetch } = observedFetch();
    // HTTP dates have whole seconds: start the fake clock on one.
    vi.setSystemTime(new Date('2026-01-01T00:00:00Z'));
    const inFiveSeconds = new Date(Date.now() + 5_000).toUTCString();
    server.fault(
      '/search/memory',
      { status: 503, headers: { 'retry-after-ms': '1500' } },
      { status: 503, headers: { 'retry-after': inFiveSeconds } },
    );
    const result = search(makeClient({ fetch, timeoutMs: 600_000 }));
    await until(() => observed.answered === 1);
    await vi.advanceTimersByTimeAsync(1_499);
    expect(observed.calls).toBe(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(observed.calls).toBe(2);

    await until(() => observed.answered === 2);
    // 1.5 s of the 5 s already went by in the first wait.
    await vi.advanceTimersByTimeAsync(3_499);
    expect(observed.calls).toBe(2);
    await vi.advanceTimersByTimeAsync(1);
    expect(observed.calls).toBe(3);
    await expect(result).resolves.toBeDefined();
  });

  it('backs off exponentially with full jitter when the server gives no usable Retry-After', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    vi.spyOn(Math, 'random').mockReturnValue(0.999);
    const { observed, fetch } = observedFetch();
    // 120 s is beyond the 30 s we trust: ignored, like an absent header.
    const fault: Fault = { status: 503, headers: { 'retry-after': '120' } };
    server.fault('/search/memory', fault, fault, fault);
    const result = search(makeClient({ fetch, timeoutMs: 600_000, maxRetries: 3 }));
    for (const [retry, delay] of [249, 499, 999].entries()) {
      await until(() => observed.answered === retry + 1);
      await vi.advanceTimersByTimeAsync(delay - 1);
      expect(observed.calls).toBe(retry + 1);
      await vi.advanceTimersByTimeAsync(1);
      expect(observed.calls).toBe(retry + 2);
    }
    await expect(result).resolves.toBeDefined();
  });

  it('stops waiting the moment the caller aborts during backoff', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const { observed, fetch } = observedFetch();
    server.fault('/search/memory', { status: 429, headers: { 'retry-after': '20' } });
    const controller = new AbortController();
    const result = search(makeClient({ fetch }), { signal: controller.signal }).catch(
      (caught: unknown) => caught,
    );
    await until(() => observed.answered === 1);
    controller.abort();
    const error = await result;
    expect(error).toBeInstanceOf(MemOSAbortError);
    expect((error as Error).message).toMatch(/waiting to retry/);
    expect(server.requestsTo('/search/memory')).toHaveLength(1);
  });
});

describe('delay policy', () => {
  it('parses Retry-After forms and ignores values outside 0..30 s', () => {
    const headers = (values: Record<string, string>) => (name: string) => values[name];
    const now = Date.parse('2026-01-01T00:00:00Z');
    expect(parseRetryAfter(headers({ 'retry-after': '3' }), now)).toBe(3_000);
    expect(parseRetryAfter(headers({ 'retry-after': '0.5' }), now)).toBe(500);
    expect(parseRetryAfter(headers({ 'retry-after-ms': '250', 'retry-after': '9' }), now)).toBe(250);
    expect(parseRetryAfter(headers({ 'retry-after': 'Thu, 01 Jan 2026 00:00:10 GMT' }), now)).toBe(10_000);
    expect(parseRetryAfter(headers({ 'retry-after': '31' }), now)).toBeUndefined();
    expect(parseRetryAfter(headers({ 'retry-after': '-1' }), now)).toBeUndefined();
    expect(parseRetryAfter(headers({ 'retry-after': 'soon' }), now)).toBeUndefined();
    expect(parseRetryAfter(headers({}), now)).toBeUndefined();
  });

  it('caps the exponential backoff at 8 s and prefers the server’s delay', () => {
    const almostOne = () => 0.999_999;
    expect(retryDelayMs(0, undefined, almostOne)).toBe(RETRY_POLICY.baseDelayMs - 1);
    expect(retryDelayMs(3, undefined, almostOne)).toBe(1_999);
    expect(retryDelayMs(20, undefined, almostOne)).toBe(RETRY_POLICY.maxDelayMs - 1);
    expect(retryDelayMs(20, undefined, () => 0)).toBe(0);
    expect(retryDelayMs(5, 1_234, almostOne)).toBe(1_234);
  });
});
