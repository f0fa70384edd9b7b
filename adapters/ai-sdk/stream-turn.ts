import type { Reply } from 'memos-middleware';
import type { MemOSProviderMetadata } from './memories-metadata.ts';
import type { FinishReasonLike, PartLike } from './model-spec.ts';
import { tapStream } from './tap-stream.ts';
import { replyStatusOf, withMemosMetadata } from './turn-reply.ts';

/** What ends a streamed step, as the core's reply (without the steps, which the caller knows). */
export type StreamReply = Omit<Reply, 'steps'>;

/**
 * Taps one streamed step: collects the text, puts `providerMetadata.memos` on the `finish` part, and
 * reports how the step ended exactly once: `onReply` on the finish part, or when the stream is
 * cancelled, fails, errors, ends without a finish, or the call's signal aborts first; `onContinue`
 * when the finish part asks for tools (the turn goes on in the next step). The parts pass through
 * untouched and undelayed.
 *
 * @example
 * const stream = tapStreamedStep(result.stream, { signal, metadata, onReply: (reply) => memory.capture(turn, reply), onContinue });
 */
export function tapStreamedStep<Part extends PartLike>(
  source: ReadableStream<Part>,
  {
    signal,
    metadata,
    onReply,
    onContinue,
    onDemand,
  }: {
    signal: AbortSignal | undefined;
    metadata: MemOSProviderMetadata;
    onReply: (reply: StreamReply) => void;
    onContinue?: (() => void) | undefined;
    /** Whether the reader is waiting for a part (see `StreamTap.onDemand`). */
    onDemand?: ((waiting: boolean) => void) | undefined;
  },
): ReadableStream<Part> {
  let text = '';
  let streamError: unknown;
  let settled = false;
  const settle = (reply: Omit<StreamReply, 'text'> | undefined) => {
    if (settled) return;
    settled = true;
    signal?.removeEventListener('abort', onAbort);
    if (reply === undefined) onContinue?.();
    else onReply({ ...reply, text });
  };
  const endOfAnswer = (): Omit<StreamReply, 'text'> =>
    streamError === undefined ? { status: 'complete' } : { status: 'error', error: streamError };
  // An abort between two parts is captured at once, even if the reader never cancels (AI SDK 6 keeps
  // reading a model stream that ignores the signal).
  const onAbort = () => settle({ status: 'aborted', error: signal?.reason });
  if (signal?.aborted) onAbort();
  else signal?.addEventListener('abort', onAbort, { once: true });

  return tapStream(source, {
    onDemand,
    onPart(part) {
      if (part.type === 'text-delta') text += String((part as { delta?: unknown }).delta ?? '');
      else if (part.type === 'error') streamError = (part as { error?: unknown }).error;
      else if (part.type === 'finish') {
        const status = replyStatusOf((part as { finishReason?: FinishReasonLike }).finishReason);
        if (status === 'continue') settle(undefined);
        else settle(streamError === undefined ? { status } : { status: 'error', error: streamError });
        return withMemosMetadata(part as Part & { readonly providerMetadata?: unknown }, metadata);
      }
      return part;
    },
    onEnd(outcome) {
      if (outcome.status === 'cancelled') settle({ status: 'aborted', error: outcome.reason });
      else if (outcome.status === 'failed') settle({ status: 'error', error: outcome.error });
      else settle(endOfAnswer());
    },
  });
}
