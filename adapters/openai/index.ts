// Public entry of `memos-middleware/openai`. Re-exports only, by name.
export { MEMOS_FIELD, type MemOSCallOptions, type MemOSParams } from './call-identity.ts';
export type { MemOSOpenAIOptions } from './client-options.ts';
export type { MemOSChatCompletionsCreate, MemOSOpenAI, MemOSResponsesCreate } from './client-types.ts';
export { withMemOS } from './with-memos.ts';
