import { appendToSystem, type PromptCodec, prependToUser } from 'memos-middleware';
import { fieldOf, type PartLike, type PromptMessageLike } from './model-spec.ts';

const isTextPart = (part: PartLike) => part.type === 'text';
const textOfPart = (part: PartLike) => String(fieldOf(part, 'text') ?? '');

/** Replaces the text of the first (`'first'`) or last (`'last'`) text part, or adds one there. */
function editText(
  message: PromptMessageLike,
  at: 'first' | 'last',
  edit: (text: string) => string,
): PromptMessageLike {
  if (typeof message.content === 'string') return { ...message, content: edit(message.content) };
  const parts = message.content;
  const index = at === 'first' ? parts.findIndex(isTextPart) : parts.findLastIndex(isTextPart);
  if (index === -1) {
    const added = { type: 'text', text: edit('') };
    return { ...message, content: at === 'first' ? [added, ...parts] : [...parts, added] };
  }
  const content = parts.map((part, partIndex) =>
    partIndex === index ? { ...part, text: edit(textOfPart(part)) } : part,
  );
  return { ...message, content };
}

/**
 * How the core's `placeMemoryBlock` reads an AI SDK prompt (V4 or V3): system content is a string,
 * other roles carry parts whose `text` parts hold the texts. Parts keep every other field
 * (`providerOptions` included), so only the text a block touched changes.
 *
 * @example
 * const prompt = placeMemoryBlock(params.prompt, block, 'system', aiSdkPromptCodec);
 */
export const aiSdkPromptCodec: PromptCodec<PromptMessageLike> = {
  roleOf: (message) => (message.role === 'system' || message.role === 'user' ? message.role : 'other'),
  textsOf: (message) =>
    typeof message.content === 'string'
      ? [message.content]
      : message.content.filter(isTextPart).map(textOfPart),
  withTexts(message, texts) {
    if (typeof message.content === 'string') return { ...message, content: texts[0] ?? '' };
    let next = 0;
    const content = message.content.flatMap((part) => {
      if (!isTextPart(part)) return [part];
      const text = texts[next++] ?? '';
      return text === '' ? [] : [{ ...part, text }];
    });
    return { ...message, content };
  },
  isEmpty: (message) => message.content.length === 0,
  appendText: (message, block) => editText(message, 'last', (text) => appendToSystem(text, block)),
  prependText: (message, block) => editText(message, 'first', (text) => prependToUser(text, block)),
  systemMessage: (text) => ({ role: 'system', content: text }),
};
