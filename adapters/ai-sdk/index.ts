// Public entry of `memos-middleware/ai-sdk`. Re-exports only, by name.
export { type MemOSCallOptions, PROVIDER_OPTIONS_KEY } from './call-identity.ts';
export type {
  MemOSProviderMetadata,
  MemoryItemMetadata,
  PreferenceItemMetadata,
} from './memories-metadata.ts';
export { type MemOSMiddleware, type MemOSMiddlewareOptions, memosMiddleware } from './memos-middleware.ts';
export { type MemOSToolContext, type MemOSTools, memosTools } from './memos-tools.ts';
export { SPECIFICATION_VERSION, type SupportedSpecificationVersion } from './specification-version.ts';
export { withMemOS } from './with-memos.ts';
