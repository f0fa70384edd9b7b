import type { AIMessage, BaseMessage, ToolMessage } from '@langchain/core/messages';
import type { TurnMessage, TurnPart } from 'memos-middleware';
import { isTextBlock, isUserInput, textsOfContent } from './message-codec.ts';

type Block = Record<string, unknown>;

const stringField = (block: Block, ...keys: string[]) =>
  keys.map((key) => block[key]).find((value): value is string => typeof value === 'string');

/** A file part from an image/file/audio/video block (standard v1 or the older data and OpenAI shapes). */
function filePart(block: Block): TurnPart | undefined {
  const type = block.type;
  if (type === 'image_url') {
    const image = block.image_url;
    const url = typeof image === 'string' ? image : stringField((image ?? {}) as Block, 'url');
    return { type: 'file', mediaType: 'image/*', ...(url ? { url } : {}) };
  }
  if (type !== 'image' && type !== 'file' && type !== 'audio' && type !== 'video') return undefined;
  const metadata = (
    typeof block.metadata === 'object' && block.metadata !== null ? block.metadata : {}
  ) as Block;
  const mediaType = stringField(block, 'mimeType', 'mime_type') ?? (type === 'image' ? 'image/*' : undefined);
  const filename = stringField(block, 'filename', 'name') ?? stringField(metadata, 'filename', 'name');
  const sourceType = block.source_type;
  const url = sourceType === undefined || sourceType === 'url' ? stringField(block, 'url') : undefined;
  const data = sourceType === undefined || sourceType === 'base64' ? stringField(block, 'data') : undefined;
  return {
    type: 'file',
    ...(mediaType ? { mediaType } : {}),
    ...(filename ? { filename } : {}),
    ...(url ? { url } : {}),
    ...(data ? { data } : {}),
  };
}

function contentParts(content: BaseMessage['content']): TurnPart[] {
  if (typeof content === 'string') return content === '' ? [] : [{ type: 'text', text: content }];
  return content.flatMap((block): TurnPart[] => {
    if (isTextBlock(block)) return block.text === '' ? [] : [{ type: 'text', text: block.text }];
    const file = typeof block === 'object' && block !== null ? filePart(block as Block) : undefined;
    return file ? [file] : []; // reasoning, tool-call blocks, provider blocks: not the conversation's text
  });
}

const textOf = (message: BaseMessage) => textsOfContent(message.content).join('');

function toolCallParts(message: AIMessage): TurnPart[] {
  return (message.tool_calls ?? []).map((call, index) => ({
    type: 'tool-call',
    toolCallId: call.id ?? `call-${index}`,
    toolName: call.name,
    input: call.args,
  }));
}

/**
 * Maps LangChain messages to the core's neutral ones: the human messages the user typed (text and
 * files), AI messages (text and tool calls), tool results and system messages. Human messages LangChain
 * wrote itself (`lc_source`, e.g. a summary) and other kinds are left out.
 *
 * @example
 * toTurnMessages([new HumanMessage('I live in Lyon.')]); // [{ role: 'user', parts: [{ type: 'text', text: 'I live in Lyon.' }] }]
 */
export function toTurnMessages(messages: readonly BaseMessage[]): TurnMessage[] {
  return messages.flatMap((message): TurnMessage[] => {
    switch (message.type) {
      case 'human':
        return isUserInput(message) ? [{ role: 'user', parts: contentParts(message.content) }] : [];
      case 'system':
        return [{ role: 'system', parts: contentParts(message.content) }];
      case 'ai':
        return [
          {
            role: 'assistant',
            parts: [...contentParts(message.content), ...toolCallParts(message as AIMessage)],
          },
        ];
      case 'tool': {
        const tool = message as ToolMessage;
        const part: TurnPart = {
          type: 'tool-result',
          toolCallId: tool.tool_call_id,
          toolName: tool.name ?? '',
          output: typeof tool.content === 'string' ? tool.content : textOf(tool),
          ...(tool.status === 'error' ? { isError: true } : {}),
        };
        return [{ role: 'tool', parts: [part] }];
      }
      default:
        return [];
    }
  });
}

/** A run or call's messages, read the way the core needs them. */
export interface MessagesTurn {
  /** The conversation up to and including the newest message the user typed. */
  readonly conversation: readonly TurnMessage[];
  /** The tool calls and results since that message (a tool loop in progress). */
  readonly steps: readonly TurnMessage[];
  /** The newest human message the user typed, if any. */
  readonly newestUser: BaseMessage | undefined;
  /** The text of the last AI message after it, when that message asks for no tools. */
  readonly answer: string;
}

/**
 * Splits messages at the newest human message the user typed: the conversation up to it, the tool
 * steps after it, and the final answer when the last AI message asks for no more tools.
 *
 * @example
 * const { conversation, steps, answer } = readMessagesTurn(state.messages);
 */
export function readMessagesTurn(messages: readonly BaseMessage[]): MessagesTurn {
  const newest = messages.findLastIndex(isUserInput);
  const after = newest === -1 ? messages : messages.slice(newest + 1);
  const steps = toTurnMessages(after)
    .map((message) => ({
      role: message.role,
      parts: message.parts.filter((part) => part.type === 'tool-call' || part.type === 'tool-result'),
    }))
    .filter((message) => message.parts.length > 0);
  const lastAi = after.findLast((message) => message.type === 'ai') as AIMessage | undefined;
  const answer = lastAi && (lastAi.tool_calls ?? []).length === 0 ? textOf(lastAi) : '';
  return {
    conversation: toTurnMessages(newest === -1 ? [] : messages.slice(0, newest + 1)),
    steps: newest === -1 ? [] : steps,
    newestUser: newest === -1 ? undefined : messages[newest],
    answer: newest === -1 ? '' : answer,
  };
}
