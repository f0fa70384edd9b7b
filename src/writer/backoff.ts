/**
 * Whether a failed write is worth another attempt: the error says so itself (`isRetryable`, set by
 * the MemOS error family on connection errors, timeouts, 408/409/429/5xx and retryable codes).
 *
 * @example
 * isRetryable(new MemOSTimeoutError('slow', { timeoutMs: 800 })); // true
 */
export function isRetryable(error: unknown): boolean {
  return (
    typeof error === 'object' && error !== null && (error as { isRetryable?: unknown }).isRetryable === true
  );
}

/**
 * Delay before retry number `retry` (0-based): the server's `retryAfterMs` when the error carries
 * one, else full jitter in [0, min(maxDelayMs, baseDelayMs × 2^retry)].
 *
 * @example
 * writeRetryDelayMs(error, 3, { baseDelayMs: 1000, maxDelayMs: 30_000 }); // 0..8000
 */
export function writeRetryDelayMs(
  error: unknown,
  retry: number,
  {
    baseDelayMs,
    maxDelayMs,
    random = Math.random,
  }: { baseDelayMs: number; maxDelayMs: number; random?: () => number },
): number {
  const retryAfterMs = (error as { retryAfterMs?: unknown } | null)?.retryAfterMs;
  if (typeof retryAfterMs === 'number' && retryAfterMs >= 0) return Math.min(retryAfterMs, maxDelayMs);
  return Math.floor(random() * Math.min(maxDelayMs, baseDelayMs * 2 ** retry));
}
