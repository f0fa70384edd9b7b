// Relevance from match strength: how much of what the query asks a memory says, not where it ranks.
// A query's words weigh by how rare they are among the asking user's memories (IDF); a memory's
// coverage is the share of that weight it holds. Coverage is then calibrated so that MemOS's default
// threshold (0.45) means "relevant": on the development questions, the memories that answer a question
// clear it, and a question about something the user never mentioned gets nothing.

/** One query term and how many of the asking user's memories hold it. */
export interface TermWeight {
  /** Memories of the user holding it (capped by the search budget). */
  readonly documents: number;
  /** A single CJK character counts for less than a word or a bigram. */
  readonly character: boolean;
  /**
   * A CJK bigram: most of a query's bigrams straddle two words ("住在哪" gives 在哪), so one the user never
   * wrote says nothing and weighs nothing.
   */
  readonly bigram?: boolean;
}

/** What a candidate memory matched, and what is known about it. */
export interface CandidateMatch {
  /** Indexes (into the query's terms) of the terms the memory holds. */
  readonly terms: readonly number[];
  /** Indexes of terms the memory holds only as part of a word ("Guangzh" in "Guangzhou"). */
  readonly partial: readonly number[];
  /** Indexes of terms the memory holds only in a related word ("turns" for "old"). */
  readonly related?: readonly number[] | undefined;
  /**
   * Indexes of terms that name a slot the memory states ("work" for "We opened the pharmacy", see
   * extraction/slots.ts), when the memory does not hold them itself.
   */
  readonly slot?: readonly number[] | undefined;
  /** Share of the query's topics the memory is tagged with (0 when none). */
  readonly topics: number;
  /** Characters of the memory's text. */
  readonly length: number;
}

/** The calibration; every weight is 0–1 unless said otherwise. */
export interface RelevanceCalibration {
  /** Weight of a query word the user has never used, relative to the rarest known word. */
  readonly unknownWeight: number;
  /** IDF is computed as if the user had at least this many memories. */
  readonly minimumMemories: number;
  /** Weight of a single CJK character relative to a word. */
  readonly characterWeight: number;
  /** Credit of a partial word match. */
  readonly partialWeight: number;
  /** Credit of a related word ("turns" for "old", see query-expansion.ts). */
  readonly relatedWeight: number;
  /** Credit of a query word that names a slot the memory states ("work" for "We opened the pharmacy"). */
  readonly slotWeight: number;
  /** Relativity a shared topic alone can reach (below the default threshold on purpose). */
  readonly topicEvidence: number;
  /** Length normalisation: coverage × (length / averageLength)^-lengthExponent. */
  readonly lengthExponent: number;
  readonly averageLength: number;
  /** Coverage at which relativity reaches the default threshold (0.45). */
  readonly coverageAtThreshold: number;
  /** The answerability model that turns a match into relativity (see `relativityFromMatch`). */
  readonly model: AnswerabilityModel;
  /** Relativity lost by a memory a year old (newer statements about the same thing win ties). */
  readonly recency: number;
  /** The same when the question asks how things are now ("these days", "still", "currently"). */
  readonly latestRecency: number;
  /** Multiplier for a raw turn whose fact a newer statement superseded. */
  readonly superseded: number;
  /** Evidence a memory gets for naming someone the question names ("What did Efua ask for?"). */
  readonly nameEvidence: number;
  /** 1: one memory per source message and list (a typed fact or its raw turn, the better one). */
  readonly collapse: number;
}

/** The default calibration, fitted on the development sets (bench/quality/dev/ and the spent held-out sets 2 and 3). */
export const CALIBRATION: RelevanceCalibration = {
  unknownWeight: 0.9,
  minimumMemories: 200,
  characterWeight: 0.5,
  partialWeight: 0.6,
  relatedWeight: 0.8,
  slotWeight: 1,
  topicEvidence: 0.4,
  lengthExponent: 0,
  averageLength: 120,
  coverageAtThreshold: 0.3,
  model: { bias: -9.92, match: 6.05, best: 10.96, personal: 2.89 },
  recency: 0.05,
  latestRecency: 0.25,
  superseded: 0.6,
  nameEvidence: 0.2,
  collapse: 1,
};

/**
 * The IDF weight of each query term among `total` memories of the user (Lucene's non-negative IDF);
 * a term no memory holds weighs `unknownWeight` of the rarest possible one.
 *
 * @example
 * termWeights([{ documents: 1, character: false }, { documents: 0, character: false }], 100, CALIBRATION);
 */
export function termWeights(
  terms: readonly TermWeight[],
  total: number,
  calibration: RelevanceCalibration = CALIBRATION,
): number[] {
  // A prior of `minimumMemories`: a new user's handful of memories would otherwise make every word
  // they used look common and every word they did not look overwhelming.
  const count = Math.max(total, calibration.minimumMemories);
  const idf = (documents: number) => Math.log(1 + (count - documents + 0.5) / (documents + 0.5));
  return terms.map((term) => {
    if (term.bigram && term.documents === 0) return 0;
    const base =
      term.documents === 0 ? idf(0) * calibration.unknownWeight : idf(Math.min(term.documents, count));
    return term.character ? base * calibration.characterWeight : base;
  });
}

/**
 * How much of the query a memory covers, in 0–1: the matched share of the query's term weight, a
 * partial word match counting `partialWeight`, normalised mildly by length (a short memory that
 * holds the words says more about them than a long one).
 *
 * @example
 * coverage({ terms: [0], partial: [], topics: 0, length: 120 }, [2, 2], CALIBRATION); // 0.5
 */
export function coverage(
  match: CandidateMatch,
  weights: readonly number[],
  calibration: RelevanceCalibration = CALIBRATION,
): number {
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  if (total <= 0) return 0;
  const held =
    match.terms.reduce((sum, index) => sum + (weights[index] ?? 0), 0) +
    match.partial.reduce((sum, index) => sum + (weights[index] ?? 0) * calibration.partialWeight, 0) +
    (match.related ?? []).reduce((sum, index) => sum + (weights[index] ?? 0) * calibration.relatedWeight, 0) +
    (match.slot ?? []).reduce((sum, index) => sum + (weights[index] ?? 0) * calibration.slotWeight, 0);
  const length = Math.max(match.length, 10) / calibration.averageLength;
  return Math.min(1, (held / total) * length ** -calibration.lengthExponent);
}

/**
 * How strongly one memory matches, in 0–1: coverage mapped piecewise linearly through (0, 0),
 * (coverageAtThreshold, 0.45) and (1, 1), with a shared topic adding at most `topicEvidence`.
 *
 * @example
 * matchStrength(CALIBRATION.coverageAtThreshold, 0); // 0.45
 */
export function matchStrength(
  covered: number,
  topics: number,
  calibration: RelevanceCalibration = CALIBRATION,
): number {
  const middle = calibration.coverageAtThreshold;
  const lexical =
    covered <= middle ? (0.45 * covered) / middle : 0.45 + (0.55 * (covered - middle)) / (1 - middle);
  const topical = topics * calibration.topicEvidence;
  return 1 - (1 - Math.min(1, lexical)) * (1 - topical);
}

/** The answerability model: relativity = σ(bias + match·m + best·b + personal·p). */
export interface AnswerabilityModel {
  readonly bias: number;
  readonly match: number;
  readonly best: number;
  readonly personal: number;
}

/**
 * A memory's relativity: the probability that it is relevant, from how strongly it matches (`match`),
 * how well the user's memory answers the question at all (`best`, the strongest match among the
 * user's memories: a question about something the user never mentioned matches nothing well), and
 * whether the question is about the user (`personal`: "my", "I", their own or a relative's name). A
 * logistic model fitted on the development set (bench/quality/calibrate.ts), its bias set so that
 * MemOS's default threshold, 0.45, is where off-topic questions get next to nothing and on-topic
 * ones keep their answers. Monotone in `match`, so it never reorders one query's memories.
 *
 * @example
 * relativityFromMatch(0.9, 0.9, true); // ≈ 0.9999
 */
export function relativityFromMatch(
  match: number,
  best: number,
  personal: boolean,
  model: AnswerabilityModel = CALIBRATION.model,
): number {
  if (match <= 0) return 0;
  const z = model.bias + model.match * match + model.best * best + (personal ? model.personal : 0);
  return 1 / (1 + Math.exp(-z));
}
