import type { DatabaseSync } from 'node:sqlite';
import type { MemoryBackend, RequestOptions } from '../api/backend.ts';
import { DEFAULTS } from '../api/limits.ts';
import {
  type AddMessageRequest,
  AddMessageRequestSchema,
  type DeleteMemoryRequest,
  DeleteMemoryRequestSchema,
  GetMemoryByIdRequestSchema,
  type GetMemoryRequest,
  GetMemoryRequestSchema,
  type GetMessageRequest,
  GetMessageRequestSchema,
  type GetStatusRequest,
  GetStatusRequestSchema,
  type SearchMemoryRequest,
  SearchMemoryRequestSchema,
  type UpdateMemoryRequest,
  UpdateMemoryRequestSchema,
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
import { createAPIError, MemOSConfigError, MemOSInvalidRequestError } from '../errors/index.ts';
import { addMessages } from './add-messages.ts';
import { createEmbedder, type Embedder } from './embeddings/embedder.ts';
import { LOCAL_ERROR_CODES, notFound, parseRequest, throwIfAborted } from './errors.ts';
import type { AppliedChanges } from './extraction/apply-extraction.ts';
import { createRuleExtractor } from './extraction/rule-extractor.ts';
import type { Extractor } from './extraction/types.ts';
import { type LocalMemOSOptions, validateLocalOptions } from './local-options.ts';
import { listMemories } from './search/list-memories.ts';
import { createSearch } from './search/search-memories.ts';
import {
  createIdempotencyStore,
  type IdempotencyStore,
  type RememberedAnswer,
  requestFingerprint,
} from './store/idempotency-store.ts';
import { createMemoryStore, type MemoryStore } from './store/memory-store.ts';
import { createMessageStore, type MessageStore, subjectOf } from './store/message-store.ts';
import { migrate } from './store/migrations.ts';
import { DEFAULT_DATABASE_PATH, openDatabase } from './store/open-database.ts';
import { createStatementCache, inReadTransaction, inTransaction } from './store/statement-cache.ts';
import { toMemoryById } from './store/wire-shapes.ts';

export type { LocalMemOSOptions } from './local-options.ts';

const MAX_TASKS = 1000;

/**
 * The embedded MemOS: the cloud API's methods and wire shapes, in-process, on SQLite. Extraction is
 * synchronous, so every add reports `status: 'completed'` and is searchable as soon as it resolves.
 *
 * @example
 * const memos = new LocalMemOS({ path: ':memory:' });
 * await memos.addMessage({ user_id: 'u1', conversation_id: 'c1', messages: [{ role: 'user', content: 'I live in Paris.' }] });
 * const { memory_detail_list } = await memos.searchMemory({ user_id: 'u1', query: 'Where do I live?' });
 */
export class LocalMemOS implements MemoryBackend {
  /** The database file (or `':memory:'`). */
  readonly path: string;
  readonly #database: DatabaseSync;
  readonly #messages: MessageStore;
  readonly #memories: MemoryStore;
  readonly #search: ReturnType<typeof createSearch>;
  readonly #statements: ReturnType<typeof createStatementCache>;
  readonly #extractor: Extractor;
  readonly #embedder: Embedder | undefined;
  readonly #now: () => number;
  readonly #tasks = new Map<string, AppliedChanges>();
  readonly #idempotency: IdempotencyStore;
  /** Adds running in this process, by `Idempotency-Key`: a repeat waits for the first. */
  readonly #addsInFlight = new Map<string, Promise<unknown>>();
  #closed = false;

  constructor(options: LocalMemOSOptions = {}) {
    validateLocalOptions(options);
    const {
      path = DEFAULT_DATABASE_PATH,
      extractor = createRuleExtractor(),
      embed,
      embeddings,
      now = Date.now,
      ranking,
      idempotency,
    } = options;
    this.path = path;
    this.#extractor = extractor;
    this.#embedder = createEmbedder({ embed, embeddings });
    this.#now = now;
    this.#database = openDatabase(path);
    try {
      migrate(this.#database);
    } catch (error) {
      this.#database.close();
      throw error;
    }
    this.#statements = createStatementCache(this.#database);
    this.#messages = createMessageStore(this.#database);
    this.#memories = createMemoryStore(this.#database);
    this.#idempotency = createIdempotencyStore(this.#database, idempotency);
    this.#search = createSearch({
      statements: this.#statements,
      memories: this.#memories,
      vectors: this.#embedder ? { model: this.#embedder.model } : undefined,
      weights: ranking,
      now: this.#now,
    });
  }

  #open(): void {
    if (this.#closed) throw new MemOSConfigError('This LocalMemOS is closed');
  }

  /**
   * Stores the messages and the memories extracted from them, in one transaction per call. With an
   * `idempotencyKey` (the server passes `Idempotency-Key` on), a repeat within the retention window
   * stores nothing and gets the first answer; the key reused for other content is refused (40000).
   */
  async addMessage(body: AddMessageRequest, options?: RequestOptions): Promise<AddMessageData> {
    this.#open();
    throwIfAborted(options?.signal);
    const request = parseRequest(AddMessageRequestSchema, body, '/add/message');
    const key = options?.idempotencyKey;
    if (key === undefined) return this.#add(request, options?.signal, undefined);
    if (!/^[\x21-\x7e]{1,255}$/.test(key)) {
      throw new MemOSInvalidRequestError('Invalid Idempotency-Key: 1 to 255 printable ASCII characters', {
        issues: [{ path: 'Idempotency-Key', message: 'must be 1 to 255 printable ASCII characters' }],
      });
    }
    const requestHash = requestFingerprint(request);
    for (let running = this.#addsInFlight.get(key); running; running = this.#addsInFlight.get(key)) {
      await running.catch(() => undefined);
    }
    this.#open();
    const known = this.#idempotency.lookup(key, this.#now());
    if (known) return this.#repeat(known, requestHash);
    const added = this.#add(request, options?.signal, { key, requestHash });
    this.#addsInFlight.set(key, added);
    try {
      return await added;
    } finally {
      if (this.#addsInFlight.get(key) === added) this.#addsInFlight.delete(key);
    }
  }

  #repeat(known: RememberedAnswer, requestHash: string): AddMessageData {
    if (known.requestHash !== requestHash) {
      throw createAPIError({
        status: 200,
        code: LOCAL_ERROR_CODES.invalidRequest,
        serverMessage: 'Idempotency-Key was already used for a different request',
        endpoint: '/add/message',
      });
    }
    return known.response;
  }

  async #add(
    request: AddMessageRequest,
    signal: AbortSignal | undefined,
    idempotency: { key: string; requestHash: string } | undefined,
  ): Promise<AddMessageData> {
    const taskId = crypto.randomUUID();
    const response: AddMessageData = { success: true, task_id: taskId, status: 'completed' };
    let claimedAt = 0;
    const claim = idempotency
      ? () => {
          claimedAt = this.#now();
          return this.#idempotency.claim(
            idempotency.key,
            { requestHash: idempotency.requestHash, response },
            claimedAt,
          );
        }
      : undefined;
    const changes = await addMessages(
      {
        database: this.#database,
        messages: this.#messages,
        memories: this.#memories,
        extractor: this.#extractor,
        embedder: this.#embedder,
        search: this.#search,
        now: this.#now,
      },
      request,
      signal,
      claim,
    );
    if (!changes) {
      // Another process stored this key between our look-up and our transaction.
      const known = idempotency && this.#idempotency.lookup(idempotency.key, claimedAt);
      if (known) return this.#repeat(known, idempotency.requestHash);
      throw createAPIError({
        status: 200,
        code: LOCAL_ERROR_CODES.operationFailed,
        serverMessage: 'the add was claimed by another writer and could not be read back',
        endpoint: '/add/message',
      });
    }
    this.#rememberTask(taskId, changes);
    return response;
  }

  #rememberTask(taskId: string, changes: AppliedChanges): void {
    this.#tasks.set(taskId, changes);
    if (this.#tasks.size > MAX_TASKS) this.#tasks.delete(this.#tasks.keys().next().value!);
  }

  /** The memories relevant to a query, for one user (or agent), in the cloud's shape. */
  async searchMemory(body: SearchMemoryRequest, options?: RequestOptions): Promise<SearchMemoryData> {
    this.#open();
    throwIfAborted(options?.signal);
    const request = parseRequest(SearchMemoryRequestSchema, body, '/search/memory');
    const vector = this.#embedder ? (await this.#embedder.embed([request.query]))[0] : undefined;
    throwIfAborted(options?.signal);
    return inReadTransaction(this.#database, () => this.#search(request, vector));
  }

  /** The last messages of one conversation, oldest first. */
  async getMessage(body: GetMessageRequest, options?: RequestOptions): Promise<GetMessageData> {
    this.#open();
    throwIfAborted(options?.signal);
    const request = parseRequest(GetMessageRequestSchema, body, '/get/message');
    const rows = this.#messages.tail(
      subjectOf({ userId: request.user_id }),
      request.conversation_id,
      request.message_limit_number ?? DEFAULTS.messageLimitNumber,
    );
    return {
      message_detail_list: rows.map((row) => ({
        role: row.role,
        content: row.text,
        chat_time: row.chat_time,
        create_time: row.create_time,
        update_time: row.create_time,
      })),
    } as GetMessageData;
  }

  /** One page of a user's (or agent's) memories, newest first, `size` per category. */
  async getMemory(body: GetMemoryRequest, options?: RequestOptions): Promise<GetMemoryData> {
    this.#open();
    throwIfAborted(options?.signal);
    const request = parseRequest(GetMemoryRequestSchema, body, '/get/memory');
    return listMemories(this.#statements, this.#memories, request);
  }

  /**
   * One memory by id. Like the cloud's `GET /get/memory/{id}` it takes no user: within one local store
   * (one "project") the random UUID is the capability; every user-scoped call stays isolated.
   */
  async getMemoryById(memoryId: string, options?: RequestOptions): Promise<MemoryByIdData> {
    this.#open();
    throwIfAborted(options?.signal);
    const { memory_id } = parseRequest(GetMemoryByIdRequestSchema, { memory_id: memoryId }, '/get/memory');
    const row = this.#memories.byId(memory_id);
    if (!row) throw notFound(LOCAL_ERROR_CODES.notFound, `memory ${memory_id} does not exist`, '/get/memory');
    return toMemoryById(row, this.#memories.sources([row.seq]).get(row.seq));
  }

  /** Deletes memories by id (all or nothing), or every memory of one user or agent. */
  async deleteMemory(body: DeleteMemoryRequest, options?: RequestOptions): Promise<TaskData> {
    this.#open();
    throwIfAborted(options?.signal);
    const request = parseRequest(DeleteMemoryRequestSchema, body, '/delete/memory');
    if (request.memory_ids) {
      const ids = [...new Set(request.memory_ids)];
      inTransaction(this.#database, () => {
        const found = new Set(this.#memories.byIds(ids).map((row) => row.id));
        const missing = ids.filter((id) => !found.has(id));
        if (missing.length > 0) {
          throw notFound(
            LOCAL_ERROR_CODES.memoryNotFound,
            `memory ${missing.join(', ')} does not exist`,
            '/delete/memory',
          );
        }
        this.#memories.deleteByIds(ids);
      });
      return { success: true };
    }
    const subject = subjectOf({ userId: request.user_id, agentId: request.agent_id });
    const deleted = inTransaction(this.#database, () => this.#memories.deleteBySubject(subject));
    if (deleted === 0 && !this.#messages.hasSubject(subject)) {
      throw notFound(
        LOCAL_ERROR_CODES.userNotFound,
        `${request.user_id !== undefined ? 'user' : 'agent'} does not exist`,
        '/delete/memory',
      );
    }
    return { success: true };
  }

  /** Edits a memory's content (re-indexed and re-embedded), title or status. */
  async updateMemory(body: UpdateMemoryRequest, options?: RequestOptions): Promise<TaskData> {
    this.#open();
    throwIfAborted(options?.signal);
    const request = parseRequest(UpdateMemoryRequestSchema, body, '/update/memory');
    const current = this.#memories.byId(request.memory_id);
    if (!current) {
      throw notFound(
        LOCAL_ERROR_CODES.memoryNotFound,
        `memory ${request.memory_id} does not exist`,
        '/update/memory',
      );
    }
    const vector =
      this.#embedder && request.content !== undefined
        ? (await this.#embedder.embed([request.content]))[0]
        : undefined;
    throwIfAborted(options?.signal);
    inTransaction(this.#database, () => {
      const row = this.#memories.byId(request.memory_id);
      if (!row)
        throw notFound(
          LOCAL_ERROR_CODES.memoryNotFound,
          `memory ${request.memory_id} does not exist`,
          '/update/memory',
        );
      if (request.content !== undefined) {
        const duplicate = this.#memories.findDuplicate(row.subject, row.kind, request.content);
        if (duplicate && duplicate.id !== row.id) {
          throw createAPIError({
            status: 200,
            code: LOCAL_ERROR_CODES.invalidRequest,
            serverMessage: `memory ${duplicate.id} already has this content`,
            endpoint: '/update/memory',
          });
        }
      }
      this.#memories.update(
        row,
        {
          ...(request.content === undefined ? {} : { value: request.content }),
          ...(request.title === undefined ? {} : { key: request.title }),
          ...(request.status === undefined ? {} : { status: request.status }),
        },
        this.#now(),
      );
      if (vector && this.#embedder) this.#memories.saveVector(row.seq, this.#embedder.model, vector);
    });
    return { success: true };
  }

  /** The status of an add: always `completed` here (extraction is synchronous), with what it changed. */
  async getStatus(body: GetStatusRequest, options?: RequestOptions): Promise<GetStatusData> {
    this.#open();
    throwIfAborted(options?.signal);
    const { task_id } = parseRequest(GetStatusRequestSchema, body, '/get/status');
    const changes = this.#tasks.get(task_id);
    if (!changes)
      throw notFound(LOCAL_ERROR_CODES.taskNotFound, `task ${task_id} does not exist`, '/get/status');
    return {
      task_id,
      status: 'completed',
      memory_views: {
        added: changes.added.length,
        updated: changes.updated.length,
        deleted: changes.retired.length,
      },
    } as GetStatusData;
  }

  /** Closes the database; later calls throw `MemOSConfigError`. Safe to call twice. */
  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    this.#database.close();
  }
}
