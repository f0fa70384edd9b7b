// Scoring of rankings whose items each point at one or more source messages (FORMAT.md): a
// single-hop or temporal question is a hit at k when an answering message is among the sources of the
// first k items; a multi-hop question scores the share of its answering messages reached; an updated
// question is a hit only when the fresh answer ranks above every stale one.

import type { QuestionKind } from './types.ts';

/** One ranked result, reduced to the dataset message ids it came from. */
export type RankedItem = readonly string[];

/**
 * Whether any answering message is among the sources of the first `k` items.
 *
 * @example
 * hitAtK([['m3'], ['m1', 'm2']], ['m2'], 1); // false
 * hitAtK([['m3'], ['m1', 'm2']], ['m2'], 2); // true
 */
export function hitAtK(ranking: readonly RankedItem[], answers: readonly string[], k: number): boolean {
  const rank = firstHitRank(ranking, answers);
  return rank !== undefined && rank <= k;
}

/** A question's ranking and its answers. */
export interface Judged {
  ranking: readonly RankedItem[];
  answers: readonly string[];
}

/**
 * The fraction of questions that are hits at `k` (0 when there are none).
 *
 * @example
 * recallAtK([{ ranking: [['a']], answers: ['a'] }, { ranking: [['b']], answers: ['c'] }], 5); // 0.5
 */
export function recallAtK(judged: readonly Judged[], k: number): number {
  if (judged.length === 0) return 0;
  return judged.filter(({ ranking, answers }) => hitAtK(ranking, answers, k)).length / judged.length;
}

/**
 * The 1-based rank of the first item holding an answering message, or undefined.
 *
 * @example
 * firstHitRank([['x'], ['y', 'a']], ['a']); // 2
 */
export function firstHitRank(ranking: readonly RankedItem[], answers: readonly string[]): number | undefined {
  const wanted = new Set(answers);
  const index = ranking.findIndex((item) => item.some((messageId) => wanted.has(messageId)));
  return index === -1 ? undefined : index + 1;
}

/** What a question needs to be scored. */
export interface ScoredQuestion {
  readonly kind: QuestionKind;
  readonly answer_message_ids: readonly string[];
  readonly stale_message_ids?: readonly string[] | undefined;
}

/**
 * The score (0–1) of one on-topic question at depth `k`, by its kind: 1/0 for a hit, the share of
 * answering messages reached for multi-hop, and for updated a hit only when the fresh answer is in the
 * first k items and no stale statement ranks above it (the same item may hold both). Off-topic
 * questions have no recall (use the count of items instead).
 *
 * @example
 * questionScore({ kind: 'multi-hop', answer_message_ids: ['a', 'b'] }, [['a'], ['x']], 10); // 0.5
 * questionScore({ kind: 'updated', answer_message_ids: ['new'], stale_message_ids: ['old'] }, [['old'], ['new']], 10); // 0
 */
export function questionScore(question: ScoredQuestion, ranking: readonly RankedItem[], k: number): number {
  const answers = question.answer_message_ids;
  if (question.kind === 'off-topic') throw new Error('off-topic questions have no recall');
  if (question.kind === 'multi-hop') {
    if (answers.length === 0) return 0;
    const reached = new Set(ranking.slice(0, k).flat());
    return answers.filter((id) => reached.has(id)).length / answers.length;
  }
  const fresh = firstHitRank(ranking, answers);
  if (fresh === undefined || fresh > k) return 0;
  if (question.kind === 'updated') {
    const stale = firstHitRank(ranking, question.stale_message_ids ?? []);
    return stale === undefined || stale >= fresh ? 1 : 0;
  }
  return 1;
}
