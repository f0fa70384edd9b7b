import type { SQLInputValue } from 'node:sqlite';
import { DEFAULTS } from '../../api/limits.ts';
import type { SearchMemoryRequest } from '../../api/requests.ts';
import type { SearchMemoryData } from '../../api/responses.ts';
import type { MemoryKind } from '../extraction/types.ts';
import { type MemoryRow, type MemoryStore, scopeToken } from '../store/memory-store.ts';
import { type Subject, subjectOf } from '../store/message-store.ts';
import type { StatementCache } from '../store/statement-cache.ts';
import { toMemoryDetail, toPreferenceDetail, toToolMemoryDetail } from '../store/wire-shapes.ts';
import { type CompiledFilter, compileFilter } from './filter.ts';
import { createMatchPlanner, type FullTextTable, type MatchPlan } from './match-planner.ts';
import { preferenceNote } from './preference-note.ts';
import { evidenceAt, fuseRanks, type RankedList, withEvidence } from './rank-fusion.ts';
import { hasCjk, queryTerms } from './text-terms.ts';
import { cosineSimilarity, type VectorIndex } from './vector-ranking.ts';

/** How much each ranked list weighs in the fused relativity (see `fuseRanks`). */
export interface RankingWeights {
  /** Stemmed word index (BM25, key > value > tags). @default 0.9 */
  readonly words?: number;
  /**
   * Words of the user messages a memory came from (what extraction left out). Below the default
   * relativity threshold on its own, so a memory found only through its source ranks after any found
   * through its own text and never passes the API's default 0.45. @default 0.4
   */
  readonly sources?: number;
  /**
   * Topic tags the query's words point at ("boss" → work): a shared topic is weaker evidence than a
   * shared word, so alone it stays below the default threshold (0.45). @default 0.4
   */
  readonly topics?: number;
  /** Trigram index (CJK phrases, parts of words). @default 0.6 */
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

type Hit = { seq: number; kind: MemoryKind; score: number };
type Scored = { row: MemoryRow; relativity: number };
type Group = { kinds: readonly MemoryKind[]; limit: number };
type Candidate = { seq: number; kind: MemoryKind; conversation_id: string | null; update_time: number };

/** Candidates taken from each ranked list (at least; four times the largest limit when larger). */
const POOL = 100;

const GROUPS: readonly (readonly MemoryKind[])[] = [
  ['fact'],
  ['explicit_preference', 'implicit_preference'],
  ['tool'],
];
// Relativity is compared with the threshold as it is reported (6 decimals), so 0.45 means 0.45.
const round = (value: number) => Math.round(value * 1e6) / 1e6;

// BM25 column weights of memory_words (scope, memory_key, memory_value, tags, cjk, source): the title
// says most about what a memory is, the sentence next, tags least; the scope never scores. The source
// column is ranked in a list of its own (a column filter keeps each list to its columns).
const BM25 = {
  memory_words: 'bm25(memory_words, 0.0, 3.0, 2.0, 1.0, 2.0, 1.0)',
  memory_trigrams: 'bm25(memory_trigrams)',
} as const;

// The memory's own text: every scored column of the word index but its source messages.
const OWN_TEXT = '{memory_key memory_value tags cjk}';

interface Dependencies {
  readonly statements: StatementCache;
  readonly memories: MemoryStore;
  readonly vectors?: VectorIndex | undefined;
  readonly weights?: RankingWeights | undefined;
  /** Rows BM25 may score per full-text query (see `createMatchPlanner`). @default 1000 */
  readonly budget?: number | undefined;
}

/** What every candidate query shares: whose memories, which kinds, which filter. */
interface Scope {
  readonly subject: Subject;
  readonly filter: CompiledFilter | undefined;
}

function whereSql(scope: Scope, kinds: readonly MemoryKind[]): { sql: string; params: SQLInputValue[] } {
  return {
    sql: `m.subject = ? AND m.status = 'activated' AND m.kind IN (SELECT value FROM json_each(?))${
      scope.filter ? ` AND ${scope.filter.sql}` : ''
    }`,
    params: [scope.subject, JSON.stringify(kinds), ...(scope.filter?.params ?? [])],
  };
}

/**
 * The search behind `/search/memory`: candidates from the word and trigram indexes (and embeddings),
 * fused into a 0–1 relativity, boosted for the current conversation, thresholded, split by kind.
 *
 * @example
 * const search = createSearch({ statements, memories });
 * search(body, undefined);
 */
export function createSearch({ statements, memories, vectors, weights = {}, budget = 1000 }: Dependencies) {
  const {
    words: wordWeight = 0.9,
    sources: sourceWeight = 0.4,
    topics: topicWeight = 0.4,
    trigrams: trigramWeight = 0.6,
    vectors: vectorWeight = 0.9,
    conversation: conversationEvidence = 0.2,
    minSimilarity = 0.3,
  } = weights;
  const planMatch = createMatchPlanner(statements, { budget });
  // Topic tags are common by nature (every travel memory is tagged travel) and weak evidence, so they
  // get a fifth of the budget: past it, the newest tagged memories are the ones ranked.
  const planTopics = createMatchPlanner(statements, { budget: Math.max(1, Math.floor(budget / 5)) });

  // Intersecting with the subject's scope token pays off when the subject owns a small part of the
  // store; when it owns most of it, the intersection is pure overhead and the join filter suffices.
  function indexScope(subject: Subject): string | undefined {
    const rows = statements
      .get('SELECT subject, memories FROM subject_stats WHERE subject IN (?, ?)')
      .all(subject, '*') as { subject: string; memories: number }[];
    const own = rows.find((row) => row.subject === subject)?.memories ?? 0;
    const total = rows.find((row) => row.subject === '*')?.memories ?? 0;
    return own * 4 < total ? scopeToken(subject) : undefined;
  }

  function textHits(
    table: FullTextTable,
    plan: MatchPlan,
    scope: Scope,
    kinds: readonly MemoryKind[],
    limit: number,
  ): Hit[] {
    const where = whereSql(scope, kinds);
    const floor = plan.minRowid === undefined ? '' : ' AND f.rowid >= ?';
    const sql = `SELECT f.rowid AS seq, m.kind AS kind, -${BM25[table]} AS score
      FROM ${table} f CROSS JOIN memories m ON m.seq = f.rowid
      WHERE ${table} MATCH ?${floor} AND ${where.sql}
      ORDER BY score DESC, m.update_time DESC LIMIT ?`;
    const params: SQLInputValue[] = [
      plan.match,
      ...(plan.minRowid === undefined ? [] : [plan.minRowid]),
      ...where.params,
      limit,
    ];
    return statements.get(sql).all(...params) as unknown as Hit[];
  }

  function vectorHits(scope: Scope, kinds: readonly MemoryKind[], queryVector: Float32Array): Hit[] {
    if (!vectors) return [];
    const where = whereSql(scope, kinds);
    const sql = `SELECT v.memory_seq AS seq, m.kind AS kind, v.vector FROM memory_vectors v
      JOIN memories m ON m.seq = v.memory_seq WHERE v.model = ? AND ${where.sql}`;
    const rows = statements.get(sql).all(vectors.model, ...where.params) as {
      seq: number;
      kind: MemoryKind;
      vector: Uint8Array;
    }[];
    return rows
      .map((row) => ({ seq: row.seq, kind: row.kind, score: cosineSimilarity(queryVector, row.vector) }))
      .filter((row) => row.score >= minSimilarity)
      .sort((left, right) => right.score - left.score);
  }

  /**
   * Candidates from one full-text index, ranked across every requested kind. Fast path (no filter):
   * rank from the index alone (it holds only activated memories) and keep the subject's rows among the
   * top `pool`; with a filter, the match is joined to the memories table with every condition. A kind
   * short of its limit gets an exact query of its own, but only when the caller's threshold is low
   * enough for hits past the pool to count (past rank ~100 the relativity is ~0.05).
   */
  function rankText(
    table: FullTextTable,
    plan: MatchPlan,
    scope: Scope,
    groups: readonly Group[],
    context: { pool: number; deep: boolean },
  ): Hit[] {
    const kinds = groups.flatMap((group) => group.kinds);
    let hits: Hit[];
    let truncated: boolean;
    if (scope.filter) {
      hits = textHits(table, plan, scope, kinds, context.pool);
      truncated = hits.length === context.pool;
    } else {
      const floor = plan.minRowid === undefined ? '' : ' AND rowid >= ?';
      const ranked = statements
        .get(
          `SELECT rowid AS seq, -${BM25[table]} AS score FROM ${table} WHERE ${table} MATCH ?${floor} ORDER BY score DESC LIMIT ?`,
        )
        .all(plan.match, ...(plan.minRowid === undefined ? [] : [plan.minRowid]), context.pool) as {
        seq: number;
        score: number;
      }[];
      truncated = ranked.length === context.pool;
      const owned = new Map(
        (
          statements
            .get(
              // CROSS JOIN: look each candidate up by primary key; left to itself the planner may
              // prefer the subject index and walk all of the subject's rows.
              `SELECT m.seq, m.kind FROM json_each(?) j CROSS JOIN memories m ON m.seq = j.value
               WHERE m.subject = ? AND m.status = 'activated' AND m.kind IN (SELECT value FROM json_each(?))`,
            )
            .all(JSON.stringify(ranked.map((hit) => hit.seq)), scope.subject, JSON.stringify(kinds)) as {
            seq: number;
            kind: MemoryKind;
          }[]
        ).map((row) => [row.seq, row.kind]),
      );
      hits = ranked.flatMap((hit) => {
        const kind = owned.get(hit.seq);
        return kind === undefined ? [] : [{ ...hit, kind }];
      });
    }
    if (!truncated || !context.deep) return hits;
    const seen = new Set(hits.map((hit) => hit.seq));
    for (const group of groups) {
      if (hits.filter((hit) => group.kinds.includes(hit.kind)).length >= group.limit) continue;
      for (const hit of textHits(table, plan, scope, group.kinds, group.limit + context.pool)) {
        if (!seen.has(hit.seq)) hits.push(hit);
        seen.add(hit.seq);
      }
    }
    return hits;
  }

  function result(facts: Scored[], preferences: Scored[], tools: Scored[]): SearchMemoryData {
    const sources = memories.sources([...facts, ...preferences, ...tools].map((item) => item.row.seq));
    const detail = (item: Scored) => ({ relativity: item.relativity, sources: sources.get(item.row.seq) });
    return {
      memory_detail_list: facts.map((item) => toMemoryDetail(item.row, detail(item))),
      preference_detail_list: preferences.map((item) => toPreferenceDetail(item.row, detail(item))),
      tool_memory_detail_list: tools.map((item) => toToolMemoryDetail(item.row, detail(item))),
      preference_note: preferenceNote(preferences.map((item) => item.row.memory_value)),
    } as SearchMemoryData;
  }

  /** Runs one validated search; `queryVector` is the query's embedding when embeddings are on. */
  return function search(body: SearchMemoryRequest, queryVector: Float32Array | undefined): SearchMemoryData {
    const subject = subjectOf({ userId: body.user_id, agentId: body.agent_id });
    const views = body.include_memory_view;
    const includePreferences = views ? views.includes('preference') : (body.include_preference ?? true);
    const includeTools = views ? views.includes('tool_memory') : (body.include_tool_memory ?? false);
    const limits = [
      views && !views.includes('detail_factual')
        ? 0
        : (body.memory_limit_number ?? DEFAULTS.memoryLimitNumber),
      includePreferences ? (body.preference_limit_number ?? DEFAULTS.preferenceLimitNumber) : 0,
      includeTools ? (body.tool_memory_limit_number ?? DEFAULTS.toolMemoryLimitNumber) : 0,
    ];
    const scope: Scope = {
      subject,
      filter: compileFilter(body.filter, body.user_id !== undefined ? 'user' : 'agent'),
    };
    const groups: Group[] = GROUPS.map((kinds, index) => ({ kinds, limit: limits[index]! }));
    const active = groups.filter((group) => group.limit > 0);
    const threshold = body.relativity ?? DEFAULTS.relativity;
    if (active.length === 0) return result([], [], []);

    // One ranking across all requested kinds, so a relativity means the same for a fact and a
    // preference: the best preference of a query that matches twenty facts better is not "0.9".
    const pool = Math.max(POOL, 4 * Math.max(...limits));
    const deep =
      threshold <
      1 -
        (1 - evidenceAt(wordWeight, pool + 1)) *
          (1 - evidenceAt(sourceWeight, pool + 1)) *
          (1 - evidenceAt(topicWeight, pool + 1)) *
          (1 - evidenceAt(trigramWeight, pool + 1)) *
          (1 - conversationEvidence);
    const lists: RankedList[] = [];
    const terms = queryTerms(body.query);
    const wordTerms = [...terms.words, ...terms.cjk];
    const words = planMatch('memory_words', wordTerms, indexScope(subject), OWN_TEXT);
    if (words?.match)
      lists.push({
        hits: rankText('memory_words', words, scope, active, { pool, deep }),
        weight: wordWeight,
      });
    // Words the word index has never seen may be parts of words ("Guangzh"): the trigram index finds those.
    const fragments = (words?.unknown ?? []).filter((term) => !hasCjk(term) && Array.from(term).length >= 3);
    const trigrams = planMatch('memory_trigrams', [...fragments, ...terms.trigrams], undefined);
    if (trigrams?.match) {
      lists.push({
        hits: rankText('memory_trigrams', trigrams, scope, active, { pool, deep }),
        weight: trigramWeight,
      });
    }
    if (queryVector) {
      lists.push({
        hits: vectorHits(
          scope,
          active.flatMap((group) => group.kinds),
          queryVector,
        ).slice(0, pool),
        weight: vectorWeight,
      });
    }
    // Weaker evidence fills in only when the memories' own text found fewer memories than asked for:
    // first the words of the messages a memory came from, then query expansion (a topic shared
    // without a shared word). Skipping both when the own text already fills the lists keeps a search
    // on a large store as cheap as one over the own text alone.
    const wanted = Math.max(...limits);
    const matchedCount = () => new Set(lists.flatMap((list) => list.hits.map((hit) => hit.seq))).size;
    if (matchedCount() < wanted) {
      const sourceWords = planMatch('memory_words', wordTerms, indexScope(subject), '{source}');
      if (sourceWords?.match)
        lists.push({
          hits: rankText('memory_words', sourceWords, scope, active, { pool, deep }),
          weight: sourceWeight,
        });
    }
    if (matchedCount() < wanted) {
      const topicTerms = planTopics('memory_words', terms.topics, indexScope(subject), OWN_TEXT);
      if (topicTerms?.match)
        lists.push({
          hits: rankText('memory_words', topicTerms, scope, active, { pool, deep }),
          weight: topicWeight,
        });
    }
    const fused = fuseRanks(lists);
    if (fused.size === 0) return result([], [], []);

    // Rank on the few columns ranking needs; load whole rows only for what is returned.
    const scored = (
      statements
        .get(
          'SELECT seq, kind, conversation_id, update_time FROM memories WHERE seq IN (SELECT value FROM json_each(?))',
        )
        .all(JSON.stringify([...fused.keys()])) as unknown as Candidate[]
    )
      .map((candidate) => {
        const relativity = fused.get(candidate.seq) ?? 0;
        const boosted =
          body.conversation_id !== undefined && candidate.conversation_id === body.conversation_id;
        return {
          candidate,
          relativity: round(boosted ? withEvidence(relativity, conversationEvidence) : relativity),
        };
      })
      .filter((item) => item.relativity >= threshold)
      .sort(
        (left, right) =>
          right.relativity - left.relativity ||
          right.candidate.update_time - left.candidate.update_time ||
          right.candidate.seq - left.candidate.seq,
      );
    const chosen = groups.map((group) =>
      scored.filter((item) => group.kinds.includes(item.candidate.kind)).slice(0, group.limit),
    );
    const rows = new Map(
      memories.bySeqs(chosen.flat().map((item) => item.candidate.seq)).map((row) => [row.seq, row]),
    );
    const [facts, preferences, tools] = chosen.map((items) =>
      items.map((item): Scored => ({ row: rows.get(item.candidate.seq)!, relativity: item.relativity })),
    ) as [Scored[], Scored[], Scored[]];
    return result(facts, preferences, tools);
  };
}
