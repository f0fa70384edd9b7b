import { type Identity, LIMITS, MemOSConfigError, readIdentity } from 'memos-middleware';
import { z } from 'zod';

// Declares (and types) the context keys the agent middleware reads. Each accepts any value on purpose:
// LangChain parses the context with this schema before our hooks run, and a failed zod parse would
// surface as a bare ZodError; `readIdentity` checks the values and throws a MemOSConfigError instead.
// Not strict either: the context is shared with the app's and other middleware's keys.
/**
 * The agent middleware's `contextSchema`: `userId`, `conversationId`, `agentId`, `appId`, `readOnly`,
 * `skip`, all optional (identity may come from `resolveIdentity` or static ids instead).
 *
 * @example
 * await agent.invoke({ messages }, { context: { userId: 'u-42', conversationId: 'chat-7' } });
 */
export const memosContextSchema = z.object({
  userId: z.custom<string>().optional(),
  conversationId: z.custom<string>().optional(),
  agentId: z.custom<string>().optional(),
  appId: z.custom<string>().optional(),
  readOnly: z.custom<boolean>().optional(),
  skip: z.custom<boolean>().optional(),
});

/**
 * What an agent run may carry in its `context` for memory.
 *
 * @example
 * const context: MemOSAgentContext = { userId: 'u-42', readOnly: true };
 */
export type MemOSAgentContext = z.input<typeof memosContextSchema>;

const CONVERSATION_KEYS = ['thread_id', 'sessionId'] as const;

/**
 * The conversation a LangChain `configurable` implies when no `conversationId` is given: its
 * `thread_id` (LangGraph checkpointers), else its `sessionId` (`RunnableWithMessageHistory`).
 *
 * @example
 * conversationFromConfigurable({ thread_id: 't-1' }); // { conversationId: 't-1' }
 */
export function conversationFromConfigurable(configurable: unknown): Identity {
  if (typeof configurable !== 'object' || configurable === null) return {};
  for (const key of CONVERSATION_KEYS) {
    const value = (configurable as Record<string, unknown>)[key];
    if (value === undefined || value === null) continue;
    const text = typeof value === 'number' ? String(value) : value;
    if (typeof text !== 'string' || text === '' || text.length > LIMITS.idMaxChars) {
      throw new MemOSConfigError(
        `Invalid configurable.${key}: used as the MemOS conversation id, it must be a non-empty string of at most ${LIMITS.idMaxChars} characters (or pass conversationId)`,
      );
    }
    return { conversationId: text };
  }
  return {};
}

/**
 * A LangChain call's identity, lowest layer first: the conversation from `thread_id`/`sessionId`,
 * the static ids, what `resolveIdentity` returned, the ids in `configurable`, and (agents) the ids in
 * `context`. Every layer is validated; a bad field is a `MemOSConfigError`.
 *
 * @example
 * const identity = layeredIdentity({ configurable: config.configurable, staticIdentity, resolved });
 */
export function layeredIdentity({
  configurable,
  context,
  staticIdentity,
  resolved,
}: {
  configurable?: unknown;
  context?: unknown;
  staticIdentity: Identity;
  resolved?: unknown;
}): Identity {
  return {
    ...conversationFromConfigurable(configurable),
    ...staticIdentity,
    ...readIdentity(resolved, 'resolveIdentity()'),
    ...readIdentity(configurable, 'configurable'),
    ...readIdentity(context, 'context'),
  };
}
