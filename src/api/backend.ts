import type {
  AddMessageRequest,
  DeleteMemoryRequest,
  GetMemoryRequest,
  GetMessageRequest,
  SearchMemoryRequest,
  UpdateMemoryRequest,
} from './requests.ts';
import type {
  AddMessageData,
  GetMemoryData,
  GetMessageData,
  MemoryByIdData,
  SearchMemoryData,
  TaskData,
} from './responses.ts';

/**
 * Per-request options, the second argument of every backend call.
 *
 * @example
 * await backend.searchMemory(body, { signal: request.signal, timeoutMs: 800 });
 */
export interface RequestOptions {
  /** Aborts the request (and its retries); the call rejects with `MemOSAbortError`. */
  signal?: AbortSignal | undefined;
  /** Time budget of one attempt, in milliseconds; overrides the client's `timeoutMs`. */
  timeoutMs?: number | undefined;
  /** Retries after the first attempt; overrides the client's `maxRetries`. */
  maxRetries?: number | undefined;
  /** Sent as `Idempotency-Key` on writes; the client makes one per logical call when absent. */
  idempotencyKey?: string | undefined;
}

/**
 * The part of the MemOS API the middleware uses, in MemOS wire shapes (snake_case). `MemOSClient`
 * implements it over HTTP, `LocalMemOS` in-process; any object with these methods can be a backend.
 *
 * @example
 * const memory = createMemory({ backend: new MemOSClient() });
 */
export interface MemoryBackend {
  /** Recall: the memories relevant to `query` for one user. */
  searchMemory(body: SearchMemoryRequest, options?: RequestOptions): Promise<SearchMemoryData>;
  /** Capture: raw messages to turn into memories. */
  addMessage(body: AddMessageRequest, options?: RequestOptions): Promise<AddMessageData>;
  /** The raw messages of one conversation. */
  getMessage(body: GetMessageRequest, options?: RequestOptions): Promise<GetMessageData>;
  /** A page of one user's memories. */
  getMemory(body: GetMemoryRequest, options?: RequestOptions): Promise<GetMemoryData>;
  /** Deletes memories by id, or all of one user's (or agent's). */
  deleteMemory(body: DeleteMemoryRequest, options?: RequestOptions): Promise<TaskData>;
  /** One memory by id. */
  getMemoryById?(memoryId: string, options?: RequestOptions): Promise<MemoryByIdData>;
  /** Edits a memory's content, title or status. */
  updateMemory?(body: UpdateMemoryRequest, options?: RequestOptions): Promise<TaskData>;
  /** Waits for in-flight work and releases resources. */
  close?(): Promise<void>;
}
