import type { Memory } from 'memos-middleware';

/** What a model call reports to the promise `keepTurnAlive` registered for it. */
export interface TurnKeepAlive {
  /** The call ended with a capture (enqueued now): the promise settles once it is written or dropped. */
  captured(): void;
  /** The call ended with nothing to store (the turn goes on to tools): the promise settles now. */
  released(): void;
}

/**
 * Registers, as a model call starts, one promise with the host's `waitUntil` (`memory.keepAlive`):
 * it settles when the call's capture has been written (or dropped), so a serverless function whose
 * client disconnected mid-stream lives until the turn is stored. Registering at the end would be too
 * late: on hosts with request cancellation a disconnect ends the function, and only promises
 * registered by then survive. The first report wins.
 *
 * @example
 * const alive = keepTurnAlive(memory);
 * memory.capture(turn, reply);
 * alive.captured();
 */
export function keepTurnAlive(memory: Memory): TurnKeepAlive {
  let settle!: () => void;
  const settled = new Promise<void>((resolve) => {
    settle = resolve;
  });
  // Optional: a Memory from an older copy of the package has no keepAlive.
  memory.keepAlive?.(settled);
  let reported = false;
  return {
    captured() {
      if (reported) return;
      reported = true;
      // Everything captured so far, this turn included: a bounded superset of this turn's write.
      memory.flush().then(settle, settle);
    },
    released() {
      if (reported) return;
      reported = true;
      settle();
    },
  };
}
