import type { Memory } from 'memos-middleware';

/**
 * How long a stream may go unread (nobody asking for its next part) before its promise is released:
 * a route that neither consumes the stream nor passes an abort signal stalls the model stream once its
 * client left (AI SDK 7 keeps a replay branch and applies backpressure), and the host must not wait
 * for that answer until its own time limit. A stream that is being read, however slowly the model
 * answers, is never released.
 */
export const UNREAD_RELEASE_MS = 10_000;

/** What a model call reports to the promise `keepTurnAlive` registered for it. */
export interface TurnKeepAlive {
  /** The call ended with a capture (enqueued now): the promise settles once it is written or dropped. */
  captured(): void;
  /** The call ended with nothing to store (the turn goes on to tools): the promise settles now. */
  released(): void;
  /** Whether the stream's reader is waiting for a part; unread for `unreadReleaseMs`, the promise settles. */
  demand(waiting: boolean): void;
}

/**
 * Registers, as a model call starts, one promise with the host's `waitUntil` (`memory.keepAlive`):
 * it settles when the call's capture has been written (or dropped), so a serverless function whose
 * client disconnected mid-stream lives until the turn is stored. Registering at the end would be too
 * late: on hosts with request cancellation a disconnect ends the function, and only promises
 * registered by then survive. The first report wins; a stream nobody reads for `unreadReleaseMs`
 * releases it (the capture, if it comes later, is still written and handed to `waitUntil` then).
 *
 * @example
 * const alive = keepTurnAlive(memory);
 * memory.capture(turn, reply);
 * alive.captured();
 */
export function keepTurnAlive(
  memory: Memory,
  { unreadReleaseMs = UNREAD_RELEASE_MS }: { unreadReleaseMs?: number } = {},
): TurnKeepAlive {
  let settle!: () => void;
  const settled = new Promise<void>((resolve) => {
    settle = resolve;
  });
  // Optional: a Memory from an older copy of the package has no keepAlive.
  memory.keepAlive?.(settled);
  let reported = false;
  let unread: ReturnType<typeof setTimeout> | undefined;
  const report = (then: () => void) => {
    if (reported) return;
    reported = true;
    clearTimeout(unread);
    then();
  };
  return {
    // Everything captured so far, this turn included: a bounded superset of this turn's write.
    captured: () => report(() => memory.flush().then(settle, settle)),
    released: () => report(settle),
    demand(waiting) {
      clearTimeout(unread);
      if (waiting || reported) return;
      unread = setTimeout(() => report(settle), unreadReleaseMs);
      // Never what keeps a process running.
      (unread as { unref?: () => void }).unref?.();
    },
  };
}
