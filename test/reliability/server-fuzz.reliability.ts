// Hostile input both ways. 10,000 malformed or hostile requests to the local server: every answer a
// MemOS envelope, a 4xxxx code for client mistakes, never 50000, the server up after, RSS bounded, no
// other user's data. 10,000 malformed responses to MemOSClient: only typed errors, no unhandled rejection.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MemOSClient, MemOSError } from '../../src/index.ts';
import { rawPost, rawRequest } from '../support/raw-http.ts';
import {
  createSecretSink,
  pool,
  RELIABILITY_KEY,
  report,
  type Stack,
  seededRandom,
  startStack,
} from './support.ts';

const secrets = createSecretSink();
const VICTIM = 'fuzz-victim';
const VICTIM_SECRET = 'zanzibarvictimsecret';
const API = '/api/openmem/v1';
let stack: Stack;
let port: number;

beforeAll(async () => {
  stack = await startStack({ onLog: (entry) => secrets.add(entry) });
  port = Number(new URL(stack.directURL).port);
  await stack.engine.addMessage({
    user_id: VICTIM,
    conversation_id: 'v-1',
    messages: [
      {
        role: 'user',
        content: `My name is Vic and my password hint is ${VICTIM_SECRET}. I live in Zanzibar.`,
      },
    ],
  });
});
afterAll(async () => {
  await stack.close();
  expect(secrets.leaks).toEqual([]);
});

type Random = () => number;
const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
const int = (random: Random, max: number) => Math.floor(random() * max);

const HOSTILE_QUERIES = [
  '"',
  'NEAR(a b, 2)',
  'AND OR NOT',
  '*',
  "'; DROP TABLE messages; --",
  '" OR 1=1 --',
  '^zanzibar',
  'memory_value:zanzibar',
  'scope:*',
  `${VICTIM_SECRET}`,
  'zanzibar*',
  '(((((',
  '\u0000\u0001',
  '🦄'.repeat(50),
  'a'.repeat(50_000),
  'SELECT * FROM memories',
  '{"$ne": null}',
  '%',
  '_',
  '\\',
];
const ENDPOINTS = [
  '/add/message',
  '/search/memory',
  '/get/message',
  '/get/memory',
  '/delete/memory',
  '/update/memory',
  '/get/status',
];
const deep = (depth: number, leaf = '1') => `${'{"a":'.repeat(depth)}${leaf}${'}'.repeat(depth)}`;
const deepArray = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;

/** A hostile request: what to send, and whether it is a client mistake (must get 4xxxx) or valid. */
interface Case {
  kind: string;
  path: string;
  method?: string;
  body?: string;
  token?: string | null;
  raw?: string;
  slow?: boolean;
  /** A valid request (must get code 0); `'either'`: valid or a mistake; otherwise a mistake (4xxxx). */
  valid?: boolean | 'either';
}

function hostileCase(random: Random, index: number): Case {
  const attacker = `fuzz-attacker-${index % 17}`;
  const endpoint = pick(random, ENDPOINTS);
  const path = `${API}${endpoint}`;
  switch (index % 12) {
    case 0: {
      const body = pick(random, [
        '{',
        '{"user_id":',
        'not json',
        '\uFEFF{"user_id":"a","query":"b"}',
        '{"user_id":"a","query":NaN}',
        '{"user_id":"a",}',
        '[]',
        'null',
        '"string"',
        '12',
        '\u0000\u0001\u0002',
        '{"user_id":"a","query":"b"}{"second":1}',
      ]);
      return { kind: 'bad-json', path, body };
    }
    case 1: {
      const body = pick(random, [
        { user_id: 42, query: 'q' },
        { user_id: attacker, query: ['q'] },
        { user_id: attacker, query: 'q', memory_limit_number: -1 },
        { user_id: attacker, query: 'q', memory_limit_number: '9' },
        { user_id: attacker, query: 'q', relativity: 7 },
        { user_id: attacker, conversation_id: 'c', messages: {} },
        { user_id: attacker, conversation_id: 'c', messages: [{ role: 'wizard', content: 'x' }] },
        { user_id: attacker, conversation_id: 'c', messages: [{ role: 'user', content: 5 }] },
        { user_id: [attacker, 7], conversation_id: 'c', messages: [{ role: 'user', content: 'x' }] },
        { memory_id: { $ne: null } },
      ]);
      return { kind: 'wrong-types', path, body: JSON.stringify(body) };
    }
    case 2: {
      const size = pick(random, [101, 5_000, 200_000]);
      const variant = int(random, 3);
      const body = [
        { user_id: 'u'.repeat(size), query: 'q' },
        { user_id: attacker, conversation_id: 'c'.repeat(size), messages: [{ role: 'user', content: 'x' }] },
        // Filter keys are the caller's own: a huge one matches nothing, legally.
        { user_id: attacker, query: 'q', filter: { and: [{ [`k${'x'.repeat(size)}`]: 1 }] } },
      ][variant]!;
      const target = variant === 1 ? '/add/message' : '/search/memory';
      return {
        kind: 'huge-string',
        path: `${API}${target}`,
        body: JSON.stringify(body),
        valid: variant === 2 ? 'either' : false,
      };
    }
    case 3: {
      const body = pick(random, [
        `{"user_id":"${attacker}","query":"q","filter":${deep(pick(random, [70, 1_000, 20_000]))}}`,
        `{"user_id":"${attacker}","conversation_id":"c","messages":[{"role":"user","content":[{"type":"text","text":"x","y":${deep(5_000)}}]}]}`,
        `{"user_id":"${attacker}","query":"q","x":${deepArray(100_000)}}`,
      ]);
      return { kind: 'deep-nesting', path, body };
    }
    case 4: {
      const body = {
        user_id: attacker,
        query: 'q',
        [`unknown_${int(random, 1000)}`]: 'x',
        __proto__: { admin: true },
      };
      return { kind: 'unknown-fields', path: `${API}/search/memory`, body: JSON.stringify(body) };
    }
    case 5: {
      const token = pick(random, [
        null,
        'wrong',
        RELIABILITY_KEY.slice(0, 20),
        `${RELIABILITY_KEY}x`,
        `Bearer ${RELIABILITY_KEY}`,
        '',
        'Token',
      ]);
      return {
        kind: 'wrong-token',
        path: `${API}/search/memory`,
        body: JSON.stringify({ user_id: VICTIM, query: 'zanzibar password' }),
        token,
      };
    }
    case 6:
    case 7: {
      const query = pick(random, HOSTILE_QUERIES);
      const body = {
        user_id: attacker,
        query: query.length > 4000 ? query.slice(0, 3999) : query,
        relativity: 0,
        ...(random() < 0.3 ? { conversation_id: 'v-1' } : {}),
      };
      // Valid requests (a query of control characters may be refused): nothing of the victim comes back.
      return {
        kind: 'fts-syntax',
        path: `${API}/search/memory`,
        body: JSON.stringify(body),
        valid: /^[\w\s]/.test(query) || 'either',
      };
    }
    case 8: {
      const target = pick(random, [
        `${API}/../../etc/passwd`,
        '/%00',
        '//',
        'http://[::1/',
        `http://evil.example${API}/search/memory`,
        `${API}/search/memory?user_id=${VICTIM}`,
        `/${'x'.repeat(10_000)}`,
        `${API}/get/memory/${'%'.repeat(3)}`,
        `${API}/get/memory/..%2F..%2Fmessages`,
        '*',
      ]);
      const method = pick(random, ['POST', 'GET', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'TRACE', 'HEAD']);
      return {
        kind: 'odd-target',
        path: target,
        method,
        raw: `${method} ${target} HTTP/1.1\r\nhost: x\r\nauthorization: Token ${RELIABILITY_KEY}\r\ncontent-type: application/json\r\ncontent-length: 2\r\nconnection: close\r\n\r\n{}`,
      };
    }
    case 9: {
      const raw = pick(random, [
        'GARBAGE\r\n\r\n',
        'POST / HTTP/9.9\r\n\r\n',
        `POST ${API}/search/memory HTTP/1.1\r\ncontent-length: -5\r\n\r\n`,
        `POST ${API}/search/memory HTTP/1.1\r\ncontent-length: 10\r\ntransfer-encoding: chunked\r\n\r\n`,
        `POST ${API}/search/memory HTTP/1.1\r\ntransfer-encoding: chunked\r\nconnection: close\r\n\r\nzz\r\n`,
        `GET /health HTTP/1.1\r\nx-big: ${'a'.repeat(20_000)}\r\n\r\n`,
        'GET /health HTTP/1.1\r\nbad header\r\n\r\n',
      ]);
      return { kind: 'malformed-http', path: '(raw)', raw };
    }
    case 10: {
      const memoryId = pick(random, ['00000000-0000-0000-0000-000000000000', 'x', '../', `${VICTIM}`]);
      const body = pick(random, [
        { memory_ids: [memoryId] },
        { user_id: attacker },
        { memory_id: memoryId, content: 'owned' },
        { user_id: attacker, conversation_id: 'v-1' },
      ]);
      const target = pick(random, ['/delete/memory', '/update/memory', '/get/message']);
      // Legal on the attacker's own data (their conversation, their memories); never the victim's.
      return { kind: 'other-ids', path: `${API}${target}`, body: JSON.stringify(body), valid: 'either' };
    }
    default: {
      // Content that is large but legal, and odd but legal: stored for the attacker alone.
      const content = pick(random, [
        'x'.repeat(300_000),
        '\u202Ereversed\u202C',
        '</memories>',
        '🦄'.repeat(1_000),
      ]);
      const body = {
        user_id: attacker,
        conversation_id: `fuzz-${index}`,
        messages: [{ role: 'user', content }],
      };
      return {
        kind: 'legal-odd-content',
        path: `${API}/add/message`,
        body: JSON.stringify(body),
        valid: true,
      };
    }
  }
}

const isEnvelope = (json: unknown): json is { code: number; data: unknown; message: string } =>
  typeof json === 'object' &&
  json !== null &&
  typeof (json as { code?: unknown }).code === 'number' &&
  typeof (json as { message?: unknown }).message === 'string' &&
  'data' in json;

describe('10,000 hostile requests to the local server', () => {
  it('answers each with an envelope (4xxxx for client mistakes, never 50000), stays up, bounded, isolated', async () => {
    // Each case is made when sent (bodies up to 300 KB: holding 10,000 would measure the fuzzer's RSS).
    const cases = Array.from({ length: 10_000 }, (_, index) => index);
    const problems: string[] = [];
    const byKind = new Map<string, { sent: number; codes: Map<number, number> }>();
    let victimDataSeen = 0;
    const rssBefore = process.memoryUsage().rss;
    let rssPeak = rssBefore;
    // RSS at each quarter of the run: bounded means it levels off, not that it never grows.
    const rssAtQuarter: number[] = [];
    let done = 0;
    const started = performance.now();
    await pool(cases, 16, async (index) => {
      const test = hostileCase(seededRandom(77_000 + index), index);
      let status: number | undefined;
      let json: unknown;
      let text = '';
      if (test.raw !== undefined) {
        const answer = await rawRequest(port, [test.raw], { waitMs: 1_000 });
        status = answer.status;
        json = answer.json;
        text = answer.text;
        // HEAD answers carry no body by HTTP's rules: their headers must still say JSON.
        if (test.method === 'HEAD' && status !== undefined) {
          json = answer.headers['content-type']?.startsWith('application/json')
            ? { code: status < 400 ? 0 : 40_000, data: null, message: 'HEAD' }
            : undefined;
        }
      } else {
        const headers: Record<string, string> = { 'content-type': 'application/json' };
        if (test.token === undefined) headers.authorization = `Token ${RELIABILITY_KEY}`;
        else if (test.token !== null) headers.authorization = `Token ${test.token}`;
        const response = await fetch(`${stack.directURL.replace(API, '')}${test.path}`, {
          method: test.method ?? 'POST',
          headers,
          ...(test.body === undefined ? {} : { body: test.body }),
        });
        status = response.status;
        text = await response.text();
        try {
          json = JSON.parse(text);
        } catch {
          json = undefined;
        }
      }
      if (text.includes(VICTIM_SECRET)) victimDataSeen += 1;
      secrets.add(text);
      const entry = byKind.get(test.kind) ?? { sent: 0, codes: new Map() };
      entry.sent += 1;
      byKind.set(test.kind, entry);
      if (!isEnvelope(json)) {
        problems.push(
          `${test.kind} ${test.method ?? 'POST'} ${test.path.slice(0, 60)}: no envelope (HTTP ${status}) ${text.slice(0, 80)}`,
        );
        return;
      }
      entry.codes.set(json.code, (entry.codes.get(json.code) ?? 0) + 1);
      const mistake = json.code >= 40_000 && json.code < 50_000;
      const expectedCode =
        test.valid === 'either' ? json.code === 0 || mistake : test.valid ? json.code === 0 : mistake;
      if (!expectedCode) {
        problems.push(
          `${test.kind} ${test.path.slice(0, 60)}: code ${json.code} (${json.message.slice(0, 80)})`,
        );
      }
      rssPeak = Math.max(rssPeak, process.memoryUsage().rss);
      done += 1;
      if (done % 2_500 === 0) rssAtQuarter.push(Math.round(process.memoryUsage().rss / 1e6));
    });

    // A few connections trickling their bodies: cut off with 408 in the envelope.
    const slow = await Promise.all(
      Array.from({ length: 20 }, (_, index) => {
        const request = rawPost(
          `${API}/search/memory`,
          JSON.stringify({ user_id: `slow-${index}`, query: 'q' }),
          {
            authorization: `Token ${RELIABILITY_KEY}`,
          },
        );
        const head = request.slice(0, request.indexOf('\r\n\r\n') + 4);
        return rawRequest(port, [head, ...request.slice(head.length).split('')], {
          gapMs: 600,
          waitMs: 1_000,
        });
      }),
    );
    const seconds = (performance.now() - started) / 1000;
    const health = await fetch(`${stack.directURL.replace(API, '')}/health`);
    const alive = await fetch(`${stack.directURL}/search/memory`, {
      method: 'POST',
      headers: { authorization: `Token ${RELIABILITY_KEY}`, 'content-type': 'application/json' },
      body: JSON.stringify({ user_id: VICTIM, query: 'Where do I live?', relativity: 0 }),
    });
    const aliveJson = (await alive.json()) as { code: number; data: { memory_detail_list: unknown[] } };
    const noEnvelope = problems.filter((problem) => problem.includes('no envelope')).length;
    report('server-fuzz', {
      requests: cases.length,
      slowBodies: slow.length,
      slowAnswered408: slow.filter((answer) => answer.status === 408 && answer.json?.code === 40000).length,
      problems: problems.length,
      noEnvelope,
      serverErrors50000: stack.serverLog.length,
      victimDataSeen,
      rssBeforeMB: Math.round(rssBefore / 1e6),
      rssPeakMB: Math.round(rssPeak / 1e6),
      rssAfterMB: Math.round(process.memoryUsage().rss / 1e6),
      rssAtQuarterMB: rssAtQuarter,
      seconds: Number(seconds.toFixed(1)),
      byKind: Object.fromEntries(
        [...byKind].map(([kind, { sent, codes }]) => [kind, { sent, codes: Object.fromEntries(codes) }]),
      ),
    });

    expect(problems.slice(0, 20)).toEqual([]);
    expect(stack.serverLog).toEqual([]);
    expect(victimDataSeen).toBe(0);
    expect(slow.every((answer) => answer.status === 408 && answer.json?.code === 40000)).toBe(true);
    expect(health.status).toBe(200);
    expect(aliveJson.code).toBe(0);
    expect(aliveJson.data.memory_detail_list.length).toBeGreaterThan(0);
    // Memory levels off: the whole run stays under 300 MB over the start (bodies up to 1 MiB, 300 KB
    // contents stored), and the last quarter adds less than 64 MB.
    expect(rssPeak - rssBefore).toBeLessThan(300 * 1024 * 1024);
    expect(rssAtQuarter[3]! - rssAtQuarter[2]!).toBeLessThan(64);
  });
});

// ---- malformed responses to the client ----

type Answer = (request: IncomingMessage, response: ServerResponse, socket: Socket) => void;

function malformedAnswers(random: Random): Answer[] {
  const json =
    (status: number, body: string, headers: Record<string, string> = {}): Answer =>
    (_q, response) => {
      response.writeHead(status, { 'content-type': 'application/json', ...headers });
      response.end(body);
    };
  return [
    json(200, '{"code":0,"data":{"memory_detail_list":['),
    json(200, 'not json at all'),
    json(200, '{"code":"zero","data":{}}'),
    json(200, '{"data":{}}'),
    json(200, '{"code":0,"data":{"memory_detail_list":"nope"}}'),
    json(200, '{"code":0,"data":{"memory_detail_list":[{"id":5}]}}'),
    json(200, `{"code":0,"data":${deep(50_000)}}`),
    json(200, `{"code":0,"data":{"memory_detail_list":${deepArray(50_000)}}}`),
    json(200, `{"code":50004,"message":"${'m'.repeat(290)}${RELIABILITY_KEY}","data":null}`),
    json(500, `{"detail":"Token ${RELIABILITY_KEY} rejected"}`),
    json(429, '{}', { 'retry-after': 'soon' }),
    json(429, '{}', { 'retry-after': '99999999999' }),
    json(503, ''),
    json(200, ''),
    json(204, ''),
    json(301, '{}', { location: 'http://127.0.0.1:1/' }),
    json(int(random, 600) + 100, '{"code":0,"data":{}}'),
    json(200, '{"code":0,"data":{"success":false}}'),
    json(
      200,
      `{"code":0,"data":{"memory_detail_list":[{"id":"a","memory_value":"${'v'.repeat(200_000)}"}]}}`,
    ),
    (_q, response) => {
      response.writeHead(200, { 'content-type': 'application/json', 'content-length': '1000' });
      response.end('{"code":0}');
    },
    (_q, _response, socket) => {
      socket.destroy();
    },
    (_q, _response, socket) => {
      socket.end('HTTP/1.1 200 OK\r\ncontent-length: 5\r\n\r\n{"co');
    },
    (_q, _response, socket) => {
      socket.end('garbage that is not http\r\n\r\n');
    },
    (_q, _response, socket) => {
      socket.end('HTTP/1.1 200 OK\r\ntransfer-encoding: chunked\r\n\r\nzz\r\n');
    },
    () => {
      // Never answers: the client's timeout ends it.
    },
  ];
}

describe('10,000 malformed responses to the client', () => {
  let server: ReturnType<typeof createServer>;
  let url: string;
  const sockets = new Set<Socket>();
  let answers: Answer[];
  let next = 0;
  beforeAll(async () => {
    const random = seededRandom(99);
    answers = malformedAnswers(random);
    server = createServer((request, response) => {
      request.resume();
      request.on('end', () => answers[next++ % answers.length]!(request, response, request.socket));
    });
    server.on('connection', (socket) => {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}${API}`;
  });
  afterAll(async () => {
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    for (const socket of sockets) socket.destroy();
    await closed;
  });

  it('rejects each with a typed MemOSError and leaves no rejection unhandled', async () => {
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    const clients = [
      new MemOSClient({ apiKey: RELIABILITY_KEY, baseURL: url, maxRetries: 0, timeoutMs: 300 }),
      new MemOSClient({
        apiKey: RELIABILITY_KEY,
        baseURL: url,
        maxRetries: 0,
        timeoutMs: 300,
        fetch: globalThis.fetch,
      }),
    ];
    const untyped: string[] = [];
    const byName = new Map<string, number>();
    let resolved = 0;
    const calls = Array.from({ length: 10_000 }, (_, index) => index);
    const started = performance.now();
    await pool(calls, 32, async (index) => {
      const client = clients[index % 2]!;
      const call = [
        () => client.searchMemory({ user_id: 'u', query: 'q' }),
        () =>
          client.addMessage({
            user_id: 'u',
            conversation_id: 'c',
            messages: [{ role: 'user', content: 'x' }],
          }),
        () => client.getMemory({ user_id: 'u' }),
        () => client.getMessage({ user_id: 'u', conversation_id: 'c' }),
        () => client.deleteMemory({ memory_ids: ['a'] }),
      ][index % 5]!;
      try {
        await call();
        resolved += 1;
      } catch (error) {
        secrets.add(error);
        const name = (error as Error)?.name ?? typeof error;
        byName.set(name, (byName.get(name) ?? 0) + 1);
        if (!MemOSError.isInstance(error))
          untyped.push(`${name}: ${String((error as Error)?.message).slice(0, 100)}`);
      }
    });
    await Promise.all(clients.map((client) => client.close()));
    await new Promise((resolve) => setTimeout(resolve, 100));
    process.off('unhandledRejection', onUnhandled);
    report('client-fuzz', {
      responses: calls.length,
      kinds: answers.length,
      resolved,
      untyped: untyped.length,
      unhandledRejections: unhandled.length,
      errors: Object.fromEntries(byName),
      seconds: Number(((performance.now() - started) / 1000).toFixed(1)),
    });
    expect(untyped.slice(0, 10)).toEqual([]);
    expect(unhandled).toEqual([]);
  });
});
