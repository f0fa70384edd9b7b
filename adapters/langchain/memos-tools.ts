import { type DynamicStructuredTool, tool } from '@langchain/core/tools';
import {
  createMemoryTools,
  type Identity,
  MEMORY_TOOL_DEFINITIONS,
  MemOSConfigError,
  type Memory,
  readIdentity,
} from 'memos-middleware';
import { layeredIdentity } from './call-identity.ts';

/**
 * The three LangChain tools `memosTools` returns: `search_memory`, `remember`, `forget`, in that order.
 *
 * @example
 * const [searchMemory, remember, forget]: MemOSLangChainTools = memosTools(memory);
 */
export type MemOSLangChainTools = [DynamicStructuredTool, DynamicStructuredTool, DynamicStructuredTool];

/** What a tool call's config carries for identity: LangGraph adds the agent run's `context`. */
type ToolCallConfig = { configurable?: unknown; context?: unknown; signal?: AbortSignal } | undefined;

/**
 * Memory tools the model can call, as LangChain `tool()`s: `search_memory` (returns memories with
 * their ids), `remember` (adds a fact or preference) and `forget` (deletes a memory of this user by
 * id), each answering JSON. Each is scoped to the call's user: the agent run's `context`, the
 * `configurable` ids (`thread_id` as the conversation), over the static ids given here. `readOnly`
 * refuses `remember` and `forget`, `skip` makes all three no-ops.
 *
 * @example
 * const memos = memosAgentMiddleware();
 * const agent = createAgent({ model, tools: [...memosTools(memos.memory), weather], middleware: [memos] });
 */
export function memosTools(memory: Memory, identity: Identity = {}): MemOSLangChainTools {
  if (typeof (memory as Partial<Memory> | undefined)?.backend !== 'object') {
    throw new MemOSConfigError('memosTools: the first argument must be a Memory from createMemory()');
  }
  const staticIdentity = readIdentity(identity, 'memosTools ids');
  const operations = createMemoryTools(memory);
  const identityOf = (config: ToolCallConfig) =>
    layeredIdentity({ configurable: config?.configurable, context: config?.context, staticIdentity });
  const requestOptions = (config: ToolCallConfig) => ({ signal: config?.signal });
  const { search_memory, remember, forget } = MEMORY_TOOL_DEFINITIONS;

  return [
    tool(
      async (input, config: ToolCallConfig) =>
        JSON.stringify(await operations.searchMemory(input, identityOf(config), requestOptions(config))),
      { name: search_memory.name, description: search_memory.description, schema: search_memory.inputSchema },
    ),
    tool(
      async (input, config: ToolCallConfig) =>
        JSON.stringify(await operations.remember(input, identityOf(config), requestOptions(config))),
      { name: remember.name, description: remember.description, schema: remember.inputSchema },
    ),
    tool(
      async (input, config: ToolCallConfig) =>
        JSON.stringify(await operations.forget(input, identityOf(config), requestOptions(config))),
      { name: forget.name, description: forget.description, schema: forget.inputSchema },
    ),
  ] as unknown as MemOSLangChainTools;
}
