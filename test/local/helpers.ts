import type { SearchMemoryData } from 'memos-middleware';
import { type ExtractedMemory, type Extractor, LocalMemOS, type MemoryKind } from 'memos-middleware/local';
import { datasetTime } from '../../bench/quality/retrievers.ts';
import type { Persona } from '../../bench/quality/types.ts';

/**
 * An extractor for ranking tests: each user message line `kind | key | value | tag,tag` becomes exactly
 * that memory, so a test controls the stored text precisely while going through the real add path.
 */
export function scriptedExtractor(): Extractor {
  return {
    existingLimit: 0,
    async extract({ messages }) {
      const memories: ExtractedMemory[] = messages
        .filter((message) => message.role === 'user')
        .flatMap((message) =>
          message.text.split('\n').map((line) => {
            const [kind, key, value, tags] = line.split('|').map((part) => part.trim());
            return {
              kind: kind as MemoryKind,
              key: key!,
              value: value!,
              tags: tags ? tags.split(',') : [],
              sourceMessageIds: [message.id],
            };
          }),
        );
      return { memories };
    },
  };
}

/** A manual clock for `now`: starts at `start`, moves only when told. */
export function manualClock(start = Date.UTC(2025, 0, 1)) {
  let time = start;
  return {
    now: () => time,
    set: (next: number) => {
      time = next;
    },
    advance: (milliseconds: number) => {
      time += milliseconds;
    },
  };
}

/** A seeded PRNG (mulberry32), so property tests replay exactly. */
export function seededRandom(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (max: number) => Math.floor(next() * max),
    pick: <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]!,
  };
}

/** The texts a search returned, facts and preferences together, by relativity (highest first). */
export function textsByRelativity(result: SearchMemoryData): string[] {
  return [
    ...(result.memory_detail_list ?? []).map((item) => ({
      text: item.memory_value ?? '',
      relativity: item.relativity ?? 0,
    })),
    ...(result.preference_detail_list ?? []).map((item) => ({
      text: item.preference ?? '',
      relativity: item.relativity ?? 0,
    })),
  ]
    .sort((left, right) => right.relativity - left.relativity)
    .map((item) => item.text);
}

/** Where the first text holding `text` stands in `found` (-1 when none does). */
export const rankOf = (found: readonly string[], text: string) =>
  found.findIndex((item) => item.includes(text));

/**
 * A quality-bench persona's whole year replayed into a fresh in-memory engine, session by session at
 * its own time; the engine's clock then stands a day after the last session. Close it when done.
 *
 * @example
 * const memos = await replayPersona(persona);
 */
export async function replayPersona(persona: Persona): Promise<LocalMemOS> {
  let clock = 0;
  const memos = new LocalMemOS({ path: ':memory:', now: () => clock });
  for (const session of persona.sessions) {
    clock = datasetTime(session.messages.at(-1)!.chat_time);
    await memos.addMessage({
      user_id: persona.user_id,
      conversation_id: session.conversation_id,
      messages: session.messages.map(({ role, content, chat_time }) => ({ role, content, chat_time })),
    });
  }
  clock += 86_400_000;
  return memos;
}
