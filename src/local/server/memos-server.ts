import { createServer, type IncomingMessage, type ServerResponse, STATUS_CODES } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { MemOSConfigError } from '../../errors/index.ts';
import { errorReply, httpStatusForCode, okReply, SERVER_CODES, type ServerReply } from './envelope.ts';
import { API_PREFIX, createRouter, requestPath, type ServedBackend } from './routes.ts';
import { createTokenCheck } from './token-auth.ts';

/**
 * One line of the server's log: a request served, or an error it hid behind a generic 50000.
 *
 * @example
 * const logger = (entry: MemOSServerLogEntry) => { if (entry.level === 'error') report(entry.error); };
 */
export interface MemOSServerLogEntry {
  readonly level: 'info' | 'error';
  readonly message: string;
  readonly method?: string;
  readonly path?: string;
  readonly status?: number;
  readonly code?: number;
  readonly durationMs?: number;
  /** The original error of an unexpected failure (never sent to the client). */
  readonly error?: unknown;
}

/**
 * Options of `createMemOSServer`.
 *
 * @example
 * const options: MemOSServerOptions = { backend: new LocalMemOS(), token: 's3cret', maxBodyBytes: 256 * 1024 };
 */
export interface MemOSServerOptions {
  /** What the server exposes: a `LocalMemOS`, a `MemOSClient`, any `MemoryBackend`. */
  backend: ServedBackend;
  /** When set, every API request needs `Authorization: Token <token>`. @default undefined (open) */
  token?: string | undefined;
  /** Largest request body accepted, in bytes; larger gets HTTP 413, code 40305. @default 1 MiB */
  maxBodyBytes?: number;
  /**
   * `'envelope'`: business errors answer HTTP 200 with a non-zero `code`, as MemOS Cloud does.
   * `'http'`: they also get a matching HTTP status (400, 401, 404, 429, 500...).
   * @default 'envelope'
   */
  errorStatus?: 'envelope' | 'http';
  /** After `close()`, connections still open this long are cut. @default 10000 */
  shutdownTimeoutMs?: number;
  /** How long an idle keep-alive connection stays open between requests. @default 5000 */
  keepAliveTimeoutMs?: number;
  /**
   * Most time to receive a request's headers, and then its body; past it the answer is HTTP 408 in the
   * envelope (code 40000) and the connection is closed. A client trickling bytes cannot hold it long.
   * @default 10000
   */
  requestTimeoutMs?: number;
  /** Most connections open at once; more are closed as they arrive. @default 256 */
  maxConnections?: number;
  /** Hears each request and each unexpected error. Tokens and bodies are never logged. */
  logger?: ((entry: MemOSServerLogEntry) => void) | undefined;
}

/**
 * A running (or ready) MemOS-compatible server.
 *
 * @example
 * const server: MemOSServer = createMemOSServer({ backend });
 * const { baseURL } = await server.listen(0);
 * await server.close();
 */
export interface MemOSServer {
  /** Starts listening; port 0 picks a free one. Loopback unless told otherwise. */
  listen(port?: number, host?: string): Promise<{ url: string; baseURL: string; port: number; host: string }>;
  /** Stops accepting, lets in-flight requests finish, closes idle keep-alive sockets. */
  close(): Promise<void>;
}

const REQUIRED_METHODS = ['addMessage', 'searchMemory', 'getMessage', 'getMemory', 'deleteMemory'] as const;

function checkOptions({
  backend,
  token,
  maxBodyBytes,
  shutdownTimeoutMs,
  keepAliveTimeoutMs,
  requestTimeoutMs,
  maxConnections,
}: MemOSServerOptions): void {
  const record = backend as unknown as Record<string, unknown> | undefined;
  const missing = REQUIRED_METHODS.filter((name) => typeof record?.[name] !== 'function');
  if (missing.length > 0) throw new MemOSConfigError(`backend is missing ${missing.join(', ')}`);
  if (token !== undefined && (token.length === 0 || /\s/.test(token))) {
    throw new MemOSConfigError('token must be a non-empty string without spaces');
  }
  if (maxBodyBytes !== undefined && !(Number.isInteger(maxBodyBytes) && maxBodyBytes > 0)) {
    throw new MemOSConfigError('maxBodyBytes must be a positive integer');
  }
  if (shutdownTimeoutMs !== undefined && !(shutdownTimeoutMs >= 0)) {
    throw new MemOSConfigError('shutdownTimeoutMs must be >= 0');
  }
  if (
    keepAliveTimeoutMs !== undefined &&
    !(Number.isInteger(keepAliveTimeoutMs) && keepAliveTimeoutMs >= 0)
  ) {
    throw new MemOSConfigError('keepAliveTimeoutMs must be an integer >= 0');
  }
  if (requestTimeoutMs !== undefined && !(Number.isInteger(requestTimeoutMs) && requestTimeoutMs > 0)) {
    throw new MemOSConfigError('requestTimeoutMs must be a positive integer');
  }
  if (maxConnections !== undefined && !(Number.isInteger(maxConnections) && maxConnections > 0)) {
    throw new MemOSConfigError('maxConnections must be a positive integer');
  }
}

// What Node reports for a request it could not parse, or that took too long, and our answer to it.
function clientErrorReply(code: string | undefined): { status: number; message: string } {
  if (code === 'ERR_HTTP_REQUEST_TIMEOUT') return { status: 408, message: 'Request not received in time' };
  if (code === 'HPE_HEADER_OVERFLOW') return { status: 431, message: 'Request headers too large' };
  return { status: 400, message: 'Malformed HTTP request' };
}

/**
 * Serves a backend as the MemOS Cloud API (`/api/openmem/v1/...`, same envelope and error codes), so
 * `MemOSClient` and the official MemOS clients can point at it.
 *
 * @example
 * const server = createMemOSServer({ backend: new LocalMemOS(), token: process.env.MEMOS_TOKEN });
 * const { baseURL } = await server.listen(8000);
 * const client = new MemOSClient({ apiKey: process.env.MEMOS_TOKEN, baseURL });
 */
export function createMemOSServer(options: MemOSServerOptions): MemOSServer {
  checkOptions(options);
  const {
    backend,
    token,
    maxBodyBytes = 1024 * 1024,
    errorStatus = 'envelope',
    shutdownTimeoutMs = 10_000,
    keepAliveTimeoutMs = 5_000,
    requestTimeoutMs = 10_000,
    maxConnections = 256,
    logger,
  } = options;
  const route = createRouter({
    backend,
    authorize: createTokenCheck(token),
    maxBodyBytes,
    bodyTimeoutMs: requestTimeoutMs,
  });
  let closing: Promise<void> | undefined;

  const log = (entry: MemOSServerLogEntry) => {
    try {
      logger?.(entry);
    } catch {
      // A failing logger must not take a request down with it.
    }
  };

  function send(response: ServerResponse, reply: ServerReply): void {
    if (response.headersSent || response.destroyed) return;
    const status =
      errorStatus === 'http' && reply.status === 200 && reply.body.code !== 0
        ? httpStatusForCode(reply.body.code)
        : reply.status;
    const payload = JSON.stringify(reply.body);
    response.writeHead(status, {
      'content-type': 'application/json; charset=utf-8',
      'content-length': Buffer.byteLength(payload),
      ...reply.headers,
      ...(closing ? { connection: 'close' } : {}),
    });
    response.end(payload);
  }

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const started = performance.now();
    const controller = new AbortController();
    // The caller hung up: tell the backend, it may stop early.
    response.on('close', () => {
      if (!response.writableFinished) controller.abort();
    });
    const idempotencyKey = request.headers['idempotency-key'];
    const requestOptions = {
      signal: controller.signal,
      ...(typeof idempotencyKey === 'string' ? { idempotencyKey } : {}),
    };
    let reply: ServerReply;
    let failure: unknown;
    try {
      reply = okReply((await route(request, requestOptions)) ?? null);
    } catch (error) {
      const outcome = errorReply(error);
      reply = outcome.reply;
      // A caller that hung up mid-request is not a server fault: nothing to report.
      const hungUp = controller.signal.aborted || request.readableAborted;
      if (outcome.unexpected && !hungUp) failure = error;
    }
    send(response, reply);
    const path = requestPath(request.url) ?? '(invalid target)';
    const fields = {
      method: request.method ?? 'GET',
      path,
      status: response.statusCode,
      code: reply.body.code,
    };
    const durationMs = performance.now() - started;
    if (failure !== undefined)
      log({ level: 'error', message: 'unexpected error', ...fields, durationMs, error: failure });
    log({ level: 'info', message: 'request', ...fields, durationMs });
  }

  const server = createServer(
    {
      keepAliveTimeout: keepAliveTimeoutMs,
      // Node answers an HTTP/1.1 request without Host itself (a bare 400, around clientError); the
      // API has no use for Host, and a request it refuses gets an envelope from us.
      requireHostHeader: false,
      // Headers within requestTimeoutMs (Node answers through clientError below); the body's own
      // deadline is the router's, Node's request timeout only a backstop behind it.
      headersTimeout: requestTimeoutMs,
      requestTimeout: requestTimeoutMs * 2 + 1_000,
      connectionsCheckingInterval: Math.min(1_000, Math.max(100, Math.floor(requestTimeoutMs / 4))),
    },
    (request, response) => {
      handle(request, response).catch((error: unknown) => {
        log({ level: 'error', message: 'unexpected error', error });
        if (!response.headersSent) send(response, errorReply(error).reply);
        else response.destroy();
      });
    },
  );
  server.maxConnections = maxConnections;
  // Where Node lets us answer a request it could not take (malformed, too slow, headers too large),
  // the answer is an envelope too. Not once a response is under way, nor to a peer already gone.
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Socket) => {
    const responding = (socket as { _httpMessage?: { headersSent?: boolean } })._httpMessage?.headersSent;
    if (error.code === 'ECONNRESET' || !socket.writable || responding) {
      socket.destroy();
      return;
    }
    const { status, message } = clientErrorReply(error.code);
    const body = JSON.stringify({ code: SERVER_CODES.invalidRequest, data: null, message });
    socket.end(
      `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\ncontent-type: application/json; charset=utf-8\r\n` +
        `content-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`,
    );
    log({ level: 'info', message: 'malformed request', status, code: SERVER_CODES.invalidRequest });
  });
  // Once closing, a keep-alive socket goes as soon as its current response is out.
  server.on('request', (_request, response: ServerResponse) => {
    response.on('finish', () => {
      if (closing) server.closeIdleConnections();
    });
  });

  return {
    listen(port = 0, host = '127.0.0.1') {
      if (closing) return Promise.reject(new MemOSConfigError('the server is closed'));
      return new Promise((resolve, reject) => {
        const onError = (error: NodeJS.ErrnoException) => {
          const reason =
            error.code === 'EADDRINUSE'
              ? 'is already in use'
              : `cannot be used (${error.code ?? error.message})`;
          reject(new MemOSConfigError(`Address ${host}:${port} ${reason}`, { cause: error }));
        };
        server.once('error', onError);
        server.listen(port, host, () => {
          server.off('error', onError);
          const address = server.address() as AddressInfo;
          const hostPart = address.family === 'IPv6' ? `[${address.address}]` : address.address;
          const url = `http://${hostPart}:${address.port}`;
          resolve({ url, baseURL: `${url}${API_PREFIX}`, port: address.port, host: address.address });
        });
      });
    },
    close() {
      closing ??= new Promise<void>((resolve, reject) => {
        if (!server.listening) return resolve();
        const force = setTimeout(() => server.closeAllConnections(), shutdownTimeoutMs);
        force.unref();
        server.close((error) => {
          clearTimeout(force);
          if (error) reject(error);
          else resolve();
        });
        server.closeIdleConnections();
      });
      return closing;
    },
  };
}
