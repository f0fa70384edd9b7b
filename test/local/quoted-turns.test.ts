import { LocalMemOS } from 'memos-middleware/local';
import { afterEach, expect, it } from 'vitest';

// A choice turn carries the request it answers ("I've planned to travel to Guangzhou… What chain hotels
// are available?" → options → "I'll choose 7 Days Inn."). The request's own turn said the same words a
// second time in the block, where the typed fact of the request (or another memory) belongs.

let memos: LocalMemOS | undefined;
afterEach(async () => memos?.close());

it('never returns a turn whose words a chosen turn already holds as its context', async () => {
  memos = new LocalMemOS({ path: ':memory:' });
  await memos.addMessage({
    user_id: 'u1',
    conversation_id: '0610',
    messages: [
      {
        role: 'user',
        content:
          'I’ve planned to travel to Guangzhou this summer. What chain hotels are available for accommodation?',
        chat_time: '2025-06-10 09:00:00',
      },
      {
        role: 'assistant',
        content: 'You can consider options like 7 Days Inn, All Seasons, Hilton, etc.',
        chat_time: '2025-06-10 09:00:30',
      },
      { role: 'user', content: 'I’ll choose 7 Days Inn.', chat_time: '2025-06-10 09:01:00' },
    ],
  });
  const found = await memos.searchMemory({
    user_id: 'u1',
    query:
      "I want to travel during the National Day holiday. Please recommend a city I haven't been to and a hotel brand I haven't stayed at.",
  });
  const facts = (found.memory_detail_list ?? []).map((item) => item.memory_value ?? '');
  const holding = facts.filter((text) => text.includes('What chain hotels are available'));
  expect(holding).toHaveLength(1);
  expect(holding[0]).toContain('I’ll choose 7 Days Inn.');
  expect(facts).toContain('The user has planned to travel to Guangzhou this summer.');
});
