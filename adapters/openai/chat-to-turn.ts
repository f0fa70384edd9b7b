import type { TurnMessage, TurnPart } from 'memos-middleware';
import { isRecord, refuse, toolInput } from './malformed.ts';

/** The media type of a `data:` URL, if it is one. */
const mediaTypeOfDataUrl = (url: string) => /^data:([^;,]+)[;,]/.exec(url)?.[1];

/** A file part, its source kept when it has a portable one (a URL or inline base64). */
function filePart(fields: {
  mediaType?: string | undefined;
  filename?: unknown;
  url?: unknown;
  data?: unknown;
}): TurnPart {
  return {
    type: 'file',
    ...(fields.mediaType ? { mediaType: fields.mediaType } : {}),
    ...(typeof fields.filename === 'string' ? { filename: fields.filename } : {}),
    ...(typeof fields.url === 'string' ? { url: fields.url } : {}),
    ...(typeof fields.data === 'string' ? { data: fields.data } : {}),
  };
}

/**
 * One content part of a chat message (`text`, `image_url`, `input_audio`, `file`; `refusal` and
 * unknown types are not the conversation's words).
 */
function chatPart(part: Readonly<Record<string, unknown>>, where: string): TurnPart | undefined {
  switch (part.type) {
    case 'text':
      if (typeof part.text !== 'string') refuse(`${where}.text`, 'a string', part.text);
      return { type: 'text', text: part.text };
    case 'image_url': {
      const url = isRecord(part.image_url) ? part.image_url.url : undefined;
      const dataType = typeof url === 'string' ? mediaTypeOfDataUrl(url) : undefined;
      return filePart({ mediaType: dataType ?? 'image/*', url });
    }
    case 'input_audio': {
      const audio = isRecord(part.input_audio) ? part.input_audio : {};
      const format = typeof audio.format === 'string' ? audio.format : undefined;
      return filePart({ mediaType: format ? `audio/${format}` : 'audio/*', data: audio.data });
    }
    case 'file': {
      const file = isRecord(part.file) ? part.file : {};
      const data = typeof file.file_data === 'string' ? file.file_data : undefined;
      const mediaType = data === undefined ? undefined : mediaTypeOfDataUrl(data);
      // file_data is a data URL; the core wants the base64 alone (and the media type beside it).
      const base64 = data?.startsWith('data:') ? data.slice(data.indexOf(',') + 1) : data;
      return filePart({ mediaType, filename: file.filename, data: base64 });
    }
    default:
      return undefined;
  }
}

function contentParts(content: unknown, where: string): TurnPart[] {
  if (content === undefined || content === null) return [];
  if (typeof content === 'string') return [{ type: 'text', text: content }];
  if (!Array.isArray(content)) return refuse(`${where}.content`, 'a string or an array of parts', content);
  return content.flatMap((part: unknown, index) => {
    const at = `${where}.content[${index}]`;
    if (!isRecord(part)) return refuse(at, 'a part object', part);
    return chatPart(part, at) ?? [];
  });
}

function toolCallParts(toolCalls: unknown, where: string): TurnPart[] {
  if (toolCalls === undefined || toolCalls === null) return [];
  if (!Array.isArray(toolCalls)) return refuse(`${where}.tool_calls`, 'an array', toolCalls);
  return toolCalls.flatMap((call: unknown): TurnPart[] => {
    if (!isRecord(call)) return [];
    const fn = isRecord(call.function) ? call.function : isRecord(call.custom) ? call.custom : undefined;
    if (fn === undefined) return [];
    return [
      {
        type: 'tool-call',
        toolCallId: String(call.id ?? ''),
        toolName: String(fn.name ?? ''),
        input: toolInput(fn.arguments ?? fn.input),
      },
    ];
  });
}

/** A tool result's content: the text, or the text parts joined. */
function toolOutput(content: unknown): unknown {
  if (!Array.isArray(content)) return content;
  return content
    .map((part: unknown) => (isRecord(part) && typeof part.text === 'string' ? part.text : ''))
    .join('');
}

/**
 * Maps chat completion messages to the core's neutral messages: system and developer messages as
 * `system`, user text and files, assistant text and tool calls, tool results (named after the call
 * they answer). A structure that cannot be read (messages not an array, a message that is not an
 * object, content neither a string nor parts, a text part without a string `text`) throws a
 * `MemOSConfigError` naming where; unknown roles and part types are left out.
 *
 * @example
 * chatMessagesToTurn([{ role: 'user', content: 'Hi' }]); // [{ role: 'user', parts: [{ type: 'text', text: 'Hi' }] }]
 */
export function chatMessagesToTurn(messages: unknown): TurnMessage[] {
  if (!Array.isArray(messages)) return refuse('messages', 'an array of messages', messages);
  const toolNames = new Map<string, string>();
  const turn: TurnMessage[] = [];
  messages.forEach((message: unknown, index) => {
    const where = `messages[${index}]`;
    if (!isRecord(message)) refuse(where, 'a message object', message);
    switch (message.role) {
      case 'system':
      case 'developer':
        turn.push({ role: 'system', parts: contentParts(message.content, where) });
        return;
      case 'user':
        turn.push({ role: 'user', parts: contentParts(message.content, where) });
        return;
      case 'assistant': {
        const calls = toolCallParts(message.tool_calls, where);
        for (const call of calls)
          if (call.type === 'tool-call') toolNames.set(call.toolCallId, call.toolName);
        turn.push({ role: 'assistant', parts: [...contentParts(message.content, where), ...calls] });
        return;
      }
      case 'tool': {
        const toolCallId = String(message.tool_call_id ?? '');
        turn.push({
          role: 'tool',
          parts: [
            {
              type: 'tool-result',
              toolCallId,
              toolName: toolNames.get(toolCallId) ?? '',
              output: toolOutput(message.content),
            },
          ],
        });
        return;
      }
      default:
        return; // the deprecated `function` role, or a role the API may add later
    }
  });
  return turn;
}
