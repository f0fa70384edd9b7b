// Public entry of `memos-middleware`. Re-exports only, by name. Importing this module must not load
// any Node built-in (edge runtimes): Node-only parts are loaded lazily or live behind `./local`.

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
// --- client (issue: foundation) ---
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
// --- memory core, prompt, writer (issue: memory core) ---
export {
  type CaptureDeltaOptions,
  captureDelta,
  createLazyBackend,
  createMemory,
  DEFAULT_LOCAL_PATH,
  type DefaultBackend,
  MAX_QUERY_CHARS,
  recallQuery,
  resolveDefaultBackend,
  type TurnDelta,
} from './memory/index.ts';
// --- memory core types ---
export type { Memory, MemoryOptions } from './memory/types.ts';
// --- prompt block and placement (issue: memory core) ---
export {
  appendToSystem,
  applyPlacement,
  buildMemoryBlock,
  escapeMemoryText,
  type FormatMemoriesOptions,
  formatMemories,
  type MemoryBlock,
  type PromptCodec,
  placeMemoryBlock,
  prependToUser,
  selectMemories,
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
// --- background writer (issue: memory core) ---
export { type CreateWriterOptions, createWriter, type Writer } from './writer/index.ts';
