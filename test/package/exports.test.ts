// The public surface of each entry, listed: a change to what the package exports is deliberate (this
// test changes with it). Type-only exports do not exist at run time; the compiled README snippets and
// the adapters, which import only through these entries, check those.
import { describe, expect, it } from 'vitest';

const surfaces: Record<string, readonly string[]> = {
  'memos-middleware': [
    'DEFAULTS',
    'DEFAULT_BASE_URL',
    'LIMITS',
    'MemOSAPIError',
    'MemOSAbortError',
    'MemOSAuthenticationError',
    'MemOSBadRequestError',
    'MemOSClient',
    'MemOSConfigError',
    'MemOSConnectionError',
    'MemOSError',
    'MemOSInvalidRequestError',
    'MemOSNotFoundError',
    'MemOSQuotaError',
    'MemOSRateLimitError',
    'MemOSResponseError',
    'MemOSServerError',
    'MemOSTimeoutError',
    'MEMORY_TOOL_DEFINITIONS',
    'appendToSystem',
    'applyPlacement',
    'createAPIError',
    'createMemory',
    'createMemoryTools',
    'createWriter',
    'formatMemories',
    'placeMemoryBlock',
    'prependToUser',
    'readIdentity',
    'stripMemoryBlock',
  ],
  'memos-middleware/ai-sdk': [
    'PROVIDER_OPTIONS_KEY',
    'SPECIFICATION_VERSION',
    'memosMiddleware',
    'memosTools',
    'withMemOS',
  ],
  'memos-middleware/ai-sdk/demo': ['demoModel'],
  'memos-middleware/langchain': [
    'MemOSChatMessageHistory',
    'MemOSRetriever',
    'memosAgentMiddleware',
    'memosTools',
    'withMemOS',
  ],
  'memos-middleware/openai': ['MEMOS_FIELD', 'withMemOS'],
  'memos-middleware/local': [
    'DEFAULT_DATABASE_PATH',
    'LLM_EXTRACTION_PROMPT',
    'LOCAL_ERROR_CODES',
    'LocalMemOS',
    'createEmbedder',
    'createLLMExtractor',
    'createMemOSServer',
    'createRuleExtractor',
    'memosErrorCode',
  ],
};

describe('public entries', () => {
  it.each(Object.entries(surfaces))('%s exports exactly its documented names', async (entry, names) => {
    const module = (await import(/* @vite-ignore */ entry)) as Record<string, unknown>;
    expect(Object.keys(module).sort()).toEqual([...names].sort());
  });

  it('package.json maps every listed entry, and nothing else but package.json', async () => {
    const { default: manifest } = await import('../../package.json', { with: { type: 'json' } });
    const subpaths = Object.keys(manifest.exports).filter((key) => key !== './package.json');
    const expected = Object.keys(surfaces).map((entry) => entry.replace(/^memos-middleware/, '.'));
    expect(subpaths.sort()).toEqual(expected.sort());
  });
});
