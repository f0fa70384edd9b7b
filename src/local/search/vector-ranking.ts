/** Which stored vectors a search compares against: those written by the same embedding model. */
export interface VectorIndex {
  readonly model: string;
}

/**
 * Cosine similarity between a query vector and a stored one (a Float32Array's bytes, as SQLite returns
 * the BLOB). Vectors of a different length score 0 rather than throwing: a model change must not break
 * search, it only stops old vectors from contributing.
 *
 * @example
 * cosineSimilarity(new Float32Array([1, 0]), new Uint8Array(new Float32Array([1, 0]).buffer)); // 1
 */
export function cosineSimilarity(query: Float32Array, stored: Uint8Array): number {
  if (stored.byteLength !== query.length * 4) return 0;
  const aligned = stored.byteOffset % 4 === 0 ? stored : stored.slice();
  const vector = new Float32Array(aligned.buffer, aligned.byteOffset, query.length);
  let dot = 0;
  let queryNorm = 0;
  let storedNorm = 0;
  for (let index = 0; index < query.length; index += 1) {
    const left = query[index]!;
    const right = vector[index]!;
    dot += left * right;
    queryNorm += left * left;
    storedNorm += right * right;
  }
  if (queryNorm === 0 || storedNorm === 0) return 0;
  return dot / Math.sqrt(queryNorm * storedNorm);
}
