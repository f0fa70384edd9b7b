import type { ContentPart, MessageInput, ToolCall } from '../api/requests.ts';
import { truncateText } from '../prompt/escape-memory-text.ts';
import { formatChatTime, parseMemoryTime } from '../prompt/format-time.ts';
import { stripMemoryBlock } from '../prompt/placement.ts';
import type { AbortPolicy, Reply, TurnMessage, TurnPart } from '../types.ts';
import { capTurnChars, DEFAULT_MAX_TURN_CHARS } from './cap-turn-chars.ts';
import { messageText } from './turn-text.ts';

/** What goes into a captured turn. */
export interface CaptureDeltaOptions {
  /** Store tool calls and results (from `reply.steps`). @default false */
  includeToolCalls?: boolean;
  /** Store files and images as MemOS parts instead of placeholders. @default false */
  includeFiles?: boolean;
  /** Cut of a stored tool result or tool-call arguments, in characters. @default 2000 */
  maxToolResultChars?: number;
  /** Policy for aborted or failed replies. @default 'user-only' */
  onAbort?: AbortPolicy;
  /** Cap on the text of one captured turn, in characters; the end of each cut text is kept. @default 20000 */
  maxTurnChars?: number;
}

/** The messages to add for a turn and how many prompt messages came before them (for dedupe). */
export interface TurnDelta {
  readonly messages: MessageInput[];
  readonly precedingCount: number;
}

type FilePart = Extract<TurnPart, { type: 'file' }>;

const isImage = (part: FilePart) => part.mediaType?.startsWith('image/') ?? false;
const placeholder = (part: FilePart) =>
  isImage(part) ? '[image]' : part.filename ? `[file: ${part.filename}]` : '[file]';
const asText = (value: unknown) => (typeof value === 'string' ? value : (JSON.stringify(value) ?? ''));

function fileContent(part: FilePart): ContentPart | undefined {
  const source =
    part.url ??
    (part.data ? `data:${part.mediaType ?? 'application/octet-stream'};base64,${part.data}` : undefined);
  if (!source) return undefined;
  if (isImage(part)) return { type: 'image_url', image_url: { url: source } };
  return { type: 'file', file: { file_data: part.url ?? part.data ?? source } };
}

function userMessage(
  message: TurnMessage,
  chatTime: string,
  includeFiles: boolean,
): MessageInput | undefined {
  const parts: ContentPart[] = [];
  for (const part of message.parts) {
    if (part.type === 'text') {
      const text = stripMemoryBlock(part.text).trim();
      if (text) parts.push({ type: 'text', text });
    } else if (part.type === 'file') {
      const file = includeFiles ? fileContent(part) : undefined;
      parts.push(file ?? { type: 'text', text: placeholder(part) });
    }
  }
  if (parts.length === 0) return undefined;
  const onlyText = parts.every((part) => part.type === 'text');
  const content = onlyText ? parts.map((part) => (part as { text: string }).text).join('\n') : parts;
  return { role: 'user', content, chat_time: chatTime };
}

/** The user messages after the last assistant (or tool) message before the newest user message. */
function newUserMessages(messages: readonly TurnMessage[]): {
  messages: TurnMessage[];
  precedingCount: number;
} {
  const newest = messages.findLastIndex((message) => message.role === 'user');
  if (newest === -1) return { messages: [], precedingCount: messages.length };
  let start = newest;
  while (start > 0 && messages[start - 1]!.role !== 'assistant' && messages[start - 1]!.role !== 'tool')
    start -= 1;
  const delta = messages.slice(start, newest + 1).filter((message) => message.role === 'user');
  return { messages: delta, precedingCount: start };
}

/** Tool calls and their results in MemOS's format; a call without a result (or the reverse) is left out. */
function toolMessages(steps: readonly TurnMessage[], chatTime: string, maxChars: number): MessageInput[] {
  const parts = steps.flatMap((step) => step.parts);
  const called = new Set(parts.flatMap((part) => (part.type === 'tool-call' ? [part.toolCallId] : [])));
  const answered = new Set(parts.flatMap((part) => (part.type === 'tool-result' ? [part.toolCallId] : [])));
  const result: MessageInput[] = [];
  for (const step of steps) {
    const calls: ToolCall[] = step.parts.flatMap((part) =>
      part.type === 'tool-call' && answered.has(part.toolCallId)
        ? [
            {
              id: part.toolCallId,
              type: 'function' as const,
              function: { name: part.toolName, arguments: truncateText(asText(part.input ?? {}), maxChars) },
            },
          ]
        : [],
    );
    if (calls.length > 0) {
      const text = messageText(step);
      result.push({
        role: 'assistant',
        ...(text ? { content: text } : {}),
        tool_calls: calls,
        chat_time: chatTime,
      });
    }
    for (const part of step.parts) {
      if (part.type !== 'tool-result' || !called.has(part.toolCallId)) continue;
      const content = truncateText(stripMemoryBlock(asText(part.output)), maxChars);
      result.push({ role: 'tool', tool_call_id: part.toolCallId, content, chat_time: chatTime });
    }
  }
  return result;
}

/**
 * The part of a turn worth adding to memory: the new user message(s) since the last assistant
 * message, then (opt-in) tool calls and results, then the final assistant text, injected memory
 * blocks stripped and files as placeholders. Aborted or failed replies follow `onAbort`.
 *
 * @example
 * const { messages } = captureDelta(turn.messages, { status: 'complete', text: 'Lyon it is.' }, Date.now());
 */
export function captureDelta(
  prompt: readonly TurnMessage[],
  reply: Reply,
  time: Date | number,
  {
    includeToolCalls = false,
    includeFiles = false,
    maxToolResultChars = 2000,
    onAbort = 'user-only',
    maxTurnChars = DEFAULT_MAX_TURN_CHARS,
  }: CaptureDeltaOptions = {},
): TurnDelta {
  // An invalid time (new Date('…') gone wrong) is the caller's bug; the turn is stored at "now" rather
  // than with chat_time 'NaN-NaN-NaN'.
  const epochMs = typeof time === 'number' ? time : time.getTime();
  const chatTime = formatChatTime(parseMemoryTime(epochMs) ?? Date.now());
  const fresh = newUserMessages(prompt);
  const users = fresh.messages.flatMap((message) => userMessage(message, chatTime, includeFiles) ?? []);
  const complete = reply.status === 'complete';
  if (!complete && onAbort === 'skip') return { messages: [], precedingCount: fresh.precedingCount };
  if (!complete && onAbort === 'user-only') {
    return { messages: capTurnChars(users, maxTurnChars), precedingCount: fresh.precedingCount };
  }
  const tools = includeToolCalls ? toolMessages(reply.steps ?? [], chatTime, maxToolResultChars) : [];
  const answer = stripMemoryBlock(reply.text).trim();
  const assistant: MessageInput[] = answer
    ? [{ role: 'assistant', content: answer, chat_time: chatTime }]
    : [];
  // Capped last, over the whole turn: a paste past MemOS's (or serve's) request limit is stored cut,
  // rather than refused for good and dropped.
  return {
    messages: capTurnChars([...users, ...tools, ...assistant], maxTurnChars),
    precedingCount: fresh.precedingCount,
  };
}
