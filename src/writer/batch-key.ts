import type { QueuedWrite } from './write-queue.ts';

// Four 32-bit lanes of multiply-xorshift mixing (cyrb53's scheme, widened to 128 bits): synchronous
// (a key is needed before the request leaves, in the same tick), no `node:crypto` (the writer loads in
// edge runtimes). Not cryptographic, and it need not be: it hashes random UUIDs the writer made itself.
const SEEDS = [0xdeadbeef, 0x41c6ce57, 0x9e3779b9, 0x85ebca6b] as const;
const MULTIPLIERS = [2654435761, 1597334677, 2246822507, 3266489909] as const;

function hash128(text: string): string {
  const lanes = SEEDS.map((seed) => seed >>> 0);
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    for (let lane = 0; lane < 4; lane++) lanes[lane] = Math.imul(lanes[lane]! ^ code, MULTIPLIERS[lane]!);
  }
  for (let lane = 0; lane < 4; lane++) {
    const other = lanes[(lane + 1) % 4]!;
    lanes[lane] = Math.imul(lanes[lane]! ^ (lanes[lane]! >>> 16), 2246822507);
    lanes[lane]! ^= Math.imul(other ^ (other >>> 13), 3266489909);
  }
  return lanes.map((lane) => (lane >>> 0).toString(16).padStart(8, '0')).join('');
}

/**
 * The idempotency key of a batch, a function of what it holds: a write sent alone keeps its journal
 * id; a merged batch gets `b-` and a 128-bit hash of its writes' ids, in order. The same writes give
 * the same key in any process, before and after a crash.
 *
 * @example
 * batchKey([write]); // write.id
 * batchKey([first, second]); // 'b-3f0c…' (34 characters)
 */
export function batchKey(writes: readonly Pick<QueuedWrite, 'id'>[]): string {
  if (writes.length === 1) return writes[0]!.id;
  return `b-${hash128(writes.map((write) => write.id).join('\n'))}`;
}
