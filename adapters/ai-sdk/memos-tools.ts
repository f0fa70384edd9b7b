import type { Tool, ToolExecutionOptions } from 'ai';
import {
  createMemoryTools,
  type ForgetToolInput,
  type ForgetToolResult,
  type Identity,
  MEMORY_TOOL_DEFINITIONS,
  MemOSConfigError,
  type Memory,
  type RememberToolInput,
  type RememberToolResult,
  readIdentity,
  type SearchMemoryToolInput,
  type SearchMemoryToolResult,
} from 'memos-middleware';
import { z } from 'zod';

/**
 * What a memory tool may take from its entry of `toolsContext` (AI SDK 7): the call's identity.
 *
 * @example
 * await generateText({ model, prompt, tools, toolsContext: { search_memory: { userId: 'u-42' } } });
 */
export type MemOSToolContext = Identity;

// Typed for `toolsContext`, optional (ids bound at creation may be enough), every value accepted:
// AI SDK validates the context with this schema and would throw its own error; `readIdentity` checks
// the values and throws a MemOSConfigError naming the field instead.
const contextSchema = z
  .object({
    userId: z.custom<string>().optional(),
    conversationId: z.custom<string>().optional(),
    agentId: z.custom<string>().optional(),
    appId: z.custom<string>().optional(),
    readOnly: z.custom<boolean>().optional(),
    skip: z.custom<boolean>().optional(),
  })
  .optional();

/**
 * The tools `memosTools` returns, under their tool names.
 *
 * @example
 * const tools: MemOSTools = memosTools(memory, { userId: 'u-42' });
 */
export type MemOSTools = {
  search_memory: Tool<SearchMemoryToolInput, SearchMemoryToolResult, MemOSToolContext | undefined>;
  remember: Tool<RememberToolInput, RememberToolResult, MemOSToolContext | undefined>;
  forget: Tool<ForgetToolInput, ForgetToolResult, MemOSToolContext | undefined>;
};

/** AI SDK 7 hands the tool its `context`; 5 and 6 hand every tool the call's `experimental_context`. */
type ExecuteOptions = ToolExecutionOptions<MemOSToolContext | undefined> & { experimental_context?: unknown };

/**
 * Memory tools the model can call, as AI SDK tools under their tool names: `search_memory` (returns
 * memories with their ids), `remember` (adds a fact or preference), `forget` (deletes a memory of this
 * user by id). Each is scoped to a user: the ids bound here (build the set per request, it is cheap),
 * under the tool's entry of `toolsContext` (AI SDK 7; `experimental_context` in 5 and 6). `readOnly`
 * refuses `remember` and `forget`, `skip` makes all three no-ops.
 *
 * @example
 * const result = streamText({ model, prompt, tools: { ...memosTools(memory, { userId: 'u-42' }), weather } });
 */
export function memosTools(memory: Memory, identity: Identity = {}): MemOSTools {
  if (typeof (memory as Partial<Memory> | undefined)?.backend !== 'object') {
    throw new MemOSConfigError('memosTools: the first argument must be a Memory from createMemory()');
  }
  const staticIdentity = readIdentity(identity, 'memosTools ids');
  const operations = createMemoryTools(memory);
  const identityOf = (options: ExecuteOptions): Identity => ({
    ...staticIdentity,
    ...readIdentity(options.context ?? options.experimental_context, 'tool context'),
  });
  const request = (options: ExecuteOptions) => ({ signal: options.abortSignal });
  const { search_memory, remember, forget } = MEMORY_TOOL_DEFINITIONS;

  // Plain objects, as `tool()` returns its argument: its signature cannot type an optional context.
  return {
    search_memory: {
      description: search_memory.description,
      inputSchema: search_memory.inputSchema,
      contextSchema,
      execute: (input, options) => operations.searchMemory(input, identityOf(options), request(options)),
    },
    remember: {
      description: remember.description,
      inputSchema: remember.inputSchema,
      contextSchema,
      execute: (input, options) => operations.remember(input, identityOf(options), request(options)),
    },
    forget: {
      description: forget.description,
      inputSchema: forget.inputSchema,
      contextSchema,
      execute: (input, options) => operations.forget(input, identityOf(options), request(options)),
    },
  };
}
