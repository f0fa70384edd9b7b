import {
  MemOSAbortError,
  MemOSBadRequestError,
  MemOSConfigError,
  MemOSInvalidRequestError,
  MemOSNotFoundError,
} from 'memos-middleware';
import { LocalMemOS, memosErrorCode } from 'memos-middleware/local';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { manualClock, scriptedExtractor } from './helpers.ts';

let memos: LocalMemOS;
let clock: ReturnType<typeof manualClock>;

beforeEach(() => {
  clock = manualClock();
  memos = new LocalMemOS({ path: ':memory:', extractor: scriptedExtractor(), now: clock.now });
});
afterEach(async () => memos.close());

async function remember(user: string, lines: string[], extra: Record<string, unknown> = {}) {
  for (const line of lines) {
    clock.advance(1000);
    await memos.addMessage({
      user_id: user,
      conversation_id: 'c1',
      messages: [{ role: 'user', content: line }],
      ...extra,
    });
  }
}
async function caught(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error('expected a rejection');
    },
    (error: unknown) => error,
  );
}

describe('getMemory', () => {
  it('pages each category newest first and reports total/size/current/pages', async () => {
    await remember(
      'u1',
      Array.from({ length: 7 }, (_, index) => `fact | Fact ${index} | The user fact ${index}.`),
    );
    await remember('u1', ['explicit_preference | Pref | The user likes tea.']);
    const first = await memos.getMemory({ user_id: 'u1', page: 1, size: 3 });
    expect(first.memory_detail_list?.map((item) => item.memory_key)).toEqual(['Fact 6', 'Fact 5', 'Fact 4']);
    expect(first.preference_detail_list?.map((item) => item.preference)).toEqual(['The user likes tea.']);
    expect(first).toMatchObject({ total: 7, size: 3, current: 1, pages: 3 });
    const last = await memos.getMemory({ user_id: 'u1', page: 3, size: 3 });
    expect(last.memory_detail_list?.map((item) => item.memory_key)).toEqual(['Fact 0']);
    expect(last.preference_detail_list).toEqual([]);
    const beyond = await memos.getMemory({ user_id: 'u1', page: 9, size: 3 });
    expect(beyond.memory_detail_list).toEqual([]);
    expect(beyond).toMatchObject({ total: 7, current: 9, pages: 3 });
  });

  it('carries info and sources, and honours include_preference', async () => {
    await remember('u1', ['fact | Home | The user lives in Lyon.'], { info: { scene: 'chat' } });
    await remember('u1', ['explicit_preference | Tea | The user likes tea.']);
    const page = await memos.getMemory({ user_id: 'u1', include_preference: false });
    expect(page.preference_detail_list).toEqual([]);
    expect(page.memory_detail_list?.[0]).toMatchObject({
      info: { scene: 'chat' },
      sources: [expect.objectContaining({ role: 'user', content: 'fact | Home | The user lives in Lyon.' })],
    });
  });
});

describe('getMessage', () => {
  it('returns the last N user/assistant messages of the conversation, oldest first', async () => {
    await memos.addMessage({
      user_id: 'u1',
      conversation_id: 'chat',
      messages: [
        { role: 'system', content: 'You are helpful.' },
        ...Array.from({ length: 8 }, (_, index) => ({
          role: index % 2 === 0 ? ('user' as const) : ('assistant' as const),
          content: `fact | M${index} | Message ${index}.`,
        })),
      ],
    });
    const defaults = await memos.getMessage({ user_id: 'u1', conversation_id: 'chat' });
    expect(defaults.message_detail_list.map((message) => message.content)).toEqual(
      [2, 3, 4, 5, 6, 7].map((index) => `fact | M${index} | Message ${index}.`),
    );
    const other = await memos.getMessage({ user_id: 'u2', conversation_id: 'chat' });
    expect(other.message_detail_list).toEqual([]);
  });

  it('flattens multimodal content to text without echoing inline data', async () => {
    memos.close();
    memos = new LocalMemOS({ path: ':memory:' });
    await memos.addMessage({
      user_id: 'u1',
      conversation_id: 'mm',
      messages: [
        {
          role: 'user',
          content: [
            { type: 'text', text: 'Look at this.' },
            { type: 'image_url', image_url: { url: 'data:image/png;base64,AAAA' } },
            { type: 'image_url', image_url: { url: 'https://example.com/a.png' } },
          ],
        },
      ],
    });
    const { message_detail_list } = await memos.getMessage({ user_id: 'u1', conversation_id: 'mm' });
    expect(message_detail_list[0]?.content).toBe(
      'Look at this.\n[image]\n[image: https://example.com/a.png]',
    );
  });
});

describe('deduplication', () => {
  it('refreshes an identical memory instead of storing it twice', async () => {
    await remember('u1', ['fact | Home | The user lives in Lyon.']);
    const firstTime = clock.now();
    await remember('u1', ['fact | Home again | the user LIVES in Lyon!']);
    const page = await memos.getMemory({ user_id: 'u1' });
    expect(page.memory_detail_list).toHaveLength(1);
    expect(page.memory_detail_list?.[0]).toMatchObject({ create_time: firstTime, update_time: clock.now() });
    expect(page.memory_detail_list?.[0]?.sources).toHaveLength(2);
  });
});

describe('getMemoryById, updateMemory, deleteMemory', () => {
  it('reads one memory with its sources', async () => {
    await remember('u1', ['explicit_preference | Tea | The user likes tea.'], { agent_id: 'bot' });
    const [item] = (await memos.getMemory({ user_id: 'u1' })).preference_detail_list ?? [];
    const detail = await memos.getMemoryById(item!.id);
    expect(detail).toMatchObject({
      id: item!.id,
      memory_view: 'preference',
      title: 'Tea',
      content: 'The user likes tea.',
      user_id: 'u1',
      agent_id: 'bot',
      status: 'activated',
      preference_type: 'explicit_preference',
    });
    expect(detail.message_ids).toHaveLength(1);
    const error = await caught(memos.getMemoryById('00000000-0000-4000-8000-000000000000'));
    expect(MemOSNotFoundError.isInstance(error)).toBe(true);
    expect(memosErrorCode(error)).toBe(40001);
  });

  it('updates content (re-indexed), title and status', async () => {
    await remember('u1', ['fact | Home | The user lives in Lyon.', 'fact | Job | The user is a baker.']);
    const [job, home] = (await memos.getMemory({ user_id: 'u1' })).memory_detail_list ?? [];
    expect(job?.memory_key).toBe('Job');
    clock.advance(5000);
    await memos.updateMemory({
      memory_id: home!.id,
      content: 'The user lives in Marseille.',
      title: 'New home',
    });
    const updated = await memos.getMemoryById(home!.id);
    expect(updated).toMatchObject({
      title: 'New home',
      content: 'The user lives in Marseille.',
      updated_at: clock.now(),
    });
    const lyon = await memos.searchMemory({ user_id: 'u1', query: 'Lyon', relativity: 0 });
    expect(lyon.memory_detail_list).toEqual([]);
    const marseille = await memos.searchMemory({ user_id: 'u1', query: 'Marseille', relativity: 0 });
    expect(marseille.memory_detail_list?.map((item) => item.id)).toEqual([home!.id]);

    await memos.updateMemory({ memory_id: job!.id, status: 'archived' });
    expect((await memos.getMemoryById(job!.id)).status).toBe('archived');

    const duplicate = await caught(
      memos.updateMemory({ memory_id: job!.id, content: 'The user lives in Marseille.' }),
    );
    expect(MemOSBadRequestError.isInstance(duplicate)).toBe(true);
    const missing = await caught(memos.updateMemory({ memory_id: 'nope', status: 'archived' }));
    expect(memosErrorCode(missing)).toBe(40307);
    const empty = await caught(memos.updateMemory({ memory_id: job!.id }));
    expect(MemOSInvalidRequestError.isInstance(empty)).toBe(true);
  });

  it('deletes by ids all-or-nothing, and by user', async () => {
    await remember('u1', [
      'fact | A | The user fact A.',
      'fact | B | The user fact B.',
      'fact | C | The user fact C.',
    ]);
    await remember('u2', ['fact | A | The user fact A.']);
    const ids = ((await memos.getMemory({ user_id: 'u1' })).memory_detail_list ?? []).map((item) => item.id);

    const partlyUnknown = await caught(memos.deleteMemory({ memory_ids: [ids[0]!, 'unknown-id'] }));
    expect(MemOSNotFoundError.isInstance(partlyUnknown)).toBe(true);
    expect(memosErrorCode(partlyUnknown)).toBe(40307);
    expect((await memos.getMemory({ user_id: 'u1' })).total).toBe(3);

    await expect(memos.deleteMemory({ memory_ids: [ids[0]!] })).resolves.toEqual({ success: true });
    expect((await memos.getMemory({ user_id: 'u1' })).total).toBe(2);
    expect(
      (await memos.searchMemory({ user_id: 'u1', query: 'fact', relativity: 0 })).memory_detail_list,
    ).toHaveLength(2);

    await expect(memos.deleteMemory({ user_id: 'u1' })).resolves.toEqual({ success: true });
    expect((await memos.getMemory({ user_id: 'u1' })).total).toBe(0);
    expect(
      (await memos.searchMemory({ user_id: 'u1', query: 'fact', relativity: 0 })).memory_detail_list,
    ).toEqual([]);
    expect((await memos.getMemory({ user_id: 'u2' })).total).toBe(1);

    const unknownUser = await caught(memos.deleteMemory({ user_id: 'nobody' }));
    expect(memosErrorCode(unknownUser)).toBe(40308);
    const both = await caught(memos.deleteMemory({ user_id: 'u2', memory_ids: [ids[1]!] }));
    expect(MemOSInvalidRequestError.isInstance(both)).toBe(true);
  });
});

describe('owners: group chats and agents', () => {
  it('writes a group chat into each listed user, and keeps agent-owned memory apart', async () => {
    await memos.addMessage({
      user_id: ['alice', 'bob'],
      conversation_id: 'group',
      messages: [{ role: 'user', content: 'fact | Trip | The group plans a trip to Oslo.' }],
    });
    for (const user of ['alice', 'bob']) {
      const found = await memos.searchMemory({ user_id: user, query: 'Oslo', relativity: 0 });
      expect(found.memory_detail_list?.map((item) => item.memory_value)).toEqual([
        'The group plans a trip to Oslo.',
      ]);
    }
    await memos.addMessage({
      agent_id: 'planner',
      conversation_id: 'agent-run',
      messages: [{ role: 'user', content: 'fact | Rule | The planner books trains before flights to Oslo.' }],
    });
    const agent = await memos.searchMemory({ agent_id: 'planner', query: 'Oslo', relativity: 0 });
    expect(agent.memory_detail_list?.map((item) => item.memory_value)).toEqual([
      'The planner books trains before flights to Oslo.',
    ]);
    const alice = await memos.searchMemory({ user_id: 'alice', query: 'Oslo', relativity: 0 });
    expect(alice.memory_detail_list).toHaveLength(1);
    await memos.deleteMemory({ agent_id: 'planner' });
    expect((await memos.getMemory({ agent_id: 'planner' })).total).toBe(0);
    expect((await memos.getMemory({ user_id: 'alice' })).total).toBe(1);
  });
});

describe('status, validation, abort, close', () => {
  it('reports every add as completed with what it changed', async () => {
    const { task_id } = await memos.addMessage({
      user_id: 'u1',
      conversation_id: 'c1',
      messages: [{ role: 'user', content: 'fact | A | The user fact A.\nfact | B | The user fact B.' }],
    });
    expect(await memos.getStatus({ task_id: task_id! })).toEqual({
      task_id,
      status: 'completed',
      memory_views: { added: 2, updated: 0, deleted: 0 },
    });
    expect(memosErrorCode(await caught(memos.getStatus({ task_id: 'unknown' })))).toBe(50131);
  });

  it('rejects invalid requests with the issues and the MemOS code, writing nothing', async () => {
    const long = await caught(
      memos.addMessage({
        user_id: 'x'.repeat(101),
        conversation_id: 'c',
        messages: [{ role: 'user', content: 'hi' }],
      }),
    );
    expect(MemOSInvalidRequestError.isInstance(long)).toBe(true);
    expect(memosErrorCode(long)).toBe(40010);
    const longConversation = await caught(
      memos.addMessage({
        user_id: 'u1',
        conversation_id: 'c'.repeat(101),
        messages: [{ role: 'user', content: 'hi' }],
      }),
    );
    expect(memosErrorCode(longConversation)).toBe(40011);
    const typo = await caught(
      memos.searchMemory({ user_id: 'u1', query: 'q', memoryLimitNumber: 3 } as never),
    );
    expect(memosErrorCode(typo)).toBe(40000);
    expect((typo as MemOSInvalidRequestError).issues.length).toBeGreaterThan(0);
    const noMessages = await caught(memos.addMessage({ user_id: 'u1', conversation_id: 'c', messages: [] }));
    expect(MemOSInvalidRequestError.isInstance(noMessages)).toBe(true);
    expect((await memos.getMessage({ user_id: 'u1', conversation_id: 'c' })).message_detail_list).toEqual([]);
  });

  it('honours an aborted signal', async () => {
    const controller = new AbortController();
    controller.abort();
    const error = await caught(
      memos.addMessage(
        {
          user_id: 'u1',
          conversation_id: 'c',
          messages: [{ role: 'user', content: 'fact | A | The user fact A.' }],
        },
        { signal: controller.signal },
      ),
    );
    expect(MemOSAbortError.isInstance(error)).toBe(true);
    expect((await memos.getMemory({ user_id: 'u1' })).total).toBe(0);
  });

  it('refuses calls after close, and closes twice safely', async () => {
    await memos.close();
    await memos.close();
    const error = await caught(memos.searchMemory({ user_id: 'u1', query: 'q' }));
    expect(MemOSConfigError.isInstance(error)).toBe(true);
  });

  it('validates its options at construction', () => {
    expect(() => new LocalMemOS({ path: ':memory:', extractor: {} as never })).toThrow(MemOSConfigError);
    expect(() => new LocalMemOS({ path: ':memory:', now: 5 as never })).toThrow(MemOSConfigError);
    expect(() => new LocalMemOS({ path: ':memory:', ranking: { words: 2 } })).toThrow(MemOSConfigError);
  });
});
