// The framework-neutral half of the memory tools a model can call (search_memory, remember, forget):
// what each does against the backend, for one user (their definitions are in
// memory-tool-definitions.ts). The LangChain and AI SDK adapters only wrap these in their `tool()`.
import type { z } from 'zod';
import type { MemoryBackend, RequestOptions } from '../api/backend.ts';
import { DEFAULTS, LIMITS } from '../api/limits.ts';
import { MemOSConfigError, MemOSNotFoundError } from '../errors/index.ts';
import { formatChatTime, parseMemoryTime } from '../prompt/format-time.ts';
import type { Identity } from '../types.ts';
import { type ResolvedIdentity, requireUserId } from './identity.ts';
import {
  ForgetInputSchema,
  type ForgetToolInput,
  type ForgetToolResult,
  type MemoryToolItem,
  RememberInputSchema,
  type RememberToolInput,
  type RememberToolResult,
  SearchMemoryInputSchema,
  type SearchMemoryToolInput,
  type SearchMemoryToolResult,
} from './memory-tool-definitions.ts';

/**
 * The three memory operations, each scoped to the identity of the call: `searchMemory` and `remember`
 * send its `userId` (and `conversationId`), `forget` deletes only a memory that belongs to that user.
 * A call without `userId` throws `MemOSConfigError`; `skip` makes every tool a no-op and `readOnly`
 * refuses `remember` and `forget` (with a message for the model); backend failures reject with the
 * client's typed errors, which the framework hands to the model as a tool error.
 *
 * @example
 * const tools = createMemoryTools(memory);
 * const { memories } = await tools.searchMemory({ query: 'diet' }, { userId: 'u-42' });
 */
export interface MemoryTools {
  searchMemory(
    input: SearchMemoryToolInput,
    identity: Identity,
    options?: RequestOptions,
  ): Promise<SearchMemoryToolResult>;
  remember(
    input: RememberToolInput,
    identity: Identity,
    options?: RequestOptions,
  ): Promise<RememberToolResult>;
  forget(input: ForgetToolInput, identity: Identity, options?: RequestOptions): Promise<ForgetToolResult>;
}

const DEFAULT_TOOL_LIMIT = 6;
/** Pages of the user's memories scanned to check ownership when the backend cannot fetch one by id. */
const MAX_OWNERSHIP_PAGES = 20;

function parseInput<Schema extends z.ZodType>(
  schema: Schema,
  input: unknown,
  tool: string,
): z.output<Schema> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((issue) => `${issue.path.join('.') || 'input'}: ${issue.message}`);
  throw new MemOSConfigError(`Invalid ${tool} input: ${problems.join('; ')}`);
}

const isoTime = (value: unknown) => {
  const time = parseMemoryTime(value);
  return time === undefined ? {} : { updatedAt: new Date(time).toISOString() };
};
const relativityOf = (value: number | null | undefined) =>
  typeof value === 'number' ? { relativity: value } : {};

async function belongsTo(
  backend: MemoryBackend,
  memoryId: string,
  userId: string,
  options: RequestOptions | undefined,
): Promise<boolean> {
  if (backend.getMemoryById) {
    try {
      const memory = await backend.getMemoryById(memoryId, options);
      if (typeof memory.user_id === 'string') return memory.user_id === userId;
    } catch (error) {
      if (MemOSNotFoundError.isInstance(error)) return false;
      throw error;
    }
  }
  // No owner to read: look for the id among the user's own memories.
  for (let page = 1; page <= MAX_OWNERSHIP_PAGES; page += 1) {
    const data = await backend.getMemory(
      { user_id: userId, page, size: LIMITS.pageSizeMax, include_preference: true },
      options,
    );
    const lists = [data.memory_detail_list, data.preference_detail_list, data.tool_memory_detail_list].map(
      (list) => list ?? [],
    );
    if (lists.some((list) => list.some((item) => item.id === memoryId))) return true;
    if (lists.every((list) => list.length < LIMITS.pageSizeMax) || page >= (data.pages ?? page)) return false;
  }
  return false;
}

const SKIPPED = 'Memory is switched off for this conversation.';
const READ_ONLY = 'Memory is read-only for this conversation: nothing was changed.';

/**
 * Builds the memory tools' operations on a memory core's backend (see `MemoryTools`). Adapters wrap
 * them: `memosTools(memory)` from `memos-middleware/langchain` and from `memos-middleware/ai-sdk`.
 *
 * @example
 * const tools = createMemoryTools(memory);
 * await tools.remember({ text: 'I am vegetarian.' }, { userId: 'u-42', conversationId: 'chat-7' });
 */
export function createMemoryTools(
  memory: { readonly backend: MemoryBackend },
  { relativity = DEFAULTS.relativity }: { relativity?: number } = {},
): MemoryTools {
  const { backend } = memory;
  const scoped = (identity: Identity): ResolvedIdentity => requireUserId(identity);
  return {
    async searchMemory(input, identity, options) {
      const { query, limit = DEFAULT_TOOL_LIMIT } = parseInput(
        SearchMemoryInputSchema,
        input,
        'search_memory',
      );
      const user = scoped(identity);
      if (user.skip) return { memories: [], refused: 'skip', message: SKIPPED };
      const data = await backend.searchMemory(
        {
          user_id: user.userId,
          query,
          ...(user.conversationId ? { conversation_id: user.conversationId } : {}),
          memory_limit_number: limit,
          include_preference: true,
          preference_limit_number: limit,
          relativity,
        },
        options,
      );
      const relevant = (score: number | null | undefined) => typeof score !== 'number' || score >= relativity;
      const facts: MemoryToolItem[] = (data.memory_detail_list ?? [])
        .filter((item) => relevant(item.relativity) && item.memory_value)
        .map((item) => ({
          id: item.id,
          kind: 'fact',
          text: item.memory_value ?? '',
          ...relativityOf(item.relativity),
          ...isoTime(item.update_time ?? item.create_time),
        }));
      const preferences: MemoryToolItem[] = (data.preference_detail_list ?? [])
        .filter((item) => relevant(item.relativity) && item.preference)
        .map((item) => ({
          id: item.id,
          kind: 'preference',
          text: item.preference ?? '',
          ...(item.preference_type === 'explicit_preference' ? { preferenceType: 'explicit' as const } : {}),
          ...(item.preference_type === 'implicit_preference' ? { preferenceType: 'implicit' as const } : {}),
          ...relativityOf(item.relativity),
          ...isoTime(item.update_time ?? item.create_time),
        }));
      return { memories: [...facts, ...preferences] };
    },

    async remember(input, identity, options) {
      const { text } = parseInput(RememberInputSchema, input, 'remember');
      const user = scoped(identity);
      if (user.skip) return { saved: false, refused: 'skip', message: SKIPPED };
      if (user.readOnly) return { saved: false, refused: 'read-only', message: READ_ONLY };
      const added = await backend.addMessage(
        {
          user_id: user.userId,
          ...(user.conversationId ? { conversation_id: user.conversationId } : {}),
          ...(user.agentId ? { agent_id: user.agentId } : {}),
          ...(user.appId ? { app_id: user.appId } : {}),
          messages: [{ role: 'user', content: text, chat_time: formatChatTime(Date.now()) }],
        },
        options,
      );
      return {
        saved: true,
        ...(added.task_id ? { taskId: added.task_id } : {}),
        message: 'Saved to long-term memory.',
      };
    },

    async forget(input, identity, options) {
      const { memoryId } = parseInput(ForgetInputSchema, input, 'forget');
      const user = scoped(identity);
      if (user.skip) return { forgotten: false, memoryId, refused: 'skip', message: SKIPPED };
      if (user.readOnly) return { forgotten: false, memoryId, refused: 'read-only', message: READ_ONLY };
      // MemOS deletes by id for the whole project: the id must first be shown to be this user's.
      if (!(await belongsTo(backend, memoryId, user.userId, options))) {
        return {
          forgotten: false,
          memoryId,
          refused: 'not-found',
          message: 'No memory of this user has that id; search_memory lists the ids.',
        };
      }
      await backend.deleteMemory({ memory_ids: [memoryId] }, options);
      return { forgotten: true, memoryId, message: 'Deleted from long-term memory.' };
    },
  };
}
