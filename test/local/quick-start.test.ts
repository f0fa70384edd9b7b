import { LocalMemOS } from 'memos-middleware/local';
import { afterEach, describe, expect, it } from 'vitest';
import { PREFERENCE_NOTE_EN } from '../../src/local/search/preference-note.ts';

// The vendor's own scenario (shared/memos-docs/quick-start.md): conversation A on 2025-06-10 plans a
// summer trip to Guangzhou and picks 7 Days Inn; conversation B asks for National Day suggestions.
const conversationA = [
  {
    role: 'user' as const,
    content:
      'I’ve planned to travel to Guangzhou this summer. What chain hotels are available for accommodation?',
    chat_time: '2025-06-10 10:00:00',
  },
  {
    role: 'assistant' as const,
    content: 'You can consider options like 7 Days Inn, All Seasons, Hilton, etc.',
    chat_time: '2025-06-10 10:00:05',
  },
  { role: 'user' as const, content: 'I’ll choose 7 Days Inn.', chat_time: '2025-06-10 10:01:00' },
  {
    role: 'assistant' as const,
    content: 'Alright, feel free to ask me if you have any other questions.',
    chat_time: '2025-06-10 10:01:05',
  },
];
const conversationBQuery =
  "I want to travel during the National Day holiday. Please recommend a city I haven't been to and a hotel brand I haven't stayed at.";

describe('vendor quick-start scenario', () => {
  let memos: LocalMemOS | undefined;
  afterEach(async () => memos?.close());

  it('recalls the Guangzhou fact and the 7 Days Inn preference for conversation B, with the note', async () => {
    memos = new LocalMemOS({ path: ':memory:', now: () => Date.UTC(2025, 5, 10, 10, 2) });
    const added = await memos.addMessage({
      user_id: 'memos_user_123',
      conversation_id: '0610',
      messages: conversationA,
    });
    expect(added).toMatchObject({ success: true, status: 'completed' });
    expect(added.task_id).toMatch(/^[0-9a-f-]{36}$/);

    const result = await memos.searchMemory({
      user_id: 'memos_user_123',
      conversation_id: '0928',
      query: conversationBQuery,
    });

    // The Guangzhou plan comes back as the typed fact read from the user's turn, or as that turn, whole,
    // dated and spoken (MemOS's fast mode), whichever states it better for this question.
    const facts = result.memory_detail_list ?? [];
    const guangzhou = facts.find(
      (fact) =>
        fact.memory_value?.includes('planned to travel to Guangzhou this summer') &&
        fact.sources?.length === 1,
    )!;
    expect([
      'The user has planned to travel to Guangzhou this summer.',
      'user: [10:00 AM on 10 June, 2025 UTC]: I’ve planned to travel to Guangzhou this summer. What chain hotels are available for accommodation?',
    ]).toContain(guangzhou.memory_value);
    // The choice comes back as a turn of its own, with the request and the options it answers.
    const choice = facts.find((fact) =>
      fact.sources?.some((source) => source.content === 'I’ll choose 7 Days Inn.'),
    );
    expect(choice?.sources?.map((source) => source.role)).toEqual(['user', 'assistant', 'user']);
    expect(guangzhou).toMatchObject({
      conversation_id: '0610',
      status: 'activated',
      // Dated by the chat_time of the message it came from, not by when it was stored.
      create_time: Date.UTC(2025, 5, 10, 10, 0),
    });
    expect(guangzhou.tags).toEqual(expect.arrayContaining(['travel', 'Guangzhou']));
    expect(guangzhou.relativity).toBeGreaterThanOrEqual(0.45);
    expect(guangzhou.relativity).toBeLessThanOrEqual(1);
    expect(guangzhou.sources?.[0]).toMatchObject({ role: 'user', chat_time: '2025-06-10 10:00:00' });
    // The typed fact read from the same turn is kept too (one of the two is returned per list).
    const all = await memos.getMemory({ user_id: 'memos_user_123', size: 50 });
    expect(all.memory_detail_list?.map((fact) => fact.memory_value)).toContain(
      'The user has planned to travel to Guangzhou this summer.',
    );

    const preferences = result.preference_detail_list ?? [];
    expect(preferences).toHaveLength(1);
    expect(preferences[0]?.relativity).toBeGreaterThanOrEqual(0.45);
    expect(preferences[0]).toMatchObject({
      preference_type: 'explicit_preference',
      preference: 'The user chose 7 Days Inn for hotel accommodation, over All Seasons and Hilton.',
      conversation_id: '0610',
      status: 'activated',
    });
    expect(preferences[0]?.reasoning).toContain("I'll choose 7 Days Inn");
    expect(preferences[0]?.sources?.map((source) => source.role)).toEqual(['assistant', 'user']);
    expect(result.preference_note).toBe(PREFERENCE_NOTE_EN);
    expect(result.preference_note).toContain("must not violate any of the user's preferences");
  });

  it('keeps the raw conversation for get/message, oldest first', async () => {
    memos = new LocalMemOS({ path: ':memory:' });
    await memos.addMessage({ user_id: 'memos_user_123', conversation_id: '0610', messages: conversationA });
    const { message_detail_list } = await memos.getMessage({
      user_id: 'memos_user_123',
      conversation_id: '0610',
      message_limit_number: 50,
    });
    expect(message_detail_list.map((message) => [message.role, message.content, message.chat_time])).toEqual(
      conversationA.map((message) => [message.role, message.content, message.chat_time]),
    );
  });
});
