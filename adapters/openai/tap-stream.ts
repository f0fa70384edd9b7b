import type { Stream } from 'openai/core/streaming';

/**
 * How a tapped stream ended: read to its end (`done`), stopped by its reader (`aborted`: a `break`,
 * `controller.abort()`, a cancelled `toReadableStream()`), or failed (`failed`).
 *
 * @example
 * const outcome: StreamEnd = { status: 'aborted', reason: new Error('client left') };
 */
export type StreamEnd =
  | { readonly status: 'done' }
  | { readonly status: 'aborted'; readonly reason: unknown }
  | { readonly status: 'failed'; readonly error: unknown };

/**
 * What `tapOpenAIStream` calls.
 *
 * @example
 * const observer: StreamObserver<ChatCompletionChunk> = { onItem: (chunk) => collect(chunk), onEnd: (end) => capture(end) };
 */
export interface StreamObserver<Item> {
  /** Sees every item on its way to the reader. */
  readonly onItem: (item: Item) => void;
  /** Called exactly once, when the stream ends, is stopped, or fails. */
  readonly onEnd: (end: StreamEnd) => void;
}

type StreamClass<Item> = new (
  iterator: () => AsyncIterator<Item>,
  controller: AbortController,
  client?: unknown,
) => Stream<Item>;

/**
 * The SDK's stream, observed: a new instance of the same `Stream` class over the same `controller`,
 * so `controller.abort()`, `tee()`, `toReadableStream()` and `instanceof Stream` behave as without
 * us, and every item passes as soon as it is read. The end is reported once: when the items run out,
 * when the reader stops early (its `break` runs the iterator's `finally`; the SDK then aborts the
 * request), when the controller aborts (even while nobody reads), or when the stream throws.
 *
 * @example
 * const tapped = tapOpenAIStream(stream, client, { onItem: (chunk) => (text += chunk.choices[0]?.delta.content ?? ''), onEnd });
 */
export function tapOpenAIStream<Item>(
  source: Stream<Item>,
  client: unknown,
  observer: StreamObserver<Item>,
): Stream<Item> {
  const { controller } = source;
  let ended = false;
  const end = (outcome: StreamEnd) => {
    if (ended) return;
    ended = true;
    controller.signal.removeEventListener('abort', onAbort);
    observer.onEnd(outcome);
  };
  const aborted = (): StreamEnd => ({ status: 'aborted', reason: controller.signal.reason });
  const onAbort = () => end(aborted());
  if (controller.signal.aborted) onAbort();
  else controller.signal.addEventListener('abort', onAbort, { once: true });

  async function* observed(): AsyncGenerator<Item> {
    let finished = false;
    try {
      for await (const item of source) {
        observer.onItem(item);
        yield item;
      }
      finished = true;
    } catch (error) {
      end(controller.signal.aborted ? aborted() : { status: 'failed', error });
      throw error;
    } finally {
      // The SDK's stream ends quietly when its controller aborts: that is a stop, not an end.
      end(finished && !controller.signal.aborted ? { status: 'done' } : aborted());
    }
  }
  const Tapped = source.constructor as StreamClass<Item>;
  return new Tapped(observed, controller, client);
}
