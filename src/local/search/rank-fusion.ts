/** One ranked candidate list (best first) and how much a top rank in it is worth. */
export interface RankedList {
  /** Memory seqs, best first. */
  readonly seqs: readonly number[];
  /** 0–1: the relativity a rank-1 hit in this list alone reaches. */
  readonly weight: number;
}

/** How ranks become relativity. */
export interface FusionOptions {
  /** Rank damping: rank r scores (k+1)/(k+r). @default 5 */
  readonly k?: number;
}

/**
 * Fuses ranked lists into one relativity per memory, in 0–1.
 *
 * Each list gives a hit at rank r the evidence w·(k+1)/(k+r) (1·w at rank 1, decaying); evidence from
 * several lists (word index, trigram index, embeddings, the conversation boost) combines as a noisy-OR,
 * 1 − Π(1 − evidence), so agreement between lists raises the score, a single list can never exceed its
 * own weight, and the result stays in 0–1 whatever the number of lists. BM25 magnitudes are not used
 * directly: SQLite's BM25 statistics are global to the table (all users) and degenerate in small
 * corpora (idf is clamped to ~0 for a term in more than half of the rows), while ranks are stable.
 *
 * @example
 * fuseRanks([{ seqs: [7, 3], weight: 0.9 }]).get(7); // 0.9
 */
export function fuseRanks(lists: readonly RankedList[], { k = 5 }: FusionOptions = {}): Map<number, number> {
  const miss = new Map<number, number>();
  for (const list of lists) {
    list.seqs.forEach((seq, index) => {
      const evidence = list.weight * ((k + 1) / (k + index + 1));
      miss.set(seq, (miss.get(seq) ?? 1) * (1 - evidence));
    });
  }
  const fused = new Map<number, number>();
  for (const [seq, remaining] of miss) fused.set(seq, 1 - remaining);
  return fused;
}

/**
 * Adds one more piece of evidence (e.g. the current-conversation boost) to a fused relativity.
 *
 * @example
 * withEvidence(0.5, 0.2); // 0.6
 */
export function withEvidence(relativity: number, evidence: number): number {
  return 1 - (1 - relativity) * (1 - evidence);
}
