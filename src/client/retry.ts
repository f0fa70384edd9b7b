import { backoffDelayMs } from '../retry/backoff.ts';

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
 * How long the client waits before retry number `retry` (0 for the first retry): the server's
 * `Retry-After` when it gave a usable one, else a random delay in [0, min(8 s, 250 ms × 2^retry)].
 *
 * @example
 * retryDelayMs(2, undefined); // somewhere in 0..1000
 */
export function retryDelayMs(
  retry: number,
  retryAfterMs: number | undefined,
  random: () => number = Math.random,
): number {
  return backoffDelayMs(retry, { retryAfterMs }, { ...RETRY_POLICY, random });
}
