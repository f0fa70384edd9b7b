// Public entry of `memos-middleware/local`: the embedded MemOS engine (Node only). Re-exports only, by
// name; test/exports.test.ts lists the surface.
export {
  createEmbedder,
  type Embedder,
  type EmbeddingsEndpointOptions,
  type EmbedFunction,
} from './embeddings/embedder.ts';
export { LOCAL_ERROR_CODES, memosErrorCode } from './errors.ts';
export {
  createLLMExtractor,
  LLM_EXTRACTION_PROMPT,
  type LLMExtractorOptions,
} from './extraction/llm-extractor.ts';
export type { OpenAIClientLike } from './extraction/openai-loader.ts';
export { createRuleExtractor, type RuleExtractorOptions } from './extraction/rule-extractor.ts';
export type {
  ExistingMemory,
  ExtractedMemory,
  ExtractionInput,
  ExtractionResult,
  Extractor,
  MemoryKind,
  MemoryOperation,
  StoredMessage,
} from './extraction/types.ts';
export { LocalMemOS, type LocalMemOSOptions } from './local-memos.ts';
export type { RankingWeights } from './search/search-memories.ts';
// --- MemOS-compatible HTTP server ---
export {
  createMemOSServer,
  type MemOSServer,
  type MemOSServerLogEntry,
  type MemOSServerOptions,
  type ServedBackend,
} from './server/index.ts';
export type { IdempotencyOptions } from './store/idempotency-store.ts';
export { DEFAULT_DATABASE_PATH } from './store/open-database.ts';
