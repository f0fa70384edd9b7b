// The message type shared by the route and the page: the memories the answer used travel as the
// assistant message's metadata.
import type { ProviderMetadata, UIMessage } from 'ai';
import type { MemOSProviderMetadata } from 'memos-middleware/ai-sdk';

/** What the page shows of the memories an answer used (not the injected prompt block). */
export interface Remembered {
  readonly source: MemOSProviderMetadata['source'];
  readonly facts: readonly string[];
  readonly preferences: readonly string[];
}

export interface ChatMetadata {
  readonly remembered?: Remembered | undefined;
}

export type ChatMessage = UIMessage<ChatMetadata>;

/** The memories of one step, from its `providerMetadata.memos` (absent on calls memory skipped). */
export function rememberedOf(providerMetadata: ProviderMetadata | undefined): Remembered | undefined {
  const memos = providerMetadata?.memos as MemOSProviderMetadata | undefined;
  if (memos === undefined) return undefined;
  return {
    source: memos.source,
    facts: memos.facts.map((fact) => fact.text),
    preferences: memos.preferences.map((preference) => preference.text),
  };
}
