import type { Identity, Memory } from 'memos-middleware';
import { APIUserAbortError, type OpenAI } from 'openai';

/** What every wrapped `create` of one `withMemOS` client shares, resolved once. */
export interface WrapperSettings {
  readonly memory: Memory;
  /** Ids given with an existing `memory` (the core holds the others). */
  readonly staticIdentity: Identity;
  /** The derived client whose resources are patched. */
  readonly client: OpenAI;
}

/**
 * How a request that failed before any result counts for the turn: `aborted` when the caller's
 * signal (or the SDK's abort) stopped it, else `error`. Both follow `onAbort`.
 *
 * @example
 * memory.capture(turn, { status: failureStatus(error, signal), text: '', error });
 */
export function failureStatus(error: unknown, signal: AbortSignal | undefined): 'aborted' | 'error' {
  const aborted =
    signal?.aborted === true ||
    error instanceof APIUserAbortError ||
    (error instanceof Error && error.name === 'AbortError');
  return aborted ? 'aborted' : 'error';
}
