// What the memory tools are, for the model and for adapters: names, descriptions, strict zod input
// schemas, and the shapes of their results. `memory-tools.ts` does the work.
import { z } from 'zod';
import { LIMITS, MAX_QUERY_CHARS } from '../api/limits.ts';

export const SearchMemoryInputSchema = z.strictObject({
  query: z
    .string()
    .min(1)
    .max(MAX_QUERY_CHARS)
    .describe('What to look for, in a few words or a question, e.g. "dietary preferences".'),
  limit: z
    .int()
    .min(1)
    .max(LIMITS.searchLimitMax)
    .optional()
    .describe('Most memories of each kind (facts, preferences) to return. Default 6.'),
});
export const RememberInputSchema = z.strictObject({
  text: z
    .string()
    .min(1)
    .max(2000)
    .describe('One short, self-contained statement, e.g. "I am vegetarian." or "My daughter is called Mia."'),
});
export const ForgetInputSchema = z.strictObject({
  memoryId: z
    .string()
    .min(1)
    .max(200)
    .describe('The id of the memory to delete, as search_memory returned it.'),
});

/**
 * Name, description and zod input schema of each memory tool, shared by every adapter's tools.
 *
 * @example
 * const { description, inputSchema } = MEMORY_TOOL_DEFINITIONS.search_memory;
 */
export const MEMORY_TOOL_DEFINITIONS = {
  search_memory: {
    name: 'search_memory',
    description:
      "Search the user's long-term memory: facts and preferences kept from earlier conversations. Use it " +
      'when the answer may depend on something the user said before that is not in this conversation. ' +
      'Returns the matching memories with their ids.',
    inputSchema: SearchMemoryInputSchema,
  },
  remember: {
    name: 'remember',
    description:
      'Save a lasting fact or preference about the user to long-term memory, so later conversations can use it. Use it when the user asks you to remember something or states something about themselves worth keeping.',
    inputSchema: RememberInputSchema,
  },
  forget: {
    name: 'forget',
    description:
      "Delete one memory from the user's long-term memory by its id (ids come from search_memory). Use it " +
      'when the user asks you to forget something or says a memory is wrong.',
    inputSchema: ForgetInputSchema,
  },
} as const;

/**
 * Input of `search_memory`.
 *
 * @example
 * const input: SearchMemoryToolInput = { query: 'dietary preferences', limit: 5 };
 */
export type SearchMemoryToolInput = z.input<typeof SearchMemoryInputSchema>;
/**
 * Input of `remember`.
 *
 * @example
 * const input: RememberToolInput = { text: 'I am vegetarian.' };
 */
export type RememberToolInput = z.input<typeof RememberInputSchema>;
/**
 * Input of `forget`.
 *
 * @example
 * const input: ForgetToolInput = { memoryId: 'a1b2c3' };
 */
export type ForgetToolInput = z.input<typeof ForgetInputSchema>;

/**
 * One memory as `search_memory` hands it to the model.
 *
 * @example
 * const item: MemoryToolItem = { id: 'a1b2c3', kind: 'fact', text: 'The user is vegetarian.', relativity: 0.9 };
 */
export interface MemoryToolItem {
  readonly id: string;
  readonly kind: 'fact' | 'preference';
  readonly text: string;
  readonly preferenceType?: 'explicit' | 'implicit';
  readonly relativity?: number;
  /** When the memory last changed, ISO 8601. */
  readonly updatedAt?: string;
}

/**
 * Why a tool did nothing: memory is off (`skip`) or read-only for this call, or the id is not the user's.
 *
 * @example
 * if (result.refused === 'read-only') console.log(result.message);
 */
export type MemoryToolRefusal = 'skip' | 'read-only' | 'not-found';

/**
 * What `search_memory` returns.
 *
 * @example
 * const { memories } = await tools.searchMemory({ query: 'diet' }, { userId: 'u-42' });
 */
export interface SearchMemoryToolResult {
  readonly memories: readonly MemoryToolItem[];
  readonly refused?: MemoryToolRefusal;
  readonly message?: string;
}
/**
 * What `remember` returns.
 *
 * @example
 * const { saved, message } = await tools.remember({ text: 'I am vegetarian.' }, { userId: 'u-42' });
 */
export interface RememberToolResult {
  readonly saved: boolean;
  readonly taskId?: string;
  readonly refused?: MemoryToolRefusal;
  readonly message: string;
}
/**
 * What `forget` returns.
 *
 * @example
 * const { forgotten } = await tools.forget({ memoryId: 'a1b2c3' }, { userId: 'u-42' });
 */
export interface ForgetToolResult {
  readonly forgotten: boolean;
  readonly memoryId: string;
  readonly refused?: MemoryToolRefusal;
  readonly message: string;
}
