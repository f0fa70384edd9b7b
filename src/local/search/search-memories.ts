import type { SQLInputValue } from 'node:sqlite';
import { DEFAULTS } from '../../api/limits.ts';
import type { SearchMemoryRequest } from '../../api/requests.ts';
import type { SearchMemoryData } from '../../api/responses.ts';
import { NOT_A_NAME, RELATIONS } from '../extraction/rule-lexicon.ts';
import { askedSlots, asksCurrentValue, CHANGE_TAG, slotTag } from '../extraction/slots.ts';
import { topicTagsOf } from '../extraction/topics.ts';
import { userLines } from '../extraction/turn-units.ts';
import type { MemoryKind } from '../extraction/types.ts';
import { type MemoryRow, type MemoryStore, scopePrefix } from '../store/memory-store.ts';
import { type Subject, subjectOf } from '../store/message-store.ts';
import type { StatementCache } from '../store/statement-cache.ts';
import { toMemoryDetail, toPreferenceDetail, toToolMemoryDetail } from '../store/wire-shapes.ts';
import { type CompiledFilter, compileFilter } from './filter.ts';
import { preferenceNote } from './preference-note.ts';
import { inflections, relatedWords } from './query-expansion.ts';
import {
  CALIBRATION,
  coverage,
  matchStrength,
  type RelevanceCalibration,
  relativityFromMatch,
  termWeights,
} from './relevance.ts';
import { cjkGrams, ftsString, hasCjk, queryTerms, scopedText, withG } from './text-terms.ts';
import { cosineSimilarity, type VectorIndex } from './vector-ranking.ts';

/** How the evidence beside the words weighs in `relativity`, each 0–1 (so relativity stays 0–1). */
export interface RankingWeights {
  /** Relativity a memory that holds every query word reaches before the other evidence. @default 1 */
  readonly words?: number;
  /**
   * Relativity a shared topic alone reaches ("boss" finds the memory tagged work): below the default
   * threshold, so it only reorders or fills lists asked for with a lower one. @default 0.3
   */
  readonly topics?: number;
  /**
   * Credit of a partial word match ("Guangzh" of "Guangzhou"), relative to a whole word. The name
   * predates schema 6, which found parts of words through a trigram index; they are found by prefix in
   * the word index now. @default 0.6
   */
  readonly trigrams?: number;
  /** Relativity a perfect embedding match reaches, when embeddings are configured. @default 0.9 */
  readonly vectors?: number;
  /** Extra evidence for a memory from the request's `conversation_id`. @default 0.1 */
  readonly conversation?: number;
  /**
   * Cosine similarity at which a vector hit starts to count (it reaches `vectors` at 1). Nearest
   * neighbours always exist, so without a floor every memory would be "found" by embeddings.
   * @default 0.3
   */
  readonly minSimilarity?: number;
}

type Group = { kinds: readonly MemoryKind[]; limit: number };
type Candidate = {
  seq: number;
  kind: MemoryKind;
  conversation_id: string | null;
  update_time: number;
  length: number;
  /** The memory that superseded this one (its seq), when one did. */
  superseded_by: number | null;
  fast: number;
  name: number;
};
type Scored = { candidate: Candidate; relativity: number; match: number };
type Found = { row: MemoryRow; relativity: number };

const GROUPS: readonly (readonly MemoryKind[])[] = [
  ['fact'],
  ['explicit_preference', 'implicit_preference'],
  ['tool'],
];
// Relativity is compared with the threshold as it is reported (6 decimals), so 0.45 means 0.45.
const round = (value: number) => Math.round(value * 1e6) / 1e6;

// The memory's own text in the word index (key, value, CJK grams); tags are searched on their own,
// since a topic tag shared with the query is weaker evidence than a shared word.
const OWN_TEXT = '{memory_key memory_value cjk}';
const TAGS = '{tags}';
const DAY = 86_400_000;
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A typed fact stands in for its raw turn when its relativity is at least this share of the turn's. */
const TYPED_SHARE = 0.75;
/** Relatives a question may name by relation ("my daughter"); "family" is the household, not one. */
const RELATIVES = new Set([...RELATIONS].filter((word) => word !== 'family'));
const THE_FAMILY = /\bthe\s+(?:family|kids|children|baby|twins)\b/i;
const NAMED_SUBJECT = /\b(?:does|do|is|are|was|did|has|have|will)\s+(\p{Lu}[\p{L}'-]+)(?!\s+\p{Lu})/gu;
/** A question about what the user decided ("Which hotel did I end up booking?", "最后定的哪一家"). */
const DECISION =
  /\b(?:end(?:ed)?\s+up|pick(?:ed)?|chose|choose|chosen|decide[ds]?|decided\s+on|settle[ds]?\s+on|go(?:ne)?\s+with|went\s+with|book(?:ed)?|opt(?:ed)?\s+for|bought|buy|get|got|getting|choice)\b|选了|选的|定的|定了|挑了|挑的|最后|决定/iu;
/** A question about a decision already made ("Which did I end up booking?", not "Which should I get?"). */
const DECIDED =
  /\b(?:end(?:ed)?\s+up|picked|chose|chosen|decided|settled\s+on|went\s+(?:with|for)|opted\s+for|booked|bought|in\s+the\s+end)\b|\bdid\s+(?:i|we)\s+(?:pick|choose|decide|settle|go\s+(?:with|for)|book|buy|get|take)\b|选了|选的|定的|定了|最后/iu;
/** How many of the best-matched memories a decision question looks behind for the choice they led to. */
const DECISION_REQUESTS = 5;
/** A choice made after a request ranks at this share of the request's match. */
const DECISION_SHARE = 0.9;
/** Evidence a choice made after a request gets when the question asks about a decision already made. */
const DECISION_EVIDENCE = 0.3;
/** Words before a place's name ("in Lyon", "to Auckland"). */
const PLACE_WORDS = new Set(
  'in to from at near around via visit visiting visited leave leaving left reach reached into across the'.split(
    ' ',
  ),
);
/** Words after a place's name ("Durban City", "Lagos State", "Auckland Hospital"). */
const PLACE_NOUNS = new Set(
  'city state province county town street road avenue hospital airport park station university bay beach island river lake mountain district'.split(
    ' ',
  ),
);
/**
 * A name a question asks about as someone's: one that owns something ("Maya's dog"), or that the
 * question ends on ("What breed is Haggis?"); not a place asked about ("Why is Auckland called…").
 */
const NAMED_OWNER =
  /(?<!\p{Lu}[\p{L}'-]*\s)\b(\p{Lu}[\p{Ll}-]+)(?:'s|’s)\s+\p{Ll}|\b(?:is|was|are|does|do|did)\s+(\p{Lu}[\p{Ll}'-]+)\s*[?？.!]*\s*$/gu;
/** Someone named together with the asker ("Graham and I", "my wife and I", "me and Tomás"). */
const WITH_ME = /([\p{L}'-]+)\s+and\s+(?:I|me)\b|\b(?:I|me)\s+and\s+(?:my\s+)?([\p{L}'-]+)/giu;
/** An event the question names by a word before it ("the Amsterdam trip", "the Lisbon wedding"). */
const NAMED_EVENT =
  /\bthe\s+([\p{L}'-]+)\s+(?:trip|holiday|holidays|vacation|getaway|wedding|party|move|visit|surgery|operation|interview|concert|gig|race|appointment|dinner|flight|weekend|tour|festival|exam|reunion|retreat|cruise)\b/giu;
/** A question that compares two things: what comes after the marker holds the two sides. */
const COMPARED =
  /\b(?:which|what)\s+(?:came|happened|was|did)\s+(?:first|earlier|before)\b|\bbefore\s+or\s+after\b|\bafter\s+or\s+before\b|先.{1,20}还是|还是.{1,20}先/iu;
/** A word links statements only when at most this share of the user's memories hold it… */
const RARE_WORD_SHARE = 0.1;
/** …or at most this many, for a user with few memories. */
const RARE_WORD_MEMORIES = 3;
/** Returned statements may be linked when they match at least this share as well as the best one. */
const LINK_SHARE = 0.2;
/** The best matches whose user's next message (its raw turn) is followed up… */
const FOLLOW_LEADS = 5;
/** …and how well that follow-up then matches, relative to the message it follows. */
const FOLLOW_SHARE = 0.7;
/** The least share of a message's weight its one question must carry to be matched on its own. */
const ASKING_SHARE = 0.4;

/**
 * The two sides of a question comparing two things ("What came first, the breakup with Mila or the
 * move?" → "the breakup with Mila", "the move"), or [] for any other question.
 *
 * @example
 * comparedSides('did i quit guitar before or after the offer?'); // ['did i quit guitar', 'the offer']
 */
export function comparedSides(question: string): string[] {
  if (!COMPARED.test(question)) return [];
  const order = /\s*\b(?:before\s+or\s+after|after\s+or\s+before)\b\s*/iu;
  const parts = order.test(question)
    ? question.split(order)
    : question
        .replace(/^.*?\b(?:first|earlier|before)\b[,:]?|^.*?先/iu, '')
        .split(/\s*(?:,?\s+\bor\b\s+|还是)\s*/iu);
  const sides = parts
    .map((part) => part.replace(/[?？。.!]+$/u, '').trim())
    .filter((part) => part.length > 0);
  return sides.length === 2 ? sides : [];
}

/**
 * The ways a compound may be split into a first part and a head ("surfboard" → "surf" + "board"):
 * both parts of three letters or more, the head of four or more. Tried only for a word the user never
 * used, and a head counts only when the user used its first part too.
 *
 * @example
 * compoundSplits('surfboard'); // [['sur', 'fboard'], ['surf', 'board'], ['surfb', 'oard']]
 */
export function compoundSplits(word: string): [string, string][] {
  if (hasCjk(word) || word.length < 7) return [];
  const splits: [string, string][] = [];
  for (let start = 3; start <= word.length - 4; start += 1)
    splits.push([word.slice(0, start), word.slice(start)]);
  return splits;
}

/**
 * The values of `wanted` from `cache`, the missing or outdated ones (another `stamp`) read with one call
 * of `read`, which returns a value for each key it is given; the cache then keeps at most `limit`
 * entries, the oldest going first. What this call returns never depends on what it evicted.
 *
 * @example
 * readThrough(new Map(), [{ key: 1, stamp: 'a' }], 100, (keys) => new Map(keys.map((key) => [key, key * 2]))); // [2]
 */
export function readThrough<K, V>(
  cache: Map<K, { stamp: string; value: V }>,
  wanted: readonly { key: K; stamp: string }[],
  limit: number,
  read: (keys: K[]) => Map<K, V>,
): V[] {
  const values = new Map<K, V>();
  const missing: K[] = [];
  for (const { key, stamp } of wanted) {
    const known = cache.get(key);
    if (known && known.stamp === stamp) values.set(key, known.value);
    else if (!missing.includes(key)) missing.push(key);
  }
  if (missing.length > 0) {
    const fresh = read(missing);
    for (const { key, stamp } of wanted) {
      if (values.has(key)) continue;
      const value = fresh.get(key) as V;
      values.set(key, value);
      cache.delete(key);
      cache.set(key, { stamp, value });
    }
    while (cache.size > limit) cache.delete(cache.keys().next().value as K);
  }
  return wanted.map(({ key }) => values.get(key) as V);
}

/** A question about the sum of two things ("together", "in total", "总共"). */
const JOINED = /\b(?:together|altogether|combined|total|all in)\b|总共|一共|加起来|合计|加上/iu;
const JOINS = /\s+(?:and|plus|&)\s+/iu;
const ZH_JOINS = /加上|还有|跟|和/u;
/** Words that end a named thing on either side of "and" ("spend on | the watch"). */
const THING_ENDS = new Set(
  `what which who how much many did do does was were is are have has had spend spent spending pay paid
  cost costs come came set on for of in at to counting between together altogether combined total both
  each all put i me my we our`.split(/\s+/),
);
const DETERMINERS = new Set(['the', 'my', 'a', 'an', 'our', 'his', 'her', 'their', 'new', 'old']);

/**
 * The question once about each of the two things it joins ("What did the pellet grill and the trolling
 * motor come to together?" → the question without the motor, and without the grill), or [] when it
 * joins no two things or does not ask about both.
 *
 * @example
 * joinedParts('what did the grill and the motor cost together?');
 * // ['what did the grill cost together?', 'what did the motor cost together?']
 */
export function joinedParts(question: string): string[] {
  if (!JOINED.test(question)) return [];
  if (hasCjk(question)) {
    const match = ZH_JOINS.exec(question);
    if (!match) return [];
    const before = question.slice(0, match.index);
    const after = question.slice(match.index + match[0].length);
    const left = /[^，,。？?！!、\s]{2,}$/u.exec(before)?.[0];
    const right = /^[^，,。？?！!、\s]{2,}/u.exec(after)?.[0];
    if (!left || !right) return [];
    return [before + after.slice(right.length), before.slice(0, -left.length) + after];
  }
  const match = JOINS.exec(question);
  if (!match) return [];
  const before = question.slice(0, match.index).split(/\s+/);
  const after = question.slice(match.index + match[0].length).split(/\s+/);
  const plain = (word: string) => word.toLowerCase().replace(/[^\p{L}\p{N}'-]/gu, '');
  let left = 0;
  while (left < Math.min(4, before.length)) {
    const word = before[before.length - 1 - left]!;
    if (/[,;:]$/.test(word) || THING_ENDS.has(plain(word))) break;
    left += 1;
    if (DETERMINERS.has(plain(word))) break;
  }
  let right = 0;
  while (right < Math.min(4, after.length)) {
    const word = after[right]!;
    if (THING_ENDS.has(plain(word)) && !DETERMINERS.has(plain(word))) break;
    right += 1;
    if (/[,;:?!.]$/.test(word)) break;
  }
  if (left === 0 || right === 0) return [];
  const rest = after.slice(right).join(' ');
  const end = /[?!.]$/.test(after[right - 1] ?? '') ? after[right - 1]!.slice(-1) : '';
  return [
    [...before, rest].join(' ').trim() + (rest ? '' : end),
    [...before.slice(0, before.length - left), ...after].join(' ').trim(),
  ];
}

/** A statement of a slot takes part in its newest-first order when it matches this share of the best. */
const SLOT_SHARE = 0.5;
/**
 * How well a statement of a slot matches a question that asks the slot by a phrase of stop words only,
 * and the least the newest change of the one slot a question asks matches (it is the answer, however
 * little of the question's other words, "the capital", "London", anything holds).
 */
const SLOT_EVIDENCE = 0.5;
interface Dependencies {
  readonly statements: StatementCache;
  readonly memories: MemoryStore;
  readonly vectors?: VectorIndex | undefined;
  readonly weights?: RankingWeights | undefined;
  /** Memories read per query term (the newest when a term is more common). @default 1000 */
  readonly budget?: number | undefined;
  /** The relevance calibration (tests and the bench's tuning pass their own). */
  readonly calibration?: RelevanceCalibration | undefined;
  /** The clock, for how old a memory is. @default Date.now */
  readonly now?: (() => number) | undefined;
  /** Sees each search's matches before they become relativity (the bench's calibration reads them). */
  readonly trace?: ((event: SearchTrace) => void) | undefined;
}

/** What one search matched, for calibration: the returned items' match strengths, in list order. */
export interface SearchTrace {
  readonly personal: boolean;
  readonly best: number;
  readonly items: readonly {
    readonly kind: MemoryKind;
    readonly match: number;
    readonly relativity: number;
  }[];
}

/** What every candidate query shares: whose memories, which kinds, which filter. */
interface Scope {
  readonly subject: Subject;
  /** The prefix of the subject's terms in the word index (`scopePrefix`). */
  readonly prefix: string;
  readonly filter: CompiledFilter | undefined;
}

// Any of `forms` among the scope's terms, as the body of an FTS5 column filter.
const anyOf = (scope: Scope, forms: readonly string[]) =>
  forms.map((form) => ftsString(scopedText(scope.prefix, form))).join(' OR ');

function whereSql(scope: Scope, kinds: readonly MemoryKind[]): { sql: string; params: SQLInputValue[] } {
  return {
    sql: `m.subject = ? AND m.status = 'activated' AND m.kind IN (SELECT value FROM json_each(?))${
      scope.filter ? ` AND ${scope.filter.sql}` : ''
    }`,
    params: [scope.subject, JSON.stringify(kinds), ...(scope.filter?.params ?? [])],
  };
}

/**
 * The search behind `/search/memory`. Candidates are read per query term from the asking user's own
 * postings (the word index is scoped by a per-user token), so no other user's data can crowd a user's
 * match out; each candidate's relativity is how much of the query it covers (see `relevance.ts`),
 * fused with embeddings when configured, adjusted for recency, supersession and the current
 * conversation; then thresholded, one memory per source message, split by kind.
 *
 * @example
 * const search = createSearch({ statements, memories });
 * search(body, undefined);
 */
export function createSearch({
  statements,
  memories,
  vectors,
  weights = {},
  budget = 1000,
  calibration: baseCalibration = CALIBRATION,
  now = Date.now,
  trace,
}: Dependencies) {
  const {
    words: wordWeight = 1,
    topics: topicWeight = baseCalibration.topicEvidence,
    trigrams: trigramWeight = baseCalibration.partialWeight,
    vectors: vectorWeight = 0.9,
    conversation: conversationEvidence = 0.1,
    minSimilarity = 0.3,
  } = weights;
  const calibration: RelevanceCalibration = {
    ...baseCalibration,
    topicEvidence: topicWeight,
    partialWeight: trigramWeight,
  };

  /** The asking user's memories holding any of `forms` in `columns`, newest first, at most `cap`. */
  function postings(
    scope: Scope,
    kinds: readonly MemoryKind[],
    columns: string,
    forms: readonly string[],
    cap: number,
  ): number[] {
    const match = `${columns} : (${anyOf(scope, forms)})`;
    if (!scope.filter) return newestFirst(match, cap);
    const where = whereSql(scope, kinds);
    return (
      statements
        .get(
          `SELECT f.rowid AS seq FROM memory_words f CROSS JOIN memories m ON m.seq = f.rowid
           WHERE memory_words MATCH ? AND ${where.sql} ORDER BY f.rowid DESC LIMIT ?`,
        )
        .all(match, ...where.params, cap) as { seq: number }[]
    ).map((row) => row.seq);
  }

  /**
   * The rows matching `match`, newest first, at most `cap`. A user's postings nearly always fit: they
   * are read in the index's own order and reversed, and only past `cap` does the index sort them (an
   * ORDER BY rowid DESC costs a third of a small query).
   */
  function newestFirst(match: string, cap: number): number[] {
    const rows = statements
      .get('SELECT rowid AS seq FROM memory_words WHERE memory_words MATCH ? LIMIT ?')
      .all(match, cap + 1) as { seq: number }[];
    if (rows.length <= cap) return rows.map((row) => row.seq).sort((left, right) => right - left);
    return (
      statements
        .get('SELECT rowid AS seq FROM memory_words WHERE memory_words MATCH ? ORDER BY rowid DESC LIMIT ?')
        .all(match, cap) as { seq: number }[]
    ).map((row) => row.seq);
  }

  /** How many of the user's memories hold one of `forms` (exact up to `cap`, 20 × budget by default). */
  function documentCount(scope: Scope, forms: readonly string[], cap = budget * 20): number {
    const match = `${OWN_TEXT} : (${anyOf(scope, forms)})`;
    return (
      statements
        .get('SELECT count(*) AS n FROM (SELECT rowid FROM memory_words WHERE memory_words MATCH ? LIMIT ?)')
        .get(match, cap) as { n: number }
    ).n;
  }

  // The words of what the user said in a memory, by seq; a memory written again (a new update_time or
  // length) is read again. Bounded: the oldest entries go first.
  const saidWords = new Map<number, { stamp: string; value: Set<string> }>();
  const SAID_WORDS_CACHE = 4_096;
  function wordsSaid(candidates: readonly Candidate[]): Set<string>[] {
    return readThrough(
      saidWords,
      candidates.map((candidate) => ({
        key: candidate.seq,
        stamp: `${candidate.update_time}:${candidate.length}`,
      })),
      SAID_WORDS_CACHE,
      (seqs) => {
        const rows = new Map(memories.bySeqs(seqs).map((row) => [row.seq, row]));
        return new Map(
          seqs.map((seq) => {
            const { words, cjk } = queryTerms(userLines(rows.get(seq)?.memory_value ?? ''));
            return [seq, new Set([...words, ...cjk.filter((gram) => gram.length > 1)])];
          }),
        );
      },
    );
  }

  /** The user's memories holding a word that starts with `fragment`, newest first. */
  function partials(scope: Scope, fragment: string): number[] {
    // A prefix query on the word index: "Guangzh" finds "Guangzhou", "teach" finds "teacher".
    return newestFirst(
      `{memory_key memory_value} : ${ftsString(scopedText(scope.prefix, fragment))}*`,
      budget * 2,
    );
  }

  function verified(scope: Scope, kinds: readonly MemoryKind[], seqs: readonly number[]): Candidate[] {
    if (seqs.length === 0) return [];
    const where = whereSql(scope, kinds);
    // CROSS JOIN: look each candidate up by primary key; left to itself the planner may prefer the
    // subject index and walk all of the subject's rows.
    return statements
      .get(
        `SELECT m.seq, m.kind, m.conversation_id, m.update_time, length(m.memory_value) AS length,
           json_extract(m.extra, '$.superseded_by') AS superseded_by,
           json_extract(m.extra, '$.slot') IS 'name' AS name,
           instr(m.tags, '"mode:fast"') > 0 AS fast
         FROM json_each(?) j CROSS JOIN memories m ON m.seq = j.value WHERE ${where.sql}`,
      )
      .all(JSON.stringify(seqs), ...where.params) as unknown as Candidate[];
  }

  function vectorSimilarities(
    scope: Scope,
    kinds: readonly MemoryKind[],
    query: Float32Array,
  ): Map<number, number> {
    const found = new Map<number, number>();
    if (!vectors) return found;
    const where = whereSql(scope, kinds);
    const rows = statements
      .get(
        `SELECT v.memory_seq AS seq, v.vector FROM memory_vectors v
         JOIN memories m ON m.seq = v.memory_seq WHERE v.model = ? AND ${where.sql}`,
      )
      .all(vectors.model, ...where.params) as { seq: number; vector: Uint8Array }[];
    for (const row of rows) {
      const similarity = cosineSimilarity(query, row.vector);
      if (similarity >= minSimilarity) found.set(row.seq, similarity);
    }
    return found;
  }

  // The user message each candidate came from: a typed fact and the raw turn it was read from say the
  // same thing, so only the better of them is returned.
  function primarySources(
    seqs: readonly number[],
  ): Map<number, { message: number; sources: number; users: readonly number[] }> {
    if (seqs.length === 0) return new Map();
    const rows = statements
      .get(
        `SELECT s.memory_seq AS memory, count(*) AS sources,
           group_concat(CASE WHEN g.role = 'user' THEN s.message_seq END) AS users
         FROM json_each(?) j
           JOIN memory_sources s ON s.memory_seq = j.value
           JOIN messages g ON g.seq = s.message_seq
         GROUP BY s.memory_seq`,
      )
      .all(JSON.stringify(seqs)) as { memory: number; sources: number; users: string | null }[];
    // Its message is the newest user message among its sources (a choice turn's own reply).
    return new Map(
      rows.flatMap((row) => {
        const users = row.users === null ? [] : row.users.split(',').map(Number);
        return users.length === 0
          ? []
          : [[row.memory, { message: Math.max(...users), sources: row.sources, users }] as const];
      }),
    );
  }

  // The raw turn of the user's next message in the same conversation after each memory's own message:
  // a reply that goes on about what that message named ("$899 at Tractor Supply" after "Bought myself a
  // pellet grill").
  function followUps(seqs: readonly number[]): Map<number, number> {
    if (seqs.length === 0) return new Map();
    const rows = statements
      .get(
        `WITH lead AS (
           SELECT j.value AS memory, max(s.message_seq) AS message
           FROM json_each(?) j
             JOIN memory_sources s ON s.memory_seq = j.value
             JOIN messages g ON g.seq = s.message_seq AND g.role = 'user'
           GROUP BY j.value
         ), next AS (
           SELECT lead.memory,
             (SELECT n.seq FROM messages n
              WHERE n.subject = g.subject AND n.conversation_id = g.conversation_id AND n.seq > g.seq
                AND n.role = 'user'
              ORDER BY n.seq LIMIT 1) AS message
           FROM lead JOIN messages g ON g.seq = lead.message
         )
         SELECT next.memory AS lead, t.seq AS follow FROM next
           JOIN memory_sources u ON u.message_seq = next.message
           JOIN memories t ON t.seq = u.memory_seq
         WHERE t.status = 'activated' AND instr(t.tags, '"mode:fast"') > 0 AND t.seq != next.memory`,
      )
      .all(JSON.stringify(seqs)) as { lead: number; follow: number }[];
    return new Map(rows.map((row) => [row.lead, row.follow]));
  }

  function result(facts: Found[], preferences: Found[], tools: Found[]): SearchMemoryData {
    const sources = memories.sources([...facts, ...preferences, ...tools].map((item) => item.row.seq));
    const detail = (item: Found) => ({ relativity: item.relativity, sources: sources.get(item.row.seq) });
    return {
      memory_detail_list: facts.map((item) => toMemoryDetail(item.row, detail(item))),
      preference_detail_list: preferences.map((item) => toPreferenceDetail(item.row, detail(item))),
      tool_memory_detail_list: tools.map((item) => toToolMemoryDetail(item.row, detail(item))),
      preference_note: preferenceNote(preferences.map((item) => item.row.memory_value)),
    } as SearchMemoryData;
  }

  // Whether a question without a pronoun names someone of the user's ("Where does Hana live?"): their
  // relatives and pets are named in the family and pet memories the rules wrote.
  function knowsSomeone(subject: Subject, names: readonly string[], text: string): boolean {
    const chinese = hasCjk(text);
    if (names.length === 0 && !chinese) return false;
    const rows = statements
      .get(
        `SELECT m.memory_key AS key, m.memory_value AS value FROM memories m WHERE m.subject = ? AND m.status = 'activated'
           AND (m.memory_key LIKE 'Family:%' OR m.memory_key LIKE 'Pet:%' OR m.memory_key LIKE '家人：%' OR m.memory_key LIKE '宠物：%')
         LIMIT 200`,
      )
      .all(subject) as { key: string; value: string }[];
    const words = new Set(rows.flatMap((row) => row.value.toLowerCase().match(/[\p{L}'-]+/gu) ?? []));
    if (names.some((name) => words.has(name))) return true;
    if (!chinese) return false;
    const grams = cjkGrams(text)
      .split(' ')
      .filter((gram) => Array.from(gram).length === 2);
    return rows.some((row) => grams.some((gram) => row.value.includes(gram)));
  }

  // Whether the user speaks of a name as a place ("moved to Auckland", "back in Lyon") more often than
  // not, read from the memories that hold it.
  function namedAsPlace(name: string, seqs: readonly number[]): boolean {
    const rows = statements
      .get('SELECT m.memory_value AS value FROM json_each(?) j CROSS JOIN memories m ON m.seq = j.value')
      .all(JSON.stringify(seqs.slice(0, 20))) as { value: string }[];
    const pattern = new RegExp(`(\\p{L}+)?\\s*\\b${escapeRegExp(name)}\\b(\\s+\\p{L}+)?`, 'giu');
    let place = 0;
    let other = 0;
    for (const { value } of rows)
      for (const match of value.matchAll(pattern))
        if (
          PLACE_WORDS.has((match[1] ?? '').toLowerCase()) ||
          PLACE_NOUNS.has((match[2] ?? '').trim().toLowerCase())
        )
          place += 1;
        else other += 1;
    return place >= other;
  }

  // The names the user gives a relative ("my daughter Siobhan", "our son Lwazi"), read from the
  // memories that hold the relation word, the most frequent first.
  function relativeNames(term: string, seqs: readonly number[]): string[] {
    if (!RELATIVES.has(term) || seqs.length === 0) return [];
    const rows = statements
      .get('SELECT m.memory_value AS value FROM json_each(?) j CROSS JOIN memories m ON m.seq = j.value')
      .all(JSON.stringify(seqs.slice(0, 50))) as { value: string }[];
    const pattern = new RegExp(
      `\\b(?:[Mm]y|[Oo]ur)\\s+(?:[\\p{Ll}-]+\\s+)?${escapeRegExp(term)}\\s+(\\p{Lu}[\\p{Ll}'-]+)`,
      'gu',
    );
    const counts = new Map<string, number>();
    for (const { value } of rows)
      for (const match of value.matchAll(pattern)) {
        const name = match[1]!.toLowerCase();
        if (!NOT_A_NAME.has(name)) counts.set(name, (counts.get(name) ?? 0) + 1);
      }
    return [...counts.entries()]
      .sort((left, right) => right[1] - left[1])
      .slice(0, 2)
      .map(([name]) => name);
  }

  function userCount(subject: Subject): number {
    const row = statements.get('SELECT memories FROM subject_stats WHERE subject = ?').get(subject) as
      | { memories: number }
      | undefined;
    return row?.memories ?? 0;
  }

  // The groups of `items` linked by a word of their own (not the question's) that at least two and at
  // most a third of them hold: statements about the same thing.
  function sameThing<T extends { candidate: Candidate }>(
    items: T[],
    asked: ReadonlySet<string>,
    scope: Scope,
    memoriesOfUser: number,
  ): T[][] {
    if (items.length < 2) return [];
    const wordsOf = wordsSaid(items.map((item) => item.candidate));
    const holders = new Map<string, number[]>();
    wordsOf.forEach((words, index) => {
      for (const word of words) {
        if (asked.has(word)) continue;
        const held = holders.get(word);
        if (held) held.push(index);
        else holders.set(word, [index]);
      }
    });
    const most = Math.max(2, Math.floor(items.length / 3));
    const parent = items.map((_, index) => index);
    const find = (index: number): number => {
      let root = index;
      while (parent[root] !== root) root = parent[root]!;
      return root;
    };
    // A word most of the user's memories hold ("like", "work") says nothing about which thing they are.
    const rare = Math.max(RARE_WORD_MEMORIES, Math.floor(memoriesOfUser * RARE_WORD_SHARE));
    for (const [word, held] of holders) {
      if (held.length < 2 || held.length > most) continue;
      // Counted only when it would link something not yet linked, and only up to what is rare.
      const root = find(held[0]!);
      if (held.every((index) => find(index) === root)) continue;
      // The candidates alone may already show it is not rare; otherwise the index counts it.
      if (held.length > rare || documentCount(scope, [word], rare + 1) > rare) continue;
      for (const other of held.slice(1)) parent[find(other)] = root;
    }
    const components = new Map<number, T[]>();
    items.forEach((item, index) => {
      const root = find(index);
      components.set(root, [...(components.get(root) ?? []), item]);
    });
    return [...components.values()].filter((component) => component.length >= 2);
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
      prefix: scopePrefix(subject),
      filter: compileFilter(body.filter, body.user_id !== undefined ? 'user' : 'agent'),
    };
    const groups: Group[] = GROUPS.map((kinds, index) => ({ kinds, limit: limits[index]! }));
    const active = groups.filter((group) => group.limit > 0);
    const threshold = body.relativity ?? DEFAULTS.relativity;
    if (active.length === 0) return result([], [], []);
    const kinds = active.flatMap((group) => group.kinds);

    // Query terms and their weight among this user's memories. The user's own name in a question ("What
    // did Adaeze lose?") is a pronoun: it asks about them, and is no word to match.
    const ownNames = memories
      .activeWithSlot(subject, 'name')
      .flatMap((row) => ((JSON.parse(row.extra) as { object?: string }).object ?? '').split(/\s+/))
      .filter((name) => Array.from(name).length >= 2 && (hasCjk(name) || name.length >= 3));
    let text = body.query;
    let named = false;
    for (const name of ownNames) {
      const pattern = new RegExp(hasCjk(name) ? escapeRegExp(name) : `\\b${escapeRegExp(name)}\\b`, 'giu');
      if (!pattern.test(text)) continue;
      named = true;
      text = text.replace(pattern, ' ');
    }
    const query = queryTerms(text);
    if (!named && !query.personal) named = knowsSomeone(subject, query.names, text);
    const terms = [
      ...query.words.map((term) => ({
        term,
        // "workin" is searched as "working" too (a word the user wrote as "cabin" has no "cabing").
        forms: [term, ...inflections(term), ...(withG(term) ? [withG(term)!] : [])],
        character: false,
        bigram: false,
      })),
      ...query.cjk.map((term) => ({
        term,
        forms: [term],
        character: Array.from(term).length === 1,
        bigram: Array.from(term).length === 2,
      })),
    ];
    const held = terms.map(({ forms }) => postings(scope, kinds, OWN_TEXT, forms, budget));
    const documents = held.map((seqs, index) =>
      seqs.length < budget ? seqs.length : documentCount(scope, terms[index]!.forms),
    );
    // The subject of the question ("What breed is Haggis?", "What is Maya's dog called?") named by a
    // name the user has used themselves is someone or something of theirs.
    const subjects = [...text.matchAll(NAMED_SUBJECT)].map((match) => match[1]!.toLowerCase());
    const owners = [...text.matchAll(NAMED_OWNER)].map((match) => (match[1] ?? match[2])!.toLowerCase());
    // Read once per term: the personal, subject and name-evidence checks all ask it.
    const places = new Map<number, boolean>();
    const isPlace = (index: number) => {
      const known = places.get(index);
      if (known !== undefined) return known;
      const place = namedAsPlace(terms[index]!.term, held[index]!);
      places.set(index, place);
      return place;
    };
    // "What dates was the Amsterdam trip?": an event named by a word the user used is theirs.
    const events = [...text.matchAll(NAMED_EVENT)].map((match) => match[1]!.toLowerCase());
    const personal =
      query.personal ||
      named ||
      terms.some(
        ({ term }, index) =>
          documents[index]! > 0 && (events.includes(term) || (owners.includes(term) && !isPlace(index))),
      );
    // "surfboard", never said, is the "board" of a user who surfs.
    // One query says whether the user said any of the heads; most unknown words end there.
    const compoundHeads = (term: string) => {
      const splits = compoundSplits(term);
      if (
        splits.length === 0 ||
        documentCount(
          scope,
          splits.map(([, head]) => head),
          1,
        ) === 0
      )
        return [];
      return splits.flatMap(([first, head]) =>
        documentCount(scope, [head], 1) > 0 && documentCount(scope, [first], 1) > 0 ? [head] : [],
      );
    };
    const relatedTerms = new Map<number, number[]>();
    terms.forEach(({ term, character }, index) => {
      // "my daughter" is also her name, as the user said it ("my daughter Siobhan").
      const related = character
        ? []
        : [
            ...relatedWords(term),
            ...relativeNames(term, held[index]!),
            ...(documents[index] === 0 ? compoundHeads(term) : []),
          ];
      if (related.length === 0) return;
      const direct = new Set(held[index]);
      for (const seq of postings(scope, kinds, OWN_TEXT, related, budget))
        if (!direct.has(seq)) relatedTerms.set(seq, [...(relatedTerms.get(seq) ?? []), index]);
    });
    const memoriesOfUser = userCount(subject);
    const weights = termWeights(
      terms.map((term, index) => ({
        documents: documents[index]!,
        character: term.character,
        bigram: term.bigram,
      })),
      memoriesOfUser,
      calibration,
    );
    const matchedTerms = new Map<number, number[]>();
    held.forEach((seqs, index) => {
      for (const seq of seqs) matchedTerms.set(seq, [...(matchedTerms.get(seq) ?? []), index]);
    });
    // Words this user never used may be parts of words they did ("Guangzh").
    const partialTerms = new Map<number, number[]>();
    terms.forEach(({ term, character }, index) => {
      if (documents[index]! > 0 || character || hasCjk(term) || Array.from(term).length < 4) return;
      for (const seq of partials(scope, term))
        partialTerms.set(seq, [...(partialTerms.get(seq) ?? []), index]);
    });
    // Topic tags the query's words point at ("boss" → work), each with the words that point at it: a
    // topic counts for a memory only through words the memory does not hold itself, so "food" in the
    // question and in the memory is one match, not a match and a topic.
    const topicWords = new Map<string, Set<number>>();
    terms.forEach(({ term, character }, index) => {
      if (character || hasCjk(term)) return;
      for (const tag of topicTagsOf(term))
        if (query.topics.includes(tag)) topicWords.set(tag, (topicWords.get(tag) ?? new Set()).add(index));
    });
    const topicTags = new Map<number, string[]>();
    for (const topic of query.topics) {
      for (const seq of postings(scope, kinds, TAGS, [topic], Math.max(1, Math.floor(budget / 5))))
        topicTags.set(seq, [...(topicTags.get(seq) ?? []), topic]);
    }
    const topicShare = (seq: number) => {
      if (query.topics.length === 0) return 0;
      const held = new Set([...(matchedTerms.get(seq) ?? []), ...(relatedTerms.get(seq) ?? [])]);
      const counted = (topicTags.get(seq) ?? []).filter((tag) => {
        const sources = topicWords.get(tag);
        return !sources || [...sources].some((index) => !held.has(index));
      });
      return Math.min(1, counted.length / query.topics.length);
    };
    const similarities = queryVector
      ? vectorSimilarities(scope, kinds, queryVector)
      : new Map<number, number>();
    // Slots the question asks about ("Where do I work?" → work): the user's statements of that slot are
    // candidates even when they share no word with it ("We opened the pharmacy this morning"), and the
    // question's words that name the slot count for them as related words do.
    // About the user, or about someone the user talks about: the question's subject is a name they
    // used ("Where does Hana live?"; Chinese has no capitals, so two characters they wrote:
    // "朵朵在上什么兴趣班？") or their family ("What car does the family drive?").
    const aboutKnown =
      personal ||
      THE_FAMILY.test(text) ||
      terms.some(
        ({ term, bigram }, index) =>
          documents[index]! > 0 && (bigram || (subjects.includes(term) && !isPlace(index))),
      );
    const asked = aboutKnown ? askedSlots(text) : [];
    // "Where do Graham and I live these days?": someone named with the asker shares the asker's slot.
    const withMe = new Set([...text.matchAll(WITH_ME)].map((match) => (match[1] ?? match[2])!.toLowerCase()));
    const holders = terms.flatMap(({ term }, index) =>
      (RELATIVES.has(term) || subjects.includes(term)) && !withMe.has(term) ? [index] : [],
    );
    const slotTerms = new Map<number, Set<number>>();
    const slotMembers = new Map<string, Set<number>>();
    // Slots asked by a phrase whose words are all stop words ("Who am I going out with at the moment?").
    const unnamedSlots = new Set<string>();
    for (const { slot, words, zhWords } of asked) {
      const indexes = terms.flatMap(({ term }, index) =>
        words.includes(term) ||
        (hasCjk(term) && zhWords.some((word) => word.includes(term) || term.includes(word)))
          ? [index]
          : [],
      );
      // A question about someone's slot ("Where are my parents based?") is answered by statements
      // that name them (or the name the user gives them), not by the user's own. A relation that names
      // the slot itself ("Who's my partner these days?") is the user's own slot.
      const whose = holders.filter((index) => !words.includes(terms[index]!.term));
      const members = new Set(
        postings(scope, kinds, TAGS, [slotTag(slot)], Math.max(1, Math.floor(budget / 5))).filter(
          (seq) =>
            whose.length === 0 ||
            whose.some(
              (index) => matchedTerms.get(seq)?.includes(index) || relatedTerms.get(seq)?.includes(index),
            ),
        ),
      );
      slotMembers.set(slot, members);
      if (indexes.length === 0) unnamedSlots.add(slot);
      for (const seq of members) {
        const held = slotTerms.get(seq) ?? new Set<number>();
        for (const index of indexes) held.add(index);
        slotTerms.set(seq, held);
      }
    }

    // "Which tablet did I end up buying?": the choices the user made are candidates, and one made in
    // the conversation of a request the question matches ("need a drawing tablet, budget is low") is
    // its answer, though it may share no word with the question ("the cheaper one").
    const deciding = aboutKnown && DECISION.test(text);
    const choices = deciding
      ? new Set(postings(scope, kinds, TAGS, ['choice'], Math.max(1, Math.floor(budget / 5))))
      : new Set<number>();
    const candidates = verified(scope, kinds, [
      ...new Set([
        ...choices,
        ...matchedTerms.keys(),
        ...relatedTerms.keys(),
        ...partialTerms.keys(),
        ...topicTags.keys(),
        ...slotTerms.keys(),
        ...similarities.keys(),
      ]),
    ]);
    // "How did pickleball get its name?" is not answered by the user's name.
    if (query.othersName)
      candidates.splice(0, candidates.length, ...candidates.filter((candidate) => !candidate.name));
    // Someone the question names that the user talks about ("What did Efua ask for?"): a memory that
    // names them is about them, more than its share of the question's words says.
    const namedTerms =
      calibration.nameEvidence > 0
        ? terms.flatMap(({ term }, index) =>
            documents[index]! > 0 && (query.names.includes(term) || owners.includes(term)) && !isPlace(index)
              ? [index]
              : [],
          )
        : [];
    const newest = Math.max(now(), ...candidates.map((candidate) => candidate.update_time));
    const currentValue = asksCurrentValue(text);
    const current = asked.length > 0 && currentValue;
    const slotWordIndexes = new Set(
      asked.flatMap(({ words }) =>
        terms.flatMap(({ term }, index) => (words.includes(term) && !RELATIVES.has(term) ? [index] : [])),
      ),
    );
    // Parts of the question as the question's weights with the other parts' words left out.
    const partWeights = (part: string) => {
      const words = new Set(part.toLowerCase().match(/[\p{L}\p{N}']+/gu) ?? []);
      return weights.map((weight, index) => {
        const { term } = terms[index]!;
        const held = hasCjk(term)
          ? part.includes(term)
          : words.has(term) || [...words].some((word) => word.startsWith(term));
        return held ? weight : 0;
      });
    };
    // A memory may answer a part of the question whole: either side of a question that compares two
    // things ("Did I quit guitar before or after the offer?"), or the one question of a message that
    // says more ("What make is my sewing machine? I need to order a presser foot."), when that question
    // carries at least `ASKING_SHARE` of the message's weight.
    const totalWeight = weights.reduce((sum, weight) => sum + weight, 0);
    const sentences = text.split(/(?<=[.?!？。！])\s*/u).filter((sentence) => sentence.trim().length > 0);
    const questions = sentences.filter((sentence) => /[?？]\s*$/u.test(sentence));
    const parts = [
      ...comparedSides(text).map(partWeights),
      ...joinedParts(text).map(partWeights),
      ...(sentences.length >= 2 && questions.length === 1 ? questions : [])
        .map(partWeights)
        .filter((part) => part.reduce((sum, weight) => sum + weight, 0) >= ASKING_SHARE * totalWeight),
    ];
    const matched: { candidate: Candidate; match: number; unchanged: number }[] = candidates.map(
      (candidate) => {
        const direct = new Set([
          ...(matchedTerms.get(candidate.seq) ?? []),
          ...(partialTerms.get(candidate.seq) ?? []),
          ...(relatedTerms.get(candidate.seq) ?? []),
        ]);
        // A word that names the slot asked ("working") said in passing by a memory that states no value
        // of it ("kinda works") counts as a related word: the slot's statements take the lead.
        const own = matchedTerms.get(candidate.seq) ?? [];
        const passing =
          current && !slotTerms.has(candidate.seq) ? own.filter((index) => slotWordIndexes.has(index)) : [];
        const held = {
          terms: passing.length > 0 ? own.filter((index) => !passing.includes(index)) : own,
          partial: partialTerms.get(candidate.seq) ?? [],
          related: [...(relatedTerms.get(candidate.seq) ?? []), ...passing],
          slot: [...(slotTerms.get(candidate.seq) ?? [])].filter((index) => !direct.has(index)),
          topics: 0,
          length: candidate.length,
        };
        // "Which came first, the breakup or the move?": each side is answered by its own statement, so a
        // memory that answers one part whole covers the question as well as that part.
        const covered = Math.max(
          coverage(held, weights, calibration),
          ...parts.map((part) => coverage(held, part, calibration)),
        );
        const topics = topicShare(candidate.seq);
        let match = wordWeight * matchStrength(covered, topics, calibration);
        if (namedTerms.some((index) => matchedTerms.get(candidate.seq)?.includes(index)))
          match = 1 - (1 - match) * (1 - calibration.nameEvidence);
        const similarity = similarities.get(candidate.seq);
        if (similarity !== undefined) {
          const evidence = (vectorWeight * (similarity - minSimilarity)) / (1 - minSimilarity);
          match = 1 - (1 - match) * (1 - evidence);
        }
        // Newer statements about the same thing win: a mild preference for recent memories, stronger
        // when the question asks how things are now; a raw turn whose fact was superseded ranks lower.
        const ageDays = Math.max(0, (newest - candidate.update_time) / DAY);
        match *=
          1 - (query.latest ? calibration.latestRecency : calibration.recency) * Math.min(1, ageDays / 365);
        const unchanged = match;
        if (candidate.superseded_by !== null) match *= calibration.superseded;
        return { candidate, match, unchanged };
      },
    );
    if (choices.size > 0) {
      const decided = DECIDED.test(text);
      const requests = matched
        .filter((item) => !choices.has(item.candidate.seq) && item.candidate.conversation_id !== null)
        .sort((left, right) => right.match - left.match)
        .slice(0, DECISION_REQUESTS);
      for (const item of matched) {
        if (!choices.has(item.candidate.seq)) continue;
        const request = requests.find(
          (other) =>
            other.candidate.conversation_id === item.candidate.conversation_id &&
            other.candidate.update_time <= item.candidate.update_time,
        );
        if (request) {
          item.match = Math.max(item.match, request.match * DECISION_SHARE);
          // Asked about a decision already made, that choice is evidence of its own: it is what the
          // question asks for, however few of its words it says ("I think I'll take the second one").
          if (decided) item.match = 1 - (1 - item.match) * (1 - DECISION_EVIDENCE);
        }
      }
    }
    // A reply that goes on about what the user's previous message named ("$899 at Tractor Supply, they
    // threw in two bags of pellets" after "Bought myself a Traeger pellet grill") answers what that
    // message answers, a little less well: the raw turn of the next user message after each of the best
    // matches matches `FOLLOW_SHARE` as well. Not for a question about now: what was said after an old
    // value would rank beside it.
    if (!(query.latest || current)) {
      const leads = [...matched]
        .filter((item) => item.match > 0)
        .sort((left, right) => right.match - left.match)
        .slice(0, FOLLOW_LEADS);
      const follows = followUps(leads.map((item) => item.candidate.seq));
      const bySeq = new Map(matched.map((item) => [item.candidate.seq, item]));
      for (const lead of leads) {
        const seq = follows.get(lead.candidate.seq);
        const item = seq === undefined ? undefined : bySeq.get(seq);
        // Only a reply the question's words found too: one that shares nothing with it is about
        // something else ("I can't eat spicy food" after "I live in Guangzhou").
        if (!item || item.match <= 0) continue;
        const lifted = lead.match * FOLLOW_SHARE;
        if (item.match < lifted) item.match = lifted;
        if (item.unchanged < lifted) item.unchanged = lifted;
      }
    }
    // The statement that superseded a memory ("I left the band" for "I play bass in a band") is the
    // current answer to what that memory answered, though it may share fewer of the question's words:
    // it matches at least as well as the memory did before it was superseded.
    if (matched.some((item) => item.candidate.superseded_by !== null)) {
      const bySeq = new Map(matched.map((item) => [item.candidate.seq, item]));
      for (const item of matched) {
        const newer =
          item.candidate.superseded_by === null ? undefined : bySeq.get(item.candidate.superseded_by);
        if (newer && newer.match < item.unchanged) newer.match = item.unchanged;
      }
    }
    // A question about how things are now is answered by the newest statement about it. Statements about
    // the same thing take the places they earned together newest first (by day, then by match), so they
    // trade places among themselves and nothing else moves.
    const newestFirst = (taking: { candidate: Candidate; match: number }[]) => {
      if (taking.length < 2) return;
      const places = taking.map((item) => item.match).sort((left, right) => right - left);
      const day = (item: { candidate: Candidate }) => Math.floor(item.candidate.update_time / DAY);
      taking
        .sort((left, right) => day(right) - day(left) || right.match - left.match)
        .forEach((item, index) => {
          // Strictly in that order: equal places would fall back to the kind and the date.
          item.match = places[index]! - index * 1e-9;
        });
    };
    // Linked statements newest first by lifting the newer ones, never lowering any: each keeps at least
    // the relativity it earned, so what cleared the threshold still does.
    const newestAbove = (taking: { candidate: Candidate; match: number }[]) => {
      const day = (item: { candidate: Candidate }) => Math.floor(item.candidate.update_time / DAY);
      const oldestFirst = [...taking].sort(
        (left, right) => day(left) - day(right) || left.match - right.match,
      );
      for (let index = 1; index < oldestFirst.length; index += 1) {
        const older = oldestFirst[index - 1]!;
        const item = oldestFirst[index]!;
        if (day(item) > day(older) && item.match <= older.match) item.match = older.match + 1e-9;
        else if (item.match < older.match) item.match = older.match;
      }
    };
    if (aboutKnown && currentValue) {
      // Any such question ("Which part do I sing in the choir now?", which no slot names): the memories
      // that would be returned and hold the question's most specific word that two of them hold are
      // statements about the same thing. Only places inside what is returned move, so what is returned
      // stays the same.
      const returned = [...matched]
        .sort((left, right) => right.match - left.match)
        .slice(0, Math.max(...groups.map((group) => group.limit)));
      const holds = (item: { candidate: Candidate }, index: number) =>
        !!(
          matchedTerms.get(item.candidate.seq)?.includes(index) ||
          relatedTerms.get(item.candidate.seq)?.includes(index)
        );
      // The most specific word that two or more of them hold.
      let anchor = -1;
      terms.forEach(({ character }, index) => {
        if (character || (anchor >= 0 && weights[index]! <= weights[anchor]!)) return;
        if (returned.filter((item) => holds(item, index)).length >= 2) anchor = index;
      });
      const strongest = returned[0]?.match ?? 0;
      if (anchor >= 0)
        newestFirst(returned.filter((item) => item.match >= strongest * SLOT_SHARE && holds(item, anchor)));
    }
    // Then the slot the question names ("Where do I work?", "What car do we drive now?"): its
    // statements that match at least `SLOT_SHARE` as well as the best of them, though they may share
    // no word with the question ("We opened the pharmacy this morning").
    if (current && slotMembers.size > 0) {
      const top = Math.max(...matched.map((item) => item.match));
      // A statement that the value changed ("I've gone fully vegan since the 1st") joins them however few
      // of the question's words it holds: the newest change is the value now.
      const changes = new Set(
        postings(scope, kinds, TAGS, [CHANGE_TAG], Math.max(1, Math.floor(budget / 5))),
      );
      for (const [slot, members] of slotMembers) {
        const stating = matched.filter((item) => members.has(item.candidate.seq));
        // No word of the question names the slot, so no word can say how well a statement of it answers:
        // being one is the evidence.
        if (unnamedSlots.has(slot))
          for (const item of stating) item.match = Math.max(item.match, SLOT_EVIDENCE);
        const strongest = Math.max(0, ...stating.map((item) => item.match));
        const floor = strongest * SLOT_SHARE;
        const change = stating
          .filter((item) => changes.has(item.candidate.seq))
          .sort((left, right) => right.candidate.update_time - left.candidate.update_time)[0];
        if (change && change.match < floor) change.match = floor;
        // Asked about one slot, the newest change is the answer, however many of the question's other
        // words ("我现在开的是什么车？") older memories happen to hold.
        if (change && slotMembers.size === 1)
          change.match = Math.max(change.match, top + 1e-9, SLOT_EVIDENCE);
        newestFirst(stating.filter((item) => item.match >= floor));
      }
    }
    if (aboutKnown && currentValue) {
      // After the slot's statements took their places, so the link has the last word among them.
      const returned = [...matched]
        .sort((left, right) => right.match - left.match)
        .slice(0, Math.max(...groups.map((group) => group.limit)));
      const strongest = returned[0]?.match ?? 0;
      // Statements about the same thing may share no word of the question with each other ("I work
      // nights in the ICU, 7p to 7a" and "I'm moving to days in August, 7a-7p" for "What hours am I
      // working these days?"): a word of their own that few of the user's memories hold links them.
      const linking = query.latest || current;
      const top = Math.max(0, ...matched.map((item) => item.match));
      for (const component of sameThing(
        returned.filter(
          (item) =>
            item.match >= strongest * LINK_SHARE &&
            (linking ||
              round(relativityFromMatch(item.match, top, personal, calibration.model)) >= threshold),
        ),
        new Set(terms.map(({ term }) => term)),
        scope,
        memoriesOfUser,
      ))
        newestAbove(component);
    }
    const best = Math.max(0, ...matched.map((item) => item.match));
    const strength = new Map(matched.map((item) => [item.candidate.seq, item.match]));
    const scored: Scored[] = matched.map(({ candidate, match }) => {
      const relativity = relativityFromMatch(match, best, personal, calibration.model);
      // The current conversation is a boost, not a filter (MemOS's own semantics of conversation_id).
      const boosted =
        body.conversation_id !== undefined && candidate.conversation_id === body.conversation_id;
      return {
        candidate,
        match,
        relativity: round(
          boosted && relativity > 0 ? 1 - (1 - relativity) * (1 - conversationEvidence) : relativity,
        ),
      };
    });
    const ranked = scored
      .filter((item) => item.relativity >= threshold && item.relativity > 0)
      .sort(
        (left, right) =>
          right.relativity - left.relativity ||
          // Relativity is reported to 6 decimals and saturates near 1: the match still orders.
          right.match - left.match ||
          left.candidate.fast - right.candidate.fast ||
          right.candidate.update_time - left.candidate.update_time ||
          right.candidate.seq - left.candidate.seq,
      );
    // One memory per user message and list: the best of a typed fact and the raw turn it came from.
    const heads = groups.map((group) =>
      ranked.filter((item) => group.kinds.includes(item.candidate.kind)).slice(0, group.limit * 4),
    );
    const sourceOf = primarySources(heads.flat().map((item) => item.candidate.seq));
    const chosen = groups.map((group, index) => {
      const head = heads[index]!;
      // A raw turn already says what the typed memories read from it say, and a typed memory ranked
      // above its turn says what the question asks of it; two typed memories of one message say
      // different things and are both kept.
      const turnOf = new Set<number>();
      const typedOf = new Set<number>();
      const quoted = new Set<number>();
      const picked: Scored[] = [];
      for (const item of head) {
        if (picked.length >= group.limit) break;
        const source = calibration.collapse ? sourceOf.get(item.candidate.seq)?.message : undefined;
        if (picked.includes(item)) continue;
        if (source !== undefined && (turnOf.has(source) || (item.candidate.fast && typedOf.has(source))))
          continue;
        // A turn already chosen with this message as its context (the request a choice answers) holds
        // its words whole: its own turn would say them twice (its typed facts may still come).
        if (source !== undefined && item.candidate.fast && quoted.has(source)) continue;
        if (source !== undefined) (item.candidate.fast ? turnOf : typedOf).add(source);
        // A raw turn that says no more than the typed fact read from it gives way to that fact, when
        // the fact matches nearly as well: the same memory, stated cleanly.
        const typed =
          item.candidate.fast && sourceOf.get(item.candidate.seq)?.sources === 1
            ? head.find(
                (other) =>
                  !other.candidate.fast &&
                  !picked.includes(other) &&
                  sourceOf.get(other.candidate.seq)?.message === source &&
                  other.relativity >= TYPED_SHARE * item.relativity &&
                  // Relativity saturates: the match says whether the fact holds what the turn matched
                  // ("I moved to Porto and I love hiking" is more than "moved to Porto" to a sport question).
                  other.match >= TYPED_SHARE * item.match,
              )
            : undefined;
        const chosenItem = typed ?? item;
        if (chosenItem.candidate.fast)
          for (const user of sourceOf.get(chosenItem.candidate.seq)?.users ?? []) quoted.add(user);
        picked.push(chosenItem);
      }
      return picked.sort((left, right) => right.relativity - left.relativity);
    });
    const rows = new Map(
      memories.bySeqs(chosen.flat().map((item) => item.candidate.seq)).map((row) => [row.seq, row]),
    );
    const [facts, preferences, tools] = chosen.map((items) =>
      items.map((item): Found => ({ row: rows.get(item.candidate.seq)!, relativity: item.relativity })),
    ) as [Found[], Found[], Found[]];
    trace?.({
      personal,
      best,
      items: chosen.flat().map((item) => ({
        kind: item.candidate.kind,
        match: strength.get(item.candidate.seq) ?? 0,
        relativity: item.relativity,
      })),
    });
    return result(facts, preferences, tools);
  };
}
