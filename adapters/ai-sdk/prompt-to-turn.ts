import { MemOSConfigError, type TurnMessage, type TurnPart } from 'memos-middleware';
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
      return { type: 'text', text: fieldOf(part, 'text') as string };
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

const kindOf = (value: unknown) => (value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value);

function refuse(where: string, expected: string, value: unknown): never {
  throw new MemOSConfigError(
    `Invalid AI SDK prompt: ${where} must be ${expected}, got ${kindOf(value)} (generateText and streamText reject it too)`,
  );
}

// What the prompt must be for the turn to be read at all: an array of message objects whose content
// is a string or an array of part objects, each part with a string `type`, a text part with a string
// `text`. Anything else is refused here, in transformParams, before the model is called: we cannot
// tell what the user said, and generateText/streamText reject the same prompt (InvalidPromptError),
// so only code calling the wrapped model below their validation gets here, and a clear error beats
// storing "[object Object]" as the user's words or a TypeError from inside the middleware. What the
// provider owns passes through untouched for the model to judge: unknown roles and part types (their
// content is not read), and odd values inside well-formed file and tool parts (file data, media type,
// tool ids), which memory stores as far as it can read them (a placeholder for a file).
function readParts(content: unknown, where: string): readonly PartLike[] {
  if (!Array.isArray(content)) return refuse(`${where}.content`, 'a string or an array of parts', content);
  content.forEach((part: unknown, index) => {
    const at = `${where}.content[${index}]`;
    if (typeof part !== 'object' || part === null || Array.isArray(part)) refuse(at, 'a part object', part);
    const { type, text } = part as { type?: unknown; text?: unknown };
    if (typeof type !== 'string') refuse(`${at}.type`, 'a string', type);
    if (type === 'text' && typeof text !== 'string') refuse(`${at}.text`, 'a string', text);
  });
  return content as readonly PartLike[];
}

/**
 * Maps an AI SDK prompt (V4 or V3) to the core's neutral messages: text, files, tool calls and
 * results; reasoning and provider-specific parts are dropped. A prompt whose structure cannot be read
 * (not an array, a message that is not an object, content neither a string nor parts, a part without
 * a `type`, a text part without a string `text`) throws a `MemOSConfigError` naming where.
 *
 * @example
 * toTurnMessages([{ role: 'user', content: [{ type: 'text', text: 'Hi' }] }]);
 * // [{ role: 'user', parts: [{ type: 'text', text: 'Hi' }] }]
 */
export function toTurnMessages(prompt: readonly PromptMessageLike[]): TurnMessage[] {
  // Typed as the spec says, checked as what a caller below the SDK's validation may really pass.
  const given: unknown = prompt;
  if (!Array.isArray(given)) return refuse('prompt', 'an array of messages', given);
  const messages: TurnMessage[] = [];
  given.forEach((message: unknown, index) => {
    const where = `prompt[${index}]`;
    if (typeof message !== 'object' || message === null || Array.isArray(message)) {
      refuse(where, 'a message object', message);
    }
    const { role, content } = message as { role?: unknown; content?: unknown };
    if (typeof role !== 'string' || !ROLES.has(role)) return;
    const turnRole = role as TurnMessage['role'];
    if (typeof content === 'string') {
      messages.push({ role: turnRole, parts: [{ type: 'text', text: content }] });
      return;
    }
    const parts = readParts(content, where)
      .map(toTurnPart)
      .filter((part) => part !== undefined);
    messages.push({ role: turnRole, parts });
  });
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
