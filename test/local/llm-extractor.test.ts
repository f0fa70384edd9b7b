import { MemOSAPIError, MemOSConfigError, MemOSResponseError } from 'memos-middleware';
import {
  createLLMExtractor,
  LLM_EXTRACTION_PROMPT,
  LocalMemOS,
  memosErrorCode,
} from 'memos-middleware/local';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  type ChatHandler,
  type FakeOpenAIServer,
  fail,
  startFakeOpenAIServer,
} from '../support/fake-openai-server.ts';

interface Payload {
  messages: { id: string; role: string; text: string; chat_time?: string }[];
  existing_memories: { id: string; kind: string; key: string; value: string }[];
}
const payloadOf = (body: Record<string, unknown>): Payload => {
  const messages = body.messages as { role: string; content: string }[];
  return JSON.parse(messages[1]!.content) as Payload;
};
const memory = (kind: string, key: string, value: string, reasoning = '', sourceIds: string[] = []) => ({
  kind,
  key,
  value,
  reasoning,
  tags: [],
  source_message_ids: sourceIds,
});
const operation = (type: string, ids: string[], value = '', key = '', kind = 'fact') => ({
  type,
  ids,
  kind,
  key,
  value,
  reasoning: `${type} because the user said so`,
});

let server: FakeOpenAIServer;
let memos: LocalMemOS;
let handler: ChatHandler;

beforeEach(async () => {
  handler = () => ({ memories: [], operations: [] });
  server = await startFakeOpenAIServer({ chat: (body, request) => handler(body, request) });
  memos = new LocalMemOS({
    path: ':memory:',
    // These tests check what the model's answer becomes; the raw turns kept beside it have their own.
    extractor: createLLMExtractor({
      baseURL: server.baseURL,
      apiKey: 'sk-secret-123',
      model: 'fake-model',
      turns: false,
    }),
  });
});
afterEach(async () => {
  await memos.close();
  await server.close();
});

const add = (content: string | { role: 'user' | 'assistant'; content: string }[], conversation = 'c1') =>
  memos.addMessage({
    user_id: 'u1',
    conversation_id: conversation,
    messages: typeof content === 'string' ? [{ role: 'user', content }] : content,
  });

describe('LLM extractor', () => {
  it('asks for structured output and stores facts, explicit and implicit preferences with reasoning', async () => {
    handler = (body) => {
      const { messages } = payloadOf(body);
      const choice = messages.find(
        (message) => message.text.includes('7 Days Inn') && message.role === 'user',
      )!;
      return {
        memories: [
          memory('fact', 'Summer trip', 'The user plans to travel to Guangzhou this summer.', '', [
            messages[0]!.id,
          ]),
          memory(
            'explicit_preference',
            'Hotel choice',
            'The user chose 7 Days Inn.',
            'The user said "I’ll choose 7 Days Inn."',
            [choice.id],
          ),
          memory(
            'implicit_preference',
            'Budget stays',
            'The user prefers cost-effective accommodation.',
            'Choosing a budget chain over Hilton suggests a preference for affordability.',
            [choice.id, 'made-up-id'],
          ),
        ],
        operations: [],
      };
    };
    await add([
      { role: 'user', content: 'I’ve planned to travel to Guangzhou this summer. Which hotels?' },
      { role: 'assistant', content: 'You can consider 7 Days Inn, All Seasons, Hilton.' },
      { role: 'user', content: 'I’ll choose 7 Days Inn.' },
    ]);

    expect(server.requests).toHaveLength(1);
    const request = server.requests[0]!;
    expect(request.headers.authorization).toBe('Bearer sk-secret-123');
    const body = request.body as Record<string, unknown>;
    expect(body).toMatchObject({
      model: 'fake-model',
      temperature: 0,
      response_format: { type: 'json_schema', json_schema: { name: 'memory_extraction', strict: true } },
    });
    expect((body.messages as { content: string }[])[0]?.content).toBe(LLM_EXTRACTION_PROMPT);
    expect(payloadOf(body).messages.map((message) => message.role)).toEqual(['user', 'assistant', 'user']);

    const result = await memos.searchMemory({
      user_id: 'u1',
      query: 'hotel accommodation Guangzhou',
      relativity: 0,
    });
    expect(result.memory_detail_list?.map((item) => item.memory_value)).toEqual([
      'The user plans to travel to Guangzhou this summer.',
    ]);
    const implicit = result.preference_detail_list?.find(
      (item) => item.preference_type === 'implicit_preference',
    );
    expect(implicit).toMatchObject({
      preference: 'The user prefers cost-effective accommodation.',
      reasoning: 'Choosing a budget chain over Hilton suggests a preference for affordability.',
    });
    // The misquoted id is dropped; the real one stays as the source.
    expect(implicit?.sources?.map((source) => source.content)).toEqual(['I’ll choose 7 Days Inn.']);
  });

  it('resolves conflicts with the existing memories it is shown: update, retire and merge', async () => {
    handler = () => ({
      memories: [
        memory('fact', 'Home', 'The user lives in Paris.'),
        memory('explicit_preference', 'Coffee', 'The user likes coffee.'),
        memory('fact', 'Pet 1', 'The user has a dog.'),
        memory('fact', 'Pet 2', 'The user owns a dog named Rex.'),
      ],
      operations: [],
    });
    await add('I live in Paris, I like coffee, I have a dog, his name is Rex.');
    const before = await memos.getMemory({ user_id: 'u1' });
    const idOf = (value: string) =>
      [...(before.memory_detail_list ?? []), ...(before.preference_detail_list ?? [])].find(
        (item) => ('memory_value' in item ? item.memory_value : item.preference) === value,
      )!.id;
    const home = idOf('The user lives in Paris.');
    const coffee = idOf('The user likes coffee.');
    const pets = [idOf('The user has a dog.'), idOf('The user owns a dog named Rex.')];

    let seen: Payload | undefined;
    handler = (body) => {
      seen = payloadOf(body);
      return {
        memories: [],
        operations: [
          operation('update', [home], 'The user lives in Berlin.', 'Home'),
          operation('retire', [coffee], '', '', 'explicit_preference'),
          operation('merge', pets, 'The user has a dog named Rex.', 'Dog'),
        ],
      };
    };
    await add('I moved to Berlin and quit coffee. Rex says hi.', 'c2');
    expect(seen?.existing_memories.map((item) => item.id).sort()).toEqual([home, coffee, ...pets].sort());

    const updated = await memos.getMemoryById(home);
    expect(updated).toMatchObject({ content: 'The user lives in Berlin.', status: 'activated' });
    expect(updated.message_ids).toHaveLength(2);
    expect(
      // The updated home memory no longer matches; the dog's source message ("I live in Paris…") stays
      // below the default threshold.
      (await memos.searchMemory({ user_id: 'u1', query: 'Paris' })).memory_detail_list,
    ).toEqual([]);
    expect(
      // The default threshold: the dog memory whose source message mentions Berlin ranks below it.
      (await memos.searchMemory({ user_id: 'u1', query: 'Berlin' })).memory_detail_list?.map(
        (item) => item.id,
      ),
    ).toEqual([home]);

    expect((await memos.getMemoryById(coffee)).status).toBe('archived');
    expect(
      (await memos.searchMemory({ user_id: 'u1', query: 'coffee', relativity: 0 })).preference_detail_list,
    ).toEqual([]);

    for (const id of pets) expect((await memos.getMemoryById(id)).status).toBe('archived');
    const dog = await memos.searchMemory({ user_id: 'u1', query: 'dog', relativity: 0 });
    expect(dog.memory_detail_list?.map((item) => item.memory_value)).toEqual([
      'The user has a dog named Rex.',
    ]);
    // The merged memory keeps the origins of both and adds the new message.
    expect(dog.memory_detail_list?.[0]?.sources).toHaveLength(2);
  });

  it.each([
    ['text that is not JSON', () => 'Sure! Here are the memories: facts...'],
    ['JSON of the wrong shape', () => ({ memories: [{ kind: 'fact', value: 'no key' }], operations: [] })],
    ['an unknown kind', () => ({ memories: [memory('opinion', 'K', 'V')], operations: [] })],
    [
      'an id it was never shown',
      () => ({
        memories: [memory('fact', 'K', 'The user is new.')],
        operations: [operation('retire', ['someone-elses-id'])],
      }),
    ],
  ])('rejects %s with a clear error and writes nothing', async (_name, answer) => {
    handler = answer;
    const error = await add('I live in Rome.').catch((caught: unknown) => caught);
    expect(MemOSResponseError.isInstance(error)).toBe(true);
    expect((error as MemOSResponseError).issues.length).toBeGreaterThan(0);
    expect(memosErrorCode(error, '/add/message')).toBe(50143);
    expect((await memos.getMemory({ user_id: 'u1' })).total).toBe(0);
    expect((await memos.getMessage({ user_id: 'u1', conversation_id: 'c1' })).message_detail_list).toEqual(
      [],
    );
  });

  it('keeps each user turn whole beside the model’s memories by default, so what it left out stays searchable', async () => {
    await memos.close();
    memos = new LocalMemOS({
      path: ':memory:',
      extractor: createLLMExtractor({
        baseURL: server.baseURL,
        apiKey: 'sk-secret-123',
        model: 'fake-model',
      }),
    });
    handler = () => ({ memories: [memory('fact', 'Home', 'The user lives in Porto.')], operations: [] });
    await add('I live in Porto, my neighbour Rui keeps bees on the roof.');
    const found = await memos.searchMemory({ user_id: 'u1', query: 'Who keeps bees?' });
    expect(found.memory_detail_list?.[0]?.memory_value).toMatch(
      /^user: \[.*\]: I live in Porto, my neighbour Rui keeps bees/,
    );
    expect(found.memory_detail_list?.[0]?.tags).toContain('mode:fast');
    // The raw turn is never shown to the model as a memory to update or merge.
    handler = (body) => {
      expect(payloadOf(body).existing_memories.map((item) => item.value)).toEqual([
        'The user lives in Porto.',
      ]);
      return { memories: [], operations: [] };
    };
    await add('Rui gave me a jar of honey.');
  });

  it('reports an endpoint failure as an API error without the key, and writes nothing', async () => {
    await memos.close();
    memos = new LocalMemOS({
      path: ':memory:',
      extractor: createLLMExtractor({
        baseURL: server.baseURL,
        apiKey: 'sk-secret-123',
        model: 'fake-model',
        maxRetries: 0,
      }),
    });
    handler = () => fail(500, { error: { message: 'model overloaded' } });
    const error = await add('I live in Rome.').catch((caught: unknown) => caught);
    expect(server.requests).toHaveLength(1);
    expect(MemOSAPIError.isInstance(error)).toBe(true);
    expect((error as MemOSAPIError).status).toBe(500);
    expect(String(error)).toContain('model overloaded');
    expect(`${String(error)} ${JSON.stringify(error)}`).not.toContain('sk-secret-123');
    expect((await memos.getMemory({ user_id: 'u1' })).total).toBe(0);
  });

  it('validates its options at construction', () => {
    expect(() => createLLMExtractor({ model: '' })).toThrow(MemOSConfigError);
    expect(() => createLLMExtractor({ model: 'm', existingLimit: -1 })).toThrow(MemOSConfigError);
  });
});
