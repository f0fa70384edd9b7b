/** Options of the writer's circuit breaker (`writer.circuitBreaker`). */
export interface WriteBreakerOptions {
  /** Consecutive failed attempts (retryable failures: down, timing out, 5xx, 429) that open it. @default 5 */
  failureThreshold?: number | undefined;
  /** First pause before one probe write is let through; doubles after each failed probe. @default 1000 */
  coolDownMs?: number | undefined;
  /** Cap on the pause. @default 30000 */
  maxCoolDownMs?: number | undefined;
}

/**
 * A consecutive-failure breaker for background writes: while MemOS is known down the writer sends
 * nothing (queued writes wait, their retries unspent) instead of keeping every concurrency slot busy
 * with requests bound to time out; after a pause exactly one write probes. Its success closes the
 * breaker, its failure doubles the pause (up to a cap). Unlike recall's breaker the first pause is
 * short: writes lose nothing by waiting, and a short pause costs little when faults are sporadic.
 *
 * @example
 * const breaker = createWriteBreaker({ failureThreshold: 5 });
 * if (breaker.canSend()) { breaker.onSend(); send().then(breaker.onSuccess, breaker.onFailure); }
 */
export function createWriteBreaker({
  failureThreshold = 5,
  coolDownMs = 1000,
  maxCoolDownMs = 30_000,
}: WriteBreakerOptions = {}) {
  let failures = 0;
  let openUntil: number | undefined;
  let pauseMs = coolDownMs;
  let probing = false;

  return {
    /** `closed`: writes go; `open`: writes wait; `half-open`: the pause is over or a probe is out. */
    get state(): 'closed' | 'open' | 'half-open' {
      if (openUntil === undefined) return 'closed';
      return probing || Date.now() >= openUntil ? 'half-open' : 'open';
    },
    /** When an open breaker lets the next probe through (epoch ms), `undefined` when closed. */
    get reopensAt(): number | undefined {
      return openUntil;
    },
    /** Whether a write may start now. */
    canSend(): boolean {
      if (openUntil === undefined) return true;
      return !probing && Date.now() >= openUntil;
    },
    /** A write starts; in half-open state it is the probe. */
    onSend(): void {
      if (openUntil !== undefined) probing = true;
    },
    /** MemOS answered (a success, or a refusal that is not about its health): close. */
    onSuccess(): void {
      failures = 0;
      openUntil = undefined;
      pauseMs = coolDownMs;
      probing = false;
    },
    /** A retryable failure (MemOS down, slow, overloaded). */
    onFailure(): void {
      failures += 1;
      if (probing) {
        pauseMs = Math.min(pauseMs * 2, maxCoolDownMs);
        openUntil = Date.now() + pauseMs;
      } else if (openUntil === undefined && failures >= failureThreshold) {
        openUntil = Date.now() + pauseMs;
      }
      probing = false;
    },
    /** A write that says nothing about MemOS (aborted by close): frees the probe. */
    onNeutral(): void {
      probing = false;
    },
  };
}

/** The breaker `createWriteBreaker` returns. */
export type WriteBreaker = ReturnType<typeof createWriteBreaker>;
