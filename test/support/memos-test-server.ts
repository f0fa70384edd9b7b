// A MemOS Cloud stand-in on 127.0.0.1 for tests: the real wire format (envelope, `Token` auth, codes
// inside HTTP 200), every request recorded, and faults injected per request or per endpoint.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import {
  createMemOSTestStore,
  type RouteResult,
  type SeedMemory,
  type SeedPreference,
} from './memos-test-store.ts';

export { DEFAULT_PREFERENCE_NOTE, type SeedMemory, type SeedPreference } from './memos-test-store.ts';

/**
 * One injected misbehaviour, consumed by one request (or applied to all with `faultAlways`).
 *
 * @example
 * server.fault('/search/memory', { status: 429, headers: { 'retry-after': '1' } }, { code: 40309 });
 */
export type Fault =
  | { delayMs: number }
  | { hang: true }
  | { reset: true }
  | { status: number; body?: unknown; headers?: Record<string, string> }
  | { code: number; message?: string }
  | { malformed: true }
  | { empty: number };

/**
 * A request as the server saw it. `endpoint` is the path under the base URL, e.g. `/search/memory`.
 *
 * @example
 * const [request] = server.requestsTo('/add/message'); request?.headers['idempotency-key'];
 */
export interface RecordedRequest {
  method: string;
  endpoint: string;
  headers: Record<string, string | string[] | undefined>;
  // biome-ignore lint/suspicious/noExplicitAny: tests read arbitrary fields of the recorded JSON body
  body: any;
  socketId: number;
}

/**
 * Handle on a running test server.
 *
 * @example
 * const server: MemOSTestServer = await startMemOSTestServer();
 */
export interface MemOSTestServer {
  /** Base URL, e.g. `http://127.0.0.1:PORT/api/openmem/v1`. */
  readonly url: string;
  /** Every request, in order (faulted ones too). */
  readonly requests: RecordedRequest[];
  requestsTo(endpoint: string): RecordedRequest[];
  /** Distinct TCP connections accepted since start (or the last `reset()`). */
  readonly socketCount: number;
  /** Queues faults for the next requests to `endpoint` (`'*'` = any), one consumed per request. */
  fault(endpoint: string, ...faults: Fault[]): void;
  /** Applies `fault` to every request to `endpoint` until cleared with `undefined`. */
  faultAlways(endpoint: string, fault: Fault | undefined): void;
  seed(
    userId: string,
    data: {
      facts?: SeedMemory[];
      preferences?: SeedPreference[];
      toolMemories?: unknown[];
      preferenceNote?: string;
    },
  ): void;
  /** Raw messages stored by `/add/message` (all of the user's conversations when none is given). */
  // biome-ignore lint/suspicious/noExplicitAny: tests read arbitrary fields of stored messages
  messages(userId: string, conversationId?: string): any[];
  /** Clears requests, faults, data and the socket count. */
  reset(): void;
  /** Closes the server and every socket, hanging ones too. */
  close(): Promise<void>;
}

const BASE_PATH = '/api/openmem/v1';

/**
 * Starts a MemOS-compatible server on a free loopback port.
 *
 * @example
 * const server = await startMemOSTestServer();
 * server.fault('/search/memory', { status: 503 }, { hang: true });
 * const client = new MemOSClient({ apiKey: 'test-key', baseURL: server.url });
 */
export async function startMemOSTestServer({
  token = 'test-key',
}: {
  token?: string;
} = {}): Promise<MemOSTestServer> {
  const store = createMemOSTestStore();
  const requests: RecordedRequest[] = [];
  const queued = new Map<string, Fault[]>();
  const always = new Map<string, Fault>();
  const sockets = new Set<Socket>();
  const socketIds = new WeakMap<Socket, number>();
  const timers = new Set<NodeJS.Timeout>();
  let socketsAccepted = 0;
  let socketsAtReset = 0;

  const takeFault = (endpoint: string): Fault | undefined => {
    for (const key of [endpoint, '*']) {
      const faults = queued.get(key);
      if (faults && faults.length > 0) return faults.shift();
    }
    return always.get(endpoint) ?? always.get('*');
  };

  const send = (
    response: ServerResponse,
    status: number,
    body: unknown,
    headers: Record<string, string> = {},
  ) => {
    const text = body === undefined ? '' : typeof body === 'string' ? body : JSON.stringify(body);
    const type = typeof body === 'string' ? 'text/plain; charset=utf-8' : 'application/json; charset=utf-8';
    response.writeHead(status, { ...(text ? { 'content-type': type } : {}), ...headers });
    response.end(text);
  };

  const answer = (response: ServerResponse, result: RouteResult) => {
    if ('httpStatus' in result) return send(response, result.httpStatus, result.body);
    if ('code' in result)
      return send(response, 200, { code: result.code, data: null, message: result.message });
    send(response, 200, { code: 0, data: result.data, message: 'ok' });
  };

  const respond = (
    request: IncomingMessage,
    response: ServerResponse,
    recorded: RecordedRequest,
    raw: string,
  ) => {
    const authorization = request.headers.authorization;
    if (!authorization) return answer(response, { code: 40100, message: 'API key is required' });
    if (authorization !== `Token ${token}`) {
      return answer(response, { code: 40132, message: 'Invalid or expired API key' });
    }
    if (raw !== '' && recorded.body === undefined) {
      return answer(response, { code: 40000, message: 'Invalid request parameters: body is not valid JSON' });
    }
    answer(response, store.handle(recorded.method, recorded.endpoint, recorded.body));
  };

  const applyFault = (
    fault: Fault,
    request: IncomingMessage,
    response: ServerResponse,
    recorded: RecordedRequest,
    raw: string,
  ) => {
    if ('delayMs' in fault) {
      const timer = setTimeout(() => {
        timers.delete(timer);
        if (!response.destroyed) respond(request, response, recorded, raw);
      }, fault.delayMs);
      timers.add(timer);
    } else if ('hang' in fault) {
      // Never answer: the socket stays open until the client gives up or the server closes.
    } else if ('reset' in fault) {
      request.socket.destroy();
    } else if ('status' in fault) {
      send(response, fault.status, fault.body, fault.headers);
    } else if ('code' in fault) {
      send(response, 200, {
        code: fault.code,
        data: null,
        message: fault.message ?? `MemOS error ${fault.code}`,
      });
    } else if ('malformed' in fault) {
      send(response, 200, '{"code":0,"data":{"memory_detail_list":[', { 'content-type': 'application/json' });
    } else {
      send(response, fault.empty, undefined);
    }
  };

  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const raw = Buffer.concat(chunks).toString('utf8');
      const url = new URL(request.url ?? '/', 'http://localhost');
      const endpoint = url.pathname.startsWith(BASE_PATH)
        ? url.pathname.slice(BASE_PATH.length)
        : url.pathname;
      let body: unknown;
      try {
        body = raw === '' ? undefined : JSON.parse(raw);
      } catch {
        body = undefined;
      }
      const recorded: RecordedRequest = {
        method: request.method ?? 'GET',
        endpoint,
        headers: { ...request.headers },
        body: body === undefined && raw !== '' ? raw : body,
        socketId: socketIds.get(request.socket) ?? -1,
      };
      requests.push(recorded);
      const fault = takeFault(endpoint);
      if (fault) return applyFault(fault, request, response, { ...recorded, body }, raw);
      if (!url.pathname.startsWith(BASE_PATH)) return send(response, 404, { detail: 'Not Found' });
      respond(request, response, { ...recorded, body }, raw);
    });
  });
  server.keepAliveTimeout = 30_000;
  server.on('connection', (socket) => {
    socketIds.set(socket, ++socketsAccepted);
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}${BASE_PATH}`,
    requests,
    requestsTo: (endpoint) => requests.filter((request) => request.endpoint === endpoint),
    get socketCount() {
      return socketsAccepted - socketsAtReset;
    },
    fault(endpoint, ...faults) {
      queued.set(endpoint, [...(queued.get(endpoint) ?? []), ...faults]);
    },
    faultAlways(endpoint, fault) {
      if (fault === undefined) always.delete(endpoint);
      else always.set(endpoint, fault);
    },
    seed: store.seed,
    messages: store.messages,
    reset() {
      requests.length = 0;
      queued.clear();
      always.clear();
      store.reset();
      socketsAtReset = socketsAccepted;
    },
    async close() {
      queued.clear();
      always.clear();
      for (const timer of timers) clearTimeout(timer);
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      for (const socket of sockets) socket.destroy();
      await closed;
    },
  };
}
