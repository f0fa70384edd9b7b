/**
 * How a tapped stream ended.
 *
 * @example
 * const outcome: StreamOutcome = { status: 'cancelled', reason: new Error('client left') };
 */
export type StreamOutcome =
  | { readonly status: 'done' }
  | { readonly status: 'cancelled'; readonly reason: unknown }
  | { readonly status: 'failed'; readonly error: unknown };

/**
 * What `tapStream` calls.
 *
 * @example
 * const tap: StreamTap<string> = { onPart: (part) => part.toUpperCase(), onEnd: (outcome) => log(outcome.status) };
 */
export interface StreamTap<Part> {
  /** Sees every part on its way through and returns the part to pass on (usually the same one). */
  readonly onPart: (part: Part) => Part;
  /** Called exactly once, when the stream is done, cancelled by its reader, or fails upstream. */
  readonly onEnd: (outcome: StreamOutcome) => void;
  /**
   * Told `true` when the reader asks for the next part and `false` once it has it (or the stream is
   * over): a reader that stops asking has paused, or left without cancelling.
   */
  readonly onDemand?: ((waiting: boolean) => void) | undefined;
}

/**
 * Passes a stream through part by part, observing it. Unlike a `TransformStream` whose `flush` is
 * skipped on cancel (vercel/next.js#76013), the end is always reported, and a reader's cancel is told
 * apart from an upstream failure. Each part is handed on as soon as it is read: no buffering, no delay.
 *
 * @example
 * const stream = tapStream(result.stream, { onPart: (part) => part, onEnd: (outcome) => log(outcome.status) });
 */
export function tapStream<Part>(
  source: ReadableStream<Part>,
  { onPart, onEnd, onDemand }: StreamTap<Part>,
): ReadableStream<Part> {
  const reader = source.getReader();
  let ended = false;
  const end = (outcome: StreamOutcome) => {
    if (ended) return;
    ended = true;
    onEnd(outcome);
  };
  return new ReadableStream<Part>(
    {
      async pull(controller) {
        onDemand?.(true);
        let next: ReadableStreamReadResult<Part>;
        try {
          next = await reader.read();
        } catch (error) {
          onDemand?.(false);
          end({ status: 'failed', error });
          controller.error(error);
          return;
        }
        onDemand?.(false);
        if (next.done) {
          end({ status: 'done' });
          controller.close();
          return;
        }
        controller.enqueue(onPart(next.value));
      },
      async cancel(reason) {
        end({ status: 'cancelled', reason });
        await reader.cancel(reason);
      },
    },
    // Pull only when the reader asks: the source keeps its own backpressure.
    { highWaterMark: 0 },
  );
}
