import type { RecallResult } from 'memos-middleware';

/**
 * One memory as exposed to the app.
 *
 * @example
 * const fact: MemoryItemMetadata = { id: 'm-1', text: 'The user lives in Lyon.', relativity: 0.82 };
 */
export interface MemoryItemMetadata {
  readonly id: string;
  readonly text: string;
  /** Relevance 0–1 as MemOS scored it, when it did. */
  readonly relativity?: number;
}

/**
 * One preference as exposed to the app.
 *
 * @example
 * const preference: PreferenceItemMetadata = { id: 'p-1', text: 'Prefers budget hotels.', type: 'implicit_preference' };
 */
export interface PreferenceItemMetadata extends MemoryItemMetadata {
  /** `explicit_preference` or `implicit_preference`, when known. */
  readonly type?: string;
}

/**
 * What `providerMetadata.memos` holds on a generate result and on a stream's `finish` part: which
 * memories the call used and where they came from. JSON only, as provider metadata must be.
 *
 * @example
 * const { providerMetadata } = await generateText({ model, prompt, providerOptions: { memos: { userId } } });
 * const used = providerMetadata?.memos as MemOSProviderMetadata | undefined;
 */
export interface MemOSProviderMetadata {
  /**
   * Where the memories came from: `search`, or `cache` (reused from a successful search of the same
   * turn: a later step, a prefetch). The call ran without memory for any other value: `skipped`,
   * `circuit-open`, `timeout`, `error` (on a later step too, when it reuses the failed search of its
   * turn) or `aborted` (the call's abort signal fired while recall waited).
   */
  readonly source: RecallResult['source'];
  /** The search query (the newest user message), when there was one. */
  readonly query?: string;
  readonly facts: readonly MemoryItemMetadata[];
  readonly preferences: readonly PreferenceItemMetadata[];
  readonly toolMemories: readonly MemoryItemMetadata[];
  /** The block injected into the prompt; absent when nothing was injected. */
  readonly block?: string;
}

const withRelativity = (relativity: number | undefined) => (relativity === undefined ? {} : { relativity });

/**
 * Turns a recall into the JSON exposed as `providerMetadata.memos`.
 *
 * @example
 * const metadata = toMemosMetadata(await memory.recall(turn));
 */
export function toMemosMetadata(recall: RecallResult): MemOSProviderMetadata {
  const { memories } = recall;
  return {
    source: recall.source,
    ...(recall.query === undefined ? {} : { query: recall.query }),
    facts: memories.facts.map((fact) => ({
      id: fact.id,
      text: fact.memory_value || fact.memory_key || '',
      ...withRelativity(fact.relativity),
    })),
    preferences: memories.preferences.map((preference) => ({
      id: preference.id,
      text: preference.preference ?? '',
      ...withRelativity(preference.relativity),
      ...(preference.preference_type ? { type: preference.preference_type } : {}),
    })),
    toolMemories: memories.toolMemories.map((tool) => ({
      id: tool.id,
      text: typeof tool.tool_value === 'string' ? tool.tool_value : (tool.experience ?? ''),
      ...withRelativity(tool.relativity),
    })),
    ...(recall.block === '' ? {} : { block: recall.block }),
  };
}
