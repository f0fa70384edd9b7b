// Okapi BM25 for the baselines. Words are runs of letters or digits, lowercased; each Han or kana
// character is its own token, as Lucene's standard tokenizer does, so Chinese text is searchable without
// a dictionary. An analyzer (e.g. stop words then stemming) maps tokens to index terms.

const CJK = String.raw`\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}`;
// One CJK character, or a run of letters/digits that are not CJK.
const TOKEN = new RegExp(`[${CJK}]|(?:(?![${CJK}])[\\p{L}\\p{N}])+`, 'gu');

/**
 * Splits text into lowercase tokens: words of letters/digits, and single CJK characters.
 *
 * @example
 * tokenize('I moved to Berlin, 杭州!'); // ['i', 'moved', 'to', 'berlin', '杭', '州']
 */
export function tokenize(text: string): string[] {
  return Array.from(text.toLowerCase().matchAll(TOKEN), (match) => match[0]);
}

/** A document of the index. */
export interface BM25Document {
  id: string;
  text: string;
}

/** One ranked hit. */
export interface BM25Hit {
  id: string;
  score: number;
}

/** BM25 parameters. */
export interface BM25Options {
  /** Term-frequency saturation. @default 1.2 */
  k1?: number;
  /** Length normalisation. @default 0.75 */
  b?: number;
  /** Tokens to index terms (drop some, rewrite others), for documents and queries alike. @default identity */
  analyze?: ((tokens: string[]) => string[]) | undefined;
}

/** A built index: `search(query, limit)` returns hits, best first, ties by insertion order. */
export interface BM25Index {
  search(query: string, limit: number): BM25Hit[];
  readonly size: number;
}

/**
 * Builds an in-memory BM25 index over documents.
 *
 * @example
 * const index = createBM25Index([{ id: 'm1', text: 'I live in Berlin' }]);
 * index.search('where does she live', 5); // [{ id: 'm1', score: ... }]
 */
export function createBM25Index(
  documents: readonly BM25Document[],
  { k1 = 1.2, b = 0.75, analyze = (tokens) => tokens }: BM25Options = {},
): BM25Index {
  const terms = (text: string) => analyze(tokenize(text));
  const analyzed = documents.map((document) => terms(document.text));
  const termFrequencies = analyzed.map((tokens) => {
    const counts = new Map<string, number>();
    for (const token of tokens) counts.set(token, (counts.get(token) ?? 0) + 1);
    return counts;
  });
  const lengths = analyzed.map((tokens) => tokens.length);
  const averageLength = lengths.reduce((sum, length) => sum + length, 0) / Math.max(1, documents.length);
  const documentFrequency = new Map<string, number>();
  for (const counts of termFrequencies) {
    for (const term of counts.keys()) documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
  }
  const count = documents.length;
  // Lucene's idf: never negative, so very common terms still count a little instead of penalising.
  const idf = (term: string) => {
    const frequency = documentFrequency.get(term) ?? 0;
    return Math.log(1 + (count - frequency + 0.5) / (frequency + 0.5));
  };

  return {
    size: count,
    search(query, limit) {
      const queryTerms = [...new Set(terms(query))];
      const hits: BM25Hit[] = [];
      documents.forEach((document, index) => {
        const counts = termFrequencies[index]!;
        const length = lengths[index]!;
        let score = 0;
        for (const term of queryTerms) {
          const frequency = counts.get(term);
          if (frequency === undefined) continue;
          score +=
            (idf(term) * frequency * (k1 + 1)) / (frequency + k1 * (1 - b + (b * length) / averageLength));
        }
        if (score > 0) hits.push({ id: document.id, score });
      });
      // Array.prototype.sort is stable, so equal scores keep insertion (chronological) order.
      return hits.sort((left, right) => right.score - left.score).slice(0, limit);
    },
  };
}
