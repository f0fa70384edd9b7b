import type { LocalMemOS } from 'memos-middleware/local';
import { afterEach, describe, expect, it } from 'vitest';
import { heldOut14Dataset } from '../../bench/quality/heldout-14/index.ts';
import { compoundSplits, readThrough } from '../../src/local/search/search-memories.ts';
import { replayPersona, textsByRelativity } from './helpers.ts';

// Read from the misses of spent held-out set 14 (development data since its one run as the verdict at
// 1615b38). Each case replays one persona's whole year and searches at the product's default threshold;
// the fresh answer must come before every stale one, as the bench's updated-fact figure counts it.
// - A compound the user never said is the head they did say, when they said its first part too:
//   "what surfboard do i ride at the moment?" ↔ "i bought a board lol. a 7'0 mid-length".
// - A mother is "Maman" to a French speaker: "Where is my mother living these days?" ↔ "Maman moved
//   into her room at Les Jardins du Trait-Carré".

let memos: LocalMemOS | undefined;
afterEach(async () => memos?.close());

async function expectFreshFirst(userId: string, question: string) {
  const persona = heldOut14Dataset.personas.find((candidate) => candidate.user_id === userId)!;
  const asked = persona.questions.find((candidate) => candidate.question === question)!;
  const messages = persona.sessions.flatMap((session) => session.messages);
  memos = await replayPersona(persona);
  const found = textsByRelativity(await memos.searchMemory({ user_id: userId, query: question }));
  const rank = (ids: readonly string[]) => {
    const contents = ids.map((id) => messages.find((message) => message.id === id)!.content.slice(0, 60));
    const index = found.findIndex((text) => contents.some((content) => text.includes(content)));
    return index === -1 ? Number.POSITIVE_INFINITY : index;
  };
  const fresh = rank(asked.answer_message_ids);
  expect(fresh, JSON.stringify(found.map((text) => text.slice(0, 80)))).toBeLessThan(10);
  expect(fresh).toBeLessThan(rank(asked.stale_message_ids ?? []));
}

describe('lessons of spent held-out set 14', () => {
  it('a surfboard is the board of a user who surfs', async () => {
    await expectFreshFirst('h14-corentin', 'what surfboard do i ride at the moment?');
  });

  it('a mother is Maman', async () => {
    await expectFreshFirst('h14-marguerite', 'Where is my mother living these days?');
  });

  it('splits a compound into a first part and a head of four letters or more', () => {
    expect(compoundSplits('surfboard')).toEqual([
      ['sur', 'fboard'],
      ['surf', 'board'],
      ['surfb', 'oard'],
    ]);
    expect(compoundSplits('bike')).toEqual([]);
  });
});

// The reliability suite's 10,000 turns filled the same-thing link's word cache past its bound: the
// entries evicted while reading the missing ones were read back as undefined ("Cannot read properties of
// undefined (reading 'words')", a 500 from /search/memory). What a call returns must not depend on what
// it evicts.
describe('the word cache of the same-thing link', () => {
  it('returns every value asked for even when reading them evicts others, and keeps its bound', () => {
    const cache = new Map<number, { stamp: string; value: number }>();
    const read = (keys: number[]) => new Map(keys.map((key) => [key, key * 10]));
    expect(readThrough(cache, [{ key: 1, stamp: 'a' }], 2, read)).toEqual([10]);
    const wanted = [1, 2, 3, 4].map((key) => ({ key, stamp: 'a' }));
    expect(readThrough(cache, wanted, 2, read)).toEqual([10, 20, 30, 40]);
    expect(cache.size).toBe(2);
    // A changed stamp reads the value again.
    expect(
      readThrough(cache, [{ key: 4, stamp: 'b' }], 2, (keys) => new Map(keys.map((key) => [key, -key]))),
    ).toEqual([-4]);
  });
});
