import { MemOSAbortError } from '../errors/index.ts';

/**
 * Backoff settings: exponential with full jitter, capped; `Retry-After` trusted up to `maxRetryAfterMs`.
 *
 * @example
 * RETRY_POLICY.maxDelayMs; // 8000
 */
export const RETRY_POLICY = {
  baseDelayMs: 250,
  maxDelayMs: 8_000,
  maxRetryAfterMs: 30_000,
} as const;

/**
 * Whether a failed attempt is worth another: connection errors, timeouts and API errors the factory
 * marked retryable (408/409/429/5xx, retryable MemOS codes). Aborts, schema failures and invalid
 * requests carry `isRetryable: false` or none, so they are never retried.
 *
 * @example
 * shouldRetry(new MemOSTimeoutError('slow', { timeoutMs: 800 })); // true
 */
export function shouldRetry(error: unknown): boolean {
  return (
    typeof error === 'object' && error !== null && (error as { isRetryable?: unknown }).isRetryable === true
  );
}

/**
 * The delay the server asked for, in milliseconds: `retry-after-ms`, then `Retry-After` as seconds or
 * an HTTP date. `undefined` when absent, unparsable or outside 0..30 s (then our own backoff applies).
 *
 * @example
 * parseRetryAfter((name) => ({ 'retry-after': '2' })[name]); // 2000
 */
export function parseRetryAfter(
  header: (name: string) => string | undefined,
  now: number = Date.now(),
): number | undefined {
  let delayMs: number | undefined;
  const milliseconds = header('retry-after-ms');
  if (milliseconds !== undefined && milliseconds.trim() !== '') {
    const value = Number(milliseconds);
    if (Number.isFinite(value)) delayMs = value;
  }
  const retryAfter = header('retry-after')?.trim();
  if (delayMs === undefined && retryAfter) {
    const seconds = Number(retryAfter);
    if (Number.isFinite(seconds)) delayMs = seconds * 1000;
    else {
      const date = Date.parse(retryAfter);
      if (Number.isFinite(date)) delayMs = date - now;
    }
  }
  if (delayMs === undefined || delayMs < 0 || delayMs > RETRY_POLICY.maxRetryAfterMs) return undefined;
  return Math.ceil(delayMs);
}

/**
 * How long to wait before retry number `retry` (0 for the first retry): the server's `Retry-After`
 * when it gave a usable one, else a random delay in [0, min(8 s, 250 ms × 2^retry)] (full jitter).
 *
 * @example
 * retryDelayMs(2, undefined); // somewhere in 0..1000
 */
export function retryDelayMs(
  retry: number,
  retryAfterMs: number | undefined,
  random: () => number = Math.random,
): number {
  if (retryAfterMs !== undefined) return retryAfterMs;
  const ceiling = Math.min(RETRY_POLICY.maxDelayMs, RETRY_POLICY.baseDelayMs * 2 ** retry);
  return Math.floor(random() * ceiling);
}

/**
 * Waits `delayMs`, but rejects with `MemOSAbortError` the moment any of `signals` aborts.
 *
 * @example
 * await sleep(500, [callerSignal]);
 */
export function sleep(delayMs: number, signals: readonly (AbortSignal | undefined)[]): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const active = signals.filter((signal): signal is AbortSignal => signal !== undefined);
    if (active.some((signal) => signal.aborted)) {
      reject(new MemOSAbortError('MemOS request aborted while waiting to retry'));
      return;
    }
    const onAbort = () => {
      clearTimeout(timer);
      for (const signal of active) signal.removeEventListener('abort', onAbort);
      reject(new MemOSAbortError('MemOS request aborted while waiting to retry'));
    };
    const timer = setTimeout(() => {
      for (const signal of active) signal.removeEventListener('abort', onAbort);
      resolve();
    }, delayMs);
    for (const signal of active) signal.addEventListener('abort', onAbort, { once: true });
  });
}
