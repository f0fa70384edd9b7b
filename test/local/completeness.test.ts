import { LocalMemOS } from 'memos-middleware/local';
import { describe, expect, it } from 'vitest';
import { seededRandom } from './helpers.ts';

// Defect 2 of issue 13 (beside the isolation property): another user's data must never hide a
// user's own memory. Candidates used to come from the store-wide top 100 when the user owned a quarter
// of it, so another user with 100–1,000 matching memories crowded alice's only match out. Alice owns
// hundreds of unrelated memories here, so both regimes (she owns most of the store, or little) occur.
const random = seededRandom(13);
const hobbies = ['stamps', 'coins', 'maps', 'shells', 'tickets'];

async function storeWith(otherMatches: number) {
  const memos = new LocalMemOS({ path: ':memory:' });
  await memos.addMessage({
    user_id: 'alice',
    conversation_id: 'a1',
    messages: [
      { role: 'user', content: 'I collect zanzibar stamps from the 1960s.' },
      { role: 'user', content: 'My sister lives in Leeds.' },
      { role: 'user', content: 'I play the cello on Sundays.' },
      ...Array.from({ length: 600 }, (_, index) => ({
        role: 'user' as const,
        content: `Shopping list ${index}: ${random.pick(['apples', 'bread', 'rice', 'tea'])} and ${random.int(1000)} other things.`,
      })),
    ],
  });
  const batch = 500;
  for (let start = 0; start < otherMatches; start += batch) {
    const messages = Array.from({ length: Math.min(batch, otherMatches - start) }, (_, index) => ({
      role: 'user' as const,
      // Short and on both query words, so they outrank alice's memory in any store-wide ranking.
      content: `Zanzibar ${index % 2 === 0 ? 'stamps' : random.pick(hobbies)} ${start + index}, zanzibar stamps.`,
    }));
    await memos.addMessage({ user_id: 'bob', conversation_id: `b${start}`, messages });
  }
  return memos;
}

describe('completeness (property, seeded): another user never hides a user’s own match', () => {
  it.each([0, 1, 100, 400, 1000, 2000])(
    'alice finds her zanzibar stamps with %i matching memories of bob in the store',
    async (otherMatches) => {
      const memos = await storeWith(otherMatches);
      try {
        for (const relativity of [undefined, 0]) {
          const result = await memos.searchMemory({
            user_id: 'alice',
            query: 'What do I know about zanzibar stamps?',
            ...(relativity === undefined ? {} : { relativity }),
          });
          const values = (result.memory_detail_list ?? []).map((item) => item.memory_value ?? '');
          expect(
            values.some((value) => value.includes('zanzibar stamps')),
            `relativity ${relativity}`,
          ).toBe(true);
          for (const item of result.memory_detail_list ?? [])
            expect(item.sources?.[0]?.content).not.toMatch(/^Zanzibar/);
        }
      } finally {
        await memos.close();
      }
    },
  );
});

// The same for a part of a word ("Guangzh", a name typed half): the prefix query used to read every
// user's words and keep the newest 2,000, so bob's 2,100 newer "Guangzhou…" memories hid alice's one.
// The word index scopes each term to its user now (schema 7), so the prefix reads only alice's.
describe('completeness of parts of words: another user’s matching words never hide a user’s own', () => {
  it.each([0, 2100])(
    'alice finds her Guangzhou trip by "Guangzh" with %i matching memories of bob',
    async (others) => {
      const memos = new LocalMemOS({ path: ':memory:' });
      try {
        await memos.addMessage({
          user_id: 'alice',
          conversation_id: 'a1',
          messages: [{ role: 'user', content: 'I am planning a trip to Guangzhou in May.' }],
        });
        for (let start = 0; start < others; start += 700) {
          await memos.addMessage({
            user_id: 'bob',
            conversation_id: `b${start}`,
            messages: Array.from({ length: Math.min(700, others - start) }, (_, index) => ({
              role: 'user' as const,
              content: `Guangzhouese phrase number ${start + index}.`,
            })),
          });
        }
        const result = await memos.searchMemory({ user_id: 'alice', query: 'Guangzh', relativity: 0 });
        const values = (result.memory_detail_list ?? []).map((item) => item.memory_value ?? '');
        expect(values.some((value) => value.includes('Guangzhou in May'))).toBe(true);
      } finally {
        await memos.close();
      }
    },
  );
});
