import { MemOSResponseError } from 'memos-middleware';
import { LocalMemOS } from 'memos-middleware/local';
import { afterEach, describe, expect, it } from 'vitest';
import { type FakeOpenAIServer, startFakeOpenAIServer } from '../support/fake-openai-server.ts';
import { scriptedExtractor } from './helpers.ts';

// A toy embedding with synonyms folded into one dimension each: "car" and "automobile" are the same
// concept, which no lexical index can know.
const CONCEPTS = [
  ['car', 'automobile', 'vehicle', 'drives'],
  ['cat', 'kitten', 'feline'],
  ['tea', 'matcha', 'oolong'],
  ['city', 'town', 'paris', 'lyon'],
];
function toyEmbed(text: string): number[] {
  const words = text.toLowerCase().match(/[a-z]+/g) ?? [];
  return CONCEPTS.map((concept) => words.filter((word) => concept.includes(word)).length + 0.01);
}

let memos: LocalMemOS | undefined;
let server: FakeOpenAIServer | undefined;
afterEach(async () => {
  await memos?.close();
  await server?.close();
  memos = undefined;
  server = undefined;
});

async function remember(instance: LocalMemOS, lines: string[]) {
  for (const line of lines) {
    await instance.addMessage({
      user_id: 'u1',
      conversation_id: 'c1',
      messages: [{ role: 'user', content: line }],
    });
  }
}

describe('embeddings', () => {
  it('fuses a user embed function with the text ranking: synonyms are found', async () => {
    const calls: string[][] = [];
    memos = new LocalMemOS({
      path: ':memory:',
      extractor: scriptedExtractor(),
      embed: async (texts) => {
        calls.push(texts);
        return texts.map(toyEmbed);
      },
    });
    await remember(memos, [
      'fact | Transport | The user owns an automobile.',
      'fact | Drink | The user drinks matcha.',
    ]);
    expect(calls).toEqual([['The user owns an automobile.'], ['The user drinks matcha.']]);

    const lexicalOnly = new LocalMemOS({ path: ':memory:', extractor: scriptedExtractor() });
    await remember(lexicalOnly, ['fact | Transport | The user owns an automobile.']);
    // Without embeddings nothing links "car" to the memory: no shared word, no related word.
    expect((await lexicalOnly.searchMemory({ user_id: 'u1', query: 'car' })).memory_detail_list).toEqual([]);
    await lexicalOnly.close();

    const car = await memos.searchMemory({ user_id: 'u1', query: 'car' });
    expect(calls.at(-1)).toEqual(['car']);
    expect(car.memory_detail_list?.map((item) => item.memory_value)).toEqual([
      'The user owns an automobile.',
    ]);
    expect(car.memory_detail_list?.[0]?.relativity).toBeGreaterThanOrEqual(0.45);

    // Agreement of both rankings scores above a vector-only hit.
    const both = await memos.searchMemory({ user_id: 'u1', query: 'matcha', relativity: 0 });
    const vectorOnly = await memos.searchMemory({ user_id: 'u1', query: 'oolong', relativity: 0 });
    expect(both.memory_detail_list?.[0]?.memory_value).toBe('The user drinks matcha.');
    expect(vectorOnly.memory_detail_list?.[0]?.memory_value).toBe('The user drinks matcha.');
    expect(both.memory_detail_list![0]!.relativity!).toBeGreaterThan(
      vectorOnly.memory_detail_list![0]!.relativity!,
    );
  });

  it('re-embeds an updated memory', async () => {
    memos = new LocalMemOS({
      path: ':memory:',
      extractor: scriptedExtractor(),
      embed: async (texts) => texts.map(toyEmbed),
    });
    await remember(memos, ['fact | Pet | The user has a kitten.']);
    const [pet] = (await memos.getMemory({ user_id: 'u1' })).memory_detail_list ?? [];
    await memos.updateMemory({ memory_id: pet!.id, content: 'The user bought a vehicle.' });
    const car = await memos.searchMemory({ user_id: 'u1', query: 'car', relativity: 0 });
    expect(car.memory_detail_list?.map((item) => item.id)).toEqual([pet!.id]);
    const cat = await memos.searchMemory({ user_id: 'u1', query: 'feline', relativity: 0 });
    expect(cat.memory_detail_list).toEqual([]);
  });

  it('uses an OpenAI-compatible embeddings endpoint', async () => {
    server = await startFakeOpenAIServer({ embeddings: (input) => input.map(toyEmbed) });
    memos = new LocalMemOS({
      path: ':memory:',
      extractor: scriptedExtractor(),
      embeddings: { baseURL: server.baseURL, apiKey: 'local', model: 'toy-embed' },
    });
    await remember(memos, ['fact | Home | The user lives in a small town.']);
    const city = await memos.searchMemory({ user_id: 'u1', query: 'which city' });
    expect(city.memory_detail_list?.map((item) => item.memory_value)).toEqual([
      'The user lives in a small town.',
    ]);
    expect(
      server.requests.map((request) => [request.path, (request.body as { model: string }).model]),
    ).toEqual([
      ['/v1/embeddings', 'toy-embed'],
      ['/v1/embeddings', 'toy-embed'],
    ]);
    expect((server.requests[1]!.body as { input: string[] }).input).toEqual(['which city']);
  });

  it('rejects a wrong-shaped embedding and writes nothing', async () => {
    memos = new LocalMemOS({ path: ':memory:', extractor: scriptedExtractor(), embed: async () => [] });
    const error = await memos
      .addMessage({
        user_id: 'u1',
        conversation_id: 'c1',
        messages: [{ role: 'user', content: 'fact | A | The user fact.' }],
      })
      .catch((caught: unknown) => caught);
    expect(MemOSResponseError.isInstance(error)).toBe(true);
    expect((await memos.getMemory({ user_id: 'u1' })).total).toBe(0);
    expect((await memos.getMessage({ user_id: 'u1', conversation_id: 'c1' })).message_detail_list).toEqual(
      [],
    );
  });
});
