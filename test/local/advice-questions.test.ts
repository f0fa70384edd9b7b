import { LocalMemOS } from 'memos-middleware/local';
import { afterEach, expect, it } from 'vitest';

// A request for advice is about the asker even without "I" or "my" ("National Day is coming. Any
// travel and hotel recommendations?"): the refitted answerability model weighs questions about the
// user more, and this one fell to 0.44, under the product's threshold (the OpenAI example's test
// caught it). A how-to question without "my" stays about the world.

let memos: LocalMemOS | undefined;
afterEach(async () => memos?.close());

it('answers a request for recommendations with what the user said', async () => {
  memos = new LocalMemOS({ path: ':memory:' });
  await memos.addMessage({
    user_id: 'u1',
    conversation_id: 'c1',
    messages: [
      { role: 'user', content: "I'm planning a summer trip to Guangzhou and I'll stay at 7 Days Inn." },
      { role: 'assistant', content: 'Sounds great.' },
    ],
  });
  const found = await memos.searchMemory({
    user_id: 'u1',
    query: 'National Day is coming. Any travel and hotel recommendations?',
  });
  expect((found.memory_detail_list ?? []).map((item) => item.memory_value).join(' ')).toContain('7 Days Inn');
  const howTo = await memos.searchMemory({ user_id: 'u1', query: 'How do hotels set their room prices?' });
  expect(howTo.memory_detail_list ?? []).toEqual([]);
});
