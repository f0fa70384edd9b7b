import type { TurnMessage, TurnPart } from 'memos-middleware';
import { fieldOf, type PartLike, type PromptMessageLike } from './model-spec.ts';

const ROLES = new Set(['system', 'user', 'assistant', 'tool']);

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  // Chunked so a large file does not overflow the argument list of fromCharCode.
  for (let start = 0; start < bytes.length; start += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(start, start + 0x8000));
  }
  return btoa(binary);
}

// Encoding is deferred: the core stores files as `[image]`/`[file: name]` placeholders unless
// `includeFiles`, and a tool loop maps the same prompt on every step.
function lazyBase64(bytes: Uint8Array): { readonly data: string } {
  let encoded: string | undefined;
  return {
    get data() {
      encoded ??= toBase64(bytes);
      return encoded;
    },
  };
}

type FileSource = { readonly url?: string } | { readonly data?: string };

// V4 tags file data (`{ type: 'data' | 'url' | 'reference' | 'text' }`); V3 (and V2) give a
// base64 string, bytes, or a URL directly.
function fileSource(data: unknown): FileSource {
  if (data instanceof URL) return { url: data.href };
  if (data instanceof Uint8Array) return lazyBase64(data);
  if (typeof data === 'string') return { data };
  if (typeof data !== 'object' || data === null) return {};
  const tagged = data as {
    type?: unknown;
    data?: unknown;
    url?: unknown;
    originalUrl?: unknown;
    text?: unknown;
  };
  if (tagged.type === 'url') {
    if (typeof tagged.originalUrl === 'string') return { url: tagged.originalUrl };
    return tagged.url instanceof URL ? { url: tagged.url.href } : {};
  }
  if (tagged.type === 'data') return fileSource(tagged.data);
  if (tagged.type === 'text' && typeof tagged.text === 'string') {
    return lazyBase64(new TextEncoder().encode(tagged.text));
  }
  return {}; // a provider reference: nothing portable to store
}

function toolOutput(output: unknown): { output: unknown; isError: boolean } {
  if (typeof output !== 'object' || output === null) return { output, isError: false };
  const typed = output as { type?: unknown; value?: unknown };
  const isError = typed.type === 'error-text' || typed.type === 'error-json';
  return { output: 'value' in typed ? typed.value : output, isError };
}

function toTurnPart(part: PartLike): TurnPart | undefined {
  switch (part.type) {
    case 'text':
      return { type: 'text', text: String(fieldOf(part, 'text') ?? '') };
    case 'file': {
      const mediaType = fieldOf(part, 'mediaType');
      const filename = fieldOf(part, 'filename');
      const file: TurnPart = {
        type: 'file',
        ...(typeof mediaType === 'string' ? { mediaType } : {}),
        ...(typeof filename === 'string' ? { filename } : {}),
      };
      return Object.defineProperties(
        file,
        Object.getOwnPropertyDescriptors(fileSource(fieldOf(part, 'data'))),
      );
    }
    case 'tool-call':
      return {
        type: 'tool-call',
        toolCallId: String(fieldOf(part, 'toolCallId')),
        toolName: String(fieldOf(part, 'toolName')),
        input: fieldOf(part, 'input'),
      };
    case 'tool-result': {
      const { output, isError } = toolOutput(fieldOf(part, 'output'));
      return {
        type: 'tool-result',
        toolCallId: String(fieldOf(part, 'toolCallId')),
        toolName: String(fieldOf(part, 'toolName')),
        output,
        ...(isError ? { isError } : {}),
      };
    }
    default:
      return undefined; // reasoning, custom parts, approvals: not the user's conversation
  }
}

/**
 * Maps an AI SDK prompt (V4 or V3) to the core's neutral messages: text, files, tool calls and
 * results; reasoning and provider-specific parts are dropped.
 *
 * @example
 * toTurnMessages([{ role: 'user', content: [{ type: 'text', text: 'Hi' }] }]);
 * // [{ role: 'user', parts: [{ type: 'text', text: 'Hi' }] }]
 */
export function toTurnMessages(prompt: readonly PromptMessageLike[]): TurnMessage[] {
  const messages: TurnMessage[] = [];
  for (const message of prompt) {
    if (!ROLES.has(message.role)) continue;
    const role = message.role as TurnMessage['role'];
    if (typeof message.content === 'string') {
      messages.push({ role, parts: [{ type: 'text', text: message.content }] });
      continue;
    }
    const parts = message.content.map(toTurnPart).filter((part) => part !== undefined);
    messages.push({ role, parts });
  }
  return messages;
}

/**
 * Splits a step's messages at the newest user message: the conversation up to and including it
 * (what the turn is about), and the tool calls and results the turn has produced since.
 *
 * @example
 * const { conversation, steps } = splitAtNewestUserMessage(toTurnMessages(params.prompt));
 */
export function splitAtNewestUserMessage(messages: readonly TurnMessage[]): {
  conversation: readonly TurnMessage[];
  steps: readonly TurnMessage[];
} {
  const newestUser = messages.findLastIndex((message) => message.role === 'user');
  if (newestUser === -1) return { conversation: messages, steps: [] };
  const steps = messages
    .slice(newestUser + 1)
    .map((message) => ({
      role: message.role,
      parts: message.parts.filter((part) => part.type === 'tool-call' || part.type === 'tool-result'),
    }))
    .filter((message) => message.parts.length > 0);
  return { conversation: messages.slice(0, newestUser + 1), steps };
}
