// recall@k over rankings whose items each point at one or more source messages: a question is a hit
// at k when any of its answering messages is among the sources of the first k items.

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
  const wanted = new Set(answers);
  return ranking.slice(0, k).some((item) => item.some((messageId) => wanted.has(messageId)));
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
