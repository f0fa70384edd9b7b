import { LocalMemOS } from 'memos-middleware/local';
import { afterEach, describe, expect, it } from 'vitest';
import { textsByRelativity } from './helpers.ts';

// Defect 3 of issue 13: a newer statement about the same thing must win, and an explicit negation must
// retire what it negates. "I live in Berlin" (January), then "I've moved to Madrid, I don't live in
// Berlin anymore" (June): "Where do I live?" used to return both, Berlin at 0.92.

let memos: LocalMemOS | undefined;
afterEach(async () => memos?.close());

async function say(content: string, chatTime: string, conversation = chatTime.slice(0, 7)) {
  await memos!.addMessage({
    user_id: 'u1',
    conversation_id: conversation,
    messages: [
      { role: 'user', content, chat_time: chatTime },
      { role: 'assistant', content: 'Got it.', chat_time: chatTime },
    ],
  });
}

const texts = textsByRelativity;

describe('supersession (defect 3)', () => {
  it('answers "Where do I live?" with the newer home, and the old one is no longer stated as current', async () => {
    memos = new LocalMemOS({ path: ':memory:' });
    await say('I live in Berlin.', '2025-01-10 09:00:00');
    await say("I've moved to Madrid, I don't live in Berlin anymore.", '2025-06-10 09:00:00');
    const found = texts(await memos.searchMemory({ user_id: 'u1', query: 'Where do I live?' }));
    expect(found[0]).toContain('Madrid');
    const berlinFirst = found.findIndex((text) => text.includes('Berlin') && !text.includes('Madrid'));
    expect(berlinFirst === -1 || berlinFirst > 0).toBe(true);
    const { memory_detail_list } = await memos.getMemory({ user_id: 'u1', size: 50 });
    expect(memory_detail_list?.map((item) => item.memory_value)).not.toContain('The user lives in Berlin.');
  });

  it('retires a statement the user explicitly negates', async () => {
    memos = new LocalMemOS({ path: ':memory:' });
    await say('I drink coffee every morning, two cups.', '2025-01-10 09:00:00');
    await say('I no longer drink coffee, doctor’s orders.', '2025-04-10 09:00:00');
    const found = texts(await memos.searchMemory({ user_id: 'u1', query: 'Do I drink coffee?' }));
    expect(found[0]).toMatch(/no longer drink/);
  });

  it('a newer job supersedes the older one', async () => {
    memos = new LocalMemOS({ path: ':memory:' });
    await say('I work as a pharmacist at the university hospital.', '2024-03-04 09:00:00');
    await say('I work at my own pharmacy now, Nneoma Health in Surulere.', '2024-09-02 09:00:00');
    const found = texts(await memos.searchMemory({ user_id: 'u1', query: 'Where do I work?' }));
    expect(found[0]).toContain('Nneoma');
  });
});
