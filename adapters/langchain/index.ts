// Public entry of `memos-middleware/langchain`. Re-exports only, by name. Importing it loads
// `@langchain/core` but not `langchain`: the agent middleware needs `langchain` only for its types.
export {
  type MemOSAgentMiddleware,
  type MemOSAgentMiddlewareOptions,
  type MemOSAgentState,
  memosAgentMiddleware,
} from './agent-middleware.ts';
export type { MemOSAgentContext } from './call-identity.ts';
export {
  MemOSChatMessageHistory,
  type MemOSChatMessageHistoryOptions,
} from './memos-chat-message-history.ts';
export { type MemOSDocumentMetadata, MemOSRetriever, type MemOSRetrieverOptions } from './memos-retriever.ts';
export { type MemOSLangChainTools, memosTools } from './memos-tools.ts';
export { type MemOSRunnable, type MemOSRunnableOptions, withMemOS } from './with-memos.ts';
