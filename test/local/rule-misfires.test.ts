import { createRuleExtractor, LocalMemOS, type StoredMessage } from 'memos-middleware/local';
import { describe, expect, it } from 'vitest';
import { readMessage } from '../../src/local/extraction/rule-extractor.ts';

// Defect 5 of issue 13: the rules misfired on everyday sentences outside their tables. The raw turn
// keeps every message searchable; a typed memory (a fact or preference the rules state) is made only
// where a rule is precise. Precision per rule family is measured on blind sentences in
// rule-precision.test.ts; these are the issue's own examples.

async function typed(text: string) {
  const message: StoredMessage = { id: 'm1', role: 'user', text, chatTime: undefined, createTime: 0 };
  const { memories } = await createRuleExtractor().extract({
    messages: [message],
    existing: [],
    userId: 'u1',
    conversationId: 'c1',
  });
  return memories.filter((memory) => !(memory.tags ?? []).includes('mode:fast'));
}

describe('rule misfires (defect 5)', () => {
  it.each([
    'I love how you explained that.',
    'I hate to say it but the hotel was great.',
    'I went to bed late.',
    'I have a meeting at 3pm.',
  ])('states nothing typed for "%s"', async (text) => {
    expect(await typed(text)).toEqual([]);
  });

  // The rule reads them now (measured with every family on); the blind measurements turned the diet
  // family off in English, so the engine keeps each as a raw turn and a question finds it.
  it.each([
    ["I don't eat meat.", /doesn't eat meat|does not eat meat/, 'Do I eat meat?'],
    ["I can't eat gluten.", /can't eat gluten|cannot eat gluten/, 'Can I eat gluten?'],
    ['I no longer drink coffee.', /no longer drinks coffee/, 'Do I drink coffee?'],
  ])('reads the diet in "%s", and the engine finds the turn', async (text, value, question) => {
    const message: StoredMessage = { id: 'm1', role: 'user', text, chatTime: undefined, createTime: 0 };
    const hits = readMessage({ message, previous: [] }, { allFamilies: true });
    expect(hits.map((hit) => hit.family)).toEqual(['diet']);
    expect(hits[0]?.value).toMatch(value);
    const memos = new LocalMemOS({ path: ':memory:' });
    try {
      await memos.addMessage({
        user_id: 'u1',
        conversation_id: 'c1',
        messages: [{ role: 'user', content: text }],
      });
      const found = await memos.searchMemory({ user_id: 'u1', query: question });
      expect(found.memory_detail_list?.[0]?.memory_value).toContain(text);
    } finally {
      await memos.close();
    }
  });

  it('reads "I\'m Dave" as a name', async () => {
    const memories = await typed("I'm Dave.");
    expect(memories.map((memory) => memory.value)).toEqual(["The user's name is Dave."]);
  });
});
