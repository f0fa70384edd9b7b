import { BaseListChatMessageHistory } from '@langchain/core/chat_history';
import { AIMessage, type BaseMessage, HumanMessage } from '@langchain/core/messages';
import {
  createMemory,
  LIMITS,
  MemOSConfigError,
  type Memory,
  type MemoryBackend,
  type MessageInput,
  stripMemoryBlock,
  type TurnPart,
} from 'memos-middleware';
import { z } from 'zod';
import { toTurnMessages } from './messages-to-turn.ts';

/**
 * Options of `MemOSChatMessageHistory`: whose conversation it is, and where it lives (a `memory` core's
 * backend, a `backend`, or by default the one `createMemory()` picks).
 *
 * @example
 * new MemOSChatMessageHistory({ userId: 'u-42', conversationId: 'chat-7', backend: new MemOSClient() });
 */
export interface MemOSChatMessageHistoryOptions {
  userId: string;
  conversationId: string;
  agentId?: string | undefined;
  appId?: string | undefined;
  /** Use this core's backend. */
  memory?: Memory | undefined;
  /** Use this backend (a `MemOSClient`, a `LocalMemOS`). */
  backend?: MemoryBackend | undefined;
  /** Most messages `getMessages` returns, newest kept (MemOS allows at most 50). @default 50 */
  messageLimit?: number | undefined;
}

const id = (name: string) =>
  z
    .string(`${name} must be a string`)
    .min(1, `${name} must not be empty`)
    .max(LIMITS.idMaxChars, `${name} must be at most ${LIMITS.idMaxChars} characters`);
const OptionsSchema = z.strictObject({
  userId: id('userId'),
  conversationId: id('conversationId'),
  agentId: id('agentId').optional(),
  appId: id('appId').optional(),
  memory: z.custom((value) => typeof (value as Memory | undefined)?.backend === 'object').optional(),
  backend: z
    .custom((value) => typeof (value as MemoryBackend | undefined)?.getMessage === 'function')
    .optional(),
  messageLimit: z.int().min(1).max(LIMITS.messageLimitMax).optional(),
});

const placeholder = (part: Extract<TurnPart, { type: 'file' }>) =>
  part.mediaType?.startsWith('image/') ? '[image]' : part.filename ? `[file: ${part.filename}]` : '[file]';

function contentOf(message: BaseMessage): string {
  const [turn] = toTurnMessages([message]);
  return (turn?.parts ?? [])
    .flatMap((part) =>
      part.type === 'text'
        ? [stripMemoryBlock(part.text).trim()]
        : part.type === 'file'
          ? [placeholder(part)]
          : [],
    )
    .filter((text) => text !== '')
    .join('\n');
}

function toMessageInput(message: BaseMessage): MessageInput | undefined {
  const content = contentOf(message);
  switch (message.type) {
    case 'human':
      // A human message LangChain wrote itself (a summary) is not the user's: never stored.
      return toTurnMessages([message]).length === 0 ? undefined : { role: 'user', content };
    case 'system':
      return undefined; // the app's instructions, not the conversation: MemOS would take them for facts
    case 'ai': {
      const calls = (message as AIMessage).tool_calls ?? [];
      const toolCalls = calls.map((call, index) => ({
        id: call.id ?? `call-${index}`,
        type: 'function' as const,
        function: { name: call.name, arguments: JSON.stringify(call.args ?? {}) },
      }));
      return { role: 'assistant', content, ...(toolCalls.length > 0 ? { tool_calls: toolCalls } : {}) };
    }
    case 'tool':
      return {
        role: 'tool',
        content,
        tool_call_id: (message as { tool_call_id?: string }).tool_call_id ?? '',
      };
    default:
      throw new MemOSConfigError(
        `MemOSChatMessageHistory: a ${message.type} message cannot be stored (human, ai, system and tool messages can)`,
      );
  }
}

// MemOS returns a string, or (for multimodal messages) the parts it was given.
function storedText(content: unknown): string {
  if (typeof content === 'string') return content;
  if (!Array.isArray(content)) return '';
  return content
    .flatMap((part: { type?: unknown; text?: unknown }) =>
      part?.type === 'text' && typeof part.text === 'string' ? [part.text] : [],
    )
    .join('\n');
}

/**
 * A LangChain chat history over one MemOS conversation, for apps that manage history themselves:
 * `getMessages()` reads the conversation's latest messages (`/get/message`, oldest first), `addMessage`
 * and `addMessages` store messages (`/add/message`, one request per call), so MemOS also builds
 * memories from them. Text is stored (memory blocks stripped, files as `[image]`/`[file]`); system
 * messages (instructions, not conversation) and human messages LangChain wrote itself (`lc_source`)
 * are skipped. MemOS cannot delete a conversation's raw
 * messages, so `clear()` throws. Not meant alongside the middleware on the same conversation: both
 * would store the turn.
 *
 * @example
 * const history = new MemOSChatMessageHistory({ userId: 'u-42', conversationId: 'chat-7', memory });
 * await history.addMessages([new HumanMessage('I live in Lyon.'), new AIMessage('Noted!')]);
 * const messages = await history.getMessages();
 */
export class MemOSChatMessageHistory extends BaseListChatMessageHistory {
  static override lc_name(): string {
    return 'MemOSChatMessageHistory';
  }
  override lc_namespace = ['memos_middleware', 'stores', 'message', 'memos'];
  readonly userId: string;
  readonly conversationId: string;
  readonly #backend: MemoryBackend;
  readonly #scope: { agent_id?: string; app_id?: string };
  readonly #messageLimit: number;

  constructor(options: MemOSChatMessageHistoryOptions) {
    super();
    const parsed = OptionsSchema.safeParse(options);
    if (!parsed.success) {
      const problems = parsed.error.issues.map((issue) =>
        issue.path.length > 0 && !issue.message.startsWith(String(issue.path[0]))
          ? `${issue.path.join('.')}: ${issue.message}`
          : issue.message,
      );
      throw new MemOSConfigError(`Invalid MemOSChatMessageHistory options: ${problems.join('; ')}`);
    }
    if (options.memory && options.backend) {
      throw new MemOSConfigError('MemOSChatMessageHistory: pass either `memory` or `backend`, not both');
    }
    this.userId = options.userId;
    this.conversationId = options.conversationId;
    this.#backend = options.backend ?? options.memory?.backend ?? createMemory().backend;
    this.#scope = {
      ...(options.agentId ? { agent_id: options.agentId } : {}),
      ...(options.appId ? { app_id: options.appId } : {}),
    };
    this.#messageLimit = options.messageLimit ?? LIMITS.messageLimitMax;
  }

  /** The conversation's latest messages, oldest first, as human and AI messages. */
  override async getMessages(): Promise<BaseMessage[]> {
    const data = await this.#backend.getMessage({
      user_id: this.userId,
      conversation_id: this.conversationId,
      message_limit_number: this.#messageLimit,
    });
    return (data.message_detail_list ?? []).flatMap((message): BaseMessage[] => {
      const content = storedText(message.content);
      if (message.role === 'user') return [new HumanMessage(content)];
      if (message.role === 'assistant') return [new AIMessage(content)];
      return []; // MemOS returns user and assistant messages; anything else is no use without its context
    });
  }

  /** Stores one message. */
  override async addMessage(message: BaseMessage): Promise<void> {
    await this.addMessages([message]);
  }

  /** Stores the messages in one request (nothing is sent when none is storable). */
  override async addMessages(messages: BaseMessage[]): Promise<void> {
    const inputs = messages.flatMap((message) => toMessageInput(message) ?? []);
    if (inputs.length === 0) return;
    await this.#backend.addMessage({
      user_id: this.userId,
      conversation_id: this.conversationId,
      ...this.#scope,
      messages: inputs,
    });
  }

  /** Throws: MemOS has no way to delete a conversation's raw messages (delete memories with the client). */
  override async clear(): Promise<void> {
    throw new MemOSConfigError(
      "MemOSChatMessageHistory.clear(): MemOS cannot delete a conversation's messages; start a new conversationId, or delete memories with deleteMemory",
    );
  }
}
