import type { TurnMessage } from 'memos-middleware';

/** What the wrapper knows of a stored Responses conversation after one of its responses. */
export interface ChainLink {
  /** The user whose turn it was: nobody else continues it. */
  readonly userId: string;
  /** How many messages the conversation holds so far (the server keeps them; we count them). */
  readonly position: number;
  /** Set when the response asked for tools: the turn it belongs to goes on with their outputs. */
  readonly pending?: {
    readonly conversation: readonly TurnMessage[];
    readonly steps: readonly TurnMessage[];
  };
}

/** The keys a Responses request continues from and a response is recorded under. */
export interface ChainKeys {
  readonly previousResponseId?: string | undefined;
  readonly conversationId?: string | undefined;
}

const conversationKey = (id: string) => `conversation:${id}`;

/**
 * A bounded record of Responses continuations (`previous_response_id`, `conversation`), so a
 * continued request, which sends only its new input, is still read as a turn: a tool loop's next
 * call (only `function_call_output` items) continues the turn of the user message that started it,
 * and a new message knows its position in the stored conversation. Oldest links go first.
 *
 * @example
 * const chains = createResponseChains({ maxEntries: 1000 });
 * chains.record('resp_1', { conversationId: 'conv_1' }, { userId: 'u-1', position: 2 });
 * chains.find({ previousResponseId: 'resp_1' }); // { userId: 'u-1', position: 2 }
 */
export function createResponseChains({ maxEntries }: { maxEntries: number }) {
  const links = new Map<string, ChainLink>();
  const set = (key: string, link: ChainLink) => {
    links.delete(key);
    links.set(key, link);
    while (links.size > maxEntries) links.delete(links.keys().next().value as string);
  };
  return {
    /** The link a request continues from: its previous response's, else its conversation's. */
    find({ previousResponseId, conversationId }: ChainKeys): ChainLink | undefined {
      if (previousResponseId !== undefined) return links.get(previousResponseId);
      return conversationId === undefined ? undefined : links.get(conversationKey(conversationId));
    },
    /** Records what a response left, under its id and its conversation's. */
    record(responseId: string | undefined, { conversationId }: ChainKeys, link: ChainLink): void {
      if (responseId) set(responseId, link);
      if (conversationId !== undefined) set(conversationKey(conversationId), link);
    },
  };
}

/** What `createResponseChains` returns. */
export type ResponseChains = ReturnType<typeof createResponseChains>;

// Stand-ins for the messages a continued request does not resend. The core counts the messages before
// a turn's new ones to tell the same words said again later (kept) from a retried request (dropped).
const EARLIER: TurnMessage = Object.freeze({ role: 'assistant', parts: Object.freeze([]) });

/**
 * `count` stand-ins for earlier messages of a stored conversation: never stored, never searched.
 *
 * @example
 * const messages = [...earlierMessages(link?.position ?? 0), ...newMessages];
 */
export function earlierMessages(count: number): TurnMessage[] {
  return Array.from({ length: count }, () => EARLIER);
}
