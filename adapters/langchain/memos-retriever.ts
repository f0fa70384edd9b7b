import { CallbackManager, type Callbacks, parseCallbackConfigArg } from '@langchain/core/callbacks/manager';
import { Document } from '@langchain/core/documents';
import { BaseRetriever } from '@langchain/core/retrievers';
import { ensureConfig, type RunnableConfig } from '@langchain/core/runnables';
import type { Identity, Memory, RecalledMemories, Turn } from 'memos-middleware';
import { type MemoryOrOptions, resolveAdapterOptions } from './adapter-options.ts';
import { layeredIdentity } from './call-identity.ts';

/**
 * What each memory `Document` carries besides its text: the MemOS id, the kind of memory, how relevant
 * it is to the query, its times (as MemOS returns them) and tags.
 *
 * @example
 * const [doc] = await retriever.invoke('hotels', config); doc.metadata.kind; // 'fact'
 */
export interface MemOSDocumentMetadata {
  readonly id: string;
  readonly kind: 'fact' | 'preference' | 'tool-memory';
  readonly relativity?: number;
  readonly createTime?: number | string;
  readonly updateTime?: number | string;
  readonly tags?: readonly string[];
  /** Facts: `UserMemory`, `LongTermMemory`, …; preferences: `explicit_preference` or `implicit_preference`. */
  readonly type?: string;
  readonly conversationId?: string;
}

/**
 * Options of `MemOSRetriever`: the core's `createMemory` options (or `{ memory }` plus static ids), the
 * retriever's own `callbacks`, `tags`, `metadata`, `verbose`, and `resolveIdentity(query, config)`.
 *
 * @example
 * new MemOSRetriever({ memory, resolveIdentity: (_query, config) => ({ userId: config?.metadata?.user as string }) });
 */
export type MemOSRetrieverOptions = MemoryOrOptions & {
  resolveIdentity?:
    | ((
        query: string,
        config: RunnableConfig | undefined,
      ) => Identity | undefined | Promise<Identity | undefined>)
    | undefined;
  callbacks?: Callbacks | undefined;
  tags?: string[] | undefined;
  metadata?: Record<string, unknown> | undefined;
  verbose?: boolean | undefined;
};

type Detail = {
  readonly id: string;
  readonly relativity?: number | null | undefined;
  readonly create_time?: number | string | null | undefined;
  readonly update_time?: number | string | null | undefined;
  readonly conversation_id?: string | null | undefined;
  readonly tags?: readonly string[] | undefined;
};

function metadataOf(
  detail: Detail,
  kind: MemOSDocumentMetadata['kind'],
  type: unknown,
): MemOSDocumentMetadata {
  const present = <Value>(value: Value | null | undefined) => value !== null && value !== undefined;
  return {
    id: detail.id,
    kind,
    ...(present(detail.relativity) ? { relativity: detail.relativity! } : {}),
    ...(present(detail.create_time) ? { createTime: detail.create_time! } : {}),
    ...(present(detail.update_time) ? { updateTime: detail.update_time! } : {}),
    ...(detail.tags && detail.tags.length > 0 ? { tags: detail.tags } : {}),
    ...(typeof type === 'string' ? { type } : {}),
    ...(present(detail.conversation_id) ? { conversationId: detail.conversation_id! } : {}),
  };
}

function toDocuments(memories: RecalledMemories): Document<MemOSDocumentMetadata>[] {
  const document = (pageContent: string, metadata: MemOSDocumentMetadata) =>
    new Document({ pageContent, metadata, id: metadata.id });
  return [
    ...memories.facts.flatMap((fact) =>
      fact.memory_value ? [document(fact.memory_value, metadataOf(fact, 'fact', fact.memory_type))] : [],
    ),
    ...memories.preferences.flatMap((preference) =>
      preference.preference
        ? [document(preference.preference, metadataOf(preference, 'preference', preference.preference_type))]
        : [],
    ),
    ...memories.toolMemories.flatMap((tool) => {
      const text =
        typeof tool.tool_value === 'string' ? tool.tool_value : JSON.stringify(tool.tool_value ?? '');
      return text ? [document(text, metadataOf(tool, 'tool-memory', tool.tool_type))] : [];
    }),
  ];
}

/**
 * A LangChain retriever over the user's MemOS memories: `invoke(query, config)` returns them as
 * `Document`s (text as `pageContent`; id, kind, relativity, times and tags in `metadata`), recalled by
 * the memory core (budget, breaker, relativity floor, fail-open with `onError`). Identity comes per
 * call from `config.configurable` (`userId`, `conversationId`, `thread_id`/`sessionId`),
 * `resolveIdentity(query, config)` or static ids: `BaseRetriever` does not hand the config to
 * `_getRelevantDocuments`, so `invoke` reads it first.
 *
 * @example
 * const retriever = new MemOSRetriever({ memory });
 * const docs = await retriever.invoke('Where does the user travel?', { configurable: { userId: 'u-42' } });
 */
export class MemOSRetriever extends BaseRetriever<MemOSDocumentMetadata> {
  static override lc_name(): string {
    return 'MemOSRetriever';
  }
  override lc_namespace = ['memos_middleware', 'retrievers'];
  /** The memory core this retriever searches through. */
  readonly memory: Memory;
  readonly #staticIdentity: Identity;
  readonly #resolveIdentity: MemOSRetrieverOptions['resolveIdentity'];

  constructor(options: MemOSRetrieverOptions = {}) {
    const { memory, staticIdentity, extras } = resolveAdapterOptions('MemOSRetriever', options, [
      'resolveIdentity',
      'callbacks',
      'tags',
      'metadata',
      'verbose',
    ]);
    super({
      ...(extras.callbacks === undefined ? {} : { callbacks: extras.callbacks as Callbacks }),
      ...(extras.tags === undefined ? {} : { tags: extras.tags as string[] }),
      ...(extras.metadata === undefined ? {} : { metadata: extras.metadata as Record<string, unknown> }),
      ...(extras.verbose === undefined ? {} : { verbose: extras.verbose as boolean }),
    });
    this.memory = memory;
    this.#staticIdentity = staticIdentity;
    this.#resolveIdentity = extras.resolveIdentity as MemOSRetrieverOptions['resolveIdentity'];
  }

  async #retrieve(query: string, identity: Identity, config: RunnableConfig | undefined) {
    const turn: Turn = {
      ...identity,
      messages: [{ role: 'user', parts: [{ type: 'text', text: query }] }],
      signal: config?.signal,
      context: { query, config },
    };
    const { memories } = await this.memory.recall(turn);
    return toDocuments(memories);
  }

  /** Recalls with the static ids only (no per-call config reaches this method); `invoke` is the way in. */
  override async _getRelevantDocuments(query: string): Promise<Document<MemOSDocumentMetadata>[]> {
    return this.#retrieve(query, layeredIdentity({ staticIdentity: this.#staticIdentity }), undefined);
  }

  /** Reads the call's identity from its config, then runs the retrieval with LangChain's callbacks. */
  override async invoke(input: string, options?: RunnableConfig): Promise<Document<MemOSDocumentMetadata>[]> {
    const config: RunnableConfig = ensureConfig(parseCallbackConfigArg(options));
    const resolved = this.#resolveIdentity ? await this.#resolveIdentity(input, config) : undefined;
    const identity = layeredIdentity({
      configurable: config.configurable,
      staticIdentity: this.#staticIdentity,
      resolved,
    });
    const callbackManager = await CallbackManager.configure(
      config.callbacks,
      this.callbacks,
      config.tags,
      this.tags,
      config.metadata,
      this.metadata,
      { verbose: this.verbose === true },
    );
    const runManager = await callbackManager?.handleRetrieverStart(
      this.toJSON(),
      input,
      config.runId,
      undefined,
      undefined,
      undefined,
      config.runName,
    );
    try {
      const documents = await this.#retrieve(input, identity, config);
      await runManager?.handleRetrieverEnd(documents);
      return documents;
    } catch (error) {
      await runManager?.handleRetrieverError(error);
      throw error;
    }
  }
}
