// createMemOSServer in front of a MemOSClient (a proxy to another MemOS): an upstream outage or rate limit
// must reach our own callers as a retryable answer, not as "not found". The upstream is a real loopback
// HTTP server; nothing of ours is mocked.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  type MemOSAPIError,
  MemOSClient,
  MemOSNotFoundError,
  MemOSRateLimitError,
  MemOSServerError,
} from 'memos-middleware';
import { afterEach, describe, expect, it } from 'vitest';
import { createWriter } from '../../src/writer/index.ts';
import { raw, type StartedServer, startServer } from './server-helpers.ts';

/** One upstream answer: a status, headers and a body without a MemOS `code`. */
interface UpstreamAnswer {
  readonly status: number;
  readonly headers?: Record<string, string>;
  readonly body?: string;
}

const OK: UpstreamAnswer = {
  status: 200,
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ code: 0, data: { success: true }, message: 'ok' }),
};

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(closers.splice(0).map((close) => close()));
});

/** A loopback server answering each request with the next of `answers` (the last one repeats). */
async function startUpstream(...answers: UpstreamAnswer[]): Promise<{ baseURL: string; hits: () => number }> {
  let hits = 0;
  const server: Server = createServer((request, response) => {
    request.resume();
    request.on('end', () => {
      const answer = answers[Math.min(hits, answers.length - 1)]!;
      hits += 1;
      response.writeHead(answer.status, answer.headers ?? { 'content-type': 'text/plain' });
      response.end(answer.body ?? 'upstream says no');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  closers.push(
    () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  );
  const { port } = server.address() as AddressInfo;
  return { baseURL: `http://127.0.0.1:${port}/api/openmem/v1`, hits: () => hits };
}

/** Our server, its backend a MemOSClient pointed at `upstreamURL`. */
async function startProxy(upstreamURL: string): Promise<StartedServer> {
  const backend = new MemOSClient({ apiKey: 'upstream-key', baseURL: upstreamURL, maxRetries: 0 });
  const started = await startServer({ backend });
  closers.push(async () => {
    await started.close();
    await backend.close();
  });
  return started;
}

function clientOf(started: StartedServer, maxRetries = 0): MemOSClient {
  const client = new MemOSClient({ apiKey: 'any', baseURL: started.baseURL, maxRetries });
  closers.push(() => client.close());
  return client;
}

const search = { user_id: 'u-proxy', query: 'what do I like?' };

describe('createMemOSServer over a MemOSClient backend: upstream failures stay retryable', () => {
  it.each([
    ['503', { status: 503 }],
    ['500', { status: 500 }],
  ])(
    'an upstream %s without a MemOS code is a retryable server error, not "not found"',
    async (_name, answer) => {
      const upstream = await startUpstream(answer);
      const proxy = await startProxy(upstream.baseURL);

      const wire = await raw(`${proxy.baseURL}/search/memory`, { body: search });
      expect(wire.json.code).not.toBe(40001);
      expect(wire.json.code).toBeGreaterThanOrEqual(50000);
      expect(wire.json.code).toBeLessThan(50100);

      const error = await clientOf(proxy)
        .searchMemory(search)
        .catch((caught: unknown) => caught);
      expect(MemOSServerError.isInstance(error)).toBe(true);
      expect(MemOSNotFoundError.isInstance(error)).toBe(false);
      expect((error as MemOSAPIError).isRetryable).toBe(true);
    },
  );

  it('an upstream 429 with Retry-After is a rate limit, retryable, and the delay is passed on', async () => {
    const upstream = await startUpstream({ status: 429, headers: { 'retry-after': '3' } });
    const proxy = await startProxy(upstream.baseURL);

    const wire = await raw(`${proxy.baseURL}/search/memory`, { body: search });
    expect(wire.json.code).toBe(40300);
    expect(wire.headers.get('retry-after')).toBe('3');

    const error = await clientOf(proxy)
      .searchMemory(search)
      .catch((caught: unknown) => caught);
    expect(MemOSRateLimitError.isInstance(error)).toBe(true);
    expect(MemOSNotFoundError.isInstance(error)).toBe(false);
    expect(error).toMatchObject({ isRetryable: true, retryAfterMs: 3_000 });
  });

  it('a writer behind the proxy retries an upstream 503 and delivers the turn', async () => {
    const upstream = await startUpstream({ status: 503 }, OK);
    const proxy = await startProxy(upstream.baseURL);
    const drops: unknown[] = [];
    const writer = createWriter({
      backend: clientOf(proxy),
      maxRetries: 2,
      retryBaseDelayMs: 1,
      retryMaxDelayMs: 5,
      onDrop: (drop) => drops.push(drop),
    });
    writer.enqueue({
      user_id: 'u-proxy',
      conversation_id: 'c-proxy',
      messages: [{ role: 'user', content: 'I like green tea.' }],
    });
    await writer.flush();
    expect(drops).toEqual([]);
    expect(upstream.hits()).toBe(2);
  });
});
