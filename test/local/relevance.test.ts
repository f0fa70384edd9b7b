import { LocalMemOS } from 'memos-middleware/local';
import { afterEach, describe, expect, it } from 'vitest';

// Defect 1 of issue 13: relativity was a rank, so anything ranked high enough passed 0.45 whatever the
// match, and topic tags scored like query words. Relativity must come from how well a memory matches:
// an off-topic question gets nothing at the default threshold, the README's own examples pass it.

let memos: LocalMemOS | undefined;
afterEach(async () => memos?.close());

const items = (result: Awaited<ReturnType<LocalMemOS['searchMemory']>>) => [
  ...(result.memory_detail_list ?? []).map((item) => ({
    text: item.memory_value ?? '',
    relativity: item.relativity ?? 0,
  })),
  ...(result.preference_detail_list ?? []).map((item) => ({
    text: item.preference ?? '',
    relativity: item.relativity ?? 0,
  })),
];

async function userWith(lines: string[]) {
  memos = new LocalMemOS({ path: ':memory:' });
  for (const [index, content] of lines.entries()) {
    await memos.addMessage({
      user_id: 'u1',
      conversation_id: `c${index}`,
      messages: [
        { role: 'user', content, chat_time: `2025-0${1 + (index % 9)}-10 09:00:00` },
        { role: 'assistant', content: 'Noted, thanks for telling me.' },
      ],
    });
  }
  return memos;
}

describe('relevance from match strength (defect 1)', () => {
  it('injects nothing for questions that share only a topic or one word with the memories', async () => {
    const engine = await userWith([
      "I'm allergic to peanuts.",
      'My favourite drink is green tea.',
      'I love spicy food.',
      'I live in Lyon.',
      'I work as a nurse at the children’s hospital.',
    ]);
    for (const query of [
      'Which food processor should I buy for my kitchen?',
      'What was the capital of Lyon province in 1820?',
      'How many people live in Tokyo?',
    ]) {
      const found = items(await engine.searchMemory({ user_id: 'u1', query }));
      expect(found, query).toEqual([]);
    }
  });

  it('passes the default threshold for questions the memories answer', async () => {
    const engine = await userWith([
      "I'm allergic to peanuts.",
      'I live in Lyon.',
      'My favourite drink is green tea.',
    ]);
    const home = items(await engine.searchMemory({ user_id: 'u1', query: 'Where do I live?' }));
    expect(home[0]?.text).toContain('Lyon');
    expect(home[0]?.relativity).toBeGreaterThanOrEqual(0.45);
    const allergy = items(await engine.searchMemory({ user_id: 'u1', query: 'Am I allergic to anything?' }));
    expect(allergy[0]?.text).toContain('peanuts');
    const drink = items(await engine.searchMemory({ user_id: 'u1', query: "What's my favourite drink?" }));
    expect(drink[0]?.text).toContain('green tea');
  });

  it("passes the README's Guangzhou example at the default threshold", async () => {
    memos = new LocalMemOS({ path: ':memory:' });
    await memos.addMessage({
      user_id: 'u1',
      conversation_id: '0610',
      messages: [
        {
          role: 'user',
          content: 'I’ve planned to travel to Guangzhou this summer. What chain hotels are available?',
        },
        { role: 'assistant', content: 'You can consider options like 7 Days Inn, All Seasons, Hilton, etc.' },
        { role: 'user', content: 'I’ll choose 7 Days Inn.' },
      ],
    });
    const found = items(
      await memos.searchMemory({
        user_id: 'u1',
        query:
          "I want to travel during the National Day holiday. Please recommend a city I haven't been to and a hotel brand I haven't stayed at.",
      }),
    );
    expect(found.some((item) => item.text.includes('Guangzhou'))).toBe(true);
    expect(found.some((item) => item.text.includes('7 Days Inn'))).toBe(true);
  });
});
