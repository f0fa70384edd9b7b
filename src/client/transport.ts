import type { Dispatcher } from 'undici';
import { MemOSConfigError } from '../errors/index.ts';

/**
 * A `fetch` implementation: the platform's, or any edge runtime's.
 *
 * @example
 * new MemOSClient({ fetch: globalThis.fetch });
 */
export type FetchLike = (url: string, init: RequestInit) => Promise<Response>;

/**
 * One HTTP exchange as the client needs it; the body is always read whole (MemOS answers are small).
 *
 * @example
 * await transport.send({ method: 'POST', url, headers, body: '{}', signal });
 */
export interface TransportRequest {
  readonly method: 'GET' | 'POST';
  readonly url: string;
  readonly headers: Record<string, string>;
  readonly body: string | undefined;
  readonly signal: AbortSignal;
}

/**
 * The answer, body included.
 *
 * @example
 * const { status, text } = await transport.send(request);
 */
export interface TransportResponse {
  readonly status: number;
  /** A response header by lower-case name (the first value when repeated). */
  header(name: string): string | undefined;
  readonly text: string;
}

/**
 * Sends requests; `close()` lets in-flight ones finish, `destroy()` cuts them.
 *
 * @example
 * const transport: Transport = createUndiciTransport({});
 */
export interface Transport {
  readonly kind: 'fetch' | 'undici';
  send(request: TransportRequest): Promise<TransportResponse>;
  close(): Promise<void>;
  destroy(): Promise<void>;
}

/**
 * A transport over a caller's `fetch`, for edge runtimes. Never touches undici or any Node built-in.
 *
 * @example
 * const transport = createFetchTransport(globalThis.fetch);
 */
export function createFetchTransport(fetchImplementation: FetchLike): Transport {
  return {
    kind: 'fetch',
    async send({ method, url, headers, body, signal }) {
      const response = await fetchImplementation(url, { method, headers, body: body ?? null, signal });
      const text = await response.text();
      return {
        status: response.status,
        header: (name) => response.headers.get(name) ?? undefined,
        text,
      };
    },
    close: async () => {},
    destroy: async () => {},
  };
}

/**
 * A transport over undici with a keep-alive `Agent` (one per client, created on first use), or over
 * the caller's `dispatcher`. undici is loaded with a dynamic import so that importing the package never
 * loads it (or the Node built-ins it needs) when a `fetch` is supplied instead.
 *
 * @example
 * const transport = createUndiciTransport({}); // agent created on the first send
 */
export function createUndiciTransport({ dispatcher }: { dispatcher?: Dispatcher | undefined }): Transport {
  type Loaded = { request: typeof import('undici').request; dispatcher: Dispatcher; owned: boolean };
  let loading: Promise<Loaded> | undefined;
  let released = false;
  const load = () => {
    loading ??= import('undici').then(
      (undici) => ({
        request: undici.request,
        // Keep idle sockets a little longer than undici's 4 s default: chat turns are often seconds apart.
        dispatcher: dispatcher ?? new undici.Agent({ keepAliveTimeout: 10_000, keepAliveMaxTimeout: 60_000 }),
        owned: dispatcher === undefined,
      }),
      (error: unknown) => {
        loading = undefined;
        throw new MemOSConfigError(
          'MemOSClient could not load undici; on runtimes without it pass a fetch implementation ({ fetch })',
          { cause: error instanceof Error ? new Error(error.message) : undefined },
        );
      },
    );
    return loading;
  };
  const release = async (how: 'close' | 'destroy') => {
    if (!loading) return;
    const loaded = await loading;
    if (!loaded.owned || released) return;
    released = true;
    await (how === 'close' ? loaded.dispatcher.close() : loaded.dispatcher.destroy());
  };

  return {
    kind: 'undici',
    async send({ method, url, headers, body, signal }) {
      const { request, dispatcher: target } = await load();
      const response = await request(url, {
        method,
        headers,
        signal,
        dispatcher: target,
        ...(body === undefined ? {} : { body }),
      });
      const text = await response.body.text();
      // undici frees a keep-alive socket one event-loop turn after the response ends (client-h1.js,
      // "wait a full event loop cycle"); a call made sooner opens a second socket. Yield that turn so
      // back-to-back calls (a writer draining its queue) stay on one connection.
      await new Promise((resolve) =>
        typeof setImmediate === 'function' ? setImmediate(resolve) : setTimeout(resolve, 0),
      );
      return {
        status: response.statusCode,
        header(name) {
          const value = response.headers[name];
          return Array.isArray(value) ? value[0] : value;
        },
        text,
      };
    },
    close: () => release('close'),
    destroy: () => release('destroy'),
  };
}
