// Types shared by the core's folders (memory, prompt, writer) and the adapters. A leaf: it imports
// only wire types from `api/`, so no folder reaches back up for a type.
import type { AddMessageRequest } from './api/requests.ts';
import type { MemoryDetail, PreferenceDetail, ToolMemoryDetail } from './api/responses.ts';

/**
 * Who a turn belongs to. Travels with each call (never module state); adapters read it from
 * `providerOptions.memos`, LangChain `configurable`, or a per-call option.
 *
 * @example
 * const identity: Identity = { userId: 'u-42', conversationId: 'chat-7' };
 */
export interface Identity {
  /** The memory owner. Required: a turn without one is a `MemOSConfigError`. */
  userId?: string | undefined;
  /** Groups messages; MemOS boosts this conversation's memories on search. */
  conversationId?: string | undefined;
  /** Entity tag written with messages (MemOS `agent_id`). */
  agentId?: string | undefined;
  /** Entity tag written with messages (MemOS `app_id`). */
  appId?: string | undefined;
  /** Recall, but never write this turn. */
  readOnly?: boolean | undefined;
  /** Neither recall nor write this turn. */
  skip?: boolean | undefined;
}

/** A part of a neutral message. Adapters map their framework's parts into these. */
export type TurnPart =
  | { readonly type: 'text'; readonly text: string }
  | {
      readonly type: 'file';
      /** IANA media type, e.g. `image/png`, `application/pdf`. */
      readonly mediaType?: string | undefined;
      readonly filename?: string | undefined;
      /** An http(s) or data URL, when the file has one. */
      readonly url?: string | undefined;
      /** Base64 content, when the file is inline. */
      readonly data?: string | undefined;
    }
  | {
      readonly type: 'tool-call';
      readonly toolCallId: string;
      readonly toolName: string;
      readonly input: unknown;
    }
  | {
      readonly type: 'tool-result';
      readonly toolCallId: string;
      readonly toolName: string;
      readonly output: unknown;
      readonly isError?: boolean | undefined;
    };

/**
 * A message in the framework-neutral shape the core works on.
 *
 * @example
 * const message: TurnMessage = { role: 'user', parts: [{ type: 'text', text: 'I live in Lyon.' }] };
 */
export interface TurnMessage {
  readonly role: 'system' | 'user' | 'assistant' | 'tool';
  readonly parts: readonly TurnPart[];
}

/**
 * One model call's view of the conversation, with identity. `messages` is the whole prompt the
 * framework is about to send (the core finds the new user message and the delta itself).
 *
 * @example
 * await memory.recall({ userId: 'u-42', messages: [{ role: 'user', parts: [{ type: 'text', text: 'Hi' }] }] });
 */
export interface Turn extends Identity {
  readonly messages: readonly TurnMessage[];
  /** The caller's abort signal; recall gives up when it aborts. */
  readonly signal?: AbortSignal | undefined;
  /** When the turn happened; sent as `chat_time`. Defaults to now. */
  readonly time?: Date | number | undefined;
  /** Whatever the adapter has (AI SDK params, LangChain config); handed to `resolveIdentity`. */
  readonly context?: unknown;
}

/**
 * What the model produced for a turn, handed to `capture`.
 *
 * @example
 * memory.capture(turn, { status: 'complete', text: 'Lyon is lovely in May.' });
 */
export interface Reply {
  /** `complete`: finished normally; `aborted`: cancelled; `error`: the model call failed. */
  readonly status: 'complete' | 'aborted' | 'error';
  /** The final assistant text (partial when aborted). */
  readonly text: string;
  /** Tool calls and results produced during the turn, in order (kept only with `includeToolCalls`). */
  readonly steps?: readonly TurnMessage[] | undefined;
  readonly error?: unknown;
}

/** The memories a recall used, already filtered by `relativity` and ordered. */
export interface RecalledMemories {
  readonly facts: readonly MemoryDetail[];
  readonly preferences: readonly PreferenceDetail[];
  readonly toolMemories: readonly ToolMemoryDetail[];
  readonly preferenceNote: string | undefined;
}

/**
 * The outcome of `recall`: the block to inject (empty when none) and why.
 *
 * @example
 * const { block, source } = await memory.recall(turn); // source: 'search' | 'cache' | ...
 */
export interface RecallResult {
  /** The rendered memory block; `''` when there is nothing to inject. */
  readonly block: string;
  readonly memories: RecalledMemories;
  /** The search query used (the new user message, block stripped), if any. */
  readonly query: string | undefined;
  /**
   * Where the result came from. A search that answered: `search` (this call searched) or `cache` (it
   * reused a successful search of the same turn: a later step, a prefetch, a concurrent call). The
   * call ran without memory: `skipped` (trivial turn, `shouldRecall`, `skip`), `circuit-open` (MemOS
   * known down), `timeout` (the search ran past `recallTimeoutMs`), `error` (the search failed),
   * `aborted` (the caller's signal aborted before the search answered). A reused failure keeps its
   * kind; `cached` tells it apart.
   */
  readonly source: 'search' | 'cache' | 'skipped' | 'circuit-open' | 'timeout' | 'error' | 'aborted';
  /**
   * `true` when this call made no request of its own but reused another call's search, still running
   * or settled: with `cache` it reused memories; with `timeout` or `error` it reused that failure
   * (already told to `onError` once, by the call that searched). `false` otherwise.
   */
  readonly cached: boolean;
  /** The identity the turn resolved to. */
  readonly identity: Identity & { readonly userId: string };
  /** Time spent in recall, in milliseconds. */
  readonly durationMs: number;
}

/** Where the memory block goes in the prompt. */
export type Placement = 'system' | 'system-message' | 'user';

/** What happens to a turn whose reply was aborted or failed. */
export type AbortPolicy = 'user-only' | 'partial' | 'skip';

/** Renders the block from the search data; replaces the default `<memories>` renderer. */
export type MemoryTemplate = (
  memories: RecalledMemories,
  context: { readonly query: string | undefined },
) => string;

/** Events the core emits; subscribe with `memory.events.on(name, listener)`. */
export interface MemoryEvents {
  /** A recall finished (whatever the source). */
  recall: RecallResult;
  /** A turn was captured and its write enqueued (or why not). */
  capture: {
    readonly identity: Identity;
    readonly request: AddMessageRequest | undefined;
    readonly skipped?: 'read-only' | 'skip' | 'duplicate' | 'empty' | 'abort-policy' | undefined;
  };
  /** A write reached the backend. */
  write: { readonly request: AddMessageRequest; readonly attempts: number; readonly durationMs: number };
  /**
   * Something failed (recall fell open, a write was retried or dropped, the outbox failed, the host's
   * `waitUntil` threw: phase `'keep-alive'`, or an event listener threw: phase `'listener'`).
   */
  error: {
    readonly error: unknown;
    readonly phase: 'recall' | 'capture' | 'write' | 'outbox' | 'keep-alive' | 'listener';
  };
  /** A write failed for good or was pushed out by the queue limit; the request is given back. */
  drop: {
    readonly request: AddMessageRequest;
    readonly reason: 'failed' | 'overflow' | 'closed';
    readonly error?: unknown;
  };
  /** Said once: which backend was chosen when none was passed (cloud from `MEMOS_API_KEY`, or local). */
  info: { readonly message: string; readonly backend: 'cloud' | 'local' };
}

/** A tiny typed event hook set. */
export interface MemoryEventHooks {
  /** Subscribes; returns the function that unsubscribes. */
  on<K extends keyof MemoryEvents>(name: K, listener: (event: MemoryEvents[K]) => void): () => void;
}

/** Options of the background writer. */
export interface WriterOptions {
  /** Parallel `addMessage` requests across conversations. @default 4 */
  concurrency?: number;
  /** Most queued turns before the overflow policy applies. @default 1000 */
  maxQueue?: number;
  /** Consecutive turns of one conversation merged into one `addMessage` up to this many messages. @default 20 */
  maxBatchMessages?: number;
  /** Retries of a retryable failure, after the first attempt. @default 5 */
  maxRetries?: number;
  /** First retry delay ceiling (full jitter, doubling per retry); a server's `Retry-After` wins. @default 1000 */
  retryBaseDelayMs?: number;
  /** Cap on one retry delay. @default 30000 */
  retryMaxDelayMs?: number;
  /** Durable outbox: writes are journaled here before `capture` returns and replayed on start. */
  outbox?: { path: string } | undefined;
  /**
   * Pauses sending after `failureThreshold` consecutive retryable failures (MemOS down, timing out,
   * overloaded): queued writes wait with their retries unspent, one probe goes after `coolDownMs`
   * (doubling per failed probe up to `maxCoolDownMs`). `false` turns it off.
   * @default { failureThreshold: 5, coolDownMs: 1000, maxCoolDownMs: 30000 }
   */
  circuitBreaker?:
    | { failureThreshold?: number; coolDownMs?: number; maxCoolDownMs?: number }
    | false
    | undefined;
}
