import type { DatabaseSync, SQLInputValue } from 'node:sqlite';
import { DEFAULTS } from '../../api/limits.ts';
import type { SearchMemoryRequest } from '../../api/requests.ts';
import type { SearchMemoryData } from '../../api/responses.ts';
import type { MemoryKind } from '../extraction/types.ts';
import { type MemoryRow, type MemoryStore, scopeToken } from '../store/memory-store.ts';
import { type Subject, subjectOf } from '../store/message-store.ts';
import type { StatementCache } from '../store/statement-cache.ts';
import { toMemoryDetail, toPreferenceDetail, toToolMemoryDetail } from '../store/wire-shapes.ts';
import { type CompiledFilter, compileFilter } from './filter.ts';
import { preferenceNote } from './preference-note.ts';
import { fuseRanks, type RankedList, withEvidence } from './rank-fusion.ts';
import { queryTerms, trigramMatch, wordMatch } from './text-terms.ts';
import { cosineSimilarity, type VectorIndex } from './vector-ranking.ts';

/** How much each ranked list weighs in the fused relativity (see `fuseRanks`). */
export interface RankingWeights {
  /** Stemmed word index (BM25, key > value > tags). @default 0.9 */
  readonly words?: number;
  /** Trigram index (substrings, CJK). @default 0.6 */
  readonly trigrams?: number;
  /** Embedding cosine ranking, when embeddings are configured. @default 0.9 */
  readonly vectors?: number;
  /** Extra evidence for a memory from the request's `conversation_id`. @default 0.2 */
  readonly conversation?: number;
  /**
   * Cosine similarity below which a vector hit does not count. Nearest neighbours always exist, so
   * without a floor every memory would be "found" by embeddings. @default 0.3
   */
  readonly minSimilarity?: number;
}

const GROUPS = {
  facts: ['fact'],
  preferences: ['explicit_preference', 'implicit_preference'],
  tools: ['tool'],
} as const satisfies Record<string, readonly MemoryKind[]>;

// BM25 column weights of memory_words (scope, memory_key, memory_value, tags, cjk): the title says most
// about what a memory is, the sentence next, tags least; the scope token never scores.
const WORD_WEIGHTS = '0.0, 3.0, 2.0, 1.0, 2.0';

type Hit = { seq: number; score: number };

interface Dependencies {
  readonly database: DatabaseSync;
  readonly statements: StatementCache;
  readonly memories: MemoryStore;
  readonly vectors?: VectorIndex | undefined;
  readonly weights?: RankingWeights | undefined;
}

/** A request after validation and defaults, as the ranking needs it. */
interface Plan {
  readonly subject: Subject;
  readonly filter: CompiledFilter | undefined;
  readonly candidates: number;
}

function scopeSql(plan: Plan): { sql: string; params: SQLInputValue[] } {
  const filterSql = plan.filter ? ` AND ${plan.filter.sql}` : '';
  return {
    sql: `m.subject = ? AND m.status = 'activated' AND m.kind IN (SELECT value FROM json_each(?))${filterSql}`,
    params: [plan.subject],
  };
}

/**
 * The search behind `/search/memory`: candidates from the word and trigram indexes (and embeddings),
 * fused into a 0–1 relativity, boosted for the current conversation, thresholded, split by kind.
 *
 * @example
 * const search = createSearch({ database, statements, memories });
 * search(body, undefined);
 */
export function createSearch({ statements, memories, vectors, weights = {} }: Dependencies) {
  const {
    words: wordWeight = 0.9,
    trigrams: trigramWeight = 0.6,
    vectors: vectorWeight = 0.9,
    conversation: conversationEvidence = 0.2,
    minSimilarity = 0.3,
  } = weights;

  function rankWords(plan: Plan, kinds: readonly MemoryKind[], match: string): Hit[] {
    const scope = scopeSql(plan);
    const sql = `SELECT f.rowid AS seq, -bm25(memory_words, ${WORD_WEIGHTS}) AS score FROM memory_words f JOIN memories m ON m.seq = f.rowid
      WHERE memory_words MATCH ? AND ${scope.sql}
      ORDER BY bm25(memory_words, ${WORD_WEIGHTS}), m.update_time DESC LIMIT ?`;
    const params = [
      match,
      ...scope.params,
      JSON.stringify(kinds),
      ...(plan.filter?.params ?? []),
      plan.candidates,
    ];
    return statements.get(sql).all(...params) as unknown as Hit[];
  }

  function rankTrigrams(plan: Plan, kinds: readonly MemoryKind[], match: string): Hit[] {
    const scope = scopeSql(plan);
    const sql = `SELECT f.rowid AS seq, -bm25(memory_trigrams) AS score FROM memory_trigrams f JOIN memories m ON m.seq = f.rowid
      WHERE memory_trigrams MATCH ? AND ${scope.sql}
      ORDER BY bm25(memory_trigrams), m.update_time DESC LIMIT ?`;
    const params = [
      match,
      ...scope.params,
      JSON.stringify(kinds),
      ...(plan.filter?.params ?? []),
      plan.candidates,
    ];
    return statements.get(sql).all(...params) as unknown as Hit[];
  }

  function rankVectors(plan: Plan, kinds: readonly MemoryKind[], queryVector: Float32Array): Hit[] {
    if (!vectors) return [];
    const scope = scopeSql(plan);
    const sql = `SELECT v.memory_seq AS seq, v.vector FROM memory_vectors v JOIN memories m ON m.seq = v.memory_seq
      WHERE v.model = ? AND ${scope.sql}`;
    const params = [vectors.model, ...scope.params, JSON.stringify(kinds), ...(plan.filter?.params ?? [])];
    const rows = statements.get(sql).all(...params) as { seq: number; vector: Uint8Array }[];
    return rows
      .map((row) => ({ seq: row.seq, score: cosineSimilarity(queryVector, row.vector) }))
      .filter((row) => row.score >= minSimilarity)
      .sort((left, right) => right.score - left.score)
      .slice(0, plan.candidates);
  }

  function rankGroup(
    plan: Plan,
    kinds: readonly MemoryKind[],
    limit: number,
    query: { words: string | undefined; trigrams: string | undefined; vector: Float32Array | undefined },
    context: { conversationId: string | undefined; threshold: number },
  ): { row: MemoryRow; relativity: number }[] {
    if (limit === 0) return [];
    const lists: RankedList[] = [];
    if (query.words) lists.push({ hits: rankWords(plan, kinds, query.words), weight: wordWeight });
    if (query.trigrams)
      lists.push({ hits: rankTrigrams(plan, kinds, query.trigrams), weight: trigramWeight });
    if (query.vector) lists.push({ hits: rankVectors(plan, kinds, query.vector), weight: vectorWeight });
    const fused = fuseRanks(lists);
    if (fused.size === 0) return [];
    return memories
      .bySeqs([...fused.keys()])
      .map((row) => {
        let relativity = fused.get(row.seq) ?? 0;
        if (context.conversationId !== undefined && row.conversation_id === context.conversationId) {
          relativity = withEvidence(relativity, conversationEvidence);
        }
        return { row, relativity };
      })
      .filter((item) => item.relativity >= context.threshold)
      .sort(
        (left, right) =>
          right.relativity - left.relativity ||
          right.row.update_time - left.row.update_time ||
          right.row.seq - left.row.seq,
      )
      .slice(0, limit);
  }

  /** Runs one validated search; `queryVector` is the query's embedding when embeddings are on. */
  return function search(body: SearchMemoryRequest, queryVector: Float32Array | undefined): SearchMemoryData {
    const subject = subjectOf({ userId: body.user_id, agentId: body.agent_id });
    const views = body.include_memory_view;
    const factLimit =
      views && !views.includes('detail_factual')
        ? 0
        : (body.memory_limit_number ?? DEFAULTS.memoryLimitNumber);
    const includePreferences = views ? views.includes('preference') : (body.include_preference ?? true);
    const preferenceLimit = includePreferences
      ? (body.preference_limit_number ?? DEFAULTS.preferenceLimitNumber)
      : 0;
    const includeTools = views ? views.includes('tool_memory') : (body.include_tool_memory ?? false);
    const toolLimit = includeTools ? (body.tool_memory_limit_number ?? DEFAULTS.toolMemoryLimitNumber) : 0;

    const terms = queryTerms(body.query);
    const scope = scopeToken(subject);
    const query = { words: wordMatch(terms, scope), trigrams: trigramMatch(terms), vector: queryVector };
    const filter = compileFilter(body.filter, body.user_id !== undefined ? 'user' : 'agent');
    const maxLimit = Math.max(factLimit, preferenceLimit, toolLimit);
    const plan: Plan = { subject, filter, candidates: Math.max(30, maxLimit * 4) };
    const context = {
      conversationId: body.conversation_id,
      threshold: body.relativity ?? DEFAULTS.relativity,
    };

    const facts = rankGroup(plan, GROUPS.facts, factLimit, query, context);
    const preferences = rankGroup(plan, GROUPS.preferences, preferenceLimit, query, context);
    const tools = rankGroup(plan, GROUPS.tools, toolLimit, query, context);
    const sources = memories.sources([...facts, ...preferences, ...tools].map((item) => item.row.seq));
    const detail = (item: { row: MemoryRow; relativity: number }) => ({
      relativity: item.relativity,
      sources: sources.get(item.row.seq),
    });
    return {
      memory_detail_list: facts.map((item) => toMemoryDetail(item.row, detail(item))),
      preference_detail_list: preferences.map((item) => toPreferenceDetail(item.row, detail(item))),
      tool_memory_detail_list: tools.map((item) => toToolMemoryDetail(item.row, detail(item))),
      preference_note: preferenceNote(preferences.map((item) => item.row.memory_value)),
    } as SearchMemoryData;
  };
}
