// A fault-injecting HTTP proxy on 127.0.0.1 in front of a real MemOS-compatible server (usually
// createMemOSServer over LocalMemOS): each request is forwarded, or answered with a fault chosen by a
// script or at random, before or after the upstream stored it. Used by the writer's crash tests, the
// reliability suite and the writer bench.
import {
  Agent,
  createServer,
  request as httpRequest,
  type IncomingMessage,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/**
 * What the proxy does with one request.
 * - `pass`: forward and relay the answer.
 * - `http-500`: answer HTTP 500 with a MemOS 50000 envelope, not forwarded.
 * - `reset-before`: cut the connection, not forwarded.
 * - `reset-after`: forward (the upstream stores), then cut the connection instead of answering.
 * - `rate-limit`: answer HTTP 429 with `Retry-After`, not forwarded.
 * - `hang`: never answer (until the client gives up or the proxy closes), not forwarded.
 * - `retryable-code`: answer HTTP 200 with MemOS code 50004 (service unavailable), not forwarded.
 * - `lost-after`: forward (the upstream stores), then never answer.
 * - `rate-limit-after`: forward (the upstream stores), then answer HTTP 429 with `Retry-After` (not in
 *   `FAULTS`: for tests that need a write stored and its retry pending for a known time).
 *
 * @example
 * const fault: ProxyFault = 'reset-after';
 */
export type ProxyFault =
  | 'pass'
  | 'http-500'
  | 'reset-before'
  | 'reset-after'
  | 'rate-limit'
  | 'hang'
  | 'retryable-code'
  | 'lost-after'
  | 'rate-limit-after';

/** The faults `randomFault` picks among, each equally likely. */
export const FAULTS: readonly Exclude<ProxyFault, 'pass'>[] = [
  'http-500',
  'reset-before',
  'reset-after',
  'rate-limit',
  'hang',
  'retryable-code',
  'lost-after',
];

/** One request as the proxy saw it. */
export interface ProxiedRequest {
  readonly method: string;
  /** Path and query, e.g. `/api/openmem/v1/add/message`. */
  readonly path: string;
  readonly headers: IncomingMessage['headers'];
  readonly body: string;
  /** Position among all requests the proxy received, from 0. */
  readonly index: number;
}

/** Options of `startFaultProxy`. */
export interface FaultProxyOptions {
  /** The upstream origin, e.g. `http://127.0.0.1:4000`. */
  target: string;
  /** Chooses the fault of each request (may wait, e.g. on a gate); default: always `pass`. */
  decide?: (request: ProxiedRequest) => ProxyFault | Promise<ProxyFault>;
  /** `Retry-After` sent with `rate-limit`, in seconds. @default '1' */
  retryAfter?: string;
}

/** A running proxy. */
export interface FaultProxy {
  /** The proxy's origin, e.g. `http://127.0.0.1:PORT`; append the API prefix for a base URL. */
  readonly url: string;
  /** How many requests got each fault (including `pass`). */
  readonly counts: Readonly<Record<ProxyFault, number>>;
  /** Requests forwarded to the upstream and answered by it (whatever the client then got). */
  readonly forwarded: number;
  /** Called after each forwarded request was answered upstream, with the fault that follows. */
  onForwarded(listener: (request: ProxiedRequest, fault: ProxyFault) => void): void;
  /** Stops, cutting every open connection (hanging ones too). */
  close(): Promise<void>;
}

/**
 * A `decide` that picks a fault with probability `rate` (each of `faults` equally likely) for the
 * requests `applies` selects, else `pass`.
 *
 * @example
 * startFaultProxy({ target, decide: randomFault(0.2, random) });
 */
export function randomFault(
  rate: number,
  random: () => number,
  {
    faults = FAULTS,
    applies = () => true,
  }: { faults?: readonly ProxyFault[]; applies?: (request: ProxiedRequest) => boolean } = {},
): (request: ProxiedRequest) => ProxyFault {
  return (request) => {
    if (!applies(request) || random() >= rate) return 'pass';
    return faults[Math.floor(random() * faults.length)]!;
  };
}

/**
 * Starts the proxy on a free loopback port.
 *
 * @example
 * const proxy = await startFaultProxy({ target: upstream.url, decide: randomFault(0.2, Math.random) });
 * const client = new MemOSClient({ apiKey: 'k', baseURL: `${proxy.url}/api/openmem/v1` });
 */
export async function startFaultProxy({
  target,
  decide = () => 'pass',
  retryAfter = '1',
}: FaultProxyOptions): Promise<FaultProxy> {
  const upstream = new URL(target);
  const agent = new Agent({ keepAlive: true, maxSockets: 64 });
  const sockets = new Set<Socket>();
  const listeners: ((request: ProxiedRequest, fault: ProxyFault) => void)[] = [];
  const counts = Object.fromEntries(
    ['pass', 'rate-limit-after', ...FAULTS].map((fault) => [fault, 0]),
  ) as Record<ProxyFault, number>;
  let index = 0;
  let forwarded = 0;

  const envelope = (response: ServerResponse, status: number, code: number, headers = {}) => {
    const body = JSON.stringify({ code, data: null, message: `injected fault ${code}` });
    response.writeHead(status, { 'content-type': 'application/json', ...headers });
    response.end(body);
  };

  const forward = (proxied: ProxiedRequest) =>
    new Promise<{ status: number; headers: IncomingMessage['headers']; body: Buffer }>((resolve, reject) => {
      const headers = { ...proxied.headers, host: upstream.host };
      delete headers.connection;
      const outgoing = httpRequest(
        {
          host: upstream.hostname,
          port: upstream.port,
          method: proxied.method,
          path: proxied.path,
          headers,
          agent,
        },
        (answer) => {
          const chunks: Buffer[] = [];
          answer.on('data', (chunk: Buffer) => chunks.push(chunk));
          answer.on('end', () =>
            resolve({
              status: answer.statusCode ?? 502,
              headers: answer.headers,
              body: Buffer.concat(chunks),
            }),
          );
          answer.on('error', reject);
        },
      );
      outgoing.on('error', reject);
      outgoing.end(proxied.body);
    });

  async function handle(request: IncomingMessage, response: ServerResponse, body: string): Promise<void> {
    const proxied: ProxiedRequest = {
      method: request.method ?? 'GET',
      path: request.url ?? '/',
      headers: request.headers,
      body,
      index: index++,
    };
    const fault = await decide(proxied);
    counts[fault] += 1;
    switch (fault) {
      case 'http-500':
        return envelope(response, 500, 50000);
      case 'retryable-code':
        return envelope(response, 200, 50004);
      case 'rate-limit':
        return envelope(response, 429, 40300, { 'retry-after': retryAfter });
      case 'reset-before':
        request.socket.destroy();
        return;
      case 'hang':
        return;
      default:
        break;
    }
    const answer = await forward(proxied);
    forwarded += 1;
    for (const listener of listeners) listener(proxied, fault);
    if (fault === 'reset-after') {
      request.socket.destroy();
      return;
    }
    if (fault === 'lost-after') return;
    if (fault === 'rate-limit-after') return envelope(response, 429, 40300, { 'retry-after': retryAfter });
    const { 'transfer-encoding': _chunked, connection: _connection, ...headers } = answer.headers;
    response.writeHead(answer.status, { ...headers, 'content-length': answer.body.length });
    response.end(answer.body);
  }

  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      handle(request, response, Buffer.concat(chunks).toString('utf8')).catch(() => {
        // The upstream went away (a test closing it): the client sees a cut connection.
        request.socket.destroy();
      });
    });
  });
  server.keepAliveTimeout = 30_000;
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    counts,
    get forwarded() {
      return forwarded;
    },
    onForwarded(listener) {
      listeners.push(listener);
    },
    async close() {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      for (const socket of sockets) socket.destroy();
      agent.destroy();
      await closed;
    },
  };
}
