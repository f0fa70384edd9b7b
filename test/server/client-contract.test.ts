// MemOSClient pointed at our server (LocalMemOS ':memory:' behind it) must just work: the same scenarios
// the client runs against the MemOS test server.
import {
  MemOSAuthenticationError,
  MemOSBadRequestError,
  MemOSClient,
  MemOSInvalidRequestError,
  MemOSNotFoundError,
  MemOSQuotaError,
} from 'memos-middleware';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { QUICK_START_MESSAGES, raw, type StartedServer, startServer } from './server-helpers.ts';

const TOKEN = 'local-test-token';
let started: StartedServer;
const clients: MemOSClient[] = [];
const client = (apiKey = TOKEN) => {
  const made = new MemOSClient({ apiKey, baseURL: started.baseURL, maxRetries: 0 });
  clients.push(made);
  return made;
};

beforeAll(async () => {
  started = await startServer({ token: TOKEN, maxBodyBytes: 64 * 1024 });
});
afterEach(async () => {
  await Promise.all(clients.splice(0).map((made) => made.close()));
});
afterAll(() => started.close());

describe('MemOSClient against the local server', () => {
  it('adds the quick-start conversation, then searches it', async () => {
    const memos = client();
    const added = await memos.addMessage({
      user_id: 'c-search',
      conversation_id: '0610',
      messages: [...QUICK_START_MESSAGES],
    });
    expect(added.success).toBe(true);

    const found = await memos.searchMemory({
      user_id: 'c-search',
      query: 'I want to travel during the National Day holiday. Recommend a city and a hotel brand.',
      relativity: 0,
    });
    const facts = (found.memory_detail_list ?? []).map((fact) => fact.memory_value).join('\n');
    const preferences = (found.preference_detail_list ?? [])
      .map((preference) => preference.preference)
      .join('\n');
    expect(facts).toMatch(/Guangzhou/);
    expect(preferences).toMatch(/7 Days Inn/);
    expect(found.preference_note).toBeTruthy();
    const other = await memos.searchMemory({
      user_id: 'someone-else',
      query: 'Guangzhou hotel',
      relativity: 0,
    });
    expect(other.memory_detail_list ?? []).toEqual([]);
  });

  it('reads messages back, newest last, within message_limit_number', async () => {
    const memos = client();
    const added = await memos.addMessage({
      user_id: 'c-messages',
      conversation_id: '0610',
      messages: [...QUICK_START_MESSAGES],
    });
    await expect(memos.getStatus({ task_id: added.task_id! })).resolves.toMatchObject({
      status: 'completed',
    });
    await expect(memos.getStatus({ task_id: 'no-such-task' })).rejects.toMatchObject({ code: 50131 });
    const read = await memos.getMessage({
      user_id: 'c-messages',
      conversation_id: '0610',
      message_limit_number: 3,
    });
    expect(read.message_detail_list.map((message) => message.role)).toEqual([
      'assistant',
      'user',
      'assistant',
    ]);
    expect(read.message_detail_list.at(-1)?.content).toBe(
      'Alright, feel free to ask me if you have any other questions.',
    );
  });

  it('pages memories, fetches one by id, updates and deletes it', async () => {
    const memos = client();
    await memos.addMessage({
      user_id: 'c-crud',
      conversation_id: '0610',
      messages: [...QUICK_START_MESSAGES],
    });
    await memos.addMessage({
      user_id: 'c-crud',
      conversation_id: '0611',
      messages: [
        { role: 'user', content: 'I live in Shenzhen and I work as a nurse.' },
        { role: 'user', content: 'I love spicy food.' },
      ],
    });

    const all = await memos.getMemory({ user_id: 'c-crud', size: 50 });
    const total = all.total ?? 0;
    expect(total).toBeGreaterThanOrEqual(2);
    const firstPage = await memos.getMemory({ user_id: 'c-crud', page: 1, size: 1 });
    expect(firstPage).toMatchObject({ current: 1, size: 1, total, pages: total });
    const secondPage = await memos.getMemory({ user_id: 'c-crud', page: 2, size: 1 });
    const idOf = (page: typeof firstPage) =>
      (page.memory_detail_list?.[0] ?? page.preference_detail_list?.[0])?.id;
    expect(idOf(secondPage)).toBeDefined();
    expect(idOf(secondPage)).not.toBe(idOf(firstPage));

    const fact = all.memory_detail_list?.[0];
    expect(fact).toBeDefined();
    const byId = await memos.getMemoryById(fact!.id);
    expect(byId).toMatchObject({ id: fact!.id, user_id: 'c-crud' });

    await expect(
      memos.updateMemory({ memory_id: fact!.id, content: 'The user moved to Hangzhou.' }),
    ).resolves.toMatchObject({
      success: true,
    });
    expect(JSON.stringify((await memos.getMemoryById(fact!.id)).content)).toContain('Hangzhou');

    await expect(memos.deleteMemory({ memory_ids: [fact!.id] })).resolves.toMatchObject({ success: true });
    await expect(memos.getMemoryById(fact!.id)).rejects.toBeInstanceOf(MemOSNotFoundError);
    await expect(memos.getMemoryById('no/such id')).rejects.toMatchObject({ code: 40001 });
    await expect(memos.updateMemory({ memory_id: 'missing', content: 'x' })).rejects.toMatchObject({
      code: 40307,
    });
    await expect(memos.deleteMemory({ memory_ids: ['missing'] })).rejects.toBeInstanceOf(MemOSNotFoundError);

    await memos.deleteMemory({ user_id: 'c-crud' });
    const after = await memos.getMemory({ user_id: 'c-crud' });
    expect([...(after.memory_detail_list ?? []), ...(after.preference_detail_list ?? [])]).toEqual([]);
  });

  it('surfaces auth failures as MemOSAuthenticationError with the MemOS code', async () => {
    const error = await client('wrong-token')
      .searchMemory({ user_id: 'u-1', query: 'x' })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(MemOSAuthenticationError);
    expect(error).toMatchObject({ code: 40132, status: 200 });
    expect(String((error as Error).message)).not.toContain('wrong-token');
  });

  it('validates locally first, and the server rejects the same shapes with 40000 (raw request)', async () => {
    await expect(client().searchMemory({ user_id: 'u-1', query: '' })).rejects.toBeInstanceOf(
      MemOSInvalidRequestError,
    );
    const answer = await raw(`${started.baseURL}/search/memory`, {
      body: { user_id: 'u-1', query: '' },
      headers: { authorization: `Token ${TOKEN}` },
    });
    expect(answer.json).toMatchObject({ code: 40000, data: null });
    expect(answer.json.message).toContain('query');
  });

  it('maps the server-side codes to the client error classes', async () => {
    const memos = client();
    // The client checks shapes, not size: the server's body limit answers 413 / 40305.
    const tooBig = await memos
      .addMessage({
        user_id: 'u-1',
        conversation_id: 'c',
        messages: [{ role: 'user', content: 'x'.repeat(70 * 1024) }],
      })
      .catch((caught: unknown) => caught);
    expect(tooBig).toBeInstanceOf(MemOSQuotaError);
    expect(tooBig).toMatchObject({ status: 413, code: 40305 });
    // A filter the client passes through but the engine rejects: 40000 arrives as MemOSBadRequestError.
    const badFilter = await memos
      .searchMemory({ user_id: 'u-1', query: 'x', filter: { and: 'not-a-list' } })
      .catch((caught: unknown) => caught);
    expect(badFilter).toBeInstanceOf(MemOSBadRequestError);
    expect(badFilter).toMatchObject({ code: 40000, status: 200 });
    expect((badFilter as MemOSBadRequestError).serverMessage).toMatch(/filter/);
  });
});
