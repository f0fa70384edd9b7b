import {
  type BaseMessage,
  type BaseMessageLike,
  coerceMessageLikeToMessage,
  HumanMessage,
  isBaseMessage,
} from '@langchain/core/messages';
import { concat } from '@langchain/core/utils/stream';
import { MemOSConfigError } from 'memos-middleware';

const isPromptValue = (value: unknown): value is { toChatMessages(): BaseMessage[] } =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as { toChatMessages?: unknown }).toChatMessages === 'function';

/**
 * The messages of a runnable's input: a string (one human message), a prompt value, or an array of
 * message-likes (messages, `{ role, content }`, `[role, content]`). Anything else is a
 * `MemOSConfigError`: withMemOS cannot tell what the user said, so wrap the part that takes messages.
 *
 * @example
 * inputMessages('Hi'); // [HumanMessage('Hi')]
 */
export function inputMessages(input: unknown): BaseMessage[] {
  if (typeof input === 'string') return [new HumanMessage(input)];
  if (isPromptValue(input)) return input.toChatMessages();
  if (Array.isArray(input)) {
    try {
      return input.map((message: BaseMessageLike) => coerceMessageLikeToMessage(message));
    } catch (error) {
      throw new MemOSConfigError(`withMemOS: the input array holds something that is not a message`, {
        cause: error,
      });
    }
  }
  const kind = input === null ? 'null' : typeof input;
  throw new MemOSConfigError(
    `withMemOS: the input must be messages, a prompt value or a string, got ${kind}; ` +
      'wrap the runnable that takes messages (the chat model), not a chain that takes other input',
  );
}

/** What a runnable's output says about the turn: its text, and whether it asks for tools (the turn goes on). */
export interface OutputReply {
  readonly text: string;
  readonly asksForTools: boolean;
}

/**
 * Reads a runnable's output (an AI message, a string, or anything else, stored as JSON) as the reply.
 *
 * @example
 * outputReply(new AIMessage('Lyon it is.')); // { text: 'Lyon it is.', asksForTools: false }
 */
export function outputReply(output: unknown): OutputReply {
  if (typeof output === 'string') return { text: output, asksForTools: false };
  if (isBaseMessage(output)) {
    const calls = output as { tool_calls?: readonly unknown[]; tool_call_chunks?: readonly unknown[] };
    const asksForTools = (calls.tool_calls?.length ?? 0) > 0 || (calls.tool_call_chunks?.length ?? 0) > 0;
    return { text: output.text, asksForTools };
  }
  if (output === undefined || output === null) return { text: '', asksForTools: false };
  return {
    text: typeof output === 'object' ? (JSON.stringify(output) ?? '') : String(output),
    asksForTools: false,
  };
}

/**
 * Collects a stream's chunks into the output they add up to, as LangChain's own `transform` does
 * (message chunks concatenated, strings joined); a chunk that does not concatenate replaces the rest.
 *
 * @example
 * const total = collectChunks(); total.add(chunk); outputReply(total.value);
 */
export function collectChunks() {
  let value: unknown;
  let empty = true;
  return {
    add(chunk: unknown): void {
      if (empty) {
        value = chunk;
        empty = false;
        return;
      }
      try {
        value = concat(value as never, chunk as never);
      } catch {
        value = chunk;
      }
    },
    get value(): unknown {
      return value;
    },
  };
}
