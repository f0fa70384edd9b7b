import { LocalMemOS } from 'memos-middleware/local';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seededRandom } from './helpers.ts';

// Property: whatever the users say and whatever is asked, nothing of one user is ever returned for
// another. Users share words, conversation ids and near-identical ids on purpose.
const random = seededRandom(20251210);
const cities = ['Paris', 'Lyon', 'Guangzhou', 'Beijing', 'Oslo', 'Lima', 'Cairo', 'Austin'];
const things = ['tea', 'coffee', 'jazz', 'hiking', 'sushi', 'chess', 'running', 'painting', 'cats', 'trains'];
const seasons = ['summer', 'winter', 'spring', 'autumn'];
const templates = [
  () => `I love ${random.pick(things)}.`,
  () => `I don't like ${random.pick(things)}.`,
  () => `I live in ${random.pick(cities)}.`,
  () => `I plan to visit ${random.pick(cities)} this ${random.pick(seasons)}.`,
  () => `My favorite hobby is ${random.pick(things)}.`,
  () => `I work as a ${random.pick(['nurse', 'baker', 'pilot', 'teacher'])} in ${random.pick(cities)}.`,
  () => `我喜欢${random.pick(['喝茶', '爬山', '下棋', '跑步'])}。`,
  () =>
    `Our team meets about ${random.pick(things)} every ${random.pick(seasons)} in ${random.pick(cities)}.`,
];
const specialIds = ['user-1', 'user-10', "o'brien", 'u:a:x', '用户', 'x'.repeat(100), 'a:agent-1', 'user-1 '];
const userIds = [
  ...specialIds,
  ...Array.from({ length: 50 - specialIds.length }, (_, index) => `member-${index}`),
];

const sent = new Map<string, Set<string>>();
expect(new Set(userIds).size).toBe(50);
let memos: LocalMemOS;

beforeAll(async () => {
  memos = new LocalMemOS({ path: ':memory:' });
  for (const userId of userIds) {
    const lines = new Set<string>();
    const count = 3 + random.int(6);
    for (let index = 0; index < count; index += 1) {
      const content = random.pick(templates)();
      lines.add(content);
      await memos.addMessage({
        user_id: userId,
        conversation_id: random.pick(['c1', 'c2', `own-${index}`]),
        messages: [
          { role: 'user', content },
          { role: 'assistant', content: 'Noted.' },
        ],
      });
    }
    sent.set(userId, lines);
  }
  // Agent-owned memory with the same words must not reach users either.
  await memos.addMessage({
    agent_id: 'agent-1',
    conversation_id: 'c1',
    messages: [{ role: 'user', content: `I love ${things.join(', ')} and I live in ${cities.join(', ')}.` }],
  });
});
afterAll(async () => memos.close());

function assertOwned(userId: string, items: { sources?: { content?: unknown }[] | undefined }[] | undefined) {
  for (const item of items ?? []) {
    expect(item.sources?.length).toBeGreaterThan(0);
    for (const source of item.sources ?? []) {
      if (source.content === 'Noted.') continue;
      expect(sent.get(userId)?.has(String(source.content)), `${userId} got "${String(source.content)}"`).toBe(
        true,
      );
    }
  }
}

describe('user isolation (property, seeded)', () => {
  it('search returns only the asking user’s memories, for 400 random queries', async () => {
    let returned = 0;
    for (let round = 0; round < 400; round += 1) {
      const userId = random.pick(userIds);
      const query = [
        random.pick(things),
        random.pick(cities),
        random.pick(seasons),
        random.pick(['喝茶', '爬山', 'favorite', 'team']),
      ]
        .slice(0, 1 + random.int(4))
        .join(' ');
      const result = await memos.searchMemory({
        user_id: userId,
        query,
        relativity: 0,
        memory_limit_number: 25,
        preference_limit_number: 25,
        ...(random.next() < 0.5 ? { conversation_id: 'c1' } : {}),
      });
      assertOwned(userId, result.memory_detail_list);
      assertOwned(userId, result.preference_detail_list);
      returned += (result.memory_detail_list?.length ?? 0) + (result.preference_detail_list?.length ?? 0);
      for (const item of [
        ...(result.memory_detail_list ?? []),
        ...(result.preference_detail_list ?? []),
      ].slice(0, 2)) {
        expect((await memos.getMemoryById(item.id)).user_id).toBe(userId);
      }
    }
    // The property is only meaningful if searches do find things.
    expect(returned).toBeGreaterThan(200);
  });

  it('listing and raw messages are per user, even in shared conversation ids', async () => {
    for (const userId of userIds) {
      const page = await memos.getMemory({ user_id: userId, size: 50 });
      expect(page.total).toBeGreaterThan(0);
      assertOwned(userId, page.memory_detail_list);
      assertOwned(userId, page.preference_detail_list);
      for (const conversationId of ['c1', 'c2']) {
        const { message_detail_list } = await memos.getMessage({
          user_id: userId,
          conversation_id: conversationId,
          message_limit_number: 50,
        });
        for (const message of message_detail_list) {
          if (message.role === 'user') expect(sent.get(userId)?.has(String(message.content))).toBe(true);
        }
      }
    }
  });

  it('an agent’s own memory is never returned to a user, and delete by user touches no one else', async () => {
    const agent = await memos.searchMemory({ agent_id: 'agent-1', query: 'tea Paris', relativity: 0 });
    expect(agent.memory_detail_list?.length ?? 0).toBeGreaterThan(0);
    const before = new Map<string, number>();
    for (const userId of userIds)
      before.set(userId, (await memos.getMemory({ user_id: userId, size: 1 })).total ?? 0);

    await memos.deleteMemory({ user_id: 'user-1' });
    for (const userId of userIds) {
      const total = (await memos.getMemory({ user_id: userId, size: 1 })).total;
      expect(total, userId).toBe(userId === 'user-1' ? 0 : before.get(userId));
    }
    expect((await memos.getMemory({ agent_id: 'agent-1' })).total).toBeGreaterThan(0);
    const afterDelete = await memos.searchMemory({
      user_id: 'user-1',
      query: things.join(' '),
      relativity: 0,
    });
    expect(afterDelete.memory_detail_list).toEqual([]);
  });
});
