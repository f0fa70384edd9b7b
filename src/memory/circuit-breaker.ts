/** Options of `createCircuitBreaker`. */
export interface CircuitBreakerOptions {
  /** Consecutive failures that open the circuit. @default 5 */
  failureThreshold?: number;
  /** How long an open circuit skips calls before letting one probe through, in milliseconds. @default 30000 */
  coolDownMs?: number;
}

/** `closed`: calls go through; `open`: calls are skipped; `half-open`: one probe is out. */
export type CircuitState = 'closed' | 'open' | 'half-open';

/**
 * A consecutive-failure circuit breaker for recall: when MemOS is known to be down, skipping the
 * search costs zero latency instead of a full timeout on every turn. After the cool-down exactly one
 * call probes; its success closes the circuit, its failure opens it for another cool-down.
 *
 * @example
 * const breaker = createCircuitBreaker({ failureThreshold: 5, coolDownMs: 30_000 });
 * if (!breaker.tryAcquire()) return skip();
 * try { await search(); breaker.onSuccess(); } catch { breaker.onFailure(); }
 */
export function createCircuitBreaker({
  failureThreshold = 5,
  coolDownMs = 30_000,
}: CircuitBreakerOptions = {}) {
  let failures = 0;
  let openedAt: number | undefined;
  let probing = false;

  return {
    get state(): CircuitState {
      if (openedAt === undefined) return 'closed';
      return probing || Date.now() - openedAt >= coolDownMs ? 'half-open' : 'open';
    },
    /** Consecutive failures counted so far. */
    get failures(): number {
      return failures;
    },
    /** Whether a call may go ahead now; in half-open state only the first caller gets the probe. */
    tryAcquire(): boolean {
      if (openedAt === undefined) return true;
      if (probing || Date.now() - openedAt < coolDownMs) return false;
      probing = true;
      return true;
    },
    onSuccess(): void {
      failures = 0;
      openedAt = undefined;
      probing = false;
    },
    onFailure(): void {
      failures += 1;
      if (probing || failures >= failureThreshold) openedAt = Date.now();
      probing = false;
    },
    /** Ends a call that says nothing about the service (caller aborted, request refused as invalid). */
    release(): void {
      probing = false;
    },
  };
}

/** The breaker `createCircuitBreaker` returns. */
export type CircuitBreaker = ReturnType<typeof createCircuitBreaker>;
