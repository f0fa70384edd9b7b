import { type BaseMessage, HumanMessage, SystemMessage } from '@langchain/core/messages';
import { appendToSystem, type PromptCodec, prependToUser } from 'memos-middleware';

type Content = BaseMessage['content'];
type TextBlock = { readonly type: 'text'; readonly text: string };

/**
 * Whether a message is something the user typed: a human message without a string
 * `additional_kwargs.lc_source`. LangChain marks the human messages it writes itself that way (the
 * summary of `summarizationMiddleware`, notifications); they are never the query nor stored. The raw
 * key is read, so cores older than `getNotificationMetadata` (1.3.2) are covered too.
 *
 * @example
 * isUserInput(new HumanMessage('Hi')); // true
 * isUserInput(new HumanMessage({ content: 'Summary…', additional_kwargs: { lc_source: 'summarization' } })); // false
 */
export function isUserInput(message: BaseMessage): boolean {
  return message.type === 'human' && typeof message.additional_kwargs?.lc_source !== 'string';
}

export const isTextBlock = (block: unknown): block is TextBlock =>
  typeof block === 'object' &&
  block !== null &&
  (block as { type?: unknown }).type === 'text' &&
  typeof (block as { text?: unknown }).text === 'string';

/** The texts of a content: the string itself, or each text block's text in order. */
export function textsOfContent(content: Content): string[] {
  if (typeof content === 'string') return [content];
  return content.filter(isTextBlock).map((block) => block.text);
}

/** A copy of a system or human message with another content, every other field kept. */
function withContent(message: BaseMessage, content: Content): BaseMessage {
  const fields = {
    content,
    additional_kwargs: message.additional_kwargs,
    response_metadata: message.response_metadata,
    ...(message.id === undefined ? {} : { id: message.id }),
    ...(message.name === undefined ? {} : { name: message.name }),
  };
  return message.type === 'system' ? new SystemMessage(fields) : new HumanMessage(fields);
}

/**
 * How the core's `placeMemoryBlock` reads LangChain messages: system messages and the human messages
 * the user typed carry texts (a string content, or text blocks); everything else is left alone. The
 * block is appended to a system message as its own text block (`SystemMessage.concat`), so the app's
 * own blocks stay byte-identical and a provider cache breakpoint on them keeps hitting.
 *
 * @example
 * const messages = placeMemoryBlock(input, recall.block, 'system', langchainMessageCodec);
 */
export const langchainMessageCodec: PromptCodec<BaseMessage> = {
  roleOf: (message) => (message.type === 'system' ? 'system' : isUserInput(message) ? 'user' : 'other'),
  textsOf: (message) => textsOfContent(message.content),
  withTexts(message, texts) {
    if (typeof message.content === 'string') return withContent(message, texts[0] ?? '');
    let next = 0;
    const content = message.content.flatMap((block) => {
      if (!isTextBlock(block)) return [block];
      const text = texts[next++] ?? '';
      return text === '' ? [] : [{ ...block, text }];
    });
    return withContent(message, content);
  },
  isEmpty: (message) => message.content.length === 0,
  appendText(message, block) {
    const separator = message.text === '' ? '' : '\n\n';
    const addition = new SystemMessage({ content: [{ type: 'text', text: `${separator}${block}` }] });
    if (SystemMessage.isInstance(message)) return message.concat(addition);
    return withContent(message, appendToSystem(message.text, block));
  },
  prependText(message, block) {
    const { content } = message;
    if (typeof content === 'string') return withContent(message, prependToUser(content, block));
    const first = content.findIndex(isTextBlock);
    if (first === -1) return withContent(message, [{ type: 'text', text: block }, ...content]);
    return withContent(
      message,
      content.map((part, index) =>
        index === first && isTextBlock(part) ? { ...part, text: prependToUser(part.text, block) } : part,
      ),
    );
  },
  systemMessage: (text) => new SystemMessage(text),
};
