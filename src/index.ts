// Public entry of `memos-middleware`: the documented API, re-exported by name (test/exports.test.ts
// lists it, so a change to the surface is deliberate). Importing this module must not load any Node
// built-in (edge runtimes): the embedded engine is loaded on first use, or lives behind `./local`.

// --- api (wire types and schemas) ---
export {
  type AddFeedbackRequest,
  type AddMessageData,
  type AddMessageRequest,
  DEFAULT_BASE_URL,
  DEFAULTS,
  type DeleteMemoryRequest,
  type GetMemoryData,
  type GetMemoryRequest,
  type GetMessageData,
  type GetMessageRequest,
  type GetStatusData,
  LIMITS,
  type MemOSFilter,
  type MemoryBackend,
  type MemoryByIdData,
  type MemoryDetail,
  type MessageInput,
  type PreferenceDetail,
  type RequestOptions,
  type SearchMemoryData,
  type SearchMemoryRequest,
  type TaskData,
  type ToolMemoryDetail,
  type UpdateMemoryRequest,
} from './api/index.ts';
// --- client ---
export { type FetchLike, MemOSClient, type MemOSClientOptions } from './client/index.ts';
// --- errors ---
export {
  createAPIError,
  MemOSAbortError,
  MemOSAPIError,
  type MemOSAPIErrorDetails,
  MemOSAuthenticationError,
  MemOSBadRequestError,
  MemOSConfigError,
  MemOSConnectionError,
  MemOSError,
  MemOSInvalidRequestError,
  type MemOSIssue,
  MemOSNotFoundError,
  MemOSQuotaError,
  MemOSRateLimitError,
  MemOSResponseError,
  MemOSServerError,
  MemOSTimeoutError,
} from './errors/index.ts';
// --- memory core ---
export { type IdentityInput, readIdentity } from './memory/identity-fields.ts';
export { createMemory } from './memory/index.ts';
export {
  type ForgetToolInput,
  type ForgetToolResult,
  MEMORY_TOOL_DEFINITIONS,
  type MemoryToolItem,
  type MemoryToolRefusal,
  type RememberToolInput,
  type RememberToolResult,
  type SearchMemoryToolInput,
  type SearchMemoryToolResult,
} from './memory/memory-tool-definitions.ts';
export { createMemoryTools, type MemoryTools } from './memory/memory-tools.ts';
// --- memory core types ---
export type { Memory, MemoryOptions } from './memory/types.ts';
// --- prompt block and placement ---
export {
  appendToSystem,
  applyPlacement,
  type FormatMemoriesOptions,
  formatMemories,
  type PromptCodec,
  placeMemoryBlock,
  prependToUser,
  stripMemoryBlock,
} from './prompt/index.ts';
export type {
  AbortPolicy,
  Identity,
  MemoryEventHooks,
  MemoryEvents,
  MemoryTemplate,
  Placement,
  RecalledMemories,
  RecallResult,
  Reply,
  Turn,
  TurnMessage,
  TurnPart,
  WriterOptions,
} from './types.ts';
// --- background writer ---
export {
  type CreateWriterOptions,
  createWriter,
  type Writer,
  type WriterCloseResult,
  type WriterFlushResult,
  type WriterWaitOptions,
} from './writer/index.ts';
