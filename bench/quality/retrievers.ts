import type { MemoryBackend, SearchMemoryData } from 'memos-middleware';
import { createBM25Index } from './bm25.ts';
import type { RankedItem } from './recall.ts';
import { stem } from './stemmer.ts';
import { STOP_WORDS } from './stop-words.ts';
import type { Dataset, DatasetMessage, Persona } from './types.ts';

/** What a system returns for a question: ranked items as source message ids, their text and score. */
export interface Retrieved {
  ranking: RankedItem[];
  texts: string[];
  /** The engine's relativity per item (baselines: their own score). */
  scores: number[];
}

/** How many items a baseline returns: recall is measured at 5 and 10. */
export const RETRIEVE_LIMIT = 10;

/** A baseline: one persona's user messages, searched per question. */
export interface PersonaRetriever {
  retrieve(question: string): Retrieved;
}

const userMessages = (persona: Persona): DatasetMessage[] =>
  persona.sessions.flatMap((session) => session.messages).filter((message) => message.role === 'user');

/**
 * Stop words out, Porter stems in: the analysis of the verdict's baseline.
 *
 * @example
 * stemmedTerms(['where', 'is', 'she', 'living', 'now']); // ['live']
 */
export function stemmedTerms(tokens: string[]): string[] {
  return tokens.filter((token) => !STOP_WORDS.has(token)).map(stem);
}

/**
 * The verdict's baseline: Okapi BM25 (k1 1.2, b 0.75) over the persona's user messages only, stop words
 * removed and words stemmed, top 10 messages.
 *
 * @example
 * createBM25Retriever(persona).retrieve('where does she live').ranking; // [['claire-s05-m01'], ...]
 */
export function createBM25Retriever(persona: Persona): PersonaRetriever {
  const messages = userMessages(persona);
  const textById = new Map(messages.map((message) => [message.id, message.content]));
  const index = createBM25Index(
    messages.map(({ id, content }) => ({ id, text: content })),
    { analyze: stemmedTerms },
  );
  return {
    retrieve(question) {
      const hits = index.search(question, RETRIEVE_LIMIT);
      return {
        ranking: hits.map((hit) => [hit.id]),
        texts: hits.map((hit) => textById.get(hit.id) ?? ''),
        scores: hits.map((hit) => hit.score),
      };
    },
  };
}

/**
 * The floor: 10 of the persona's user messages drawn at random (seeded), a fresh draw per call.
 *
 * @example
 * createRandomRetriever(persona, 7).retrieve('anything').ranking.length; // 10
 */
export function createRandomRetriever(persona: Persona, seed: number): PersonaRetriever {
  const messages = userMessages(persona);
  let state = seed >>> 0;
  const next = () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 4294967296;
  };
  return {
    retrieve() {
      const pool = [...messages];
      for (let index = pool.length - 1; index > 0; index -= 1) {
        const other = Math.floor(next() * (index + 1));
        [pool[index], pool[other]] = [pool[other]!, pool[index]!];
      }
      const drawn = pool.slice(0, RETRIEVE_LIMIT);
      return {
        ranking: drawn.map((message) => [message.id]),
        texts: drawn.map((message) => message.content),
        scores: drawn.map(() => 0),
      };
    },
  };
}

/** How one engine search is made. */
export interface EngineSearch {
  /** `undefined`: the API default (0.45). */
  readonly relativity?: number | undefined;
  /** `undefined`: the API defaults (9 facts, 9 preferences). */
  readonly limit?: number | undefined;
}

/** The engine holding every persona of a set in one store. */
export interface EngineRetriever {
  /** Facts and preferences merged by relativity; asked at `askedAt` (epoch ms). */
  search(persona: Persona, question: string, askedAt: number, options?: EngineSearch): Promise<Retrieved>;
  /** Dataset message ids some stored memory came from: what extraction kept. */
  readonly extractedSources: ReadonlySet<string>;
  /** The texts of the memories each dataset message became. */
  readonly memoriesFrom: ReadonlyMap<string, readonly string[]>;
  /** Memories held per user after loading. */
  readonly memoriesPerUser: ReadonlyMap<string, number>;
  /** Source messages that matched no dataset message (should stay 0). */
  readonly unmappedSources: number;
  close(): Promise<void>;
}

type Source = { role?: string | undefined; content?: unknown; chat_time?: string | null | undefined };

const sourceKey = (userId: string, source: Source) =>
  [
    userId,
    source.role ?? '?',
    source.chat_time ?? '',
    typeof source.content === 'string' ? source.content : JSON.stringify(source.content),
  ].join('\u0000');

/** Epoch ms of a dataset time (`YYYY-MM-DD HH:mm:ss`, UTC). */
export const datasetTime = (time: string) => Date.parse(`${time.replace(' ', 'T')}Z`);

/**
 * Loads every persona of the set into one backend (each session one `addMessage` with its conversation
 * id and chat times, the clock at the session's end), as the product would have stored them.
 * `createBackend` gets the clock, so a search runs at the time its question is asked.
 *
 * @example
 * const engine = await loadEngine(dataset, (now) => new LocalMemOS({ path: ':memory:', now }));
 */
export async function loadEngine(
  dataset: Dataset,
  createBackend: (now: () => number) => MemoryBackend | Promise<MemoryBackend>,
): Promise<EngineRetriever> {
  let clock = 0;
  const backend = await createBackend(() => clock);
  // The wire shape carries no message ids of ours, so sources are matched back by user, role, chat time
  // and content (unique within a persona; the dataset test checks it).
  const idBySource = new Map<string, string>();
  for (const persona of dataset.personas)
    for (const session of persona.sessions)
      for (const message of session.messages) idBySource.set(sourceKey(persona.user_id, message), message.id);
  // Sessions are added in time order across personas, as a live service would receive them.
  const sessions = dataset.personas
    .flatMap((persona) => persona.sessions.map((session) => ({ persona, session })))
    .sort(
      (left, right) =>
        datasetTime(left.session.messages[0]?.chat_time ?? '') -
        datasetTime(right.session.messages[0]?.chat_time ?? ''),
    );
  for (const { persona, session } of sessions) {
    clock = datasetTime(session.messages.at(-1)?.chat_time ?? '1970-01-01 00:00:00');
    await backend.addMessage({
      user_id: persona.user_id,
      conversation_id: session.conversation_id,
      messages: session.messages.map(({ role, content, chat_time }) => ({ role, content, chat_time })),
      async_mode: false,
    });
  }

  const state = { unmapped: 0 };
  const toIds = (userId: string, sources: readonly Source[] | undefined): string[] =>
    (sources ?? []).flatMap((source) => {
      const id = idBySource.get(sourceKey(userId, source));
      if (id === undefined) state.unmapped += 1;
      return id === undefined ? [] : [id];
    });

  const extractedSources = new Set<string>();
  const memoriesFrom = new Map<string, string[]>();
  const memoriesPerUser = new Map<string, number>();
  for (const persona of dataset.personas) {
    let count = 0;
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
      count += items.length;
      for (const item of items) {
        for (const id of toIds(persona.user_id, item.sources)) {
          extractedSources.add(id);
          memoriesFrom.set(id, [...(memoriesFrom.get(id) ?? []), item.text]);
        }
      }
      if (items.length === 0 || (data.pages !== undefined && data.pages !== null && page >= data.pages))
        break;
    }
    memoriesPerUser.set(persona.user_id, count);
  }

  return {
    extractedSources,
    memoriesFrom,
    memoriesPerUser,
    get unmappedSources() {
      return state.unmapped;
    },
    async search(persona, question, askedAt, { relativity, limit } = {}) {
      clock = askedAt;
      const data: SearchMemoryData = await backend.searchMemory({
        user_id: persona.user_id,
        query: question,
        ...(relativity === undefined ? {} : { relativity }),
        ...(limit === undefined ? {} : { memory_limit_number: limit, preference_limit_number: limit }),
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
      ].sort((left, right) => right.relativity - left.relativity);
      return {
        ranking: items.map((item) => toIds(persona.user_id, item.sources)),
        texts: items.map((item) => item.text),
        scores: items.map((item) => item.relativity),
      };
    },
    async close() {
      await backend.close?.();
    },
  };
}
