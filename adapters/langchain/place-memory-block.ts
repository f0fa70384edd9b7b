import { type BaseMessage, SystemMessage } from '@langchain/core/messages';
import { type Placement, placeMemoryBlock } from 'memos-middleware';
import { isUserInput, langchainMessageCodec } from './message-codec.ts';

type WithProfile = { readonly profile?: { readonly midConversationSystemMessages?: boolean } };

/**
 * Whether a model sends a system message after the first turn where it sits (`ModelProfile`,
 * `@langchain/core` ≥ 1.2.20). Absent or false: it may be moved to the top or rejected, so the block is
 * not put there. A model with tools bound (`RunnableBinding`) is read through `bound`.
 *
 * @example
 * const midConversation = takesMidConversationSystemMessages(request.model);
 */
export function takesMidConversationSystemMessages(model: unknown): boolean {
  if (typeof model !== 'object' || model === null) return false;
  const own = (model as WithProfile).profile?.midConversationSystemMessages;
  if (own !== undefined) return own === true;
  return takesMidConversationSystemMessages((model as { bound?: unknown }).bound);
}

/**
 * Places the block in LangChain messages through the core's placement (stale blocks stripped first):
 * `'system'` appends it to the leading system message as its own text block, `'user'` prepends it to
 * the newest human message the user typed. `'system-message'` gives it a system message of its own
 * right before that human message, so everything before stays a cacheable prefix, but only when the
 * model takes mid-conversation system messages; otherwise it falls back to `'system'`.
 *
 * @example
 * const messages = placeInMessages(input, recall.block, memory.placement, takesMidConversationSystemMessages(model));
 */
export function placeInMessages(
  messages: readonly BaseMessage[],
  block: string,
  placement: Placement,
  midConversation: boolean,
): BaseMessage[] {
  if (placement !== 'system-message')
    return placeMemoryBlock(messages, block, placement, langchainMessageCodec);
  if (!midConversation) return placeMemoryBlock(messages, block, 'system', langchainMessageCodec);
  const stripped = placeMemoryBlock(messages, '', 'system', langchainMessageCodec);
  const newestUser = stripped.findLastIndex(isUserInput);
  if (!block || newestUser === -1)
    return placeMemoryBlock(stripped, block, 'system-message', langchainMessageCodec);
  stripped.splice(newestUser, 0, new SystemMessage(block));
  return stripped;
}
