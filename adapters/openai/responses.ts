import type { RecallResult, Reply, Turn, TurnMessage } from 'memos-middleware';
import { splitMemosField } from './call-identity.ts';
import type { PreparedCall } from './deferred-create.ts';
import { isRecord, refuse } from './malformed.ts';
import { type ChainKeys, type ChainLink, earlierMessages, type ResponseChains } from './response-chains.ts';
import { placeInResponsesRequest } from './responses-codec.ts';
import { responsesItemsToTurn, toolNamesOf } from './responses-to-turn.ts';
import { tapOpenAIStream } from './tap-stream.ts';
import { splitAtNewestUserMessage, toolSteps } from './turn-steps.ts';
import { failureStatus, type WrapperSettings } from './wrapper-settings.ts';

type Record_ = Readonly<Record<string, unknown>>;

const TOOL_CALLS = new Set(['function_call', 'custom_tool_call']);

function chainKeysOf(params: Record_): ChainKeys {
  const { previous_response_id: previous, conversation } = params;
  const conversationId =
    typeof conversation === 'string' ? conversation : isRecord(conversation) ? conversation.id : undefined;
  return {
    ...(typeof previous === 'string' && previous ? { previousResponseId: previous } : {}),
    ...(typeof conversationId === 'string' && conversationId ? { conversationId } : {}),
  };
}

/** The text of a response's message items (what the SDK puts in `output_text`). */
function outputTextOf(output: readonly unknown[]): string {
  return output
    .flatMap((item) =>
      isRecord(item) && item.type === 'message' && Array.isArray(item.content) ? item.content : [],
    )
    .map((part: unknown) =>
      isRecord(part) && part.type === 'output_text' && typeof part.text === 'string' ? part.text : '',
    )
    .join('');
}

/** One Responses turn in flight: what it is about, and how its response closes or continues it. */
interface ResponsesTurn {
  readonly turn: Turn;
  readonly steps: readonly TurnMessage[];
  readonly keys: ChainKeys;
  /** Who the turn resolved to: only this user may continue what its response leaves. */
  readonly userId: string;
}

/**
 * What a finished `response` object means for the turn: tool calls keep it open (recorded for the
 * call that sends their outputs), an answer closes it (captured), a failure or a cancel follows
 * `onAbort`; a background response that is still queued has no answer yet (the user's message
 * follows `onAbort`).
 */
function settleResponse(
  response: Record_,
  { turn, steps, keys, userId }: ResponsesTurn,
  { settings, chains }: { settings: WrapperSettings; chains: ResponseChains },
  streamedText: string,
): void {
  const output = Array.isArray(response.output) ? response.output : [];
  const id = typeof response.id === 'string' ? response.id : undefined;
  const capture = (reply: Omit<Reply, 'steps'>) => settings.memory.capture(turn, { ...reply, steps });
  if (response.status === 'failed') {
    capture({ status: 'error', text: '', error: response.error });
    return;
  }
  if (response.status === 'cancelled' || response.status === 'queued' || response.status === 'in_progress') {
    capture({ status: 'aborted', text: '' });
    return;
  }
  const toolNames = toolNamesOf(steps);
  const produced = responsesItemsToTurn(output, { where: 'response.output', toolNames });
  const position = turn.messages.length + steps.length + produced.length;
  if (output.some((item) => isRecord(item) && TOOL_CALLS.has(String(item.type)))) {
    chains.record(id, keys, {
      userId,
      position,
      pending: { conversation: turn.messages, steps: [...steps, ...toolSteps(produced)] },
    });
    return;
  }
  chains.record(id, keys, { userId, position });
  capture({ status: 'complete', text: outputTextOf(output) || streamedText });
}

/** Collects a streamed response's text and final `response`, and settles the turn when it ends. */
function tapResponseStream(
  stream: unknown,
  state: ResponsesTurn,
  context: { settings: WrapperSettings; chains: ResponseChains },
) {
  let text = '';
  let final: Record_ | undefined;
  return tapOpenAIStream(stream as Parameters<typeof tapOpenAIStream>[0], context.settings.client, {
    onItem(event) {
      if (!isRecord(event)) return;
      if (event.type === 'response.output_text.delta' && typeof event.delta === 'string') text += event.delta;
      else if (
        (event.type === 'response.completed' ||
          event.type === 'response.incomplete' ||
          event.type === 'response.failed') &&
        isRecord(event.response)
      ) {
        final = event.response;
      }
    },
    onEnd(end) {
      const capture = (reply: Omit<Reply, 'steps'>) =>
        context.settings.memory.capture(state.turn, { ...reply, steps: state.steps });
      // The last event carried the whole response: the turn is settled by it, however the stream stopped.
      if (final !== undefined) settleResponse(final, state, context, text);
      else if (end.status === 'done') capture({ status: 'complete', text });
      else if (end.status === 'aborted') capture({ status: 'aborted', text, error: end.reason });
      else capture({ status: 'error', text, error: end.error });
    },
  });
}

/**
 * The turn a Responses request is about. Tool outputs for a response that asked for tools continue its
 * turn, one step further; anything else starts a turn at the newest user message of the input, after
 * stand-ins for the messages the stored conversation already holds.
 */
function turnMessages(
  input: unknown,
  link: ChainLink | undefined,
): { conversation: readonly TurnMessage[]; steps: readonly TurnMessage[] } {
  const pending = link?.pending;
  const items = responsesItemsToTurn(input, { toolNames: pending ? toolNamesOf(pending.steps) : new Map() });
  if (pending !== undefined && !items.some((message) => message.role === 'user')) {
    return { conversation: pending.conversation, steps: [...pending.steps, ...toolSteps(items)] };
  }
  const split = splitAtNewestUserMessage(items);
  return {
    conversation: [...earlierMessages(link?.position ?? 0), ...split.conversation],
    steps: split.steps,
  };
}

/**
 * The `prepare` of the wrapped `responses.create`: reads the `memos` field (removed), reads `input`
 * (a string or items) as the turn (continuing a recorded turn when a `previous_response_id` or
 * `conversation` request sends only tool outputs), recalls once per turn, places the block in
 * `instructions` (or the newest user item with `placement: 'user'`), and captures from the output
 * text (`response.completed` when streamed).
 *
 * @example
 * const prepare = prepareResponse(settings, createResponseChains({ maxEntries: 1000 }));
 */
export function prepareResponse(settings: WrapperSettings, chains: ResponseChains) {
  const { memory, staticIdentity } = settings;
  return async function prepare(body: unknown, options: unknown): Promise<PreparedCall> {
    if (!isRecord(body)) return refuse('the params of responses.create', 'an object', body);
    const { identity, params } = splitMemosField(body);
    if (identity.skip === true) return { params };
    const keys = chainKeysOf(params);
    const signal = isRecord(options) && options.signal instanceof AbortSignal ? options.signal : undefined;
    const turnFrom = (link: ChainLink | undefined): { turn: Turn; steps: readonly TurnMessage[] } => {
      const { conversation, steps } = turnMessages(params.input, link);
      return {
        turn: { ...staticIdentity, ...identity, messages: conversation, signal, context: params },
        steps,
      };
    };
    // A link is only ever continued by its own user: another user's response id (a mistake, or a
    // client sending ids it should not know) is read from its own input alone, and that user's words
    // are not even searched. Who the call is for is known from the ids it carries, or else from a
    // recall of its own input (tool outputs: no query, no search) that resolves the identity.
    let link = chains.find(keys);
    const own = turnFrom(undefined);
    let recall: RecallResult | undefined;
    if (link?.pending !== undefined) {
      const explicitUser = identity.userId ?? staticIdentity.userId;
      if (explicitUser === undefined) recall = await memory.recall(own.turn);
      if ((explicitUser ?? recall?.identity.userId) !== link.userId) link = undefined;
      else recall = undefined;
    }
    const { turn, steps } = link === undefined ? own : turnFrom(link);
    recall ??= await memory.recall(turn);
    const { instructions, input } = placeInResponsesRequest(params, recall.block, memory.placement);
    const state: ResponsesTurn = { turn, steps, keys, userId: recall.identity.userId };
    const context = { settings, chains };
    return {
      params: {
        ...params,
        ...(instructions === undefined ? {} : { instructions }),
        ...(input === undefined ? {} : { input }),
      },
      onResult(result) {
        if (params.stream === true) return tapResponseStream(result, state, context);
        if (isRecord(result)) settleResponse(result, state, context, '');
        return result;
      },
      onFailure: (error) =>
        memory.capture(turn, { status: failureStatus(error, signal), text: '', error, steps }),
    };
  };
}
