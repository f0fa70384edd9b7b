import type { IncomingMessage } from 'node:http';
import type { z } from 'zod';
import type { MemoryBackend, RequestOptions } from '../../api/backend.ts';
import {
  type AddFeedbackRequest,
  AddFeedbackRequestSchema,
  AddMessageRequestSchema,
  DeleteMemoryRequestSchema,
  GetMemoryByIdRequestSchema,
  GetMemoryRequestSchema,
  GetMessageRequestSchema,
  type GetStatusRequest,
  GetStatusRequestSchema,
  SearchMemoryRequestSchema,
  UpdateMemoryRequestSchema,
} from '../../api/requests.ts';
import { MemOSInvalidRequestError } from '../../errors/index.ts';
import { SERVER_CODES, ServerRequestError } from './envelope.ts';
import { readJsonBody } from './read-json-body.ts';

/**
 * The MemOS Cloud path prefix the server answers under.
 *
 * @example
 * const baseURL = `http://127.0.0.1:8000${API_PREFIX}`;
 */
export const API_PREFIX = '/api/openmem/v1';

/**
 * A backend the server can expose: any `MemoryBackend`, plus `getStatus` / `addFeedback` when it has
 * them (their routes exist only then).
 *
 * @example
 * const backend: ServedBackend = new LocalMemOS({ path: ':memory:' });
 */
export interface ServedBackend extends MemoryBackend {
  getStatus?(body: GetStatusRequest, options?: RequestOptions): Promise<unknown>;
  addFeedback?(body: AddFeedbackRequest, options?: RequestOptions): Promise<unknown>;
}

type PostHandler = (body: Record<string, unknown>, options: RequestOptions) => Promise<unknown>;

// The official Python client sends every optional field, null when unset; MemOS tolerates that, so
// top-level nulls count as absent before the (strict) request schema runs.
function validate<T extends z.ZodType>(schema: T, body: Record<string, unknown>): z.output<T> {
  const present = Object.fromEntries(Object.entries(body).filter(([, value]) => value !== null));
  const result = schema.safeParse(present);
  if (result.success) return result.data;
  const issues = result.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
  throw new MemOSInvalidRequestError('Invalid request parameters', { issues });
}

function postHandlers(backend: ServedBackend): Map<string, PostHandler> {
  const handlers = new Map<string, PostHandler>([
    ['/add/message', (body, options) => backend.addMessage(validate(AddMessageRequestSchema, body), options)],
    [
      '/search/memory',
      (body, options) => backend.searchMemory(validate(SearchMemoryRequestSchema, body), options),
    ],
    ['/get/message', (body, options) => backend.getMessage(validate(GetMessageRequestSchema, body), options)],
    ['/get/memory', (body, options) => backend.getMemory(validate(GetMemoryRequestSchema, body), options)],
    [
      '/delete/memory',
      (body, options) => backend.deleteMemory(validate(DeleteMemoryRequestSchema, body), options),
    ],
  ]);
  const { updateMemory, getStatus, addFeedback } = backend;
  if (updateMemory) {
    handlers.set('/update/memory', (body, options) =>
      updateMemory.call(backend, validate(UpdateMemoryRequestSchema, body), options),
    );
  }
  if (getStatus) {
    handlers.set('/get/status', (body, options) =>
      getStatus.call(backend, validate(GetStatusRequestSchema, body), options),
    );
  }
  if (addFeedback) {
    handlers.set('/add/feedback', (body, options) =>
      addFeedback.call(backend, validate(AddFeedbackRequestSchema, body), options),
    );
  }
  return handlers;
}

/**
 * The path of a request target (origin form `/a/b?q`, or absolute form `http://host/a/b`), or
 * `undefined` when it cannot be parsed (`http://[::1/`, `//`): a client mistake, not a server fault.
 *
 * @example
 * requestPath('/api/openmem/v1/search/memory?x=1'); // '/api/openmem/v1/search/memory'
 */
export function requestPath(target: string | undefined): string | undefined {
  try {
    return new URL(target ?? '/', 'http://localhost').pathname;
  } catch {
    return undefined;
  }
}

const notFound = (method: string, path: string) =>
  new ServerRequestError(404, SERVER_CODES.notFound, `Unknown endpoint: ${method} ${path}`);
const wrongMethod = (method: string, path: string, allowed: 'GET' | 'POST') =>
  new ServerRequestError(
    405,
    SERVER_CODES.invalidRequest,
    `Method ${method} not allowed on ${path}; use ${allowed}`,
    {
      allow: allowed,
    },
  );

/**
 * Builds the request router: resolves method and path, checks the token, reads and validates the body,
 * calls the backend and returns its `data` (errors are thrown, the server renders them).
 *
 * @example
 * const route = createRouter({ backend, authorize, maxBodyBytes: 1_048_576 });
 * const data = await route(request, { signal });
 */
export function createRouter({
  backend,
  authorize,
  maxBodyBytes,
  bodyTimeoutMs = Number.POSITIVE_INFINITY,
}: {
  backend: ServedBackend;
  authorize: (headers: IncomingMessage['headers']) => void;
  maxBodyBytes: number;
  /** Most time to receive a request body once its headers are in (HTTP 408 past it). */
  bodyTimeoutMs?: number;
}) {
  const posts = postHandlers(backend);
  const { getMemoryById } = backend;

  return async function route(request: IncomingMessage, options: RequestOptions): Promise<unknown> {
    const method = request.method ?? 'GET';
    const rawPath = requestPath(request.url);
    if (rawPath === undefined) {
      throw new ServerRequestError(400, SERVER_CODES.invalidRequest, 'Invalid request target', {
        connection: 'close',
      });
    }
    const path = rawPath.length > 1 && rawPath.endsWith('/') ? rawPath.slice(0, -1) : rawPath;

    if (path === '/health') {
      if (method !== 'GET' && method !== 'HEAD') throw wrongMethod(method, path, 'GET');
      return { status: 'ok' };
    }
    if (!path.startsWith(`${API_PREFIX}/`)) throw notFound(method, path);
    authorize(request.headers);

    const endpoint = path.slice(API_PREFIX.length);
    const byId = /^\/get\/memory\/([^/]+)$/.exec(endpoint);
    if (byId && getMemoryById) {
      if (method !== 'GET') throw wrongMethod(method, path, 'GET');
      let memoryId: string;
      try {
        memoryId = decodeURIComponent(byId[1]!);
      } catch {
        throw new ServerRequestError(
          200,
          SERVER_CODES.invalidRequest,
          'Invalid request parameters: bad memory id encoding',
        );
      }
      const { memory_id } = validate(GetMemoryByIdRequestSchema, { memory_id: memoryId });
      return getMemoryById.call(backend, memory_id, options);
    }
    const handler = posts.get(endpoint);
    if (!handler) throw notFound(method, path);
    if (method !== 'POST') throw wrongMethod(method, path, 'POST');
    const body = await readJsonBody(request, maxBodyBytes, bodyTimeoutMs);
    return handler(body, options);
  };
}
