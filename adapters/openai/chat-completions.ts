import { placeMemoryBlock, type Reply, type Turn, type TurnMessage } from 'memos-middleware';
import { splitMemosField } from './call-identity.ts';
import { type ChatMessageLike, chatPromptCodec } from './chat-codec.ts';
import { chatMessagesToTurn } from './chat-to-turn.ts';
import type { PreparedCall } from './deferred-create.ts';
import { isRecord, refuse } from './malformed.ts';
import { tapOpenAIStream } from './tap-stream.ts';
import { splitAtNewestUserMessage } from './turn-steps.ts';
import { failureStatus, type WrapperSettings } from './wrapper-settings.ts';

type Record_ = Readonly<Record<string, unknown>>;

/**
 * The first choice of a completion or a chunk (the one the turn is about; with `n > 1` only it is
 * kept): the one with index 0, or the first when a compatible server sends no index.
 */
const firstChoice = (result: unknown): Record_ | undefined => {
  const choices = isRecord(result) && Array.isArray(result.choices) ? (result.choices as unknown[]) : [];
  const indexed = choices.some((entry) => isRecord(entry) && typeof entry.index === 'number');
  const choice = indexed ? choices.find((entry) => isRecord(entry) && entry.index === 0) : choices[0];
  return isRecord(choice) ? choice : undefined;
};
const asksForTools = (finishReason: unknown) =>
  finishReason === 'tool_calls' || finishReason === 'function_call';

/** Collects a streamed completion's text and finish reason, and captures the turn when the stream ends. */
function tapChatStream(
  stream: unknown,
  settings: WrapperSettings,
  capture: (reply: Omit<Reply, 'steps'>) => void,
): unknown {
  let text = '';
  let finishReason: unknown;
  return tapOpenAIStream(stream as Parameters<typeof tapOpenAIStream>[0], settings.client, {
    onItem(chunk) {
      const choice = firstChoice(chunk);
      const delta = isRecord(choice?.delta) ? choice.delta : undefined;
      if (typeof delta?.content === 'string') text += delta.content;
      if (choice?.finish_reason !== undefined && choice.finish_reason !== null)
        finishReason = choice.finish_reason;
    },
    onEnd(end) {
      // The model asked for tools: the turn goes on in the next call (a runTools() loop).
      if (asksForTools(finishReason)) return;
      // Stopped after the last chunk said it was finished: the answer is whole.
      if (end.status === 'done' || finishReason !== undefined) capture({ status: 'complete', text });
      else if (end.status === 'aborted') capture({ status: 'aborted', text, error: end.reason });
      else capture({ status: 'error', text, error: end.error });
    },
  });
}

/**
 * The `prepare` of the wrapped `chat.completions.create`: reads the `memos` field (removed from the
 * params), recalls for the newest user message (once per turn: a tool loop's later calls hit the
 * core's cache), places the block in the system/developer message per the core's placement, and
 * says how to capture the turn: from the completion, or when the stream ends (its `break` and
 * `controller.abort()` follow `onAbort`); a completion asking for tools leaves the turn open.
 *
 * @example
 * const prepare = prepareChatCompletion(settings);
 * const { params, onResult } = await prepare({ model, messages, memos: { userId: 'u-1' } }, undefined);
 */
export function prepareChatCompletion(settings: WrapperSettings) {
  const { memory, staticIdentity } = settings;
  return async function prepare(body: unknown, options: unknown): Promise<PreparedCall> {
    if (!isRecord(body)) return refuse('the params of chat.completions.create', 'an object', body);
    const { identity, params } = splitMemosField(body);
    // A call marked `skip` is left alone (no user id needed): a title or a summary made on the side.
    if (identity.skip === true) return { params };
    const { conversation, steps } = splitAtNewestUserMessage(chatMessagesToTurn(params.messages));
    const signal = isRecord(options) && options.signal instanceof AbortSignal ? options.signal : undefined;
    const turn: Turn = { ...staticIdentity, ...identity, messages: conversation, signal, context: params };
    const recall = await memory.recall(turn);
    const messages = placeMemoryBlock(
      params.messages as readonly ChatMessageLike[],
      recall.block,
      memory.placement,
      chatPromptCodec,
    );
    const capture = (reply: Omit<Reply, 'steps'>) =>
      memory.capture(turn, { ...reply, steps: steps as readonly TurnMessage[] });
    return {
      params: { ...params, messages },
      onResult(result) {
        if (params.stream === true) return tapChatStream(result, settings, capture);
        const choice = firstChoice(result);
        if (asksForTools(choice?.finish_reason)) return result;
        const message = isRecord(choice?.message) ? choice.message : undefined;
        capture({ status: 'complete', text: typeof message?.content === 'string' ? message.content : '' });
        return result;
      },
      onFailure: (error) => capture({ status: failureStatus(error, signal), text: '', error }),
    };
  };
}
