import { appendToSystem, type PromptCodec, prependToUser } from 'memos-middleware';
import { isRecord } from './malformed.ts';

/** A chat completion message as the codec sees it: a role and string or part-array content. */
export interface ChatMessageLike {
  readonly role?: unknown;
  readonly content?: unknown;
}

type Part = Readonly<Record<string, unknown>>;

const isTextPart = (part: unknown): part is Part & { text: string } =>
  isRecord(part) && part.type === 'text' && typeof part.text === 'string';
const partsOf = (message: ChatMessageLike): readonly unknown[] =>
  Array.isArray(message.content) ? message.content : [];

/** Replaces the text of the first (`'first'`) or last (`'last'`) text part, or adds one there. */
function editText<Message extends ChatMessageLike>(
  message: Message,
  at: 'first' | 'last',
  edit: (text: string) => string,
): Message {
  if (!Array.isArray(message.content)) {
    return { ...message, content: edit(typeof message.content === 'string' ? message.content : '') };
  }
  const parts = message.content as readonly unknown[];
  const index = at === 'first' ? parts.findIndex(isTextPart) : parts.findLastIndex(isTextPart);
  if (index === -1) {
    const added = { type: 'text', text: edit('') };
    return { ...message, content: at === 'first' ? [added, ...parts] : [...parts, added] };
  }
  const content = parts.map((part, partIndex) =>
    partIndex === index && isTextPart(part) ? { ...part, text: edit(part.text) } : part,
  );
  return { ...message, content };
}

/**
 * How the core's `placeMemoryBlock` reads OpenAI chat messages: `system` and `developer` messages
 * are the system prompt, `user` messages the user's; content is a string or parts whose `text` parts
 * hold the texts. Every other field (`name`, `cache_control`-like extras, other parts) is kept, so
 * only the text a block touched changes. A system message the block needs is `role: 'system'`.
 *
 * @example
 * const messages = placeMemoryBlock(params.messages, block, memory.placement, chatPromptCodec);
 */
export const chatPromptCodec: PromptCodec<ChatMessageLike> = {
  roleOf: (message) =>
    message.role === 'system' || message.role === 'developer'
      ? 'system'
      : message.role === 'user'
        ? 'user'
        : 'other',
  textsOf: (message) =>
    typeof message.content === 'string'
      ? [message.content]
      : partsOf(message)
          .filter(isTextPart)
          .map((part) => part.text),
  withTexts(message, texts) {
    if (typeof message.content === 'string') return { ...message, content: texts[0] ?? '' };
    if (!Array.isArray(message.content)) return message;
    let next = 0;
    const content = message.content.flatMap((part: unknown) => {
      if (!isTextPart(part)) return [part];
      const text = texts[next++] ?? '';
      return text === '' ? [] : [{ ...part, text }];
    });
    return { ...message, content };
  },
  isEmpty: (message) =>
    message.content === undefined ||
    message.content === null ||
    message.content === '' ||
    (Array.isArray(message.content) && message.content.length === 0),
  appendText: (message, block) => editText(message, 'last', (text) => appendToSystem(text, block)),
  prependText: (message, block) => editText(message, 'first', (text) => prependToUser(text, block)),
  systemMessage: (text) => ({ role: 'system', content: text }),
};
