import type { TurnMessage, TurnPart } from 'memos-middleware';
import { isRecord, refuse, toolInput } from './malformed.ts';

const mediaTypeOfDataUrl = (url: string) => /^data:([^;,]+)[;,]/.exec(url)?.[1];

/** One content part of a Responses message (`input_text`, `output_text`, `input_image`, `input_file`). */
function responsesPart(part: Readonly<Record<string, unknown>>, where: string): TurnPart | undefined {
  switch (part.type) {
    case 'input_text':
    case 'output_text':
      if (typeof part.text !== 'string') refuse(`${where}.text`, 'a string', part.text);
      return { type: 'text', text: part.text };
    case 'input_image': {
      const url = typeof part.image_url === 'string' ? part.image_url : undefined;
      const mediaType = (url === undefined ? undefined : mediaTypeOfDataUrl(url)) ?? 'image/*';
      return { type: 'file', mediaType, ...(url ? { url } : {}) };
    }
    case 'input_file': {
      const data = typeof part.file_data === 'string' ? part.file_data : undefined;
      const mediaType = data === undefined ? undefined : mediaTypeOfDataUrl(data);
      const base64 = data?.startsWith('data:') ? data.slice(data.indexOf(',') + 1) : data;
      return {
        type: 'file',
        ...(mediaType ? { mediaType } : {}),
        ...(typeof part.filename === 'string' ? { filename: part.filename } : {}),
        ...(typeof part.file_url === 'string' ? { url: part.file_url } : {}),
        ...(base64 ? { data: base64 } : {}),
      };
    }
    default:
      return undefined; // refusals, audio, provider-specific parts
  }
}

function contentParts(content: unknown, where: string): TurnPart[] {
  if (content === undefined || content === null) return [];
  if (typeof content === 'string') return [{ type: 'text', text: content }];
  if (!Array.isArray(content)) return refuse(`${where}.content`, 'a string or an array of parts', content);
  return content.flatMap((part: unknown, index) => {
    const at = `${where}.content[${index}]`;
    if (!isRecord(part)) return refuse(at, 'a part object', part);
    return responsesPart(part, at) ?? [];
  });
}

const ROLES: Readonly<Record<string, TurnMessage['role']>> = {
  user: 'user',
  assistant: 'assistant',
  system: 'system',
  developer: 'system',
};

function outputText(output: unknown): unknown {
  if (!Array.isArray(output)) return output;
  return output
    .map((part: unknown) => (isRecord(part) && typeof part.text === 'string' ? part.text : ''))
    .join('');
}

/**
 * Maps Responses input items (or a response's output items) to the core's neutral messages:
 * messages by role (`developer` as `system`), `function_call`/`custom_tool_call` as assistant tool
 * calls, their `…_output` items as tool results named after their call (looked up in these items,
 * then in `toolNames`). A string input is one user message. Reasoning, item references and built-in
 * tool items are left out. A structure that cannot be read throws a `MemOSConfigError` naming where.
 *
 * @example
 * responsesItemsToTurn('Hi'); // [{ role: 'user', parts: [{ type: 'text', text: 'Hi' }] }]
 */
export function responsesItemsToTurn(
  items: unknown,
  {
    where = 'input',
    toolNames = new Map(),
  }: { where?: string; toolNames?: ReadonlyMap<string, string> } = {},
): TurnMessage[] {
  if (items === undefined || items === null) return [];
  if (typeof items === 'string') return [{ role: 'user', parts: [{ type: 'text', text: items }] }];
  if (!Array.isArray(items)) return refuse(where, 'a string or an array of items', items);
  const names = new Map(toolNames);
  const turn: TurnMessage[] = [];
  items.forEach((item: unknown, index) => {
    const at = `${where}[${index}]`;
    if (!isRecord(item)) refuse(at, 'an item object', item);
    switch (item.type) {
      case undefined:
      case 'message': {
        const role = typeof item.role === 'string' ? ROLES[item.role] : undefined;
        if (role !== undefined) turn.push({ role, parts: contentParts(item.content, at) });
        return;
      }
      case 'function_call':
      case 'custom_tool_call': {
        const toolCallId = String(item.call_id ?? '');
        const toolName = String(item.name ?? '');
        names.set(toolCallId, toolName);
        const input = toolInput(item.type === 'function_call' ? item.arguments : item.input);
        turn.push({ role: 'assistant', parts: [{ type: 'tool-call', toolCallId, toolName, input }] });
        return;
      }
      case 'function_call_output':
      case 'custom_tool_call_output': {
        const toolCallId = String(item.call_id ?? '');
        turn.push({
          role: 'tool',
          parts: [
            {
              type: 'tool-result',
              toolCallId,
              toolName: names.get(toolCallId) ?? '',
              output: outputText(item.output),
            },
          ],
        });
        return;
      }
      default:
        return;
    }
  });
  return turn;
}

/**
 * The tool names of the tool calls among some neutral messages, by call id.
 *
 * @example
 * toolNamesOf(steps).get('call_1'); // 'weather'
 */
export function toolNamesOf(messages: readonly TurnMessage[]): Map<string, string> {
  const names = new Map<string, string>();
  for (const message of messages) {
    for (const part of message.parts)
      if (part.type === 'tool-call') names.set(part.toolCallId, part.toolName);
  }
  return names;
}
