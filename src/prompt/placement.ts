import type { Placement, TurnMessage, TurnPart } from '../types.ts';

// Every placement first strips any block already present, so placing twice (a tool loop re-sending an
// already augmented prompt, a framework keeping the augmented message in its state) still yields
// exactly one block. `<memories>…</memories>` is therefore reserved in prompts.
const OPEN = '<memories>';
const CLOSE = '</memories>';

const isSpace = (code: number) => code === 32 || (code >= 9 && code <= 13) || code === 0xa0;
const isBlank = (code: number) => code === 32 || code === 9;

/** After a block: drop the rest of its line and the blank lines, keep the next line's indentation. */
function afterBlock(piece: string): string {
  let end = 0;
  let lastBreak = -1;
  while (end < piece.length && isSpace(piece.charCodeAt(end))) {
    if (piece.charCodeAt(end) === 10) lastBreak = end;
    end += 1;
  }
  return lastBreak === -1 ? piece.slice(end) : piece.slice(lastBreak + 1);
}

/** Before a block: drop the blank lines and the trailing spaces of the last line. */
function beforeBlock(piece: string): string {
  let start = piece.length;
  while (start > 0 && isSpace(piece.charCodeAt(start - 1))) start -= 1;
  const firstBreak = piece.indexOf('\n', start);
  let end = firstBreak === -1 ? piece.length : firstBreak;
  while (end > 0 && isBlank(piece.charCodeAt(end - 1))) end -= 1;
  return piece.slice(0, end);
}

/**
 * Removes every `<memories>…</memories>` region and the blank lines around it. Used on prompts
 * before placing a block, on search queries and on everything captured. Linear in the text's length
 * (one forward scan, no backtracking), whatever the text holds: an opener without a closer ends the
 * scan, since no later opener can be closed either.
 *
 * @example
 * stripMemoryBlock('<memories>\n…\n</memories>\n\nWhere should I stay?'); // 'Where should I stay?'
 */
export function stripMemoryBlock(text: string): string {
  let open = text.indexOf(OPEN);
  if (open === -1) return text;
  const pieces: string[] = [];
  let from = 0;
  while (open !== -1) {
    const close = text.indexOf(CLOSE, open + OPEN.length);
    if (close === -1) break;
    pieces.push(text.slice(from, open));
    from = close + CLOSE.length;
    open = text.indexOf(OPEN, from);
  }
  if (pieces.length === 0) return text;
  pieces.push(text.slice(from));
  const last = pieces.length - 1;
  const kept: string[] = [];
  for (let index = 0; index <= last; index += 1) {
    let piece = pieces[index]!;
    if (index > 0) piece = afterBlock(piece);
    if (index < last) piece = beforeBlock(piece);
    if (piece !== '') kept.push(piece);
  }
  return kept.join('\n\n');
}

/**
 * Appends the block to the end of a system prompt (after a blank line), keeping the static prefix
 * byte-identical so provider prompt caches still hit.
 *
 * @example
 * appendToSystem('You are a travel agent.', block); // 'You are a travel agent.\n\n<memories>…'
 */
export function appendToSystem(system: string | undefined, block: string): string {
  const base = stripMemoryBlock(system ?? '');
  if (!block) return base;
  return base ? `${base}\n\n${block}` : block;
}

/**
 * Prepends the block to a user message (then a blank line), leaving the whole system prompt cacheable.
 *
 * @example
 * prependToUser('Where should I stay?', block); // '<memories>…</memories>\n\nWhere should I stay?'
 */
export function prependToUser(text: string, block: string): string {
  const base = stripMemoryBlock(text);
  if (!block) return base;
  return base ? `${block}\n\n${base}` : block;
}

/**
 * How `placeMemoryBlock` reads and rebuilds one framework's messages. Each adapter writes one (AI SDK
 * prompt, LangChain messages, OpenAI chat messages); placement itself lives only in the core.
 *
 * @example
 * const codec: PromptCodec<{ role: string; content: string }> = {
 *   roleOf: (message) => (message.role === 'system' ? 'system' : message.role === 'user' ? 'user' : 'other'),
 *   textsOf: (message) => [message.content],
 *   withTexts: (message, [text = '']) => ({ ...message, content: text }),
 *   isEmpty: (message) => message.content === '',
 *   appendText: (message, block) => ({ ...message, content: appendToSystem(message.content, block) }),
 *   prependText: (message, block) => ({ ...message, content: prependToUser(message.content, block) }),
 *   systemMessage: (text) => ({ role: 'system', content: text }),
 * };
 */
export interface PromptCodec<Message> {
  /** `'system'` for system (and developer) messages, `'user'` for the user's, `'other'` for the rest. */
  roleOf(message: Message): 'system' | 'user' | 'other';
  /** The texts of the message's text parts, in order (a string content is one text). */
  textsOf(message: Message): readonly string[];
  /** A copy with the text parts' texts replaced in order (same count as `textsOf`); empty ones may go. */
  withTexts(message: Message, texts: readonly string[]): Message;
  /** Whether the message holds nothing any more (a system message left empty is dropped). */
  isEmpty(message: Message): boolean;
  /** A copy with the block at the end of the message (`appendToSystem` joins a string). */
  appendText(message: Message, block: string): Message;
  /** A copy with the block at the start of the message (`prependToUser` joins a string). */
  prependText(message: Message, block: string): Message;
  /** A new system message holding only `text`. */
  systemMessage(text: string): Message;
}

function withoutBlocks<Message>(messages: readonly Message[], codec: PromptCodec<Message>): Message[] {
  const result: Message[] = [];
  for (const message of messages) {
    const role = codec.roleOf(message);
    const texts = role === 'other' ? [] : codec.textsOf(message);
    if (!texts.some((text) => text.includes(OPEN))) {
      result.push(message);
      continue;
    }
    const stripped = codec.withTexts(
      message,
      texts.map((text) => stripMemoryBlock(text)),
    );
    if (role === 'system' && codec.isEmpty(stripped)) continue;
    result.push(stripped);
  }
  return result;
}

/**
 * Places the block in a framework's messages, through its codec: stale blocks are first stripped from
 * every system and user message; then `'system'` appends the block to the end of the last leading
 * system message (or adds a system message first), `'system-message'` adds its own system message
 * after the leading ones, `'user'` prepends it to the newest user message (a system message when there
 * is none). An empty block only strips. Returns a new array; the messages are never mutated.
 *
 * @example
 * const prompt = placeMemoryBlock(params.prompt, recall.block, memory.placement, aiSdkPromptCodec);
 */
export function placeMemoryBlock<Message>(
  messages: readonly Message[],
  block: string,
  placement: Placement,
  codec: PromptCodec<Message>,
): Message[] {
  const result = withoutBlocks(messages, codec);
  if (!block) return result;
  const firstOther = result.findIndex((message) => codec.roleOf(message) !== 'system');
  const systemCount = firstOther === -1 ? result.length : firstOther;
  if (placement === 'user') {
    const newestUser = result.findLastIndex((message) => codec.roleOf(message) === 'user');
    if (newestUser !== -1) {
      result[newestUser] = codec.prependText(result[newestUser]!, block);
      return result;
    }
  }
  if (placement === 'system' && systemCount > 0) {
    result[systemCount - 1] = codec.appendText(result[systemCount - 1]!, block);
    return result;
  }
  // 'system-message', a 'system' prompt without a system message, or 'user' without a user message.
  result.splice(systemCount, 0, codec.systemMessage(block));
  return result;
}

const textPart = (text: string): TurnPart => ({ type: 'text', text });

/**
 * The codec of the core's own neutral messages (`TurnMessage`): text parts carry the texts.
 *
 * @example
 * placeMemoryBlock(turn.messages, block, 'system', turnMessageCodec);
 */
export const turnMessageCodec: PromptCodec<TurnMessage> = {
  roleOf: (message) => (message.role === 'system' || message.role === 'user' ? message.role : 'other'),
  textsOf: (message) => message.parts.flatMap((part) => (part.type === 'text' ? [part.text] : [])),
  withTexts(message, texts) {
    let next = 0;
    const parts = message.parts.flatMap((part): TurnPart[] => {
      if (part.type !== 'text') return [part];
      const text = texts[next++] ?? '';
      return text === '' ? [] : [{ ...part, text }];
    });
    return { ...message, parts };
  },
  isEmpty: (message) => message.parts.length === 0,
  appendText(message, block) {
    const index = message.parts.findLastIndex((part) => part.type === 'text');
    if (index === -1) return { ...message, parts: [...message.parts, textPart(block)] };
    const parts = message.parts.map((part, at) =>
      at === index && part.type === 'text' ? { ...part, text: appendToSystem(part.text, block) } : part,
    );
    return { ...message, parts };
  },
  prependText(message, block) {
    const [first, ...rest] = message.parts;
    if (first?.type === 'text')
      return { ...message, parts: [{ ...first, text: prependToUser(first.text, block) }, ...rest] };
    return { ...message, parts: [textPart(block), ...message.parts] };
  },
  systemMessage: (text) => ({ role: 'system', parts: [textPart(text)] }),
};

/**
 * `placeMemoryBlock` on the core's neutral messages.
 *
 * @example
 * const prompt = applyPlacement(turn.messages, block, 'system');
 */
export function applyPlacement(
  messages: readonly TurnMessage[],
  block: string,
  placement: Placement,
): TurnMessage[] {
  return placeMemoryBlock(messages, block, placement, turnMessageCodec);
}
