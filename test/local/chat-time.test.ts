import { LocalMemOS } from 'memos-middleware/local';
import { afterEach, describe, expect, it } from 'vitest';
import { parseChatTime } from '../../src/local/extraction/chat-time.ts';

describe('parseChatTime', () => {
  it('reads MemOS chat_time forms as UTC and refuses free text', () => {
    expect(parseChatTime('2025-06-10 09:30:00')).toBe(Date.UTC(2025, 5, 10, 9, 30));
    expect(parseChatTime('2025-06-10T09:30:00+02:00')).toBe(Date.UTC(2025, 5, 10, 7, 30));
    expect(parseChatTime('2025-06-10')).toBe(Date.UTC(2025, 5, 10));
    expect(parseChatTime('2025年6月10日')).toBeUndefined();
    expect(parseChatTime(undefined)).toBeUndefined();
    expect(parseChatTime('')).toBeUndefined();
  });
});

describe('memory times', () => {
  let memos: LocalMemOS | undefined;
  afterEach(async () => memos?.close());
  const now = Date.UTC(2026, 0, 1);

  it('dates a memory by its source message chat_time, or by ingestion when there is none', async () => {
    memos = new LocalMemOS({ path: ':memory:', now: () => now });
    await memos.addMessage({
      user_id: 'u1',
      conversation_id: 'c1',
      messages: [{ role: 'user', content: 'I live in Lyon.', chat_time: '2024-03-01 08:00:00' }],
    });
    await memos.addMessage({
      user_id: 'u1',
      conversation_id: 'c2',
      messages: [{ role: 'user', content: 'I work as a nurse.' }],
    });
    const { memory_detail_list: facts = [] } = await memos.getMemory({ user_id: 'u1' });
    const lyon = facts.find((fact) => fact.memory_value?.includes('Lyon'));
    const nurse = facts.find((fact) => fact.memory_value?.includes('nurse'));
    expect(lyon?.create_time).toBe(Date.UTC(2024, 2, 1, 8));
    expect(nurse?.create_time).toBe(now);
  });
});
