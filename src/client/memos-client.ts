import type { z } from 'zod';
import type { MemoryBackend, RequestOptions } from '../api/backend.ts';
import { jsonDepthExceeds, MAX_JSON_DEPTH } from '../api/json-depth.ts';
import type {
  AddFeedbackRequest,
  AddMessageRequest,
  DeleteMemoryRequest,
  GetMemoryRequest,
  GetMessageRequest,
  GetStatusRequest,
  SearchMemoryRequest,
  UpdateMemoryRequest,
} from '../api/requests.ts';
import type {
  AddMessageData,
  GetMemoryData,
  GetMessageData,
  GetStatusData,
  MemoryByIdData,
  SearchMemoryData,
  TaskData,
} from '../api/responses.ts';
import { MemOSConfigError, MemOSInvalidRequestError } from '../errors/index.ts';
import { isRetryable, sleep } from '../retry/backoff.ts';
import { ENDPOINTS, type EndpointSpec } from './endpoints.ts';
import {
  checkRequestOptions,
  type MemOSClientOptions,
  requireApiKey,
  resolveClientOptions,
} from './options.ts';
import { redactSecret } from './redact.ts';
import { sendAttempt } from './request.ts';
import { toIssues } from './response.ts';
import { retryDelayMs } from './retry.ts';
import { createFetchTransport, createUndiciTransport, type Transport } from './transport.ts';

/**
 * The MemOS Cloud HTTP client. Takes and returns the MemOS wire shapes (snake_case), validates requests
 * before sending, retries what is safe to retry, and never lets the API key into an error.
 *
 * @example
 * const client = new MemOSClient(); // MEMOS_API_KEY from the environment
 * const { memory_detail_list } = await client.searchMemory({ user_id: 'u-42', query: 'Where do I live?' });
 */
export class MemOSClient implements MemoryBackend {
  /** Base URL requests go to, without a trailing slash. */
  readonly baseURL: string;
  /** Default budget of one attempt, in milliseconds. */
  readonly timeoutMs: number;
  /** Default retries after the first attempt. */
  readonly maxRetries: number;
  #apiKey: string | undefined;
  readonly #headers: Readonly<Record<string, string>>;
  readonly #transport: Transport;
  readonly #lifetime = new AbortController();
  readonly #inFlight = new Set<Promise<void>>();
  #state: 'open' | 'closing' | 'closed' = 'open';

  constructor(options: MemOSClientOptions = {}) {
    const resolved = resolveClientOptions(options);
    this.baseURL = resolved.baseURL;
    this.timeoutMs = resolved.timeoutMs;
    this.maxRetries = resolved.maxRetries;
    this.#apiKey = resolved.apiKey;
    this.#headers = Object.fromEntries(
      Object.entries(resolved.headers)
        .map(([name, value]) => [name.toLowerCase(), value] as const)
        .filter(([name]) => name !== 'authorization'),
    );
    this.#transport = resolved.fetch
      ? createFetchTransport(resolved.fetch)
      : createUndiciTransport({ dispatcher: resolved.dispatcher });
  }

  /** Adds raw messages; MemOS turns them into memories (asynchronously by default). A write. */
  addMessage(body: AddMessageRequest, options?: RequestOptions): Promise<AddMessageData> {
    return this.#call(ENDPOINTS.addMessage, body, options);
  }
  /** The user's memories relevant to `query`: facts, preferences, tool memories, and a preference note. */
  searchMemory(body: SearchMemoryRequest, options?: RequestOptions): Promise<SearchMemoryData> {
    return this.#call(ENDPOINTS.searchMemory, body, options);
  }
  /** The raw messages of one conversation (normalised to `{ message_detail_list }`). */
  getMessage(body: GetMessageRequest, options?: RequestOptions): Promise<GetMessageData> {
    return this.#call(ENDPOINTS.getMessage, body, options);
  }
  /** A page of one user's (or agent's) memories. */
  getMemory(body: GetMemoryRequest, options?: RequestOptions): Promise<GetMemoryData> {
    return this.#call(ENDPOINTS.getMemory, body, options);
  }
  /** One memory by id (`GET /get/memory/{id}`). */
  getMemoryById(memoryId: string, options?: RequestOptions): Promise<MemoryByIdData> {
    return this.#call(ENDPOINTS.getMemoryById, { memory_id: memoryId }, options);
  }
  /** Deletes memories by id, or all of one user's or agent's. A write. */
  deleteMemory(body: DeleteMemoryRequest, options?: RequestOptions): Promise<TaskData> {
    return this.#call(ENDPOINTS.deleteMemory, body, options);
  }
  /** Edits a memory's content, title or status. A write. */
  updateMemory(body: UpdateMemoryRequest, options?: RequestOptions): Promise<TaskData> {
    return this.#call(ENDPOINTS.updateMemory, body, options);
  }
  /** A natural-language correction of the user's memories. A write. */
  addFeedback(body: AddFeedbackRequest, options?: RequestOptions): Promise<TaskData> {
    return this.#call(ENDPOINTS.addFeedback, body, options);
  }
  /** The state of an async task from `addMessage` or `addFeedback` (normalised to one object). */
  getStatus(body: GetStatusRequest, options?: RequestOptions): Promise<GetStatusData> {
    return this.#call(ENDPOINTS.getStatus, body, options);
  }

  /** Stops taking calls, waits for the ones in flight (retries included), then closes the client's sockets. */
  async close(): Promise<void> {
    if (this.#state === 'open') this.#state = 'closing';
    await Promise.all(this.#inFlight);
    await this.#transport.close();
    this.#state = 'closed';
  }

  /** Stops taking calls, aborts the ones in flight (they reject with `MemOSAbortError`) and drops the sockets. */
  async destroy(): Promise<void> {
    this.#state = 'closed';
    this.#lifetime.abort();
    await this.#transport.destroy();
  }

  /** What `JSON.stringify` shows: the settings, never the key. */
  toJSON(): Record<string, unknown> {
    return {
      baseURL: this.baseURL,
      timeoutMs: this.timeoutMs,
      maxRetries: this.maxRetries,
      transport: this.#transport.kind,
    };
  }

  /** What `util.inspect` / `console.log` show: the settings, never the key. */
  [Symbol.for('nodejs.util.inspect.custom')](): string {
    return `MemOSClient ${JSON.stringify(this.toJSON())}`;
  }

  #call<Data extends z.ZodType>(
    spec: EndpointSpec<z.ZodType, Data>,
    body: unknown,
    options: RequestOptions = {},
  ): Promise<z.output<Data>> {
    const result = this.#run(spec, body, options);
    const settled = result.then(
      () => {},
      () => {},
    );
    this.#inFlight.add(settled);
    void settled.then(() => this.#inFlight.delete(settled));
    return result;
  }

  async #run<Data extends z.ZodType>(
    spec: EndpointSpec<z.ZodType, Data>,
    body: unknown,
    options: RequestOptions,
  ): Promise<z.output<Data>> {
    if (this.#state !== 'open') {
      throw new MemOSConfigError(`MemOSClient.${spec.name} called after close() or destroy()`);
    }
    let apiKey: string | undefined;
    let keyError: unknown;
    try {
      apiKey = requireApiKey(this.#apiKey, this.baseURL);
    } catch (error) {
      keyError = error;
    }
    checkRequestOptions(options, apiKey ?? '');
    if (keyError !== undefined) throw keyError;
    if (apiKey !== undefined) this.#apiKey = apiKey;
    // Redaction needs a string; a tokenless server has no secret to scrub.
    const secret = apiKey ?? '';
    if (jsonDepthExceeds(body)) {
      const message = `nested deeper than ${MAX_JSON_DEPTH} levels`;
      throw new MemOSInvalidRequestError(`Invalid ${spec.name} request: ${message}`, {
        issues: [{ path: '', message }],
      });
    }
    const parsed = spec.request.safeParse(body);
    if (!parsed.success) {
      // Paths too: a field name (a key of `info`, say) can be anything the caller put there.
      const issues = toIssues(parsed.error).map((issue) => ({
        path: redactSecret(issue.path, secret),
        message: redactSecret(issue.message, secret),
      }));
      const summary = issues.map((issue) => (issue.path ? `${issue.path}: ${issue.message}` : issue.message));
      throw new MemOSInvalidRequestError(`Invalid ${spec.name} request: ${summary.join('; ')}`, { issues });
    }
    const data = parsed.data as Record<string, unknown>;
    const path =
      spec.method === 'GET'
        ? spec.path.replace('{memory_id}', encodeURIComponent(String(data.memory_id)))
        : spec.path;
    const headers: Record<string, string> = {
      ...this.#headers,
      accept: 'application/json',
      ...(apiKey === undefined ? {} : { authorization: `Token ${apiKey}` }),
    };
    if (spec.method === 'POST') headers['content-type'] = 'application/json';
    // One key per logical write, kept across its retries, so the server can apply it at most once.
    if (spec.write) headers['idempotency-key'] = options.idempotencyKey ?? globalThis.crypto.randomUUID();
    const request = {
      method: spec.method,
      url: `${this.baseURL}${path}`,
      headers,
      body: spec.method === 'POST' ? JSON.stringify(data) : undefined,
    };
    const maxRetries = options.maxRetries ?? this.maxRetries;
    const timeoutMs = options.timeoutMs ?? this.timeoutMs;
    const lifetime = this.#lifetime.signal;
    for (let retry = 0; ; retry++) {
      try {
        return await sendAttempt({
          spec,
          transport: this.#transport,
          request,
          timeoutMs,
          signal: options.signal,
          lifetime,
          secret,
        });
      } catch (error) {
        if (retry >= maxRetries || !isRetryable(error)) throw error;
        const retryAfterMs = (error as { retryAfterMs?: number | undefined }).retryAfterMs;
        await sleep(retryDelayMs(retry, retryAfterMs), [options.signal, lifetime]);
      }
    }
  }
}
