import { LocalMemOS } from 'memos-middleware/local';
import { afterEach, describe, expect, it } from 'vitest';

// Defect 4 of issue 13: memory units that keep their context. Every user turn is searchable whole,
// with its date and its speaker; a reply that only means something with the assistant's options ("I'll
// take the second one") carries the assistant message it answers.

let memos: LocalMemOS | undefined;
afterEach(async () => memos?.close());

const all = (result: Awaited<ReturnType<LocalMemOS['searchMemory']>>) =>
  [...(result.memory_detail_list ?? []), ...(result.preference_detail_list ?? [])]
    .sort((left, right) => (right.relativity ?? 0) - (left.relativity ?? 0))
    .map((item) => ({
      text: ('memory_value' in item ? item.memory_value : item.preference) ?? '',
      sources: (item.sources ?? []).map((source) => String(source.content)),
    }));

describe('memory units (defect 4)', () => {
  it('finds a choice through the options the assistant offered, in another call of the same conversation', async () => {
    memos = new LocalMemOS({ path: ':memory:' });
    await memos.addMessage({
      user_id: 'u1',
      conversation_id: 'c1',
      messages: [
        { role: 'user', content: 'I need a new laptop for work, light and with a good battery.' },
        {
          role: 'assistant',
          content: 'Here are three laptops: 1. ThinkPad X1 Carbon, 2. MacBook Air M3, 3. Dell XPS 13.',
        },
      ],
    });
    // The next turn arrives in its own add, as the middleware sends it.
    await memos.addMessage({
      user_id: 'u1',
      conversation_id: 'c1',
      messages: [
        { role: 'user', content: "I'll take the second one." },
        { role: 'assistant', content: 'Great choice!' },
      ],
    });
    const found = all(await memos.searchMemory({ user_id: 'u1', query: 'Which laptop did I pick?' }));
    const choice = found.find((item) => item.sources.includes("I'll take the second one."));
    expect(choice, JSON.stringify(found)).toBeDefined();
    expect(`${choice?.text} ${choice?.sources.join(' ')}`).toContain('MacBook Air');
  });

  it('keeps a whole turn searchable, questions included, with its date', async () => {
    memos = new LocalMemOS({ path: ':memory:' });
    await memos.addMessage({
      user_id: 'u1',
      conversation_id: 'c1',
      messages: [
        {
          role: 'user',
          content:
            'I am preparing for the IELTS exam in May, could you quiz me on academic vocabulary every evening?',
          chat_time: '2025-03-02 19:30:00',
        },
      ],
    });
    const found = all(
      await memos.searchMemory({ user_id: 'u1', query: 'What did I ask you to quiz me on?' }),
    );
    expect(found[0]?.text).toContain('academic vocabulary');
    expect(found[0]?.text).toMatch(/2025/);
  });

  it('says who spoke, so a question naming the speaker finds their turn', async () => {
    memos = new LocalMemOS({ path: ':memory:' });
    await memos.addMessage({
      user_id: 'u1',
      conversation_id: 'group',
      messages: [
        { role: 'user', role_name: 'Caroline', content: 'I lost my job at the bakery last month.' },
        { role: 'user', role_name: 'Melanie', content: 'I started a pottery class on Tuesdays.' },
        ...Array.from({ length: 30 }, (_, index) => ({
          role: 'user' as const,
          role_name: 'Melanie',
          content: `Melanie note ${index}: the job of painting the fence is still waiting.`,
        })),
      ],
    });
    const found = all(await memos.searchMemory({ user_id: 'u1', query: 'When did Caroline lose her job?' }));
    expect(found[0]?.text).toContain('Caroline');
    expect(found[0]?.text).toContain('bakery');
  });
});
