import type { TurnMessage } from 'memos-middleware';

/**
 * Splits a request's messages at the newest user message: the conversation up to and including it
 * (what the turn is about), and the tool calls and results the turn has produced since (a tool loop's
 * later steps).
 *
 * @example
 * const { conversation, steps } = splitAtNewestUserMessage(chatMessagesToTurn(params.messages));
 */
export function splitAtNewestUserMessage(messages: readonly TurnMessage[]): {
  conversation: readonly TurnMessage[];
  steps: readonly TurnMessage[];
} {
  const newestUser = messages.findLastIndex((message) => message.role === 'user');
  if (newestUser === -1) return { conversation: messages, steps: [] };
  return {
    conversation: messages.slice(0, newestUser + 1),
    steps: toolSteps(messages.slice(newestUser + 1)),
  };
}

/**
 * Only the tool calls and results of some messages, messages left without any dropped.
 *
 * @example
 * toolSteps([{ role: 'assistant', parts: [{ type: 'text', text: 'Let me check.' }] }]); // []
 */
export function toolSteps(messages: readonly TurnMessage[]): TurnMessage[] {
  return messages
    .map((message) => ({
      role: message.role,
      parts: message.parts.filter((part) => part.type === 'tool-call' || part.type === 'tool-result'),
    }))
    .filter((message) => message.parts.length > 0);
}
