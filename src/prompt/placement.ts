import type { Placement, TurnMessage, TurnPart } from '../types.ts';

// Every helper first strips any block already present, so placing twice (a tool loop re-sending an
// already augmented prompt, a framework keeping the augmented message in its state) still yields
// exactly one block. `<memories>…</memories>` is therefore reserved in prompts.
const BLOCK = /<memories>[\s\S]*?<\/memories>/;
const BLOCKS = new RegExp(BLOCK.source, 'g');

/**
 * Removes every `<memories>…</memories>` region and the blank lines around it. Used on prompts
 * before placing a block, on search queries and on everything captured.
 *
 * @example
 * stripMemoryBlock('<memories>\n…\n</memories>\n\nWhere should I stay?'); // 'Where should I stay?'
 */
export function stripMemoryBlock(text: string): string {
  if (!text.includes('<memories>')) return text;
  const pieces = text.split(BLOCKS);
  const last = pieces.length - 1;
  return pieces
    .map((piece, index) => {
      let kept = piece;
      // After a block: drop the rest of its line and blank lines, keep the next line's indentation.
      if (index > 0) kept = /^\s*\n/.test(kept) ? kept.replace(/^\s*\n/, '') : kept.trimStart();
      if (index < last) kept = kept.replace(/\n\s*$/, '').replace(/[ \t]+$/, '');
      return kept;
    })
    .filter((piece) => piece !== '')
    .join('\n\n');
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

function stripParts(parts: readonly TurnPart[]): TurnPart[] {
  return parts.flatMap((part) => {
    if (part.type !== 'text' || !part.text.includes('<memories>')) return [part];
    const text = stripMemoryBlock(part.text);
    return text ? [{ ...part, text }] : [];
  });
}

function withoutBlocks(messages: readonly TurnMessage[]): TurnMessage[] {
  return messages.flatMap((message) => {
    if (message.role !== 'system' && message.role !== 'user') return [message];
    const hasBlock = message.parts.some((part) => part.type === 'text' && part.text.includes('<memories>'));
    if (!hasBlock) return [message];
    const parts = stripParts(message.parts);
    return message.role === 'system' && parts.length === 0 ? [] : [{ ...message, parts }];
  });
}

const systemMessage = (text: string): TurnMessage => ({ role: 'system', parts: [{ type: 'text', text }] });

function appendToLastText(message: TurnMessage, block: string): TurnMessage {
  const index = message.parts.findLastIndex((part) => part.type === 'text');
  if (index === -1) return { ...message, parts: [...message.parts, { type: 'text', text: block }] };
  const parts = message.parts.map((part, at) =>
    at === index && part.type === 'text' ? { ...part, text: appendToSystem(part.text, block) } : part,
  );
  return { ...message, parts };
}

function prependToFirstText(message: TurnMessage, block: string): TurnMessage {
  const [first, ...rest] = message.parts;
  if (first?.type === 'text')
    return { ...message, parts: [{ ...first, text: prependToUser(first.text, block) }, ...rest] };
  return { ...message, parts: [{ type: 'text', text: block }, ...message.parts] };
}

/**
 * Places the block in neutral messages: `'system'` appends it to the end of the leading system
 * prompt (or adds a system message), `'system-message'` adds its own system message after the
 * leading ones, `'user'` prepends it to the newest user message. Returns a new array.
 *
 * @example
 * const prompt = applyPlacement(turn.messages, block, 'system');
 */
export function applyPlacement(
  messages: readonly TurnMessage[],
  block: string,
  placement: Placement,
): TurnMessage[] {
  const result = withoutBlocks(messages);
  if (!block) return result;
  const leadingSystem = result.findIndex((message) => message.role !== 'system');
  const systemCount = leadingSystem === -1 ? result.length : leadingSystem;
  if (placement === 'user') {
    const newestUser = result.findLastIndex((message) => message.role === 'user');
    if (newestUser !== -1) {
      result[newestUser] = prependToFirstText(result[newestUser]!, block);
      return result;
    }
  }
  if (placement === 'system' && systemCount > 0) {
    result[systemCount - 1] = appendToLastText(result[systemCount - 1]!, block);
    return result;
  }
  // 'system-message', a 'system' prompt without a system message, or 'user' without a user message.
  result.splice(systemCount, 0, systemMessage(block));
  return result;
}
