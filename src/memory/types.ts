import type { MemoryBackend } from '../api/backend.ts';
import type { AddMessageRequest, MemOSFilter } from '../api/requests.ts';
import type {
  AbortPolicy,
  Identity,
  MemoryEventHooks,
  MemoryEvents,
  MemoryTemplate,
  Placement,
  RecallResult,
  Reply,
  Turn,
  WriterOptions,
} from '../types.ts';
import type { WriterCloseResult, WriterFlushResult, WriterWaitOptions } from '../writer/create-writer.ts';

/**
 * Options of `createMemory`. Every adapter accepts these.
 *
 * @example
 * const memory = createMemory({ backend: new MemOSClient(), recallTimeoutMs: 800, placement: 'user' });
 */
export interface MemoryOptions extends Identity {
  /** Where memories live. @default MemOSClient when MEMOS_API_KEY or MEMOS_BASE_URL is set, else the local engine */
  backend?: MemoryBackend | undefined;
  /** Recall budget; the search is abandoned after this. @default 1500 */
  recallTimeoutMs?: number;
  /** Facts to recall (`memory_limit_number`). @default 9 */
  memoryLimit?: number;
  /** Preferences to recall (`preference_limit_number`). @default 9 */
  preferenceLimit?: number;
  /** Recall preferences. @default true */
  includePreferences?: boolean;
  /** Recall tool memories into their own section. @default false */
  includeToolMemory?: boolean;
  /** Relevance floor 0–1; items below it are dropped. @default 0.45 */
  relativity?: number;
  /** MemOS search filter (§4.5 of the API). */
  filter?: MemOSFilter | undefined;
  /** Knowledge bases searched with the user's memory. */
  knowledgebaseIds?: string[] | undefined;
  /** Where the block goes. @default 'system' */
  placement?: Placement;
  /** Custom block renderer. */
  template?: MemoryTemplate | undefined;
  /** Cap on the whole block, in characters. @default 4000 */
  maxBlockChars?: number;
  /** Cap on one memory's text, in characters. @default 500 */
  maxItemChars?: number;
  /** Render the current time into the block (breaks byte-stability). @default false */
  includeCurrentTime?: boolean;
  /** `'open'`: recall failures yield no memories; `'throw'`: they reject. @default 'open' */
  failMode?: 'open' | 'throw';
  /** Decides whether a query is worth a search (after the built-in trivial-turn rule). */
  shouldRecall?: ((query: string) => boolean) | undefined;
  /** Store tool calls and results too. @default false */
  includeToolCalls?: boolean;
  /** Store files and images as MemOS parts instead of `[image]`/`[file: name]` placeholders. @default false */
  includeFiles?: boolean;
  /** Cut of a stored tool result, in characters. @default 2000 */
  maxToolResultChars?: number;
  /**
   * Cap on the text of one captured turn, in characters (at least 100): past it the longest texts are
   * cut to one allowance, each keeping its end behind a `[… N characters cut …]` mark, so a big paste
   * is stored rather than refused by MemOS's request limit. @default 20000
   */
  maxTurnChars?: number;
  /** Policy for aborted or failed replies. @default 'user-only' */
  onAbort?: AbortPolicy;
  /** Extra fields for every `addMessage` (tags, info, async_mode, allow_public...). */
  addDefaults?: Partial<Omit<AddMessageRequest, 'messages' | 'user_id' | 'conversation_id'>> | undefined;
  /** Resolves identity from the adapter's context; merged over static ids, under per-call ids. */
  resolveIdentity?: ((context: unknown) => Identity | undefined | Promise<Identity | undefined>) | undefined;
  /**
   * Keeps background writes alive on serverless hosts (Next.js `after`, Vercel's or Cloudflare's
   * `waitUntil`): given each write, and from the adapters, when a reply starts, the promise of that
   * turn's write. Without it, the platform's own when the host puts one on globalThis (Vercel).
   */
  waitUntil?: ((promise: Promise<unknown>) => void) | undefined;
  /** Told of every failure, including the ones recall falls open on. */
  onError?: ((event: MemoryEvents['error']) => void) | undefined;
  onRecall?: ((event: MemoryEvents['recall']) => void) | undefined;
  onCapture?: ((event: MemoryEvents['capture']) => void) | undefined;
  onWrite?: ((event: MemoryEvents['write']) => void) | undefined;
  onDrop?: ((event: MemoryEvents['drop']) => void) | undefined;
  /** Told once which backend was chosen when `backend` was not passed. */
  onInfo?: ((event: MemoryEvents['info']) => void) | undefined;
  /**
   * Where failures are said while no `onError` (nor an `error` listener) handles them: one `warn`
   * line per kind of failure (phase and error name), with the cause's name and message only. `false`
   * silences it.
   * @default globalThis.console
   */
  logger?: false | { warn(message: string): void } | undefined;
  /** Tool memories to recall (`tool_memory_limit_number`) when `includeToolMemory`. @default 6 */
  toolMemoryLimit?: number;
  /**
   * Per-turn recall cache: the model calls of one turn (a tool loop) share one search. Entries are
   * keyed by user, conversation and query, and dropped when the turn is captured.
   * @default { maxEntries: 500, ttlMs: 300000 }
   */
  recallCache?: { maxEntries?: number; ttlMs?: number } | undefined;
  /**
   * Skips recall for `coolDownMs` after `failureThreshold` consecutive failures, then lets one probe through.
   * @default { failureThreshold: 5, coolDownMs: 30000 }
   */
  circuitBreaker?: { failureThreshold?: number; coolDownMs?: number } | undefined;
  /** Background writer tuning. */
  writer?: WriterOptions | undefined;
}

/**
 * The framework-free memory core every adapter calls.
 *
 * @example
 * const memory = createMemory({ backend });
 * const { block } = await memory.recall(turn);
 * memory.capture(turn, { status: 'complete', text: reply });
 */
export interface Memory {
  /**
   * Searches (once per turn) and renders the block. Never rejects in fail-open mode except with a
   * `MemOSConfigError` (no `userId`, no usable backend): those are programming errors, not outages.
   */
  recall(turn: Turn): Promise<RecallResult>;
  /**
   * Builds the turn's delta and enqueues its write; returns at once. Throws `MemOSConfigError` when the
   * turn has no `userId` (with an async `resolveIdentity`, that error goes to `onError` instead).
   */
  capture(turn: Turn, reply: Reply): void;
  /**
   * Resolves when everything captured so far is settled (written or dropped), or when `timeoutMs` ran
   * out (the writes go on in the background), with what is still pending.
   */
  flush(options?: WriterWaitOptions): Promise<WriterFlushResult>;
  /**
   * Hands `promise` to the host's `waitUntil` (the option, else the platform's), so a serverless
   * function lives until it settles. Adapters call it when a reply starts, with the promise of the
   * turn's write: a client that disconnects then cannot end the function before the turn is stored.
   * Never throws: a failing `waitUntil` is an `error` event (phase `'keep-alive'`).
   */
  keepAlive(promise: Promise<unknown>): void;
  /**
   * Flushes, then releases the backend. With `timeoutMs` it returns by then: what is left stays in the
   * outbox (when there is one) or goes to `onDrop` (reason `'closed'`), and the result counts both.
   */
  close(options?: WriterWaitOptions): Promise<WriterCloseResult>;
  /** Subscribe to recall/capture/write/error/drop. */
  readonly events: MemoryEventHooks;
  /** The backend in use. */
  readonly backend: MemoryBackend;
  /** The resolved placement, for adapters. */
  readonly placement: Placement;
}
