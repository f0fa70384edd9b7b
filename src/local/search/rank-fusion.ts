/** One ranked candidate list (best first) and how much a top rank in it is worth. */
export interface RankedList {
  /** Memory seqs with their score in this list (higher is better), best first. */
  readonly hits: readonly { readonly seq: number; readonly score: number }[];
  /** 0–1: the relativity a rank-1 hit in this list alone reaches. */
  readonly weight: number;
}

/** How ranks become relativity. */
export interface FusionOptions {
  /** Rank damping: rank r scores (k+1)/(k+r). @default 5 */
  readonly k?: number;
}

function sameScore(left: number, right: number): boolean {
  return Math.abs(left - right) <= 1e-9 * Math.max(1, Math.abs(left), Math.abs(right));
}

/**
 * Fuses ranked lists into one relativity per memory, in 0–1.
 *
 * Each list gives a hit at rank r the evidence w·(k+1)/(k+r) (1·w at rank 1, decaying); evidence from
 * several lists (word index, trigram index, embeddings, the conversation boost) combines as a noisy-OR,
 * 1 − Π(1 − evidence), so agreement between lists raises the score, a single list can never exceed its
 * own weight, and the result stays in 0–1 whatever the number of lists. BM25 magnitudes are not used
 * directly (equal scores share a rank, so a tie is broken by the conversation boost or recency, never
 * by chance): SQLite's BM25 statistics are global to the table (all users) and degenerate in small
 * corpora (idf is clamped to ~0 for a term in more than half of the rows), while ranks are stable.
 *
 * @example
 * fuseRanks([{ hits: [{ seq: 7, score: 2 }, { seq: 3, score: 1 }], weight: 0.9 }]).get(7); // 0.9
 */
export function fuseRanks(lists: readonly RankedList[], { k = 5 }: FusionOptions = {}): Map<number, number> {
  const miss = new Map<number, number>();
  for (const list of lists) {
    let rank = 0;
    list.hits.forEach((hit, index) => {
      const previous = list.hits[index - 1];
      if (!previous || !sameScore(previous.score, hit.score)) rank = index + 1;
      const evidence = evidenceAt(list.weight, rank, { k });
      miss.set(hit.seq, (miss.get(hit.seq) ?? 1) * (1 - evidence));
    });
  }
  const fused = new Map<number, number>();
  for (const [seq, remaining] of miss) fused.set(seq, 1 - remaining);
  return fused;
}

/**
 * The evidence a hit at `rank` (1-based) of a list with `weight` contributes.
 *
 * @example
 * evidenceAt(0.9, 1); // 0.9
 */
export function evidenceAt(weight: number, rank: number, { k = 5 }: FusionOptions = {}): number {
  return weight * ((k + 1) / (k + rank));
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
