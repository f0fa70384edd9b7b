import { MemOSAbortError } from '../errors/index.ts';

/**
 * Whether a failure is worth another attempt: the error says so itself (`isRetryable`, set by the
 * MemOS error family on connection errors, timeouts, 408/409/429/5xx and retryable MemOS codes).
 * Aborts, schema failures and invalid requests carry `isRetryable: false` or none.
 *
 * @example
 * isRetryable(new MemOSTimeoutError('slow', { timeoutMs: 800 })); // true
 */
export function isRetryable(error: unknown): boolean {
  return (
    typeof error === 'object' && error !== null && (error as { isRetryable?: unknown }).isRetryable === true
  );
}

/** How `backoffDelayMs` spaces retries. */
export interface BackoffPolicy {
  /** Ceiling of the first retry's delay; it doubles per retry. */
  readonly baseDelayMs: number;
  /** Cap on one computed delay. */
  readonly maxDelayMs: number;
  /** Cap on a delay the server asked for (`Retry-After`). @default maxDelayMs */
  readonly maxRetryAfterMs?: number;
  /** The random source of the jitter, in [0, 1). @default Math.random */
  readonly random?: () => number;
}

/**
 * Delay before retry number `retry` (0 for the first retry): the server's `retryAfterMs` when the
 * error carries one (capped), else full jitter in [0, min(maxDelayMs, baseDelayMs × 2^retry)]. The one
 * backoff of the package: the client's request retries and the writer's write retries both use it.
 *
 * @example
 * backoffDelayMs(3, error, { baseDelayMs: 1000, maxDelayMs: 30_000 }); // 0..8000, or Retry-After
 */
export function backoffDelayMs(
  retry: number,
  error: unknown,
  { baseDelayMs, maxDelayMs, maxRetryAfterMs = maxDelayMs, random = Math.random }: BackoffPolicy,
): number {
  const retryAfterMs = (error as { retryAfterMs?: unknown } | null | undefined)?.retryAfterMs;
  if (typeof retryAfterMs === 'number' && retryAfterMs >= 0) return Math.min(retryAfterMs, maxRetryAfterMs);
  return Math.floor(random() * Math.min(maxDelayMs, baseDelayMs * 2 ** retry));
}

/**
 * Waits `delayMs`, but rejects with `MemOSAbortError` the moment any of `signals` aborts; the timer
 * and the listeners are removed either way.
 *
 * @example
 * await sleep(500, [callerSignal]);
 */
export function sleep(delayMs: number, signals: readonly (AbortSignal | undefined)[] = []): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const active = signals.filter((signal): signal is AbortSignal => signal !== undefined);
    const aborted = () => new MemOSAbortError('MemOS request aborted while waiting to retry');
    if (active.some((signal) => signal.aborted)) {
      reject(aborted());
      return;
    }
    const onAbort = () => {
      clearTimeout(timer);
      for (const signal of active) signal.removeEventListener('abort', onAbort);
      reject(aborted());
    };
    const timer = setTimeout(() => {
      for (const signal of active) signal.removeEventListener('abort', onAbort);
      resolve();
    }, delayMs);
    for (const signal of active) signal.addEventListener('abort', onAbort, { once: true });
  });
}
