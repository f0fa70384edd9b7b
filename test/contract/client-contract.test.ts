// One contract, two servers: the same MemOSClient scenarios run against the fault-injecting MemOS fake
// (what the client's own tests use) and against our local MemOS-compatible server (LocalMemOS behind
// createMemOSServer). Both must answer the cloud's wire format the same way.
import {
  MemOSAuthenticationError,
  MemOSClient,
  MemOSInvalidRequestError,
  MemOSNotFoundError,
} from 'memos-middleware';
import { LocalMemOS } from 'memos-middleware/local';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMemOSServer } from '../../src/local/server/index.ts';
import { startMemOSTestServer } from '../support/memos-test-server.ts';

interface Target {
  readonly baseURL: string;
  readonly token: string;
  /**
   * Gives `userId` at least one memory, so a scenario sets up what it reads and passes alone (the fake
   * is seeded; the engine extracts from an add).
   */
  ensureMemory(userId: string): Promise<void>;
  close(): Promise<void>;
}

const targets: Record<string, () => Promise<Target>> = {
  'the MemOS test server': async () => {
    const server = await startMemOSTestServer({ token: 'contract-key' });
    return {
      baseURL: server.url,
      token: 'contract-key',
      ensureMemory: async (userId) =>
        server.seed(userId, { facts: [{ memory_value: 'The user lives in Lyon and loves green tea.' }] }),
      close: () => server.close(),
    };
  },
  'the local MemOS server': async () => {
    const engine = new LocalMemOS({ path: ':memory:' });
    const server = createMemOSServer({ backend: engine, token: 'contract-key' });
    const { baseURL } = await server.listen(0);
    return {
      baseURL,
      token: 'contract-key',
      // Extraction is synchronous: the memories are there when the add resolves.
      ensureMemory: async (userId) => {
        await engine.addMessage({ user_id: userId, conversation_id: 'seed', messages: conversation });
      },
      async close() {
        await server.close();
        await engine.close();
      },
    };
  },
};

const conversation = [
  {
    role: 'user' as const,
    content: 'I live in Lyon and I love green tea.',
    chat_time: '2025-06-10 09:00:00',
  },
  { role: 'assistant' as const, content: 'Lyon is lovely.', chat_time: '2025-06-10 09:00:05' },
];

describe.each(Object.keys(targets))('MemOSClient contract against %s', (name) => {
  let target: Target;
  let client: MemOSClient;
  beforeAll(async () => {
    target = await targets[name]!();
    client = new MemOSClient({ apiKey: target.token, baseURL: target.baseURL, maxRetries: 0 });
  });
  afterAll(async () => {
    await client.close();
    await target.close();
  });

  it('adds messages and reads them back in order, with their chat_time', async () => {
    const added = await client.addMessage({
      user_id: 'c-add',
      conversation_id: 'c-1',
      messages: conversation,
    });
    expect(added.success).toBe(true);
    expect(added.task_id).toEqual(expect.any(String));
    const { message_detail_list: messages } = await client.getMessage({
      user_id: 'c-add',
      conversation_id: 'c-1',
    });
    expect(messages.map(({ role, content }) => ({ role, content }))).toEqual(
      conversation.map(({ role, content }) => ({ role, content })),
    );
  });

  it('reports the add task as known to get/status', async () => {
    const { task_id: taskId } = await client.addMessage({
      user_id: 'c-status',
      conversation_id: 'c-2',
      messages: [{ role: 'user', content: 'I work as a nurse.' }],
    });
    const status = await client.getStatus({ task_id: taskId! });
    expect(['running', 'completed']).toContain(status.status);
  });

  it('answers a search in the cloud shape (lists optional, relativity 0-1)', async () => {
    await target.ensureMemory('c-search');
    const data = await client.searchMemory({ user_id: 'c-search', query: 'where do I live?', relativity: 0 });
    const items = [...(data.memory_detail_list ?? []), ...(data.preference_detail_list ?? [])];
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) {
      expect(item.id).toEqual(expect.any(String));
      // Every search item carries its relativity, a number in 0–1 (memos-api.md, MemoryDetail and
      // PreferenceDetail).
      expect(item.relativity).toEqual(expect.any(Number));
      expect(item.relativity).toBeGreaterThanOrEqual(0);
      expect(item.relativity).toBeLessThanOrEqual(1);
    }
    expect(typeof (data.preference_note ?? '')).toBe('string');
  });

  it('pages memories with the paging fields', async () => {
    await target.ensureMemory('c-page');
    const page = await client.getMemory({ user_id: 'c-page', page: 1, size: 1 });
    // `size` bounds each list of the page.
    expect(page.memory_detail_list).toHaveLength(1);
    expect((page.preference_detail_list ?? []).length).toBeLessThanOrEqual(1);
    expect(page.total).toBeGreaterThanOrEqual(1);
  });

  it('maps an unknown memory to MemOSNotFoundError with code 40307', async () => {
    const update = client.updateMemory({ memory_id: 'no-such-memory', content: 'x' });
    await expect(update).rejects.toBeInstanceOf(MemOSNotFoundError);
    await expect(update).rejects.toMatchObject({ code: 40307 });
    await expect(client.deleteMemory({ memory_ids: ['no-such-memory'] })).rejects.toMatchObject({
      code: 40307,
    });
  });

  it('deletes all of a user’s memories by user_id', async () => {
    await target.ensureMemory('c-delete');
    expect((await client.getMemory({ user_id: 'c-delete' })).memory_detail_list?.length).toBeGreaterThan(0);
    expect((await client.deleteMemory({ user_id: 'c-delete' })).success).toBe(true);
    const page = await client.getMemory({ user_id: 'c-delete' });
    expect(page.memory_detail_list ?? []).toEqual([]);
  });

  it('refuses a wrong key with MemOSAuthenticationError code 40132, and keeps the key out of it', async () => {
    const stranger = new MemOSClient({ apiKey: 'mpg-wrong-secret', baseURL: target.baseURL, maxRetries: 0 });
    const error = await stranger
      .searchMemory({ user_id: 'c-user', query: 'hello' })
      .catch((caught) => caught);
    expect(error).toBeInstanceOf(MemOSAuthenticationError);
    expect(error).toMatchObject({ code: 40132 });
    expect(JSON.stringify(error) + String(error.message)).not.toContain('mpg-wrong-secret');
    await stranger.close();
  });

  it('rejects an invalid request locally, before anything is sent', async () => {
    await expect(client.searchMemory({ user_id: 'x'.repeat(101), query: 'hello' })).rejects.toBeInstanceOf(
      MemOSInvalidRequestError,
    );
  });
});
