import { createRuleExtractor, type StoredMessage } from 'memos-middleware/local';
import { describe, expect, it } from 'vitest';

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

  it.each([
    ["I don't eat meat.", /doesn't eat meat|does not eat meat/],
    ["I can't eat gluten.", /can't eat gluten|cannot eat gluten/],
    ['I no longer drink coffee.', /no longer drinks coffee/],
  ])('states the diet in "%s"', async (text, value) => {
    const memories = await typed(text);
    expect(memories).toHaveLength(1);
    expect(memories[0]?.value).toMatch(value);
  });

  it('reads "I\'m Dave" as a name', async () => {
    const memories = await typed("I'm Dave.");
    expect(memories.map((memory) => memory.value)).toEqual(["The user's name is Dave."]);
  });
});
