// cyrb53's two 32-bit lanes, both kept (64 bits): fast on plain numbers with Math.imul, no BigInt, no
// `node:crypto` (the core must load in edge runtimes). Not cryptographic, and it need not be: it keys
// an in-process, bounded dedupe table, where a collision would drop one write and 64 bits make that
// negligible.

/**
 * A 64-bit non-cryptographic hash of a string, as 16 hex characters.
 *
 * @example
 * contentHash('hello'); // always the same 16 hex characters for 'hello'
 */
export function contentHash(text: string, seed = 0): string {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (h2 >>> 0).toString(16).padStart(8, '0') + (h1 >>> 0).toString(16).padStart(8, '0');
}
