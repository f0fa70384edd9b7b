import { MAX_QUERY_CHARS } from '../api/limits.ts';
import { stripMemoryBlock } from '../prompt/placement.ts';
import type { TurnMessage } from '../types.ts';

/**
 * The text of a message's text parts, any injected memory block removed, joined by newlines.
 *
 * @example
 * messageText({ role: 'user', parts: [{ type: 'text', text: 'Hi' }] }); // 'Hi'
 */
export function messageText(message: TurnMessage): string {
  return message.parts
    .flatMap((part) => (part.type === 'text' ? [stripMemoryBlock(part.text).trim()] : []))
    .filter((text) => text !== '')
    .join('\n');
}

/**
 * The search query of a turn: the newest user message's text, block stripped, trimmed and capped at
 * `MAX_QUERY_CHARS`; `undefined` when there is no user message.
 *
 * @example
 * recallQuery(turn.messages); // 'Any hotel tips for Guangzhou?'
 */
export function recallQuery(messages: readonly TurnMessage[]): string | undefined {
  const newest = messages.findLast((message) => message.role === 'user');
  return newest ? messageText(newest).slice(0, MAX_QUERY_CHARS) : undefined;
}
