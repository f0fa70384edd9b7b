import { connect, type Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { MemOSClient, MemOSInvalidRequestError } from '../../src/index.ts';
import { LocalMemOS } from '../../src/local/index.ts';
import type { MemOSServerLogEntry } from '../../src/local/server/index.ts';
import { rawPost, rawRequest } from '../support/raw-http.ts';
import { type StartedServer, startServer } from './server-helpers.ts';

const started: StartedServer[] = [];
async function start(options: Parameters<typeof startServer>[0] = {}) {
  const server = await startServer(options);
  started.push(server);
  return { ...server, port: Number(new URL(server.url).port) };
}
afterEach(async () => {
  await Promise.all(started.splice(0).map((server) => server.close()));
});

const ADD = '/api/openmem/v1/add/message';
/** An add whose text part carries an extra field nested `depth` levels deep (JSON built as text). */
const deepAdd = (depth: number) =>
  `{"user_id":"u","conversation_id":"c","messages":[{"role":"user","content":[{"type":"text","text":"hi","x":${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}}]}]}`;
const deepValue = (depth: number) => {
  let value: unknown = 1;
  for (let level = 0; level < depth; level += 1) value = { a: value };
  return value;
};

describe('client mistakes get 4xxxx envelopes, not 50000', () => {
  it('a content part nested 5,000 deep: 40000 from the server, and a typed error in-process and from the client', async () => {
    const logged: MemOSServerLogEntry[] = [];
    const { port, baseURL, backend } = await start({ logger: (entry) => logged.push(entry) });
    const answer = await rawRequest(port, [rawPost(ADD, deepAdd(5_000))]);
    expect(answer.json).toMatchObject({ code: 40000, data: null });
    expect(answer.json.message).toMatch(/nested/);
    expect(logged.filter((entry) => entry.level === 'error')).toEqual([]);

    const content = [{ type: 'text', text: 'hi', x: deepValue(5_000) }];
    const body = { user_id: 'u', conversation_id: 'c', messages: [{ role: 'user', content }] } as never;
    const inProcess = await new LocalMemOS({ path: ':memory:' }).addMessage(body).catch((error) => error);
    expect(MemOSInvalidRequestError.isInstance(inProcess)).toBe(true);
    const fromClient = await new MemOSClient({ apiKey: 'k', baseURL })
      .addMessage(body)
      .catch((error) => error);
    expect(MemOSInvalidRequestError.isInstance(fromClient)).toBe(true);
    // Nothing was stored.
    const stored = await backend.getMessage({ user_id: 'u', conversation_id: 'c' });
    expect(stored.message_detail_list).toEqual([]);
  });

  it.each(['http://[::1/', '//', 'http://'])(
    'an unparsable target %s: HTTP 400 with 40000, logged with method and path',
    async (target) => {
      const logged: MemOSServerLogEntry[] = [];
      const { port } = await start({ logger: (entry) => logged.push(entry) });
      const answer = await rawRequest(port, [
        `POST ${target} HTTP/1.1\r\nhost: x\r\ncontent-length: 2\r\nconnection: close\r\n\r\n{}`,
      ]);
      expect(answer.status).toBe(400);
      expect(answer.json).toMatchObject({ code: 40000, data: null });
      expect(logged.filter((entry) => entry.level === 'error')).toEqual([]);
      expect(logged.at(-1)).toMatchObject({ level: 'info', method: 'POST', status: 400, code: 40000 });
      expect(logged.at(-1)?.path).toEqual(expect.any(String));
    },
  );

  it.each([
    ['garbage', 'GARBAGE\r\n\r\n', 400],
    ['a header line without a colon', 'GET /health HTTP/1.1\r\nbad header\r\n\r\n', 400],
    ['headers over the size limit', `GET /health HTTP/1.1\r\nx-big: ${'a'.repeat(20_000)}\r\n\r\n`, 431],
    // Node would answer a bare 400 itself (requireHostHeader); the request reaches the router instead.
    [
      'an HTTP/1.1 request without Host',
      `POST ${ADD} HTTP/1.1\r\ncontent-length: 2\r\nconnection: close\r\n\r\n{}`,
      200,
    ],
  ])('malformed HTTP (%s): an envelope where Node lets us answer', async (_name, bytes, status) => {
    const { port } = await start();
    const answer = await rawRequest(port, [bytes]);
    expect(answer.status).toBe(status);
    expect(answer.json).toMatchObject({ code: 40000, data: null });
  });
});

describe('slow clients are cut off, and connections are capped', () => {
  it('a body trickled one byte at a time gets HTTP 408 in the envelope and the connection closed', async () => {
    const { port } = await start({ requestTimeoutMs: 400 });
    const request = rawPost(ADD, '{"user_id":"u","conversation_id":"c","messages":[]}');
    const head = request.slice(0, request.indexOf('\r\n\r\n') + 4);
    const body = request.slice(head.length);
    const answer = await rawRequest(port, [head, ...body.split('')], { gapMs: 100, waitMs: 3_000 });
    expect(answer.status).toBe(408);
    expect(answer.json).toMatchObject({ code: 40000, data: null });
    expect(answer.closedByServer).toBe(true);
  });

  it('headers trickled one line at a time get HTTP 408 in the envelope', async () => {
    const { port } = await start({ requestTimeoutMs: 400 });
    const lines = [
      'POST /health HTTP/1.1\r\n',
      ...Array.from({ length: 30 }, (_, index) => `x-h${index}: v\r\n`),
    ];
    const answer = await rawRequest(port, lines, { gapMs: 100, waitMs: 3_000 });
    expect(answer.status).toBe(408);
    expect(answer.json).toMatchObject({ code: 40000 });
  });

  it('holds at most maxConnections connections; the rest are closed at once', async () => {
    const { port, baseURL } = await start({ maxConnections: 5 });
    const sockets: Socket[] = [];
    let closed = 0;
    await Promise.all(
      Array.from(
        { length: 12 },
        () =>
          new Promise<void>((resolve) => {
            const socket = connect(port, '127.0.0.1', () => resolve());
            socket.on('close', () => {
              closed += 1;
            });
            socket.on('error', () => resolve());
            sockets.push(socket);
          }),
      ),
    );
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(closed).toBeGreaterThanOrEqual(7);
    for (const socket of sockets) socket.destroy();
    await new Promise((resolve) => setTimeout(resolve, 100));
    // Once they are gone the server serves again.
    const answer = await fetch(`${baseURL}/search/memory`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ user_id: 'u', query: 'q' }),
    });
    expect((await answer.json()).code).toBe(0);
  });

  it('refuses bad limits at construction', async () => {
    await expect(start({ requestTimeoutMs: 0 })).rejects.toThrow(/requestTimeoutMs/);
    await expect(start({ maxConnections: -1 })).rejects.toThrow(/maxConnections/);
  });
});
