import type { MemoryBackend, SearchMemoryData } from 'memos-middleware';
import { createBM25Index, tokenize } from './bm25.ts';
import type { RankedItem } from './recall.ts';
import type { Persona } from './types.ts';

/** What a retriever returns for a question: ranked items as source message ids, plus their text. */
export interface Retrieved {
  ranking: RankedItem[];
  texts: string[];
}

/** A retriever loaded with one persona's history. */
export interface PersonaRetriever {
  /** The ranking for a question; `limit` defaults to RETRIEVE_LIMIT (deeper limits serve diagnosis). */
  retrieve(question: string, limit?: number): Promise<Retrieved>;
  /** Dataset message ids some stored memory came from (engine only): what extraction kept. */
  extractedSources?: ReadonlySet<string>;
  /** The texts of the memories each dataset message became (engine only). */
  memoriesFrom?: ReadonlyMap<string, readonly string[]>;
  /** How many memories the engine holds for the persona after loading (engine only). */
  memoryCount?: number;
  /** Source messages that matched no dataset message (should stay 0). */
  unmappedSources: number;
  close(): Promise<void>;
}

/** How many items every retriever returns; recall is measured at 5 and 10. */
export const RETRIEVE_LIMIT = 10;

/** Variants of the BM25 retriever, for diagnosis; the baseline uses none. */
export interface BM25RetrieverOptions {
  /** Index user messages only. @default false */
  userOnly?: boolean;
  /** Tokens dropped from messages and questions. @default none */
  stopWords?: ReadonlySet<string> | undefined;
}

/**
 * The baseline: BM25 over every raw message (user and assistant) of the persona.
 *
 * @example
 * const retriever = createBM25Retriever(persona);
 * (await retriever.retrieve('where does she live')).ranking; // [['claire-s05-m01'], ...]
 */
export function createBM25Retriever(
  persona: Persona,
  { userOnly = false, stopWords }: BM25RetrieverOptions = {},
): PersonaRetriever {
  const messages = persona.sessions
    .flatMap((session) => session.messages)
    .filter((message) => !userOnly || message.role === 'user');
  const textById = new Map(messages.map((message) => [message.id, message.content]));
  const prepare = (text: string) =>
    stopWords === undefined
      ? text
      : tokenize(text)
          .filter((token) => !stopWords.has(token))
          .join(' ');
  const index = createBM25Index(messages.map(({ id, content }) => ({ id, text: prepare(content) })));
  return {
    unmappedSources: 0,
    async retrieve(question, limit = RETRIEVE_LIMIT) {
      const hits = index.search(prepare(question), limit);
      return { ranking: hits.map((hit) => [hit.id]), texts: hits.map((hit) => textById.get(hit.id) ?? '') };
    },
    async close() {},
  };
}

type Source = { role?: string | undefined; content?: unknown };

const sourceKey = (role: string | undefined, content: unknown) =>
  `${role ?? '?'}\u0000${typeof content === 'string' ? content : JSON.stringify(content)}`;

/**
 * The engine: one fresh backend per persona, each session added with its conversation id and chat
 * times, then searched per question with facts and preferences merged by relativity.
 *
 * @example
 * const retriever = await createEngineRetriever(persona, () => new LocalMemOS({ path: ':memory:' }));
 */
export async function createEngineRetriever(
  persona: Persona,
  createBackend: () => MemoryBackend | Promise<MemoryBackend>,
): Promise<PersonaRetriever> {
  const backend = await createBackend();
  // The wire shape carries no message ids of ours, so sources are matched back by role and content
  // (unique within a persona; the dataset test checks it).
  const idBySource = new Map<string, string>();
  for (const session of persona.sessions) {
    for (const message of session.messages)
      idBySource.set(sourceKey(message.role, message.content), message.id);
  }
  for (const session of persona.sessions) {
    await backend.addMessage({
      user_id: persona.user_id,
      conversation_id: session.conversation_id,
      messages: session.messages.map(({ role, content, chat_time }) => ({ role, content, chat_time })),
      async_mode: false,
    });
  }
  const state = { unmapped: 0 };
  const toIds = (sources: readonly Source[] | undefined): string[] =>
    (sources ?? []).flatMap((source) => {
      const id = idBySource.get(sourceKey(source.role, source.content));
      if (id === undefined) state.unmapped += 1;
      return id === undefined ? [] : [id];
    });

  const extractedSources = new Set<string>();
  const memoriesFrom = new Map<string, string[]>();
  let memoryCount = 0;
  for (let page = 1; ; page += 1) {
    const data = await backend.getMemory({
      user_id: persona.user_id,
      page,
      size: 50,
      include_preference: true,
    });
    const items = [
      ...(data.memory_detail_list ?? []).map((item) => ({
        text: item.memory_value ?? '',
        sources: item.sources,
      })),
      ...(data.preference_detail_list ?? []).map((item) => ({
        text: item.preference ?? '',
        sources: item.sources,
      })),
    ];
    memoryCount += items.length;
    for (const item of items) {
      for (const id of toIds(item.sources)) {
        extractedSources.add(id);
        memoriesFrom.set(id, [...(memoriesFrom.get(id) ?? []), item.text]);
      }
    }
    if (items.length === 0 || (data.pages !== undefined && data.pages !== null && page >= data.pages)) break;
  }

  return {
    extractedSources,
    memoriesFrom,
    memoryCount,
    get unmappedSources() {
      return state.unmapped;
    },
    async retrieve(question, limit = RETRIEVE_LIMIT) {
      const data: SearchMemoryData = await backend.searchMemory({
        user_id: persona.user_id,
        query: question,
        memory_limit_number: limit,
        preference_limit_number: limit,
        include_preference: true,
        relativity: 0,
      });
      const items = [
        ...(data.memory_detail_list ?? []).map((item) => ({
          relativity: item.relativity ?? 0,
          text: item.memory_value ?? item.memory_key ?? '',
          sources: item.sources,
        })),
        ...(data.preference_detail_list ?? []).map((item) => ({
          relativity: item.relativity ?? 0,
          text: item.preference ?? '',
          sources: item.sources,
        })),
      ]
        .sort((left, right) => right.relativity - left.relativity)
        .slice(0, limit);
      return { ranking: items.map((item) => toIds(item.sources)), texts: items.map((item) => item.text) };
    },
    async close() {
      await backend.close?.();
    },
  };
}
